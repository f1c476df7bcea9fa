#pragma once

#include <QCoreApplication>

namespace tillsyn::storage {
class OfficeRepository;
}

namespace tillsyn::merge {

// Copies a whole office database into an empty one, whatever the two backends (moving from a
// SQLite file to a PostgreSQL server when an office grows, or back): settings (role, office
// details, keys), facilities, published checklists, the last publish, the fee schedule, every
// merged revision's exact bytes with its set-aside mark, resolutions, rejection records, and each
// visit's current view as the source has it (its revision, content and conflict state, not derived
// anew). All in one transaction on the target: a failed copy leaves it empty.
class OfficeCopy
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::merge::OfficeCopy)

public:
    struct Counts
    {
        int visits = 0;
        int revisions = 0;
        int facilities = 0;
        int checklists = 0;
        int rejected = 0;
    };
    // Throws tillsyn::Error (naming the target) when the target already holds office data.
    static Counts copy(storage::OfficeRepository &from, storage::OfficeRepository &to);
};

} // namespace tillsyn::merge
