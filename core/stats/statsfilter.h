#pragma once

#include "domain/checklist.h"
#include "domain/visit.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tillsyn::stats {

// Which visits a statistic covers: always the current revision of every visit not in conflict
// (a conflict's answers are not settled yet), then these optional conditions. Dates are local
// calendar days, both inclusive.
struct StatsFilter
{
    QDate from;                       // invalid: from the first visit
    QDate to;                         // invalid: to the last visit
    QString checklistId;              // empty: every checklist
    std::optional<domain::Area> area; // the checklist's area, as the office published it
    std::optional<QString> category;  // the facility category, exactly ("" is "no category")
    std::optional<domain::VisitKind> kind;
    QString inspector; // a part of an inspector's name, any case; empty: everyone
};

} // namespace tillsyn::stats
