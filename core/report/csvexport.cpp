#include "csvexport.h"

#include "storage/officerepository.h"

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

QByteArray CsvExport::visits(storage::OfficeRepository &repository, const QStringList &visitIds)
{
    const QSet<QString> wanted(visitIds.begin(), visitIds.end());
    std::vector<QStringList> rows;
    for (const auto &v : repository.visitSummaries()) {
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

QStringList CsvExport::visitIdsFinished(storage::OfficeRepository &repository, const QDate &from,
                                       const QDate &to)
{
    // The Office tab's date filter: the day the visit was finished, in local time, both ends
    // included.
    storage::VisitFilter filter;
    filter.from = from;
    filter.to = to;
    QStringList ids;
    for (const auto &v : repository.visitSummaries(filter))
        ids.append(v.visitId);
    return ids;
}

QByteArray CsvExport::answers(storage::OfficeRepository &repository, const QStringList &visitIds)
{
    std::vector<QStringList> rows;
    for (const storage::AnswerRow &a : repository.answerRows({}, visitIds))
        rows.push_back({a.visitId, QString::number(a.revision), a.facilityName, a.checklistId,
                        a.itemId, a.section, a.text, a.legalReference,
                        domain::displayName(a.result), a.comment});
    return document(answersHeader(), rows);
}

} // namespace tillsyn::report
