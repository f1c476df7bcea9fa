#pragma once

#include "domain/facility.h"

#include <QCoreApplication>

#include <vector>

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::reference {

// What importing a facility list would do, before it is done: each row added, changed or left
// as it is, and rows that look like a facility already registered under another id (the same
// org. number and address).
struct FacilityImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::reference::FacilityImportPreview)

public:
    enum class Action { Add, Change, Unchanged };
    struct Row
    {
        domain::Facility facility;
        Action action = Action::Add;
        QString possibleDuplicateOf; // id of an existing facility, or empty
        // What the clerk should look at although the row imports: an org. number kept as given
        // that fails its check digit (open-data files from case systems hold such numbers).
        QString warning;
    };

    std::vector<Row> rows;
    int count(Action action) const;
    // Rows with a warning.
    int warnings() const;
    // The warning for a facility as it would be imported (empty when none).
    static QString warningFor(const domain::Facility &facility);

    static FacilityImportPreview of(storage::Database &db,
                                    const std::vector<domain::Facility> &facilities);
};

} // namespace tillsyn::reference
