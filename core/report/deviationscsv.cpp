#include "deviationscsv.h"

#include "csvexport.h"

namespace tillsyn::report {

QString DeviationsCsv::status(const merge::DeviationState &s, const QDate &today)
{
    if (s.open)
        return s.overdue(today) ? tr("open, overdue") : tr("open");
    if (!s.closedByVisit.isEmpty())
        return tr("closed by visit %1").arg(s.closedByVisit);
    return tr("closed by %1: %2").arg(s.closedByHand->closedBy, s.closedByHand->reason);
}

QByteArray DeviationsCsv::document(const std::vector<merge::DeviationState> &states,
                                   const QDate &today)
{
    const QStringList header{tr("Facility id"), tr("Facility"), tr("Visit"),   tr("Revision"),
                             tr("Item id"),     tr("Item"),     tr("Comment"), tr("Finished"),
                             tr("Deadline"),    tr("Status")};
    std::vector<QStringList> rows;
    for (const auto &s : states) {
        const domain::Deviation &d = s.deviation;
        rows.push_back(
            {d.facilityId, d.facilityName, d.visitId, QString::number(d.revision), d.itemId, d.text,
             d.comment, d.finishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")),
             d.deadline ? domain::deadlineText(*d.deadline) : QString(), status(s, today)});
    }
    return CsvExport::document(header, rows);
}

} // namespace tillsyn::report
