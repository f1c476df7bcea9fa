#include "statisticspanel.h"

#include "backgroundjob.h"
#include "util/displaytext.h"

#include "report/csvexport.h"
#include "report/officeinfo.h"
#include "statisticsreport.h"
#include "stats/statsexporter.h"
#include "statstablemodel.h"
#include "domain/checklist.h"
#include "storage/officerepository.h"
#include "util/atomicfile.h"
#include "util/error.h"
#include "widgets/plainmessage.h"
#include "widgets/wrappingheaderview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

namespace tillsyn::desktop {

namespace {
constexpr int kBars = 15; // items in the bar chart: the highest rates
}

StatisticsPanel::StatisticsPanel(storage::OfficeRepository &office, const QString &locator,
                                 QWidget *parent)
    : QWidget(parent)
    , m_office(office)
    , m_model(new StatsTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_grouping(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_checklist(new QComboBox(this))
    , m_area(new QComboBox(this))
    , m_category(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_inspector(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_bars(new QChartView(this))
    , m_trend(new QChartView(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_job(new BackgroundJob(locator, this))
{
    const std::pair<stats::Grouping, QString> groupings[] = {
        {stats::Grouping::Item, tr("per item")},
        {stats::Grouping::Section, tr("per section")},
        {stats::Grouping::Checklist, tr("per checklist")},
        {stats::Grouping::Category, tr("per facility category")},
        {stats::Grouping::Month, tr("per month")},
        {stats::Grouping::Kind, tr("per kind of visit")},
        {stats::Grouping::ControlArea, tr("per control area (food)")},
        {stats::Grouping::Office, tr("for the whole office")}};
    for (const auto &[g, label] : groupings)
        m_grouping->addItem(label, int(g));
    m_grouping->setObjectName(QStringLiteral("statsGrouping"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setMinimumDate(QDate(2000, 1, 1));
        d->setSpecialValueText(tr("any"));
        d->setDate(d->minimumDate());
    }
    m_checklist->addItem(tr("All checklists"), QString());
    for (const auto &c : domain::newestVersions(office.publishedChecklists()))
        m_checklist->addItem(c.title, c.id);
    m_area->addItem(tr("All areas"), -1);
    for (auto a : {domain::Area::Food, domain::Area::Health, domain::Area::Environment})
        m_area->addItem(domain::areaDisplayName(a), int(a));
    m_kind->addItem(tr("Any kind"), -1);
    for (auto k :
         {domain::VisitKind::Planned, domain::VisitKind::FollowUp, domain::VisitKind::Complaint,
          domain::VisitKind::Incident, domain::VisitKind::Other})
        m_kind->addItem(domain::displayName(k), int(k));
    m_category->setPlaceholderText(tr("Facility category"));
    m_inspector->setPlaceholderText(tr("Inspector"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_table->setObjectName(QStringLiteral("statsTable"));
    m_table->setHorizontalHeader(new WrappingHeaderView(m_table));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StatsTableModel::Rate, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StatsTableModel::Key, QHeaderView::Interactive);
    m_table->verticalHeader()->hide();
    m_table->viewport()->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int section) {
                if (section != StatsTableModel::Key)
                    fitKeyColumn();
            });
    for (QChartView *v : {m_bars, m_trend})
        v->setRenderHint(QPainter::Antialiasing);

    auto *filters = new QGridLayout;
    filters->addWidget(new QLabel(tr("Show:"), this), 0, 0);
    filters->addWidget(m_grouping, 0, 1);
    filters->addWidget(new QLabel(tr("From:"), this), 0, 2);
    filters->addWidget(m_from, 0, 3);
    filters->addWidget(new QLabel(tr("To:"), this), 0, 4);
    filters->addWidget(m_to, 0, 5);
    filters->addWidget(m_checklist, 1, 1);
    filters->addWidget(m_area, 1, 2, 1, 2);
    filters->addWidget(m_category, 1, 4);
    filters->addWidget(m_kind, 1, 5);
    filters->addWidget(m_inspector, 1, 6);
    auto *refreshButton = new QPushButton(tr("&Update"), this);
    auto *csv = new QPushButton(tr("Table as &CSV…"), this);
    auto *pdf = new QPushButton(tr("View as P&DF…"), this);
    auto *statsFile = new QPushButton(tr("&Export statistics file…"), this);
    statsFile->setToolTip(tr("This office's anonymised statistics, for comparison with other "
                             "offices (no facility, person or free text)."));
    filters->addWidget(refreshButton, 0, 6);
    auto *exports = new QHBoxLayout;
    m_progress->setObjectName(QStringLiteral("statsProgress"));
    m_progress->setRange(0, 3);
    m_progress->setFormat(tr("Computing… %v of %m"));
    // On one line: a bar as narrow as its size hint wraps its text.
    m_progress->setMinimumWidth(
        m_progress->fontMetrics().horizontalAdvance(
            m_progress->format().replace(QStringLiteral("%v"), QStringLiteral("3"))
                .replace(QStringLiteral("%m"), QStringLiteral("3"))) +
        4 * m_progress->fontMetrics().averageCharWidth());
    m_progress->hide();
    m_cancel->hide();
    exports->addWidget(m_progress);
    exports->addWidget(m_cancel);
    exports->addStretch(1);
    exports->addWidget(csv);
    exports->addWidget(pdf);
    exports->addWidget(statsFile);

    // A tab each: a chart squeezed beside the table left no room for a single label.
    auto *body = new QTabWidget(this);
    body->setObjectName(QStringLiteral("statsTabs"));
    body->addTab(m_table, tr("Table"));
    body->addTab(m_bars, tr("Chart per item"));
    body->addTab(m_trend, tr("Chart per month"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(body, 1);
    layout->addLayout(exports);

    connect(refreshButton, &QPushButton::clicked, this, &StatisticsPanel::refresh);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &StatisticsPanel::refresh);
    connect(m_cancel, &QPushButton::clicked, m_job, &BackgroundJob::cancel);
    connect(m_job, &BackgroundJob::progress, m_progress, &QProgressBar::setValue);
    connect(m_job, &BackgroundJob::finished, this, &StatisticsPanel::finished);
    connect(csv, &QPushButton::clicked, this, &StatisticsPanel::exportCsv);
    connect(pdf, &QPushButton::clicked, this, &StatisticsPanel::exportPdf);
    connect(statsFile, &QPushButton::clicked, this, &StatisticsPanel::exportStatisticsFile);
}

stats::StatsFilter StatisticsPanel::filter() const
{
    stats::StatsFilter f;
    if (m_from->date() != m_from->minimumDate())
        f.from = m_from->date();
    if (m_to->date() != m_to->minimumDate())
        f.to = m_to->date();
    f.checklistId = m_checklist->currentData().toString();
    if (m_area->currentData().toInt() >= 0)
        f.area = domain::Area(m_area->currentData().toInt());
    if (!m_category->text().trimmed().isEmpty())
        f.category = m_category->text().trimmed();
    if (m_kind->currentData().toInt() >= 0)
        f.kind = domain::VisitKind(m_kind->currentData().toInt());
    f.inspector = m_inspector->text().trimmed();
    return f;
}

bool StatisticsPanel::isBusy() const
{
    return m_job->isRunning();
}

void StatisticsPanel::refresh()
{
    if (m_job->isRunning()) {
        m_again = true;
        return;
    }
    const stats::StatsFilter f = filter();
    const auto grouping = stats::Grouping(m_grouping->currentData().toInt());
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_job->startOffice([f, grouping](storage::OfficeRepository &office,
                                     const BackgroundJob::Progress &progress) {
        // Three scans; cancel is honoured between them.
        stats::OfficeStatistics statistics(office);
        StatsViewData data;
        data.grouping = grouping;
        const auto scan = [&](stats::Grouping by, int step) {
            if (!progress(step, 3, QString()))
                return false;
            // The charts need only the counts (follow-up and time read every visit file).
            statistics.setCountsOnly(step > 0);
            auto rows = by == grouping && step > 0 ? data.rows : statistics.groups(by, f);
            (step == 0 ? data.rows : step == 1 ? data.items : data.months) = std::move(rows);
            return true;
        };
        if (!scan(grouping, 0) || !scan(stats::Grouping::Item, 1) ||
            !scan(stats::Grouping::Month, 2) || !progress(3, 3, QString()))
            return QVariant();
        return QVariant::fromValue(data);
    });
}

void StatisticsPanel::finished(const QVariant &result, const QString &error)
{
    m_progress->hide();
    m_cancel->hide();
    if (!error.isEmpty()) {
        showPlainMessage(this, QMessageBox::Warning, tr("Statistics"), error);
    } else if (result.isValid()) {
        display(result.value<StatsViewData>());
    }
    if (m_again) {
        m_again = false;
        refresh();
    }
}

bool StatisticsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitKeyColumn();
    return QWidget::eventFilter(watched, event);
}

void StatisticsPanel::fitKeyColumn()
{
    QHeaderView *header = m_table->horizontalHeader();
    int figures = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (c != StatsTableModel::Key && !header->isSectionHidden(c))
            figures += header->sectionSize(c);
    }
    const int readable = 28 * m_table->fontMetrics().averageCharWidth();
    const int room = m_table->viewport()->width() - figures;
    header->resizeSection(StatsTableModel::Key, std::max(readable, room));
}

void StatisticsPanel::display(const StatsViewData &data)
{
    m_model->setRows(data.grouping, data.rows);
    fitKeyColumn();
    updateCharts(data);
    emit refreshed();
}

void StatisticsPanel::updateCharts(const StatsViewData &data)
{
    // Deviation rate per item: the highest rates as horizontal bars.
    auto items = data.items;
    std::erase_if(items, [](const stats::GroupRow &r) { return !r.counts.rate(); });
    std::sort(items.begin(), items.end(),
              [](const auto &a, const auto &b) { return *a.counts.rate() > *b.counts.rate(); });
    if (items.size() > size_t(kBars))
        items.resize(size_t(kBars));
    auto *bars = new QChart;
    bars->setTitle(tr("Deviation rate per item (highest %1)").arg(kBars));
    auto *set = new QBarSet(tr("Deviation rate %"));
    QStringList labels;
    m_barTexts.clear();
    for (auto it = items.rbegin(); it != items.rend(); ++it) {
        *set << *it->counts.rate() * 100;
        const QString full = it->text.isEmpty() ? it->itemId : it->text;
        labels << shortChartLabel(full);
        m_barTexts << full;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    connect(series, &QHorizontalBarSeries::hovered, this, [this](bool on, int index) {
        if (on && index >= 0 && index < m_barTexts.size())
            QToolTip::showText(QCursor::pos(), plainToolTip(m_barTexts.at(index)), m_bars);
        else
            QToolTip::hideText();
    });
    bars->addSeries(series);
    auto *itemAxis = new QBarCategoryAxis;
    itemAxis->append(labels);
    auto *rateAxis = new QValueAxis;
    rateAxis->setRange(0, 100);
    rateAxis->setLabelFormat(QStringLiteral("%d %%"));
    bars->addAxis(itemAxis, Qt::AlignLeft);
    bars->addAxis(rateAxis, Qt::AlignBottom);
    series->attachAxis(itemAxis);
    series->attachAxis(rateAxis);
    bars->legend()->hide();
    QChart *oldBars = m_bars->chart();
    m_bars->setChart(bars);
    delete oldBars;

    // The trend per month.
    const auto &months = data.months;
    auto *trend = new QChart;
    trend->setTitle(tr("Deviation rate per month"));
    auto *line = new QLineSeries;
    QStringList monthLabels;
    for (int i = 0; i < int(months.size()); ++i) {
        line->append(i, months[size_t(i)].counts.rate().value_or(0) * 100);
        monthLabels << months[size_t(i)].month;
    }
    trend->addSeries(line);
    auto *monthAxis = new QBarCategoryAxis;
    monthAxis->append(monthLabels);
    // Upright: two years of months side by side do not fit across a laptop's screen.
    monthAxis->setLabelsAngle(-90);
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setLabelFormat(QStringLiteral("%d %%"));
    trend->addAxis(monthAxis, Qt::AlignBottom);
    trend->addAxis(percent, Qt::AlignLeft);
    line->attachAxis(monthAxis);
    line->attachAxis(percent);
    trend->legend()->hide();
    QChart *oldTrend = m_trend->chart();
    m_trend->setChart(trend);
    delete oldTrend;
}

QByteArray StatisticsPanel::tableCsv() const
{
    QStringList header;
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        header << m_proxy->headerData(c, Qt::Horizontal).toString();
    std::vector<QStringList> rows;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_proxy->columnCount(); ++c)
            cells << m_proxy->index(r, c).data().toString();
        rows.push_back(cells);
    }
    return report::CsvExport::document(header, rows);
}

void StatisticsPanel::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Statistics as CSV"), tr("statistics.csv"), tr("CSV for Excel (*.csv)"));
    if (path.isEmpty())
        return;
    const QByteArray bytes = tableCsv();
    if (const QString problem = writeFileAtomically(path, bytes); !problem.isEmpty())
        showPlainMessage(this, QMessageBox::Warning, tr("Statistics"),
                         tr("%1 cannot be written: %2").arg(path, problem));
}

bool StatisticsPanel::writePdf(const QString &path)
{
    StatisticsReport report;
    report.title = tr("Deviation statistics");
    report.office = report::OfficeInfo::load(m_office).name;
    const stats::StatsFilter f = filter();
    const QLocale locale;
    report.period = tr("Period: %1 – %2")
                        .arg(f.from.isValid() ? locale.toString(f.from, QLocale::ShortFormat)
                                              : tr("the first visit"),
                             f.to.isValid() ? locale.toString(f.to, QLocale::ShortFormat)
                                            : tr("the last visit"));
    if (!f.checklistId.isEmpty())
        report.filters << tr("Checklist: %1").arg(m_checklist->currentText());
    if (f.area)
        report.filters << tr("Area: %1").arg(m_area->currentText());
    if (f.category)
        report.filters << tr("Facility category: %1").arg(*f.category);
    if (f.kind)
        report.filters << tr("Kind of visit: %1").arg(m_kind->currentText());
    if (!f.inspector.isEmpty())
        report.filters << tr("Inspector: %1").arg(f.inspector);
    if (report.filters.isEmpty())
        report.filters << tr("All visits (no filter).");
    report.grouping = tr("Shown: %1").arg(m_grouping->currentText());
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        report.header << m_proxy->headerData(c, Qt::Horizontal).toString();
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_proxy->columnCount(); ++c)
            cells << m_proxy->index(r, c).data().toString();
        report.rows.push_back(cells);
    }
    report.charts = {m_bars->chart(), m_trend->chart()};
    return report.writePdf(path);
}

void StatisticsPanel::exportStatisticsFile()
{
    QString office = report::OfficeInfo::load(m_office).name;
    if (office.trimmed().isEmpty()) {
        bool ok = false;
        office = QInputDialog::getText(this, tr("Export statistics file"),
                                       tr("The office's name in the file:"), QLineEdit::Normal,
                                       QString(), &ok);
        if (!ok || office.trimmed().isEmpty())
            return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export statistics file"),
                                                      tr("statistics.tillsyn-stats.json"),
                                                      tr("Statistics files (*.json)"));
    if (path.isEmpty())
        return;
    QString problem;
    if (!writeStatisticsFile(path, office.trimmed(), &problem))
        showPlainMessage(this, QMessageBox::Warning, tr("Export statistics file"), problem);
    else
        showPlainMessage(this, QMessageBox::Information, tr("Export statistics file"),
                         tr("%1 written. Groups of fewer than %2 visits are left out.")
                             .arg(path)
                             .arg(stats::StatsFile::kMinimumGroupVisits));
}

bool StatisticsPanel::writeStatisticsFile(const QString &path, const QString &office,
                                          QString *problem)
{
    try {
        const stats::StatsFilter f = filter();
        const stats::StatsData data = stats::StatsExporter(m_office).build(office, f.from, f.to);
        stats::StatsExporter::save(data, path);
        return true;
    } catch (const Error &e) {
        if (problem)
            *problem = e.message();
        return false;
    }
}

void StatisticsPanel::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Statistics as PDF"), tr("statistics.pdf"), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty() && !writePdf(path))
        showPlainMessage(this, QMessageBox::Warning, tr("Statistics"),
                         tr("%1 cannot be written.").arg(path));
}

} // namespace tillsyn::desktop
