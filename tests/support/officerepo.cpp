#include "officerepo.h"

#include "merge/officevisits.h"
#include "storage/sqliteofficerepository.h"

namespace tillsyn::test {

std::optional<domain::Visit> currentVisit(storage::Database &db, const QString &visitId)
{
    storage::SqliteOfficeRepository office(db);
    return merge::OfficeVisits(office).current(visitId);
}

std::optional<domain::Visit> currentVisit(storage::OfficeRepository &office, const QString &visitId)
{
    return merge::OfficeVisits(office).current(visitId);
}

} // namespace tillsyn::test
