#pragma once

#include "stats/officestatistics.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::desktop {

class StatsTableModel;

// The office's deviation statistics: filters, a grouping, a sortable table, the deviation rate
// per item as horizontal bars and the trend per month as a line; the table as CSV and the whole
// view as PDF.
class StatisticsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsPanel(storage::Database &db, QWidget *parent = nullptr);
    void refresh();
    StatsTableModel *model() const { return m_model; }
    stats::StatsFilter filter() const;
    QByteArray tableCsv() const;
    bool writePdf(const QString &path);

private:
    void updateCharts(const stats::StatsFilter &filter);
    void exportCsv();
    void exportPdf();

    storage::Database &m_db;
    StatsTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_grouping;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_checklist;
    QComboBox *m_area;
    QLineEdit *m_category;
    QComboBox *m_kind;
    QLineEdit *m_inspector;
    QTableView *m_table;
    QChartView *m_bars;
    QChartView *m_trend;
};

} // namespace tillsyn::desktop
