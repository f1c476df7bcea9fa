#pragma once

#include "storage/officerecords.h"
#include "storage/visitfilter.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace tillsyn::storage {
class OfficeRepository;
}

namespace tillsyn::desktop {

// The merged visits of the office database (current revision of each).
class OfficeVisitsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Facility,
        Checklist,
        Kind,
        Inspectors,
        Finished,
        Revision,
        Status,
        Deviations,
        ColumnCount
    };
    enum Role { VisitIdRole = Qt::UserRole + 1, SortRole, ConflictRole };

    explicit OfficeVisitsModel(storage::OfficeRepository &office, QObject *parent = nullptr);
    void reload();
    const storage::OfficeVisitSummary &at(int row) const { return m_rows[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    storage::OfficeRepository &m_office;
    std::vector<storage::OfficeVisitSummary> m_rows;
};

// Filters for the office's visit list: facility, inspector, checklist (free text each), kind,
// a date range and "has deviations".
class OfficeVisitFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // The office's one visit filter (as `tillsyn-cli visits`, `csv` and the statistics use it).
    using Criteria = storage::VisitFilter;

    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setCriteria(const Criteria &criteria);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Criteria m_criteria;
};

} // namespace tillsyn::desktop
