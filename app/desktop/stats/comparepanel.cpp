#include "comparepanel.h"

#include "stats/statsfile.h"
#include "util/error.h"
#include "widgets/plainlabel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace tillsyn::desktop {

namespace {
QString percent(const std::optional<double> &rate)
{
    return rate ? QLocale().toString(*rate * 100, 'f', 1) + QStringLiteral(" %")
                : QStringLiteral("–");
}
} // namespace

ComparePanel::ComparePanel(QWidget *parent)
    : QWidget(parent)
    , m_status(makePlainLabel(this))
    , m_table(new QTableWidget(this))
    , m_chart(new QChartView(this))
{
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    m_status->setText(
        tr("Load the statistics files of two or more offices (tillsyn-cli stats export)."));
    auto *open = new QPushButton(tr("&Load files…"), this);
    connect(open, &QPushButton::clicked, this, &ComparePanel::chooseFiles);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(open, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
}

void ComparePanel::chooseFiles()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Statistics files"), {}, tr("Statistics (*.json)"));
    if (!paths.isEmpty())
        load(paths);
}

bool ComparePanel::load(const QStringList &paths)
{
    std::vector<stats::StatsData> files;
    QStringList names;
    try {
        for (const QString &path : paths) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                throw Error(tr("%1: cannot be read: %2").arg(path, f.errorString()));
            files.push_back(stats::StatsFile::read(f.readAll(), QFileInfo(path).fileName()));
            names << QFileInfo(path).fileName();
        }
    } catch (const Error &e) {
        m_status->setText(e.message());
        return false;
    }
    m_comparison = stats::OfficeComparison::compare(files, names);
    show();
    return true;
}

void ComparePanel::show()
{
    const auto &c = m_comparison;
    int flagged = 0;
    for (const auto &item : c.items)
        flagged += item.flagged;
    m_status->setText(
        tr("%1 offices, %2 items compared, %3 flagged as likely different interpretation "
           "(chi-square test per item, Holm–Bonferroni corrected, alpha %4).")
            .arg(c.offices.size())
            .arg(c.items.size())
            .arg(flagged)
            .arg(c.alpha));
    m_table->setSortingEnabled(false);
    m_table->clear();
    QStringList header{tr("Checklist"), tr("Item")};
    header << c.offices;
    header << tr("Spread") << tr("Adjusted p") << tr("Assessment");
    m_table->setColumnCount(int(header.size()));
    m_table->setHorizontalHeaderLabels(header);
    m_table->setRowCount(int(c.items.size()));
    for (int r = 0; r < int(c.items.size()); ++r) {
        const auto &item = c.items[size_t(r)];
        QStringList cells{item.checklistId, item.text.value_or(item.itemId)};
        for (const QString &office : c.offices) {
            QString cell = QStringLiteral("–");
            for (const auto &o : item.offices) {
                if (o.office == office)
                    cell =
                        percent(o.counts.rate()) +
                        QStringLiteral(" (%1/%2)").arg(o.counts.deviations).arg(o.counts.checked);
            }
            cells << cell;
        }
        cells << percent(item.spread)
              << (item.pAdjusted ? QLocale().toString(*item.pAdjusted, 'g', 3)
                                 : QStringLiteral("–"))
              << (item.flagged          ? tr("likely different interpretation")
                  : item.wordingDiffers ? tr("worded differently between versions")
                                        : QString());
        for (int col = 0; col < cells.size(); ++col) {
            auto *cell = new QTableWidgetItem(cells.at(col));
            if (item.flagged)
                cell->setBackground(QColor(0xff, 0xd8, 0xc0));
            m_table->setItem(r, col, cell);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();

    // The flagged items (else the widest spreads), one bar per office.
    std::vector<const stats::ComparedItem *> shown;
    for (const auto &item : c.items)
        if (item.flagged)
            shown.push_back(&item);
    if (shown.empty()) {
        for (const auto &item : c.items)
            if (item.spread)
                shown.push_back(&item);
        std::sort(shown.begin(), shown.end(),
                  [](auto *a, auto *b) { return *a->spread > *b->spread; });
    }
    if (shown.size() > 10)
        shown.resize(10);
    auto *chart = new QChart;
    chart->setTitle(tr("Deviation rate per office"));
    auto *series = new QBarSeries;
    for (const QString &office : c.offices) {
        auto *set = new QBarSet(office);
        for (const auto *item : shown) {
            double value = 0;
            for (const auto &o : item->offices)
                if (o.office == office)
                    value = o.counts.rate().value_or(0) * 100;
            *set << value;
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    for (const auto *item : shown)
        axis->append(item->itemId);
    auto *values = new QValueAxis;
    values->setRange(0, 100);
    values->setLabelFormat(QStringLiteral("%d %%"));
    chart->addAxis(axis, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(axis);
    series->attachAxis(values);
    QChart *oldChart = m_chart->chart();
    m_chart->setChart(chart);
    delete oldChart;
}

} // namespace tillsyn::desktop
