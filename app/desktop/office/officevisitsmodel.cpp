#include "officevisitsmodel.h"

#include "storage/officerepository.h"

#include "util/displaytext.h"

#include <QLocale>

namespace tillsyn::desktop {

OfficeVisitsModel::OfficeVisitsModel(storage::OfficeRepository &office, QObject *parent)
    : QAbstractTableModel(parent)
    , m_office(office)
{}

void OfficeVisitsModel::reload()
{
    beginResetModel();
    m_rows = m_office.visitSummaries();
    endResetModel();
}

int OfficeVisitsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OfficeVisitsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfficeVisitsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto &v = m_rows[size_t(index.row())];
    if (role == VisitIdRole)
        return v.visitId;
    if (role == ConflictRole)
        return v.inConflict;
    if (role == SortRole) {
        switch (index.column()) {
        case Finished:
            return v.finishedAt;
        case Revision:
            return v.revision;
        case Deviations:
            return v.deviations;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Facility:
        return inertBidi(v.facilityName);
    case Checklist:
        return inertBidi(v.checklistTitle);
    case Kind:
        return domain::displayName(v.kind);
    case Inspectors:
        return inertBidi(v.inspectors);
    case Finished:
        return QLocale().toString(v.finishedAt.toLocalTime().date(), QLocale::ShortFormat);
    case Revision:
        return v.revision;
    case Status:
        return v.inConflict ? tr("conflict") : tr("ok");
    case Deviations:
        return v.deviations;
    default:
        return {};
    }
}

QVariant OfficeVisitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QString names[] = {tr("Facility"), tr("Checklist"), tr("Kind"),   tr("Inspectors"),
                             tr("Finished"), tr("Revision"),  tr("Status"), tr("Deviations")};
    return section >= 0 && section < ColumnCount ? names[section] : QString();
}

void OfficeVisitFilter::setCriteria(const Criteria &criteria)
{
    m_criteria = criteria;
    invalidateFilter();
}

bool OfficeVisitFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const OfficeVisitsModel *>(sourceModel());
    return m_criteria.matches(model->at(sourceRow));
}

} // namespace tillsyn::desktop
