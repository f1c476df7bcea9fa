#include "facilityimportpreview.h"

#include "domain/orgnumber.h"
#include "storage/database.h"
#include "storage/facilitystore.h"

#include <algorithm>
#include <limits>
#include <map>

namespace tillsyn::reference {

int FacilityImportPreview::count(Action action) const
{
    return int(
        std::count_if(rows.begin(), rows.end(), [&](const Row &r) { return r.action == action; }));
}

int FacilityImportPreview::warnings() const
{
    return int(std::count_if(rows.begin(), rows.end(),
                             [](const Row &r) { return !r.warning.isEmpty(); }));
}

QString FacilityImportPreview::warningFor(const domain::Facility &f)
{
    if (domain::OrgNumber::isFlagged(f.operatorDetails.orgNumber))
        return tr("the organisation number \"%1\" fails its check digit; it is imported as "
                  "given and marked")
            .arg(f.operatorDetails.orgNumber);
    return {};
}

FacilityImportPreview FacilityImportPreview::of(storage::Database &db,
                                                const std::vector<domain::Facility> &facilities)
{
    storage::FacilityStore store(db);
    std::map<QString, domain::Facility> existing;
    std::map<QString, QString> byOrgAndAddress;
    for (const auto &f : store.search({}, 0, std::numeric_limits<int>::max(), true)) {
        existing[f.id] = f;
        if (!f.operatorDetails.orgNumber.isEmpty())
            byOrgAndAddress[f.operatorDetails.orgNumber + u'|' + f.address.simplified().toLower()] =
                f.id;
    }
    FacilityImportPreview preview;
    for (const auto &f : facilities) {
        Row row{f, Action::Add, {}, warningFor(f)};
        const auto it = existing.find(f.id);
        if (it != existing.end())
            row.action = it->second == f ? Action::Unchanged : Action::Change;
        if (row.action == Action::Add && !f.operatorDetails.orgNumber.isEmpty()) {
            const auto dup = byOrgAndAddress.find(f.operatorDetails.orgNumber + u'|' +
                                                  f.address.simplified().toLower());
            if (dup != byOrgAndAddress.end())
                row.possibleDuplicateOf = dup->second;
        }
        preview.rows.push_back(std::move(row));
    }
    return preview;
}

} // namespace tillsyn::reference
