#pragma once

#include "domain/facility.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

#include <vector>

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::desktop {

// The facility register as a table, backed by the full-text index: a search runs in SQLite and
// rows arrive a page at a time (fetchMore), so 100,000 facilities open as fast as 60. The last
// visit of every facility comes from one query per reload (not one per row). Sorted by name
// (the index's order) it pages; sorted by another column it reads every match and sorts them.
class FacilityListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, OrgNumber, Address, City, Category, LastVisit, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit FacilityListModel(storage::Database &db, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setIncludeInactive(bool include);
    const QString &searchText() const { return m_search; }
    // Matches in total, not only the rows fetched so far (counted on demand: a count over a
    // large register is not free, and the first page does not need it).
    int totalCount() const;
    const domain::Facility *facilityAt(int row) const;
    // Re-runs the current search (after an import).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // The rows were replaced by a new search or reload; totalCount() is to be asked again.
    void searchChanged();

private:
    static constexpr int kPageSize = 200;

    storage::Database &m_db;
    QString m_search;
    bool m_includeInactive = false;
    QVariant sortKey(const domain::Facility &facility, int column) const;

    std::vector<domain::Facility> m_rows;
    QHash<QString, QDateTime> m_lastVisits;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_moreAvailable = false;
    bool m_fetching = false; // inside a reset or an insertion: no nested fetches
    mutable int m_total = -1;
};

} // namespace tillsyn::desktop
