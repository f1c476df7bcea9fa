#pragma once

#include "domain/visit.h"

#include <QtGlobal>

#include <array>
#include <optional>
#include <vector>

namespace tillsyn::stats {

// Time per visit by activity and the chargeable share in a group of visits (issue 18). Only
// visits with time recorded count (a total of 0 minutes means none was recorded, as TimeSpent
// has it); of those, an activity's median and mean include the visits that spent 0 minutes on
// it, so the means of the activities add up to the mean time of a visit.
struct ActivityTime
{
    static constexpr size_t kActivities = 6; // domain::allActivities()

    struct Activity
    {
        qint64 minutes = 0; // the sum over the timed visits
        std::optional<double> median;
        std::optional<double> mean;

        bool operator==(const Activity &) const = default;
    };

    int timedVisits = 0;
    std::array<Activity, kActivities> activities; // in domain::allActivities()' order
    qint64 minutes = 0;                           // all activities
    qint64 chargeableMinutes = 0;

    // chargeableMinutes / minutes; none without time.
    std::optional<double> chargeableShare() const;
    bool operator==(const ActivityTime &) const = default;
};

// Collects the visits of one group.
class ActivityTally
{
public:
    void add(const domain::Visit &visit);
    ActivityTime result() const;

    // A visit's minutes per activity and its chargeable minutes. A visit written before time
    // entries existed has only minutesSpent: it counts as chargeable inspection, as the invoice
    // basis counts it.
    static std::array<int, ActivityTime::kActivities> minutesOf(const domain::Visit &visit,
                                                                int *chargeable);

private:
    std::array<std::vector<int>, ActivityTime::kActivities> m_minutes;
    qint64 m_chargeable = 0;
};

} // namespace tillsyn::stats
