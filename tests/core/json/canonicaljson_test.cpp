// CanonicalJson must write exactly what QJsonDocument::toJson(Compact) writes (formats.md's
// canonical JSON, which decides whether two revisions have the same content): random documents
// with every kind of character, number and nesting, compared byte for byte.
#include "json/canonicaljson.h"

#include "support/catchqt.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>
#include <random>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_canonicaljson_test {

using tillsyn::json::CanonicalJson;

namespace {

QString randomString(std::mt19937 &rng)
{
    // ASCII letters, everything JSON escapes, DEL, Swedish letters, other scripts, and
    // characters outside the BMP (surrogate pairs).
    static const char32_t pool[] = {
        U'a',      U'Z',  U'0',      U' ',    U'"',          U'\\',         U'/', U'\b', U'\f',
        U'\n',     U'\r', U'\t',     U'\x01', U'\x1f',       U'\x7f',       U'å', U'Ö',  U'é',
        U'\u00a0', U'€',  U'\u2028', U'漢',   U'\U0001F600', U'\U00010348', U'+', U'='};
    QString s;
    const int length = int(rng() % 40);
    // Now and then a long plain run, as base64 photo data is.
    if (rng() % 5 == 0)
        s = QString(int(rng() % 5000), QChar(u'A' + char16_t(rng() % 26)));
    for (int i = 0; i < length; ++i) {
        const char32_t c = pool[rng() % std::size(pool)];
        s += QString::fromUcs4(&c, 1);
    }
    return s;
}

QJsonValue randomValue(std::mt19937 &rng, int depth);

QJsonObject randomObject(std::mt19937 &rng, int depth)
{
    QJsonObject o;
    const int members = int(rng() % 6);
    for (int i = 0; i < members; ++i)
        o.insert(randomString(rng), randomValue(rng, depth + 1));
    return o;
}

QJsonValue randomValue(std::mt19937 &rng, int depth)
{
    static const double doubles[] = {0.1,
                                     -2.5,
                                     1e300,
                                     -1e-300,
                                     3.141592653589793,
                                     1e21,
                                     1e-7,
                                     -0.0,
                                     123456789.125,
                                     std::numeric_limits<double>::max(),
                                     std::numeric_limits<double>::denorm_min()};
    switch (rng() % (depth < 4 ? 8 : 6)) {
    case 0:
        return randomString(rng);
    case 1:
        return qint64(rng()) - qint64(rng());
    case 2:
        return doubles[rng() % std::size(doubles)];
    case 3:
        return bool(rng() % 2);
    case 4:
        return QJsonValue(QJsonValue::Null);
    case 5:
        return qint64(
            std::uniform_int_distribution<qint64>(-(qint64(1) << 53), qint64(1) << 53)(rng));
    case 6: {
        QJsonArray a;
        const int n = int(rng() % 5);
        for (int i = 0; i < n; ++i)
            a.append(randomValue(rng, depth + 1));
        return a;
    }
    default:
        return randomObject(rng, depth);
    }
}

} // namespace

TEST_CASE("CanonicalJson writes what QJsonDocument's compact form writes", "[json][canonical]")
{
    std::mt19937 rng(20261127);
    int nonAscii = 0;
    for (int round = 0; round < 3000; ++round) {
        const QJsonObject o = randomObject(rng, 0);
        const QByteArray expected = QJsonDocument(o).toJson(QJsonDocument::Compact);
        INFO("round " << round << ": " << expected.left(300).toStdString());
        REQUIRE(CanonicalJson::write(o) == expected);
        // A document parsed from its own bytes (as a file is) writes the same again.
        REQUIRE(CanonicalJson::write(QJsonDocument::fromJson(expected).object(), 10) == expected);
        nonAscii += expected.contains("\xC3\xA5") || expected.contains("\\u00");
    }
    // The random documents did exercise the escaping path.
    CHECK(nonAscii > 500);
}

TEST_CASE("CanonicalJson: empty containers and the escapes one by one", "[json][canonical]")
{
    CHECK(CanonicalJson::write({}) == "{}");
    const QJsonObject o{{QStringLiteral("b"), QJsonArray{}},
                        {QStringLiteral("a"), QJsonObject{}},
                        {QStringLiteral("c"), QStringLiteral("\"\\/\b\f\n\r\t\x01 é")}};
    CHECK(CanonicalJson::write(o) == "{\"a\":{},\"b\":[],\"c\":\"\\\"\\\\/\\b\\f\\n\\r\\t\\u0001 "
                                     "\xC3\xA9\"}");
}

} // namespace tillsyn_unity_canonicaljson_test
