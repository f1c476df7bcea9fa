#pragma once

#include "stats/officestatistics.h"

#include <QAbstractTableModel>

namespace tillsyn::desktop {

// Rows of an office statistic: the group's key, then visits, checked, deviations, rate,
// not checked, not applicable; time spent, chargeable share and time per activity where the
// grouping has them, and how deviations were followed up per item and for the office. The
// columns shown depend on the grouping (column(i) names them); the first seven are always there.
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
        // Per kind, per category and for the office (issue 18):
        MedianMinutes,
        ChargeableShare,
        FirstActivity, // one column per activity (median / mean minutes), in the domain's order
        LastActivity = FirstActivity + 5,
        // Per item and for the office (issue 17):
        ShareByDeadline,
        MedianDaysToCorrection,
        ColumnCount
    };

    explicit StatsTableModel(QObject *parent = nullptr);
    void setRows(stats::Grouping grouping, std::vector<stats::GroupRow> rows);
    const std::vector<stats::GroupRow> &rows() const { return m_rows; }
    QString keyOf(const stats::GroupRow &row) const;
    Column column(int section) const { return m_columns.at(size_t(section)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    stats::Grouping m_grouping = stats::Grouping::Item;
    QVariant value(const stats::GroupRow &row, Column column, bool sort) const;

    std::vector<stats::GroupRow> m_rows;
    std::vector<Column> m_columns;
};

} // namespace tillsyn::desktop
