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
    };

    std::vector<Row> rows;
    int count(Action action) const;

    static FacilityImportPreview of(storage::Database &db,
                                    const std::vector<domain::Facility> &facilities);
};

} // namespace tillsyn::reference
