#pragma once

#include <optional>
#include <vector>

namespace tillsyn::stats {

// Time spent per visit in a group. A visit with 0 minutes has no time recorded and is left out:
// counting it as zero would pull the median and the mean down.
struct TimeSpent
{
    int timedVisits = 0;
    std::optional<double> median; // of an even count: the mean of the two middle values
    std::optional<double> mean;

    static TimeSpent of(std::vector<int> minutes);
};

} // namespace tillsyn::stats
