#include "visitfilereader.h"

#include "casemembers.h"
#include "followupmembers.h"
#include "photocheck.h"

#include "domain/controlarea.h"
#include "util/error.h"
#include "util/sha256.h"
#include "json/canonicaljson.h"
#include "json/objectreader.h"
#include "json/strictjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <array>
#include <optional>
#include <set>

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
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}\\z"));
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
    const QString actual = tillsyn::sha256Hex(p.data);
    if (actual != p.sha256)
        r.fail(QStringLiteral("sha256"),
               VisitFileReader::tr("does not match the photo's data (the data hashes to %1)")
                   .arg(actual));
    // The header only (cheap): really a JPEG or PNG of its media type and within the pixel limit.
    const PhotoHeader header = PhotoCheck::check(p.data);
    if (header.mediaType != p.mediaType)
        r.fail(QStringLiteral("data"), VisitFileReader::tr("is not a %1 image").arg(p.mediaType));
    if (!header.ok())
        r.fail(QStringLiteral("data"), header.problem);
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
    CaseMembers::read(root, v);

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
        FollowUpMembers::readDeadline(r, a);
        if (r.has(QStringLiteral("controlArea"))) {
            a.controlArea = r.requiredString(QStringLiteral("controlArea"));
            if (!ControlAreas::isValidCode(a.controlArea))
                r.fail(QStringLiteral("controlArea"),
                       tr("must be a capital letter and two digits, like J08"));
        }
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
    FollowUpMembers::readFollowUps(root, v);
    // StrictJson's object is QJsonDocument::fromJson's: its compact form is canonical()'s.
    if (canonical)
        *canonical = json::CanonicalJson::write(object, bytes.size());
    return v;
}

QByteArray VisitFileReader::canonical(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).toJson(QJsonDocument::Compact);
}

} // namespace tillsyn::visitfile
