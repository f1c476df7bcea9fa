#pragma once

#include "planning/duelist.h"

#include <vector>

namespace tillsyn::domain {
struct Visit;
}
namespace tillsyn::storage {
class Database;
class OfficeRepository;
}

namespace tillsyn::planning {

// Where the due list's visits come from: a field laptop's own finished visits, or an office's
// merged visits (the current revision of each, conflicts included: the visit took its time
// whichever revision stands), on SQLite or PostgreSQL alike.
class DueVisits
{
public:
    // The visit's time: the sum of its time entries (issue 18) where it has any, otherwise the
    // minutes it recorded. The day is the local day it started.
    static VisitTime of(const domain::Visit &visit);
    // The newest finished revision of every visit in a field database.
    static std::vector<VisitTime> fromField(storage::Database &db);
    // The current revision of every merged visit finished up to the end of `year`.
    static std::vector<VisitTime> fromOffice(storage::OfficeRepository &repository, int year);

    // The due list of a field database (its facilities, its own visits) or of an office.
    static std::vector<DueRow> fieldList(storage::Database &db, int year);
    static std::vector<DueRow> officeList(storage::OfficeRepository &repository, int year);
};

} // namespace tillsyn::planning
