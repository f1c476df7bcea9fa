#pragma once

#include "stats/officestatistics.h"

#include <QAbstractTableModel>

namespace tillsyn::desktop {

// Rows of an office statistic: the group's key, then visits, checked, deviations, rate,
// not checked, not applicable (and time spent where the grouping has it).
class StatsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Key,
        Visits,
        Checked,
        Deviations,
        Rate,
        NotChecked,
        NotApplicable,
        MedianMinutes,
        ColumnCount
    };

    explicit StatsTableModel(QObject *parent = nullptr);
    void setRows(stats::Grouping grouping, std::vector<stats::GroupRow> rows);
    const std::vector<stats::GroupRow> &rows() const { return m_rows; }
    QString keyOf(const stats::GroupRow &row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    stats::Grouping m_grouping = stats::Grouping::Item;
    std::vector<stats::GroupRow> m_rows;
};

} // namespace tillsyn::desktop
