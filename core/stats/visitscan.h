#pragma once

#include "stats/statsfilter.h"
#include "storage/officerecords.h"

#include <functional>
#include <vector>

namespace tillsyn::storage {
class OfficeRepository;
}

namespace tillsyn::stats {

using storage::ScannedAnswer;
using storage::ScannedVisit;

// Reads the visits a filter selects with their answers, one call per visit: the current
// revision of every visit not in conflict (a conflict's answers are not settled yet), whatever
// the filter says about conflicts. Each backend scans its own way (OfficeRepository::scanVisits).
class VisitScan
{
public:
    using Answers = storage::ScanAnswers;
    using Callback = std::function<void(const ScannedVisit &, const std::vector<ScannedAnswer> &)>;

    VisitScan(storage::OfficeRepository &repository, StatsFilter filter);

    void run(Answers answers, bool withMonth, const Callback &each);

private:
    storage::OfficeRepository &m_repo;
    StatsFilter m_filter;
};

} // namespace tillsyn::stats
