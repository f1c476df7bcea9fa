#pragma once

#include "domain/visit.h"
#include "storage/officerecords.h"
#include "storage/visitfilter.h"

#include <optional>
#include <vector>

namespace tillsyn::storage {
class OfficeRepository;
}

namespace tillsyn::merge {

// Rederives a visit's current row from its stored history (merge::deriveCurrent) and hands it to
// the repository; the caller holds the visit's unit of work. `history` is the visit's revisions
// as the repository gave them (after the change). `parsed` may give a revision the caller
// already read (used when it is the one that stands, so its bytes are not read again).
void refreshCurrent(storage::OfficeRepository &repository, const QString &visitId,
                    const std::vector<storage::OfficeRevision> &history,
                    const domain::Visit *parsed = nullptr, const QString &parsedHash = {});

// The office's merged visits as Visit values, parsed from the bytes the repository keeps: what
// reports, deviations, fees, open data and due lists compute from, once for both backends.
class OfficeVisits
{
public:
    explicit OfficeVisits(storage::OfficeRepository &repository)
        : m_repository(repository)
    {}

    // The current revision of a visit, none when it has none.
    std::optional<domain::Visit> current(const QString &visitId);
    // One stored revision (its visit file, parsed).
    domain::Visit revision(const QString &visitId, const storage::OfficeRevision &revision);
    // The current revisions of the visits a filter selects (e.g. conflicts excluded), latest
    // finished first. Without `withPhotos`, each visit's photos are dropped as it is read: a
    // computation over many visits then holds no photo bytes.
    std::vector<domain::Visit> currentVisits(const storage::VisitFilter &filter = {},
                                             bool withPhotos = true);

private:
    storage::OfficeRepository &m_repository;
};

} // namespace tillsyn::merge
