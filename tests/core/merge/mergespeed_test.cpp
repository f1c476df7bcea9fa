// The fast paths the merge uses must give exactly what Qt gives: SHA-256 (CPU extensions when
// present) against QCryptographicHash, base64 photo data against QByteArray::fromBase64Encoding,
// and the canonical JSON read() returns against canonical().
#include "mergefixture.h"

#include "visitfile/visitfilereader.h"

#include "support/catchqt.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <random>

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
            VisitFileReader::sha256Hex(b) ==
            QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex()));
    }
    CHECK(VisitFileReader::sha256Hex(QByteArrayView("abc")) ==
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
        QByteArray payload = "\xFF\xD8\xFF" + randomBytes(rng, int(rng() % 200));
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
        CHECK(test::contentHash(f.bytes) == VisitFileReader::sha256Hex(canonical));
    }
}
