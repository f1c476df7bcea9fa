#include "domain/orgnumber.h"

#include "support/catchqt.h"

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_orgnumber_test {

using tillsyn::domain::OrgNumber;

namespace {

// The normalised form, or "invalid".
QString normalised(const QString &input)
{
    QString out = QStringLiteral("untouched");
    if (!OrgNumber::normalise(input, &out)) {
        CHECK(out == QStringLiteral("untouched"));
        return QStringLiteral("invalid");
    }
    return out;
}

} // namespace

TEST_CASE("OrgNumber checks the Luhn digit", "[domain]")
{
    for (const char *valid :
         {"5566778899", "5560360793", "2120000142", "8024123450", "9697123454"}) {
        INFO(valid);
        CHECK(OrgNumber::luhnValid(QString::fromLatin1(valid)));
    }
    for (const char *invalid : {"5566778898", "5566778890", "2120000141", "5560360739", "556677889",
                                "55667788990", "556677-889", "55667788a9", ""}) {
        INFO(invalid);
        CHECK_FALSE(OrgNumber::luhnValid(QString::fromLatin1(invalid)));
    }
}

TEST_CASE("OrgNumber normalises the ten and twelve digit forms", "[domain]")
{
    CHECK(normalised(QStringLiteral("5566778899")) == QStringLiteral("556677-8899"));
    CHECK(normalised(QStringLiteral("556677-8899")) == QStringLiteral("556677-8899"));
    CHECK(normalised(QStringLiteral("165566778899")) == QStringLiteral("556677-8899"));
    CHECK(normalised(QStringLiteral("16556677-8899")) == QStringLiteral("556677-8899"));
    CHECK(normalised(QStringLiteral("  212000-0142 ")) == QStringLiteral("212000-0142"));

    CHECK(normalised(QStringLiteral("556677-8898")) == QStringLiteral("invalid"));
    CHECK(normalised(QStringLiteral("165566778898")) == QStringLiteral("invalid"));
    CHECK(normalised(QStringLiteral("55667-78899")) == QStringLiteral("invalid"));
    CHECK(normalised(QStringLiteral("556677--8899")) == QStringLiteral("invalid"));
    CHECK(normalised(QStringLiteral("5566-77-8899")) == QStringLiteral("invalid"));
    CHECK(normalised(QStringLiteral("556677 8899")) == QStringLiteral("invalid"));
    CHECK(normalised(QStringLiteral("55667788991")) == QStringLiteral("invalid"));
    CHECK(normalised(QStringLiteral("556677-889")) == QStringLiteral("invalid"));
    CHECK(normalised(QStringLiteral("")) == QStringLiteral("invalid"));
    CHECK(normalised(QStringLiteral("abcdef-ghij")) == QStringLiteral("invalid"));
}

} // namespace tillsyn_unity_orgnumber_test
