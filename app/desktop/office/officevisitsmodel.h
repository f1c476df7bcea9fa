#pragma once

#include "storage/officestore.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

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

    explicit OfficeVisitsModel(storage::Database &db, QObject *parent = nullptr);
    void reload();
    const storage::OfficeVisitSummary &at(int row) const { return m_rows[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    storage::Database &m_db;
    std::vector<storage::OfficeVisitSummary> m_rows;
};

// Filters for the office's visit list: facility, inspector, checklist (free text each), kind,
// a date range and "has deviations".
class OfficeVisitFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    struct Criteria
    {
        QString facility;
        QString inspector;
        QString checklist;
        int kind = -1; // -1: any
        QDate from;
        QDate to;
        bool deviationsOnly = false;
    };

    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setCriteria(const Criteria &criteria);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Criteria m_criteria;
};

} // namespace tillsyn::desktop
