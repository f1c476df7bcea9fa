#include "visitscan.h"

#include "storage/officerepository.h"

namespace tillsyn::stats {

VisitScan::VisitScan(storage::OfficeRepository &repository, StatsFilter filter)
    : m_repo(repository)
    , m_filter(std::move(filter))
{
    m_filter.conflicts = storage::VisitFilter::Conflicts::Excluded;
}

void VisitScan::run(Answers answers, bool withMonth, const Callback &each)
{
    m_repo.scanVisits(m_filter, answers, withMonth, each);
}

} // namespace tillsyn::stats
