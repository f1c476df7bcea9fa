#pragma once

#include "planning/duelist.h"

#include <QAbstractTableModel>

#include <vector>

namespace tillsyn::desktop {

// The due list (planning::DueList) as a table: one facility per row, largest remaining first.
class DueListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Facility, Category, Area, ControlHours, Spent, Remaining, LastVisit, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<planning::DueRow> rows);
    const planning::DueRow &row(int index) const { return m_rows.at(size_t(index)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<planning::DueRow> m_rows;
};

} // namespace tillsyn::desktop
