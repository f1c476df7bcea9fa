#include "csvexport.h"

#include "storage/database.h"
#include "storage/officestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace tillsyn::report {

QByteArray CsvExport::document(const QStringList &header, const std::vector<QStringList> &rows)
{
    QString text = QChar(0xFEFF);
    auto line = [&](const QStringList &fields) {
        QStringList escaped;
        for (const QString &f : fields)
            escaped.append(field(f));
        text += escaped.join(u';') + QStringLiteral("\r\n");
    };
    line(header);
    for (const QStringList &r : rows)
        line(r);
    return text.toUtf8();
}

QString CsvExport::field(const QString &value)
{
    // A leading = + - @ would make Excel evaluate user text as a formula, and so may a leading
    // tab, carriage return or NUL, which Excel and other spreadsheets skip before looking for
    // one (OWASP "CSV injection"): a leading apostrophe makes the cell plain text.
    static const QString risky = QStringLiteral("=+-@\t\r") + QChar(u'\0');
    QString v = value;
    if (!v.isEmpty() && risky.contains(v.at(0)))
        v.prepend(u'\'');
    if (v.contains(u';') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r'))
        return u'"' + QString(v).replace(u'"', QStringLiteral("\"\"")) + u'"';
    return v;
}

QByteArray CsvExport::visits(storage::Database &db, const QStringList &visitIds)
{
    const QSet<QString> wanted(visitIds.begin(), visitIds.end());
    std::vector<QStringList> rows;
    for (const auto &v : storage::OfficeStore(db).list()) {
        if (!wanted.isEmpty() && !wanted.contains(v.visitId))
            continue;
        rows.push_back({v.visitId, QString::number(v.revision),
                        v.inConflict ? tr("conflict") : tr("ok"), v.facilityId, v.facilityName,
                        v.checklistId, v.checklistTitle, domain::displayName(v.kind), v.inspectors,
                        v.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        v.finishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        QString::number(v.deviations)});
    }
    return document(visitsHeader(), rows);
}

QStringList CsvExport::visitsHeader()
{
    return {tr("Visit id"),   tr("Revision"),     tr("Status"),    tr("Facility id"),
            tr("Facility"),   tr("Checklist id"), tr("Checklist"), tr("Kind"),
            tr("Inspectors"), tr("Started"),      tr("Finished"),  tr("Deviations")};
}

QStringList CsvExport::answersHeader()
{
    return {tr("Visit id"), tr("Revision"), tr("Facility"), tr("Checklist id"),
            tr("Item id"),  tr("Section"),  tr("Item"),     tr("Legal reference"),
            tr("Result"),   tr("Comment")};
}

QStringList CsvExport::visitIdsFinished(storage::Database &db, const QDate &from, const QDate &to)
{
    // The Office tab's date filter: the day the visit was finished, in local time, both ends
    // included.
    QStringList ids;
    for (const auto &v : storage::OfficeStore(db).list()) {
        const QDate day = v.finishedAt.toLocalTime().date();
        if ((!from.isValid() || day >= from) && (!to.isValid() || day <= to))
            ids.append(v.visitId);
    }
    return ids;
}

QByteArray CsvExport::answers(storage::Database &db, const QStringList &visitIds)
{
    // Only the chosen visits are read (their ids as one JSON array: no limit on bound values).
    QSqlQuery q = db.prepare(
        QStringLiteral(
            "SELECT v.visit_id, v.revision, v.facility_name, v.checklist_id, a.item_id, a.section,"
            " a.text, a.legal_reference, a.result, a.comment FROM office_answer a JOIN "
            "office_visit v"
            " USING (visit_id)%1 ORDER BY v.finished_at, v.visit_id, a.position")
            .arg(visitIds.isEmpty() ? QString()
                                    : QStringLiteral(" WHERE v.visit_id IN (SELECT value"
                                                     " FROM json_each(?))")));
    q.setForwardOnly(true);
    if (!visitIds.isEmpty())
        q.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(visitIds)).toJson(QJsonDocument::Compact)));
    db.exec(q);
    std::vector<QStringList> rows;
    while (q.next()) {
        domain::Result result = domain::Result::NotChecked;
        domain::fromString(q.value(8).toString(), &result);
        rows.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                        q.value(6).toString(), q.value(7).toString(), domain::displayName(result),
                        q.value(9).toString()});
    }
    return document(answersHeader(), rows);
}

} // namespace tillsyn::report
