#include "facilitylistmodel.h"

#include "storage/facilitystore.h"
#include "storage/visitstore.h"
#include "util/displaytext.h"

#include <QLocale>
#include <QScopedValueRollback>

#include <algorithm>

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
    m_lastVisits = storage::VisitStore(m_db).lastVisits();
    storage::FacilityStore store(m_db);
    if (m_sortColumn == Name && m_sortOrder == Qt::AscendingOrder) {
        m_rows = store.search(m_search, 0, kPageSize, m_includeInactive);
        m_moreAvailable = int(m_rows.size()) == kPageSize;
    } else {
        // Another order than the index's: every match, sorted here (stable: ties keep the
        // name order). Facilities never visited go last whichever way the last visit sorts.
        m_rows = store.search(m_search, 0, store.count(m_search, m_includeInactive),
                              m_includeInactive);
        m_moreAvailable = false;
        const bool descending = m_sortOrder == Qt::DescendingOrder;
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [&](const domain::Facility &a, const domain::Facility &b) {
                             const QVariant ka = sortKey(a, m_sortColumn);
                             const QVariant kb = sortKey(b, m_sortColumn);
                             if (m_sortColumn == LastVisit && ka.isNull() != kb.isNull())
                                 return kb.isNull();
                             const auto c = QVariant::compare(ka, kb);
                             return descending ? c == QPartialOrdering::Greater
                                               : c == QPartialOrdering::Less;
                         });
    }
    m_total = m_moreAvailable ? -1 : int(m_rows.size());
    endResetModel();
    emit searchChanged();
}

void FacilityListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount ||
        (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

QVariant FacilityListModel::sortKey(const domain::Facility &f, int column) const
{
    switch (column) {
    case Name:
        return f.name.toLower();
    case OrgNumber:
        return f.operatorDetails.orgNumber;
    case Address:
        return f.address.toLower();
    case City:
        return f.city.toLower();
    case Category:
        return f.category.toLower();
    case LastVisit: {
        const auto it = m_lastVisits.constFind(f.id);
        return it == m_lastVisits.constEnd() ? QVariant() : QVariant(*it);
    }
    default:
        return {};
    }
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
    case LastVisit: {
        const auto it = m_lastVisits.constFind(f->id);
        return it == m_lastVisits.constEnd()
                   ? QString()
                   : QLocale().toString(it->toLocalTime().date(), QLocale::ShortFormat);
    }
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
    case LastVisit:
        return tr("Last visit");
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
