#include "duelist.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace tillsyn::planning {

double DueList::rounded(double hours)
{
    return std::round(hours * 100.0) / 100.0;
}

std::vector<DueRow> DueList::of(const std::vector<domain::Facility> &facilities,
                                const std::vector<VisitTime> &visits, int year)
{
    struct Tally
    {
        int minutes = 0;
        std::optional<QDate> last;
    };
    std::map<QString, Tally> byFacility;
    const QDate yearEnd(year, 12, 31);
    for (const VisitTime &v : visits) {
        if (!v.date.isValid() || v.date > yearEnd)
            continue;
        Tally &t = byFacility[v.facilityId];
        if (v.date.year() == year)
            t.minutes += std::max(0, v.minutes);
        if (!t.last || v.date > *t.last)
            t.last = v.date;
    }
    std::vector<DueRow> rows;
    for (const domain::Facility &f : facilities) {
        if (!f.active || !f.controlHours)
            continue;
        DueRow row{f.id, f.name, f.category, f.city, *f.controlHours, 0, 0, std::nullopt};
        if (const auto it = byFacility.find(f.id); it != byFacility.end()) {
            row.spentHours = it->second.minutes / 60.0;
            row.lastVisit = it->second.last;
        }
        row.remainingHours = row.controlHours - row.spentHours;
        rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end(), [](const DueRow &a, const DueRow &b) {
        if (a.remainingHours != b.remainingHours)
            return a.remainingHours > b.remainingHours;
        if (const int c = QString::compare(a.name, b.name, Qt::CaseInsensitive); c != 0)
            return c < 0;
        return a.facilityId < b.facilityId;
    });
    return rows;
}

} // namespace tillsyn::planning
