#include "visitfilereader.h"

#include "util/error.h"
#include "json/objectreader.h"
#include "json/strictjson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

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

bool isStandardBase64(const QByteArray &b)
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
    return true;
}

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
    const QByteArray base64 = r.requiredString(QStringLiteral("data")).toLatin1();
    if (!isStandardBase64(base64))
        r.fail(QStringLiteral("data"), VisitFileReader::tr("is not standard base64"));
    auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        r.fail(QStringLiteral("data"), VisitFileReader::tr("is not standard base64"));
    p.data = std::move(*decoded);
    if (p.data.size() != p.bytes)
        r.fail(QStringLiteral("bytes"), VisitFileReader::tr("says %1 bytes but the data holds %2")
                                            .arg(p.bytes)
                                            .arg(p.data.size()));
    const QString actual =
        QString::fromLatin1(QCryptographicHash::hash(p.data, QCryptographicHash::Sha256).toHex());
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

Visit VisitFileReader::read(const QByteArray &bytes, const QString &fileName)
{
    const ObjectReader root(json::StrictJson::parseObject(bytes, fileName, parseLimits()),
                            fileName);
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
    return v;
}

QByteArray VisitFileReader::canonical(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).toJson(QJsonDocument::Compact);
}

} // namespace tillsyn::visitfile
