#pragma once

#include "domain/facility.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace tillsyn::planning {

// One visit as the due list counts it: its facility, its day and the time it took.
struct VisitTime
{
    QString facilityId;
    QDate date;      // the local day the visit started
    int minutes = 0; // its time entries' sum where it has them, otherwise its recorded time
};

// One facility's line of the due list (issue 19): the yearly control time its risk
// classification gives it against the time its visits of the year took.
struct DueRow
{
    QString facilityId;
    QString name;
    QString category;
    QString locality; // the facility's city (postort): what the pages filter "area" by
    double controlHours = 0;
    double spentHours = 0;
    // Not clamped at zero: a negative value shows a facility that took more than planned.
    double remainingHours = 0;
    std::optional<QDate> lastVisit; // the latest visit up to the end of the year
};

// The due list, computed from values only (both databases and both office backends give
// VisitTime values, see duevisits.h).
class DueList
{
public:
    // Every active facility with a control time, largest remaining first (then by name and id).
    // Visits of other facilities, and visits after the year, are ignored.
    static std::vector<DueRow> of(const std::vector<domain::Facility> &facilities,
                                  const std::vector<VisitTime> &visits, int year);
    // Hours rounded to two decimals, as shown and written to JSON (minutes / 60 rarely is exact).
    static double rounded(double hours);
};

} // namespace tillsyn::planning
