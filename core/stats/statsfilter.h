#pragma once

#include "storage/visitfilter.h"

namespace tillsyn::stats {

// Which visits a statistic covers: the office's one visit filter. Statistics always leave out
// visits in conflict (a conflict's answers are not settled yet), whatever `conflicts` says.
using StatsFilter = storage::VisitFilter;

} // namespace tillsyn::stats
