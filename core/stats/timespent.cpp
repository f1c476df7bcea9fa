#include "timespent.h"

#include <algorithm>
#include <numeric>

namespace tillsyn::stats {

TimeSpent TimeSpent::of(std::vector<int> minutes)
{
    std::erase_if(minutes, [](int m) { return m <= 0; });
    TimeSpent t;
    t.timedVisits = int(minutes.size());
    if (minutes.empty())
        return t;
    std::sort(minutes.begin(), minutes.end());
    const size_t n = minutes.size();
    t.median = n % 2 == 1 ? double(minutes[n / 2])
                          : (double(minutes[n / 2 - 1]) + double(minutes[n / 2])) / 2.0;
    t.mean = std::accumulate(minutes.begin(), minutes.end(), 0.0) / double(n);
    return t;
}

} // namespace tillsyn::stats
