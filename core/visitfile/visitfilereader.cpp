#include "visitfilereader.h"

#include "util/error.h"
#include "json/canonicaljson.h"
#include "json/objectreader.h"
#include "json/strictjson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <set>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define TILLSYN_SHA_NI 1
#endif

namespace tillsyn::visitfile {

using namespace tillsyn::domain;
using json::ObjectReader;

namespace {

json::Limits parseLimits()
{
    json::Limits limits;
    limits.maxBytes = Limits::kFileBytes;
    limits.maxDepth = Limits::kDepth;
    limits.maxStringBytes = Limits::kStringBytes;
    limits.longStringMember = "data";
    // 16 MiB decoded is at most this much standard base64.
    limits.maxLongStringBytes = (Limits::kPhotoBytes + 2) / 3 * 4;
    return limits;
}

QDateTime requiredTime(const ObjectReader &r, const QString &member)
{
    const QString s = r.requiredString(member);
    if (!ObjectReader::isValidUtcTime(s))
        r.fail(member,
               VisitFileReader::tr("must be an RFC 3339 time in UTC, like 2026-11-26T09:15:00Z"));
    return QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
}

// Standard base64 only (RFC 4648 alphabet, length a multiple of 4, at most two '=' at the end),
// decoded in the same pass: the bytes QByteArray::fromBase64Encoding gives (bits past the last
// whole byte are ignored), several times faster. std::nullopt when it is not standard base64.
std::optional<QByteArray> decodeStandardBase64(QStringView b)
{
    static const std::array<qint8, 256> table = [] {
        std::array<qint8, 256> t{};
        t.fill(-1);
        const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < 64; ++i)
            t[static_cast<unsigned char>(alphabet[i])] = qint8(i);
        return t;
    }();
    // Read from the parsed string as it is (UTF-16): no Latin-1 copy of megabytes first.
    const char16_t *in = b.utf16();
    const auto digit = [&](qsizetype i) { return in[i] < 256 ? int(table[in[i]]) : -1; };
    if (b.size() % 4 != 0)
        return std::nullopt;
    qsizetype n = b.size();
    if (n > 0 && in[n - 1] == u'=')
        --n;
    if (n > 0 && in[n - 1] == u'=' && b.size() - n == 1)
        --n;
    QByteArray out(n / 4 * 3 + (n % 4 == 3 ? 2 : n % 4 == 2 ? 1 : 0), Qt::Uninitialized);
    char *o = out.data();
    int invalid = 0; // negative once any character is outside the alphabet
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4) {
        const int a = digit(i), c1 = digit(i + 1), c2 = digit(i + 2), c3 = digit(i + 3);
        invalid |= a | c1 | c2 | c3;
        const quint32 v = quint32(a) << 18 | quint32(c1) << 12 | quint32(c2) << 6 | quint32(c3);
        *o++ = char(v >> 16);
        *o++ = char(v >> 8);
        *o++ = char(v);
    }
    if (n - i >= 2) { // (n % 4 is never 1: the length is a multiple of 4, less one or two '=')
        const int a = digit(i), c1 = digit(i + 1);
        const int c2 = n - i == 3 ? digit(i + 2) : 0;
        invalid |= a | c1 | c2;
        const quint32 v = quint32(a) << 18 | quint32(c1) << 12 | quint32(c2) << 6;
        *o++ = char(v >> 16);
        if (n - i == 3)
            *o++ = char(v >> 8);
    }
    if (invalid < 0)
        return std::nullopt;
    return out;
}

#ifdef TILLSYN_SHA_NI
bool cpuHasShaExtensions()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return false;
    const bool ssse3 = c & (1u << 9);
    const bool sse41 = c & (1u << 19);
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
    return ssse3 && sse41 && (b & (1u << 29));
}

alignas(16) constexpr quint32 kSha256K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

// SHA-256 compression of whole 64-byte blocks with the SHA extensions (SHA256RNDS2, MSG1, MSG2).
__attribute__((target("sha,sse4.1,ssse3"))) void
sha256Blocks(quint32 state[8], const unsigned char *data, size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[0]));
    __m128i state1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[4]));
    tmp = _mm_shuffle_epi32(tmp, 0xB1);               // CDAB
    state1 = _mm_shuffle_epi32(state1, 0x1B);         // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8); // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);      // CDGH
    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abef = state0;
        const __m128i cdgh = state1;
        __m128i w[4];
        for (int i = 0; i < 16; ++i) {
            if (i < 4) {
                w[i] = _mm_shuffle_epi8(
                    _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * i)), byteSwap);
            } else {
                // W[t..t+3] from W[t-16..t-13], W[t-12..t-9], W[t-7..t-4] and W[t-2], W[t-1].
                __m128i t = _mm_sha256msg1_epu32(w[i & 3], w[(i + 1) & 3]);
                t = _mm_add_epi32(t, _mm_alignr_epi8(w[(i + 3) & 3], w[(i + 2) & 3], 4));
                w[i & 3] = _mm_sha256msg2_epu32(t, w[(i + 3) & 3]);
            }
            __m128i m = _mm_add_epi32(
                w[i & 3], _mm_load_si128(reinterpret_cast<const __m128i *>(&kSha256K[4 * i])));
            state1 = _mm_sha256rnds2_epu32(state1, state0, m);
            m = _mm_shuffle_epi32(m, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, m);
        }
        state0 = _mm_add_epi32(state0, abef);
        state1 = _mm_add_epi32(state1, cdgh);
    }
    tmp = _mm_shuffle_epi32(state0, 0x1B);       // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1);    // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xF0); // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8);    // ABEF
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[0]), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[4]), state1);
}

QByteArray sha256WithShaExtensions(QByteArrayView bytes)
{
    quint32 state[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                        0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const size_t size = size_t(bytes.size());
    sha256Blocks(state, data, size / 64);
    // The last partial block, 0x80, zeros and the length in bits (big-endian) in one or two
    // blocks.
    unsigned char tail[128] = {};
    const size_t rest = size % 64;
    if (rest > 0)
        std::memcpy(tail, data + size - rest, rest);
    tail[rest] = 0x80;
    const size_t tailBlocks = rest < 56 ? 1 : 2;
    const quint64 bits = quint64(size) * 8;
    for (int i = 0; i < 8; ++i)
        tail[tailBlocks * 64 - 1 - size_t(i)] = static_cast<unsigned char>(bits >> (8 * i));
    sha256Blocks(state, tail, tailBlocks);
    QByteArray out(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        out[4 * i] = char(state[i] >> 24);
        out[4 * i + 1] = char(state[i] >> 16);
        out[4 * i + 2] = char(state[i] >> 8);
        out[4 * i + 3] = char(state[i]);
    }
    return out;
}
#endif

bool hasMagic(const QByteArray &data, const QString &mediaType)
{
    if (mediaType == u"image/jpeg")
        return data.startsWith("\xFF\xD8\xFF");
    return data.startsWith("\x89PNG\r\n\x1A\n");
}

Photo readPhoto(const ObjectReader &r)
{
    Photo p;
    p.id = r.requiredId(QStringLiteral("id"));
    p.mediaType = r.requiredString(QStringLiteral("mediaType"));
    if (p.mediaType != u"image/jpeg" && p.mediaType != u"image/png")
        r.fail(QStringLiteral("mediaType"),
               VisitFileReader::tr("must be \"image/jpeg\" or \"image/png\""));
    p.bytes = r.requiredInt(QStringLiteral("bytes"), 1, Limits::kPhotoBytes);
    p.sha256 = r.requiredString(QStringLiteral("sha256"));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(p.sha256).hasMatch())
        r.fail(QStringLiteral("sha256"),
               VisitFileReader::tr("must be 64 lowercase hexadecimal digits"));
    p.caption = r.requiredString(QStringLiteral("caption"), true);
    auto decoded = decodeStandardBase64(r.requiredString(QStringLiteral("data")));
    if (!decoded)
        r.fail(QStringLiteral("data"), VisitFileReader::tr("is not standard base64"));
    p.data = std::move(*decoded);
    if (p.data.size() != p.bytes)
        r.fail(QStringLiteral("bytes"), VisitFileReader::tr("says %1 bytes but the data holds %2")
                                            .arg(p.bytes)
                                            .arg(p.data.size()));
    const QString actual = VisitFileReader::sha256Hex(p.data);
    if (actual != p.sha256)
        r.fail(QStringLiteral("sha256"),
               VisitFileReader::tr("does not match the photo's data (the data hashes to %1)")
                   .arg(actual));
    if (!hasMagic(p.data, p.mediaType))
        r.fail(QStringLiteral("data"), VisitFileReader::tr("is not a %1 image").arg(p.mediaType));
    return p;
}

Facility readFacility(const ObjectReader &r)
{
    Facility f;
    f.id = r.requiredId(QStringLiteral("id"));
    f.name = r.requiredString(QStringLiteral("name"));
    f.operatorDetails.orgNumber = r.optionalString(QStringLiteral("orgNumber"));
    f.operatorDetails.name = r.optionalString(QStringLiteral("operatorName"));
    f.address = r.optionalString(QStringLiteral("address"));
    f.postalCode = r.optionalString(QStringLiteral("postalCode"));
    f.city = r.optionalString(QStringLiteral("city"));
    f.category = r.optionalString(QStringLiteral("category"));
    return f;
}

} // namespace

Visit VisitFileReader::read(const QByteArray &bytes, const QString &fileName, QByteArray *canonical)
{
    const QJsonObject object = json::StrictJson::parseObject(bytes, fileName, parseLimits());
    const ObjectReader root(object, fileName);
    root.requireFormat(QStringLiteral("tillsyn-visit"), 1);
    Visit v;
    v.status = VisitStatus::Finished;
    v.visitId = root.requiredUuid(QStringLiteral("visitId"));
    v.revision = int(root.requiredInt(QStringLiteral("revision"), 1, 1'000'000));
    v.baseRevision = int(root.requiredInt(QStringLiteral("baseRevision"), 0, 1'000'000));
    if (v.baseRevision >= v.revision)
        root.fail(QStringLiteral("baseRevision"),
                  tr("must be below revision (%1)").arg(v.revision));
    v.startedAt = requiredTime(root, QStringLiteral("startedAt"));
    v.finishedAt = requiredTime(root, QStringLiteral("finishedAt"));
    if (v.startedAt > v.finishedAt)
        root.fail(QStringLiteral("finishedAt"), tr("is before startedAt"));
    const ObjectReader device = root.requiredObject(QStringLiteral("device"));
    v.device = {device.requiredUuid(QStringLiteral("id")),
                device.requiredString(QStringLiteral("name"), true)};

    const QJsonArray inspectors = root.requiredArray(QStringLiteral("inspectors"));
    if (inspectors.isEmpty())
        root.fail(QStringLiteral("inspectors"), tr("must name at least one inspector"));
    for (qsizetype i = 0; i < inspectors.size(); ++i) {
        const ObjectReader r = root.element(inspectors, QStringLiteral("inspectors"), i);
        v.inspectors.push_back(
            {r.requiredId(QStringLiteral("id")), r.requiredString(QStringLiteral("name"))});
    }
    v.facility = readFacility(root.requiredObject(QStringLiteral("facility")));
    const ObjectReader checklist = root.requiredObject(QStringLiteral("checklist"));
    v.checklist = {checklist.requiredId(QStringLiteral("id")),
                   int(checklist.requiredInt(QStringLiteral("version"), 1, 1'000'000)),
                   checklist.requiredString(QStringLiteral("title"))};
    if (!fromString(root.requiredString(QStringLiteral("kind")), &v.kind))
        root.fail(QStringLiteral("kind"),
                  tr("must be planned, follow_up, complaint, incident or other"));
    v.announced = root.requiredBool(QStringLiteral("announced"));
    v.minutesSpent = int(root.requiredInt(QStringLiteral("minutesSpent"), 0, 1'000'000));
    v.presentPersons = root.optionalStringArray(QStringLiteral("presentPersons"));
    v.summary = root.optionalString(QStringLiteral("summary"));

    const QJsonArray photos = root.requiredArray(QStringLiteral("photos"));
    if (photos.size() > Limits::kPhotos)
        root.fail(QStringLiteral("photos"),
                  tr("holds %1 photos; the limit is %2").arg(photos.size()).arg(Limits::kPhotos));
    std::set<QString> photoIds;
    for (qsizetype i = 0; i < photos.size(); ++i) {
        const ObjectReader r = root.element(photos, QStringLiteral("photos"), i);
        Photo p = readPhoto(r);
        if (!photoIds.insert(p.id).second)
            r.fail(QStringLiteral("id"), tr("\"%1\" is used by another photo").arg(p.id));
        v.photos.push_back(std::move(p));
    }

    const QJsonArray answers = root.requiredArray(QStringLiteral("answers"));
    if (answers.size() > Limits::kAnswers)
        root.fail(
            QStringLiteral("answers"),
            tr("holds %1 answers; the limit is %2").arg(answers.size()).arg(Limits::kAnswers));
    std::set<QString> itemIds;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const ObjectReader r = root.element(answers, QStringLiteral("answers"), i);
        Answer a;
        a.itemId = r.requiredId(QStringLiteral("itemId"));
        if (!itemIds.insert(a.itemId).second)
            r.fail(QStringLiteral("itemId"), tr("\"%1\" is answered twice").arg(a.itemId));
        a.section = r.requiredString(QStringLiteral("section"), true);
        a.text = r.requiredString(QStringLiteral("text"));
        a.legalReference = r.requiredString(QStringLiteral("legalReference"), true);
        Result result;
        if (!fromString(r.requiredString(QStringLiteral("result")), &result))
            r.fail(QStringLiteral("result"),
                   tr("must be ok, deviation, not_checked or not_applicable"));
        a.result = result;
        a.comment = r.requiredString(QStringLiteral("comment"), true);
        const QJsonArray ids = r.requiredArray(QStringLiteral("photoIds"));
        for (qsizetype k = 0; k < ids.size(); ++k) {
            const QString member = QStringLiteral("photoIds[%1]").arg(k);
            if (!ids.at(k).isString() || !ObjectReader::isValidId(ids.at(k).toString()))
                r.fail(member, tr("must be a photo id"));
            const QString id = ids.at(k).toString();
            if (!photoIds.count(id))
                r.fail(member, tr("names the photo \"%1\", which is not in the file").arg(id));
            a.photoIds.append(id);
            for (Photo &p : v.photos) {
                if (p.id == id && p.itemId.isEmpty())
                    p.itemId = a.itemId;
            }
        }
        v.answers.push_back(std::move(a));
    }
    // StrictJson's object is QJsonDocument::fromJson's: its compact form is canonical()'s.
    if (canonical)
        *canonical = json::CanonicalJson::write(object, bytes.size());
    return v;
}

QByteArray VisitFileReader::canonical(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).toJson(QJsonDocument::Compact);
}

QString VisitFileReader::sha256Hex(QByteArrayView bytes)
{
#ifdef TILLSYN_SHA_NI
    static const bool shaExtensions = cpuHasShaExtensions();
    if (shaExtensions)
        return QString::fromLatin1(sha256WithShaExtensions(bytes).toHex());
#endif
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace tillsyn::visitfile
