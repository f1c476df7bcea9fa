#pragma once

#include "domain/checklist.h"
#include "domain/visit.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tillsyn::storage {

struct OfficeVisitSummary;

// Which of the office's merged visits (their current revisions) a list, an export or a
// statistic covers: one filter for the office GUI, `tillsyn-cli visits`, `csv` and `stats`.
// Every condition is optional; all given ones must hold. Dates are local calendar days of the
// visit's finish, both inclusive.
struct VisitFilter
{
    enum class Conflicts { Included, Excluded, Only };

    QDate from;                       // invalid: from the first visit
    QDate to;                         // invalid: to the last visit
    QString checklistId;              // exactly; empty: every checklist
    std::optional<domain::Area> area; // the checklist's area, as the office published it
    std::optional<QString> category;  // the facility category, exactly ("" is "no category")
    std::optional<domain::VisitKind> kind;
    QString inspector; // a part of an inspector's name, any case; empty: everyone
    QString facilityId; // exactly; empty: every facility
    // A part of the facility's name (any case) or its id exactly; empty: every facility.
    QString facility;
    // A part of the checklist's title (any case) or its id exactly; empty: every checklist.
    QString checklist;
    bool deviationsOnly = false; // only visits with at least one deviation
    Conflicts conflicts = Conflicts::Included;

    // Whether a listed visit meets the conditions its summary shows (all but area and category,
    // see needsDatabase()): for a list already read, filtered as the user types. The
    // repositories' queries select the same visits.
    bool matches(const OfficeVisitSummary &visit) const;
    bool needsDatabase() const;
};

} // namespace tillsyn::storage
