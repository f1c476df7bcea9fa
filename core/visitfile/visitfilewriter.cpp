#include "visitfilewriter.h"

#include "casemembers.h"

#include "followupmembers.h"
#include "util/sha256.h"
#include "json/canonicaljson.h"

#include <QJsonArray>

namespace tillsyn::visitfile {

using namespace tillsyn::domain;

QString VisitFileWriter::timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QJsonObject VisitFileWriter::toJson(const Visit &v)
{
    QJsonArray inspectors;
    for (const Inspector &i : v.inspectors)
        inspectors.append(
            QJsonObject{{QStringLiteral("id"), i.id}, {QStringLiteral("name"), i.name}});
    QJsonObject facility{{QStringLiteral("id"), v.facility.id},
                         {QStringLiteral("name"), v.facility.name}};
    const std::pair<const char *, QString> optional[] = {
        {"orgNumber", v.facility.operatorDetails.orgNumber},
        {"operatorName", v.facility.operatorDetails.name},
        {"address", v.facility.address},
        {"postalCode", v.facility.postalCode},
        {"city", v.facility.city},
        {"category", v.facility.category}};
    for (const auto &[key, value] : optional) {
        if (!value.isEmpty())
            facility.insert(QLatin1String(key), value);
    }
    QJsonArray answers;
    for (const Answer &a : v.answers) {
        QJsonObject answer{
            {QStringLiteral("itemId"), a.itemId},
            {QStringLiteral("section"), a.section},
            {QStringLiteral("text"), a.text},
            {QStringLiteral("legalReference"), a.legalReference},
            // An item never answered leaves as not checked: the format has no "unanswered".
            {QStringLiteral("result"), toString(a.result.value_or(Result::NotChecked))},
            {QStringLiteral("comment"), a.comment},
            {QStringLiteral("photoIds"), QJsonArray::fromStringList(a.photoIds)}};
        FollowUpMembers::writeDeadline(answer, a);
        // Optional: an answer without an area is written exactly as before.
        if (!a.controlArea.isEmpty())
            answer.insert(QStringLiteral("controlArea"), a.controlArea);
        answers.append(answer);
    }
    QJsonArray photos;
    for (const Photo &p : v.photos) {
        photos.append(
            QJsonObject{{QStringLiteral("id"), p.id},
                        {QStringLiteral("mediaType"), p.mediaType},
                        {QStringLiteral("bytes"), p.data.size()},
                        {QStringLiteral("sha256"), p.sha256},
                        {QStringLiteral("caption"), p.caption},
                        {QStringLiteral("data"), QString::fromLatin1(p.data.toBase64())}});
    }
    QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("tillsyn-visit")},
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("visitId"), v.visitId},
        {QStringLiteral("revision"), v.revision},
        {QStringLiteral("baseRevision"), v.baseRevision},
        {QStringLiteral("startedAt"), timeText(v.startedAt)},
        {QStringLiteral("finishedAt"), timeText(v.finishedAt)},
        {QStringLiteral("device"),
         QJsonObject{{QStringLiteral("id"), v.device.id}, {QStringLiteral("name"), v.device.name}}},
        {QStringLiteral("inspectors"), inspectors},
        {QStringLiteral("facility"), facility},
        {QStringLiteral("checklist"), QJsonObject{{QStringLiteral("id"), v.checklist.id},
                                                  {QStringLiteral("version"), v.checklist.version},
                                                  {QStringLiteral("title"), v.checklist.title}}},
        {QStringLiteral("kind"), toString(v.kind)},
        {QStringLiteral("announced"), v.announced},
        {QStringLiteral("minutesSpent"), v.minutesSpent},
        {QStringLiteral("answers"), answers},
        {QStringLiteral("photos"), photos}};
    if (!v.presentPersons.isEmpty())
        root.insert(QStringLiteral("presentPersons"), QJsonArray::fromStringList(v.presentPersons));
    if (!v.summary.isEmpty())
        root.insert(QStringLiteral("summary"), v.summary);
    CaseMembers::write(v, root);
    FollowUpMembers::writeFollowUps(root, v);
    return root;
}

QByteArray VisitFileWriter::write(const Visit &visit)
{
    // Compact with sorted keys: the file is also its own canonical form.
    return json::CanonicalJson::write(toJson(visit));
}

QString VisitFileWriter::fileName(const Visit &visit, const QByteArray &bytes)
{
    return QStringLiteral("visit-%1-r%2-%3.json")
        .arg(visit.visitId)
        .arg(visit.revision)
        .arg(sha256Hex(bytes).left(8));
}

} // namespace tillsyn::visitfile
