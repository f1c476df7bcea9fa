#include "visitfilter.h"

#include "storage/officerecords.h"

namespace tillsyn::storage {

bool VisitFilter::matches(const OfficeVisitSummary &v) const
{
    if (conflicts == Conflicts::Excluded && v.inConflict)
        return false;
    if (conflicts == Conflicts::Only && !v.inConflict)
        return false;
    const QDate day = v.finishedAt.toLocalTime().date();
    if (from.isValid() && day < from)
        return false;
    if (to.isValid() && day > to)
        return false;
    if (!checklistId.isEmpty() && v.checklistId != checklistId)
        return false;
    if (kind && v.kind != *kind)
        return false;
    if (!facilityId.isEmpty() && v.facilityId != facilityId)
        return false;
    if (deviationsOnly && v.deviations == 0)
        return false;
    if (!facility.isEmpty() && v.facilityId != facility &&
        !v.facilityName.contains(facility, Qt::CaseInsensitive))
        return false;
    if (!checklist.isEmpty() && v.checklistId != checklist &&
        !v.checklistTitle.contains(checklist, Qt::CaseInsensitive))
        return false;
    if (!inspector.isEmpty()) {
        bool any = false;
        for (const QString &name : v.inspectors.split(QStringLiteral(", ")))
            any = any || name.contains(inspector, Qt::CaseInsensitive);
        if (!any)
            return false;
    }
    return true;
}

bool VisitFilter::needsDatabase() const
{
    return area.has_value() || category.has_value();
}

} // namespace tillsyn::storage
