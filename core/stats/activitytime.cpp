#include "activitytime.h"

#include "stats/median.h"

#include <numeric>

namespace tillsyn::stats {

std::optional<double> ActivityTime::chargeableShare() const
{
    return minutes > 0 ? std::optional<double>(double(chargeableMinutes) / double(minutes))
                       : std::nullopt;
}

std::array<int, ActivityTime::kActivities> ActivityTally::minutesOf(const domain::Visit &visit,
                                                                    int *chargeable)
{
    std::array<int, ActivityTime::kActivities> out{};
    *chargeable = 0;
    const auto &entries = visit.caseInfo.timeEntries;
    if (entries.empty()) {
        out[size_t(domain::Activity::Inspection)] = visit.minutesSpent;
        *chargeable = visit.minutesSpent;
        return out;
    }
    for (const domain::TimeEntry &e : entries) {
        out[size_t(e.activity)] += e.minutes;
        if (e.chargeable)
            *chargeable += e.minutes;
    }
    return out;
}

void ActivityTally::add(const domain::Visit &visit)
{
    int chargeable = 0;
    const auto minutes = minutesOf(visit, &chargeable);
    if (std::accumulate(minutes.begin(), minutes.end(), 0) <= 0)
        return; // no time recorded
    for (size_t a = 0; a < minutes.size(); ++a)
        m_minutes[a].push_back(minutes[a]);
    m_chargeable += chargeable;
}

ActivityTime ActivityTally::result() const
{
    ActivityTime t;
    t.timedVisits = int(m_minutes[0].size());
    t.chargeableMinutes = m_chargeable;
    for (size_t a = 0; a < m_minutes.size(); ++a) {
        const std::vector<int> &m = m_minutes[a];
        ActivityTime::Activity &out = t.activities[a];
        out.minutes = std::accumulate(m.begin(), m.end(), qint64(0));
        out.median = median(m);
        if (!m.empty())
            out.mean = double(out.minutes) / double(m.size());
        t.minutes += out.minutes;
    }
    return t;
}

} // namespace tillsyn::stats
