#pragma once

#include "domain/checklist.h"
#include "domain/facility.h"

#include <vector>

namespace tillsyn::storage {
class Database;
class OfficeRepository;
} // namespace tillsyn::storage

namespace tillsyn::content {

// The checklists Tillsyn ships (resources/checklists) and the fictional demo facilities
// (resources/demo), compiled into the program.
class ShippedContent
{
public:
    static std::vector<domain::Checklist> checklists();
    static std::vector<domain::Facility> demoFacilities();
    // Imports the shipped checklists, and with `demo` the demo facilities and (when none is set)
    // the demo office letterhead; idempotent.
    static void install(storage::Database &db, bool demo);
    // The same for an office database behind the repository (e.g. on a PostgreSQL server).
    static void install(storage::OfficeRepository &office, bool demo);
};

} // namespace tillsyn::content
