#pragma once

#include "merge/deviations.h"

#include <optional>
#include <vector>

namespace tillsyn::stats {

// How deviations were followed up (issue 17): of those with a deadline, how many were corrected
// by it; and how many days a correction took (from the visit that found the deviation to the
// visit, or the closure by hand, that closed it).
struct FollowUpCounts
{
    qint64 deviations = 0;
    qint64 withDeadline = 0;
    qint64 correctedByDeadline = 0; // of those with a deadline
    qint64 corrected = 0;
    std::vector<qint64> daysToCorrection; // one per corrected deviation

    // correctedByDeadline / withDeadline; none without deadlines.
    std::optional<double> shareByDeadline() const;
    std::optional<double> medianDays() const;
    void add(const merge::DeviationState &state);
};

struct FollowUpRow
{
    QString checklistId;
    QString itemId;
    QString text;
    FollowUpCounts counts;
};

struct FollowUpStatistics
{
    std::vector<FollowUpRow> items; // by checklist id and item id
    FollowUpCounts office;          // all of them
};

FollowUpStatistics followUpStatistics(const std::vector<merge::DeviationState> &states);

} // namespace tillsyn::stats
