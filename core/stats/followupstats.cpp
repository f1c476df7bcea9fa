#include "followupstats.h"

#include <algorithm>
#include <map>

namespace tillsyn::stats {

std::optional<double> FollowUpCounts::shareByDeadline() const
{
    return withDeadline > 0
               ? std::optional<double>(double(correctedByDeadline) / double(withDeadline))
               : std::nullopt;
}

std::optional<double> FollowUpCounts::medianDays() const
{
    if (daysToCorrection.empty())
        return std::nullopt;
    std::vector<qint64> days = daysToCorrection;
    std::sort(days.begin(), days.end());
    const size_t n = days.size();
    return n % 2 ? double(days[n / 2]) : (double(days[n / 2 - 1]) + double(days[n / 2])) / 2.0;
}

void FollowUpCounts::add(const merge::DeviationState &s)
{
    ++deviations;
    const domain::Deviation &d = s.deviation;
    if (d.deadline)
        ++withDeadline;
    if (s.open || !s.closedAt.isValid())
        return;
    ++corrected;
    // Calendar days in local time, as the deadline is a local date.
    const QDate closed = s.closedAt.toLocalTime().date();
    const QDate found = (d.startedAt.isValid() ? d.startedAt : d.finishedAt).toLocalTime().date();
    daysToCorrection.push_back(std::max<qint64>(0, found.daysTo(closed)));
    if (d.deadline && closed <= *d.deadline)
        ++correctedByDeadline;
}

FollowUpStatistics followUpStatistics(const std::vector<merge::DeviationState> &states)
{
    FollowUpStatistics out;
    std::map<std::pair<QString, QString>, FollowUpRow> items;
    for (const auto &s : states) {
        const domain::Deviation &d = s.deviation;
        FollowUpRow &row = items[{d.checklistId, d.itemId}];
        row.checklistId = d.checklistId;
        row.itemId = d.itemId;
        row.text = d.text; // the wording of the latest visit in the derivation's order
        row.counts.add(s);
        out.office.add(s);
    }
    for (auto &[key, row] : items)
        out.items.push_back(std::move(row));
    return out;
}

} // namespace tillsyn::stats
