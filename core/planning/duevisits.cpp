#include "duevisits.h"

#include "domain/visit.h"
#include "merge/officevisits.h"
#include "storage/facilitystore.h"
#include "storage/officerepository.h"
#include "storage/visitstore.h"

#include <algorithm>
#include <limits>

namespace tillsyn::planning {

VisitTime DueVisits::of(const domain::Visit &visit)
{
    int minutes = visit.minutesSpent;
    if (!visit.caseInfo.timeEntries.empty()) {
        minutes = 0;
        for (const auto &entry : visit.caseInfo.timeEntries)
            minutes += entry.minutes;
    }
    return {visit.facility.id, visit.startedAt.toLocalTime().date(), minutes};
}

std::vector<VisitTime> DueVisits::fromField(storage::Database &db)
{
    storage::VisitStore store(db);
    std::vector<VisitTime> out;
    for (const storage::VisitSummary &summary : store.list()) {
        // A reopened visit's newest revision is a draft; the finished one before it counts.
        std::vector<int> revisions = store.revisions(summary.visitId);
        std::sort(revisions.rbegin(), revisions.rend());
        for (const int revision : revisions) {
            if (store.status(summary.visitId, revision) != domain::VisitStatus::Finished)
                continue;
            if (const auto visit = store.load(summary.visitId, revision))
                out.push_back(of(*visit));
            break;
        }
    }
    return out;
}

std::vector<VisitTime> DueVisits::fromOffice(storage::OfficeRepository &repository, int year)
{
    storage::VisitFilter filter;
    // The filter is by finish day; a visit started on 31 December may finish the day after.
    filter.to = QDate(year + 1, 1, 1);
    std::vector<VisitTime> out;
    for (const domain::Visit &visit : merge::OfficeVisits(repository).currentVisits(filter))
        out.push_back(of(visit));
    return out;
}

std::vector<DueRow> DueVisits::fieldList(storage::Database &db, int year)
{
    const auto facilities =
        storage::FacilityStore(db).search({}, 0, std::numeric_limits<int>::max(), false);
    return DueList::of(facilities, fromField(db), year);
}

std::vector<DueRow> DueVisits::officeList(storage::OfficeRepository &repository, int year)
{
    return DueList::of(repository.facilities(), fromOffice(repository, year), year);
}

} // namespace tillsyn::planning
