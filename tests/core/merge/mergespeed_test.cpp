// The fast paths the merge uses must give exactly what Qt gives: SHA-256 (CPU extensions when
// present) against QCryptographicHash, base64 photo data against QByteArray::fromBase64Encoding,
// and the canonical JSON read() returns against canonical().
#include "mergefixture.h"

#include "util/error.h"
#include "visitfile/visitfilereader.h"

#include "support/catchqt.h"
#include "support/testimages.h"
#include "util/sha256.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <random>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_mergespeed_test {

using namespace tillsyn;
using visitfile::VisitFileReader;

namespace {

QByteArray randomBytes(std::mt19937 &rng, int size)
{
    QByteArray b(size, Qt::Uninitialized);
    for (char &c : b)
        c = char(rng() & 0xFF);
    return b;
}

} // namespace

TEST_CASE("sha256Hex equals QCryptographicHash for every length", "[merge][speed]")
{
    std::mt19937 rng(99);
    std::vector<int> sizes;
    for (int n = 0; n <= 300; ++n)
        sizes.push_back(n);
    for (int n : {511, 512, 513, 4095, 4096, 65536 + 17, 1 << 20})
        sizes.push_back(n);
    for (int n : sizes) {
        const QByteArray b = randomBytes(rng, n);
        INFO("size " << n);
        REQUIRE(
            sha256Hex(b) ==
            QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex()));
    }
    CHECK(sha256Hex(QByteArrayView("abc")) ==
          u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("photo data decodes as QByteArray::fromBase64Encoding does, stray bits included",
          "[merge][speed]")
{
    std::mt19937 rng(7);
    const QJsonObject base = test::jsonOf(test::mergeVisitWithPhoto(test::uuidFor(3)));
    const QString alphabet =
        QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    for (int round = 0; round < 300; ++round) {
        QByteArray payload = test::jpegHeader(64, 48) + randomBytes(rng, int(rng() % 200));
        QByteArray b64 = payload.toBase64();
        // Set the bits past the last whole byte (ignored by decoders) at random.
        const qsizetype pads = b64.count('=');
        if (pads > 0) {
            const qsizetype last = b64.size() - pads - 1;
            const int value = int(alphabet.indexOf(QLatin1Char(b64.at(last))));
            const int unused = pads == 2 ? 4 : 2;
            const int changed = (value & ~((1 << unused) - 1)) | int(rng() % (1u << unused));
            b64[last] = char(alphabet.at(changed).toLatin1());
        }
        const auto expected =
            QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
        REQUIRE(expected);
        REQUIRE(*expected == payload);
        QJsonObject o = base;
        QJsonArray photos = o[u"photos"].toArray();
        QJsonObject photo = photos[0].toObject();
        photo[u"data"] = QString::fromLatin1(b64);
        photo[u"bytes"] = (*expected).size();
        photo[u"sha256"] = QString::fromLatin1(
            QCryptographicHash::hash(*expected, QCryptographicHash::Sha256).toHex());
        photos[0] = photo;
        o[u"photos"] = photos;
        const QByteArray bytes = test::bytesOf(o);
        QByteArray canonical;
        const domain::Visit v = VisitFileReader::read(bytes, QStringLiteral("f.json"), &canonical);
        INFO("round " << round << " data " << b64.toStdString());
        REQUIRE(v.photos.at(0).data == *expected);
        REQUIRE(canonical == VisitFileReader::canonical(bytes));
    }
}

TEST_CASE("read() gives the canonical JSON canonical() gives", "[merge][speed]")
{
    for (const test::VisitFile &f : test::generatedFiles(20, 5, 2)) {
        QByteArray canonical;
        VisitFileReader::read(f.bytes, f.name, &canonical);
        CHECK(canonical == VisitFileReader::canonical(f.bytes));
        CHECK(test::contentHash(f.bytes) == sha256Hex(canonical));
    }
}

namespace {

// The reader's rule before its decoding was made faster: a multiple of 4, at most two '=' at the
// end, otherwise only the standard alphabet; then QByteArray's strict decoding must succeed.
bool standardBase64Reference(const QByteArray &b)
{
    if (b.size() % 4 != 0)
        return false;
    qsizetype end = b.size();
    if (end > 0 && b.at(end - 1) == '=')
        --end;
    if (end > 0 && b.at(end - 1) == '=' && b.size() - end == 1)
        --end;
    for (qsizetype i = 0; i < end; ++i) {
        const char c = b.at(i);
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '+' || c == '/'))
            return false;
    }
    return bool(QByteArray::fromBase64Encoding(b, QByteArray::AbortOnBase64DecodingErrors));
}

} // namespace

TEST_CASE("photo data is standard base64 exactly when it was before", "[merge][speed]")
{
    std::mt19937 rng(11);
    const QJsonObject base = test::jsonOf(test::mergeVisitWithPhoto(test::uuidFor(4)));
    const QString chars = QStringLiteral("AZaz09+/==-_ .é");
    int valid = 0;
    for (int round = 0; round < 2000; ++round) {
        QString data;
        if (round % 2 == 0) {
            // (empty or blank data fails earlier, as "must not be empty")
            const int length = 1 + int(rng() % 12);
            for (int i = 0; i < length; ++i)
                data += chars.at(int(rng() % chars.size()));
        } else {
            // Real base64, now and then with one character changed.
            data = QString::fromLatin1(randomBytes(rng, 1 + int(rng() % 8)).toBase64());
            if (rng() % 2 == 0)
                data[int(rng() % data.size())] = chars.at(int(rng() % chars.size()));
        }
        if (data.trimmed().isEmpty())
            continue;
        QJsonObject o = base;
        QJsonArray photos = o[u"photos"].toArray();
        QJsonObject photo = photos[0].toObject();
        photo[u"data"] = data;
        photos[0] = photo;
        o[u"photos"] = photos;
        QString message;
        try {
            VisitFileReader::read(test::bytesOf(o), QStringLiteral("f.json"));
        } catch (const Error &e) {
            message = e.message();
        }
        INFO("data \"" << data.toStdString() << "\": " << message.toStdString());
        REQUIRE_FALSE(message.isEmpty());
        const bool reference = standardBase64Reference(data.toLatin1());
        CHECK(!message.contains(QStringLiteral("is not standard base64")) == reference);
        valid += reference;
    }
    CHECK(valid > 300);
}

} // namespace tillsyn_unity_mergespeed_test
