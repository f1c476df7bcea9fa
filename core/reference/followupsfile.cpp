#include "followupsfile.h"

#include "json/objectreader.h"
#include "json/strictjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <set>

namespace tillsyn::reference {

using domain::Deviation;
using json::ObjectReader;

FollowUpsContent FollowUpsFile::read(const QByteArray &bytes, const QString &fileName)
{
    const ObjectReader root(json::StrictJson::parseObject(bytes, fileName), fileName);
    root.requireFormat(QStringLiteral("tillsyn-followups"), kFormatVersion);
    const QString publishedAt = root.requiredString(QStringLiteral("publishedAt"));
    if (!ObjectReader::isValidUtcTime(publishedAt))
        root.fail(QStringLiteral("publishedAt"), tr("must be an RFC 3339 time in UTC"));
    FollowUpsContent out;
    out.publishedAt = QDateTime::fromString(publishedAt, Qt::ISODateWithMs).toUTC();
    const QJsonArray list = root.requiredArray(QStringLiteral("openDeviations"));
    std::set<std::pair<QString, QString>> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const ObjectReader r = root.element(list, QStringLiteral("openDeviations"), i);
        Deviation d;
        d.facilityId = r.requiredId(QStringLiteral("facilityId"));
        d.visitId = r.requiredUuid(QStringLiteral("visitId"));
        d.revision = int(r.requiredInt(QStringLiteral("revision"), 1, 1'000'000));
        const QString finished = r.requiredString(QStringLiteral("finishedAt"));
        if (!ObjectReader::isValidUtcTime(finished))
            r.fail(QStringLiteral("finishedAt"), tr("must be an RFC 3339 time in UTC"));
        d.finishedAt = QDateTime::fromString(finished, Qt::ISODateWithMs).toUTC();
        d.checklistId = r.requiredId(QStringLiteral("checklistId"));
        d.checklistVersion = int(r.requiredInt(QStringLiteral("checklistVersion"), 1, 1'000'000));
        d.itemId = r.requiredId(QStringLiteral("itemId"));
        if (!seen.insert({d.visitId, d.itemId}).second)
            r.fail(QStringLiteral("itemId"),
                   tr("the deviation %1 of visit %2 is listed twice").arg(d.itemId, d.visitId));
        d.section = r.requiredString(QStringLiteral("section"), true);
        d.text = r.requiredString(QStringLiteral("text"));
        d.legalReference = r.requiredString(QStringLiteral("legalReference"), true);
        d.comment = r.requiredString(QStringLiteral("comment"), true);
        if (r.has(QStringLiteral("deadline"))) {
            const QJsonValue v = r.object().value(QStringLiteral("deadline"));
            d.deadline = v.isString() ? domain::parseDeadline(v.toString()) : std::nullopt;
            if (!d.deadline)
                r.fail(QStringLiteral("deadline"), tr("must be a date written YYYY-MM-DD"));
        }
        if (r.has(QStringLiteral("controlArea"))) {
            static const QRegularExpression area(QStringLiteral("^[A-Z][0-9]{2}\\z"));
            d.controlArea = r.requiredString(QStringLiteral("controlArea"));
            if (!area.match(d.controlArea).hasMatch())
                r.fail(QStringLiteral("controlArea"),
                       tr("must be a capital letter and two digits, like J08"));
        }
        d.photoCount = int(r.optionalInt(QStringLiteral("photoCount"), 0, 1'000'000).value_or(0));
        out.openDeviations.push_back(std::move(d));
    }
    return out;
}

QJsonObject FollowUpsFile::toJson(const Deviation &d)
{
    QJsonObject o{{QStringLiteral("facilityId"), d.facilityId},
                  {QStringLiteral("visitId"), d.visitId},
                  {QStringLiteral("revision"), d.revision},
                  {QStringLiteral("finishedAt"), d.finishedAt.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("checklistId"), d.checklistId},
                  {QStringLiteral("checklistVersion"), d.checklistVersion},
                  {QStringLiteral("itemId"), d.itemId},
                  {QStringLiteral("section"), d.section},
                  {QStringLiteral("text"), d.text},
                  {QStringLiteral("legalReference"), d.legalReference},
                  {QStringLiteral("comment"), d.comment},
                  {QStringLiteral("photoCount"), d.photoCount}};
    if (d.deadline)
        o.insert(QStringLiteral("deadline"), domain::deadlineText(*d.deadline));
    if (!d.controlArea.isEmpty())
        o.insert(QStringLiteral("controlArea"), d.controlArea);
    return o;
}

QByteArray FollowUpsFile::write(const std::vector<Deviation> &open, const QDateTime &publishedAt)
{
    QJsonArray list;
    for (const Deviation &d : open)
        list.append(toJson(d));
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("tillsyn-followups")},
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("publishedAt"), publishedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("openDeviations"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace tillsyn::reference
