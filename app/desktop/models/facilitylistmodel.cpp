#include "facilitylistmodel.h"

#include "storage/facilitystore.h"
#include "util/displaytext.h"

#include <QScopedValueRollback>

namespace tillsyn::desktop {

FacilityListModel::FacilityListModel(storage::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

void FacilityListModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    reload();
}

void FacilityListModel::setIncludeInactive(bool include)
{
    if (include == m_includeInactive)
        return;
    m_includeInactive = include;
    reload();
}

void FacilityListModel::reload()
{
    const QScopedValueRollback guard(m_fetching, true);
    beginResetModel();
    m_rows = storage::FacilityStore(m_db).search(m_search, 0, kPageSize, m_includeInactive);
    m_moreAvailable = int(m_rows.size()) == kPageSize;
    m_total = m_moreAvailable ? -1 : int(m_rows.size());
    endResetModel();
    emit searchChanged();
}

int FacilityListModel::totalCount() const
{
    if (m_total < 0)
        m_total = storage::FacilityStore(m_db).count(m_search, m_includeInactive);
    return m_total;
}

const domain::Facility *FacilityListModel::facilityAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int FacilityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FacilityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FacilityListModel::data(const QModelIndex &index, int role) const
{
    const domain::Facility *f = index.isValid() ? facilityAt(index.row()) : nullptr;
    if (!f)
        return {};
    if (role == IdRole)
        return f->id;
    if (role == Qt::ToolTipRole)
        return plainToolTip(f->operatorDetails.name);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return inertBidi(f->name);
    case OrgNumber:
        return f->operatorDetails.orgNumber;
    case Address:
        return inertBidi(f->address);
    case City:
        return inertBidi(f->city);
    case Category:
        return inertBidi(f->category);
    default:
        return {};
    }
}

QVariant FacilityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case OrgNumber:
        return tr("Org. number");
    case Address:
        return tr("Address");
    case City:
        return tr("City");
    case Category:
        return tr("Category");
    default:
        return {};
    }
}

bool FacilityListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_moreAvailable && !m_fetching;
}

void FacilityListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Views (and QAbstractItemModelTester) may ask for more from inside the signals of a change.
    const QScopedValueRollback guard(m_fetching, true);
    auto more = storage::FacilityStore(m_db).search(m_search, int(m_rows.size()), kPageSize,
                                                    m_includeInactive);
    m_moreAvailable = int(more.size()) == kPageSize;
    if (more.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(more.begin()),
                  std::make_move_iterator(more.end()));
    endInsertRows();
}

} // namespace tillsyn::desktop
