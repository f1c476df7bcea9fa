#pragma once

#include "stats/officestatistics.h"

#include <QStringList>
#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace tillsyn::storage {
class OfficeRepository;
}

namespace tillsyn::desktop {

class BackgroundJob;
class StatsTableModel;

// What one refresh computes: the rows of the chosen grouping and those of the two charts.
struct StatsViewData
{
    stats::Grouping grouping = stats::Grouping::Item;
    std::vector<stats::GroupRow> rows;
    std::vector<stats::GroupRow> items;  // for the bars
    std::vector<stats::GroupRow> months; // for the trend
};

// The office's deviation statistics: filters, a grouping, a sortable table, the deviation rate
// per item as horizontal bars and the trend per month as a line (a tab each); the table as CSV,
// a PDF report and the office's statistics file. Computed in a worker thread (over a large office it takes a second or more), with
// progress and cancel; a refresh asked for meanwhile runs once the current one ends.
class StatisticsPanel : public QWidget
{
    Q_OBJECT

public:
    // The office database behind its interface (a file or a server); `locator` names it for
    // the background work, which opens a connection of its own.
    StatisticsPanel(storage::OfficeRepository &office, const QString &locator,
                    QWidget *parent = nullptr);
    void refresh();
    bool isBusy() const;
    StatsTableModel *model() const { return m_model; }
    stats::StatsFilter filter() const;
    QByteArray tableCsv() const;
    // The report (title, office, period, filters, table, charts as vectors) as a PDF.
    bool writePdf(const QString &path);
    // The office's anonymised statistics file (as `tillsyn-cli stats export`) for the period
    // chosen; false with the reason in `problem`.
    bool writeStatisticsFile(const QString &path, const QString &office, QString *problem);
    // Full texts of the bars of the per-item chart, bottom up (the axis shows them shortened).
    const QStringList &barTexts() const { return m_barTexts; }

signals:
    // The table and charts show the newest refresh's figures.
    void refreshed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The figures' columns as wide as their headers (Swedish ones are long), the group's text
    // the rest, but never so narrow that it cannot be read: then the table scrolls sideways.
    void fitKeyColumn();
    void display(const StatsViewData &data);
    void finished(const QVariant &result, const QString &error);
    void updateCharts(const StatsViewData &data);
    void exportCsv();
    void exportPdf();
    void exportStatisticsFile();

    storage::OfficeRepository &m_office;
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
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    BackgroundJob *m_job;
    QStringList m_barTexts;
    bool m_again = false; // refresh asked for while one ran
};

} // namespace tillsyn::desktop

Q_DECLARE_METATYPE(tillsyn::desktop::StatsViewData)
