#include "content/shippedcontent.h"
#include "merge/mergerun.h"
#include "office/officevisitsmodel.h"
#include "office/officevisitspanel.h"
#include "stats/comparepanel.h"
#include "stats/officestatistics.h"
#include "stats/statisticspanel.h"
#include "stats/statsexporter.h"
#include "stats/statsfile.h"
#include "stats/statisticsreport.h"
#include "stats/statstablemodel.h"
#include "storage/database.h"
#include "storage/sqliteofficerepository.h"
#include "support/catchqt.h"
#include "support/swedishsession.h"
#include "support/tempdir.h"
#include "sync/foldershare.h"
#include "util/translations.h"
#include "widgets/wrappingheaderview.h"
#include "visitfile/visitfilewriter.h"
#include "visitfile/visitgenerator.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QLocale>
#include <QFile>
#include <QTabWidget>
#include <QDir>
#include <QProcess>
#include <QProgressBar>
#include <QTest>
#include <QApplication>
#include <QSignalSpy>
#include <QTableWidget>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_statistics_test {

using namespace tillsyn;

namespace {
// An office database with `count` merged synthetic visits.
void fillOffice(storage::Database &db, const QString &shareDir, int count, unsigned seed)
{
    content::ShippedContent::install(db, false);
    QDir().mkpath(shareDir + QStringLiteral("/inbox"));
    sync::FolderShare share(shareDir);
    for (const auto &v : visitfile::VisitGenerator(content::ShippedContent::checklists(), seed)
                             .generate(count, 0)) {
        const QByteArray bytes = visitfile::VisitFileWriter::write(v);
        share.putNew(QStringLiteral("inbox/") + visitfile::VisitFileWriter::fileName(v, bytes),
                     bytes);
    }
    storage::SqliteOfficeRepository office(db);
    merge::MergeRun(office, share).run();
}
} // namespace

TEST_CASE("The statistics table shows follow-up and time per activity where the grouping has "
          "them, and a row for the whole office")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("office.db")));
    fillOffice(db, dir.file(QStringLiteral("share")), 40, 5);
    storage::SqliteOfficeRepository officeRepository(db);
    desktop::StatisticsPanel panel(officeRepository, db.path());
    QSignalSpy refreshed(&panel, &desktop::StatisticsPanel::refreshed);
    auto *grouping = panel.findChild<QComboBox *>(QStringLiteral("statsGrouping"));
    REQUIRE(grouping);
    const int office = grouping->findData(int(stats::Grouping::Office));
    REQUIRE(office >= 0);
    grouping->setCurrentIndex(office);
    REQUIRE(refreshed.wait(30000));
    desktop::StatsTableModel *model = panel.model();
    REQUIRE(model->rowCount() == 1);
    QStringList headers;
    for (int c = 0; c < model->columnCount(); ++c)
        headers << model->headerData(c, Qt::Horizontal).toString();
    INFO(headers.join(u'|').toStdString());
    CHECK(headers.contains(QStringLiteral("Chargeable")));
    CHECK(headers.contains(QStringLiteral("Inspection, min")));
    CHECK(headers.contains(QStringLiteral("Travel, min")));
    CHECK(headers.contains(QStringLiteral("Corrected by deadline")));
    CHECK(headers.contains(QStringLiteral("Median days to correction")));
    // The figures are the core's, as the CLI gives them.
    storage::SqliteOfficeRepository repository(db);
    const auto rows = stats::OfficeStatistics(repository).groups(stats::Grouping::Office, {});
    REQUIRE(rows.size() == 1);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("The whole office"));
    CHECK(model->index(0, desktop::StatsTableModel::Visits).data().toLongLong() ==
          rows[0].counts.visits);
    const int chargeable = int(headers.indexOf(QStringLiteral("Chargeable")));
    const auto share = rows[0].activityTime.chargeableShare();
    REQUIRE(share);
    CHECK(model->index(0, chargeable).data().toString() ==
          QLocale().toString(*share * 100, 'f', 1) + QStringLiteral(" %"));
    CHECK(model->index(0, chargeable).data(Qt::UserRole).toDouble() == *share);

    // Per item: the follow-up columns, not the time ones.
    grouping->setCurrentIndex(grouping->findData(int(stats::Grouping::Item)));
    REQUIRE(refreshed.wait(30000));
    QStringList itemHeaders;
    for (int c = 0; c < model->columnCount(); ++c)
        itemHeaders << model->headerData(c, Qt::Horizontal).toString();
    CHECK(itemHeaders.contains(QStringLiteral("Corrected by deadline")));
    CHECK_FALSE(itemHeaders.contains(QStringLiteral("Chargeable")));
    CHECK(model->columnCount() == 9);
}

TEST_CASE("The statistics view fills its table and charts and exports CSV and PDF")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("office.db")));
    fillOffice(db, dir.file(QStringLiteral("share")), 60, 3);
    storage::SqliteOfficeRepository officeRepository(db);
    desktop::StatisticsPanel panel(officeRepository, db.path());
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy refreshed(&panel, &desktop::StatisticsPanel::refreshed);
    panel.refresh();
    // Computed in a worker thread, with progress and cancel.
    CHECK(panel.isBusy());
    CHECK(panel.findChild<QProgressBar *>(QStringLiteral("statsProgress"))->isVisibleTo(&panel));
    // Asked again meanwhile: runs once more when this one ends.
    panel.refresh();
    REQUIRE(refreshed.wait(30000));
    if (refreshed.count() < 2)
        REQUIRE(refreshed.wait(30000));
    CHECK_FALSE(panel.isBusy());
    CHECK_FALSE(
        panel.findChild<QProgressBar *>(QStringLiteral("statsProgress"))->isVisibleTo(&panel));
    REQUIRE(panel.model()->rowCount() > 10);
    qint64 deviations = 0;
    for (const auto &row : panel.model()->rows())
        deviations += row.counts.deviations;
    CHECK(deviations > 0);
    const auto charts = panel.findChildren<QChartView *>();
    REQUIRE(charts.size() == 2);
    for (QChartView *view : charts)
        CHECK_FALSE(view->chart()->series().isEmpty());
    const QByteArray csv = panel.tableCsv();
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.count('\n') == panel.model()->rowCount() + 1);
    const QString pdf = dir.file(QStringLiteral("stats.pdf"));
    REQUIRE(panel.writePdf(pdf));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.waitForFinished(20000));
    CHECK(info.exitCode() == 0);
}

TEST_CASE("Comparing two offices' files shows each office's rate and flags clear differences")
{
    test::TempDir dir;
    storage::Database a(dir.file(QStringLiteral("a.db")));
    storage::Database b(dir.file(QStringLiteral("b.db")));
    fillOffice(a, dir.file(QStringLiteral("shareA")), 120, 5);
    fillOffice(b, dir.file(QStringLiteral("shareB")), 120, 6);
    const QString fileA = dir.file(QStringLiteral("a.json"));
    const QString fileB = dir.file(QStringLiteral("b.json"));
    storage::SqliteOfficeRepository officeA(a);
    storage::SqliteOfficeRepository officeB(b);
    stats::StatsExporter::save(stats::StatsExporter(officeA).build(QStringLiteral("Kontor A")),
                               fileA);
    stats::StatsExporter::save(stats::StatsExporter(officeB).build(QStringLiteral("Kontor B")),
                               fileB);

    desktop::ComparePanel panel;
    REQUIRE(panel.load({fileA, fileB}));
    CHECK(panel.comparison().offices ==
          QStringList{QStringLiteral("Kontor A"), QStringLiteral("Kontor B")});
    CHECK(panel.table()->rowCount() == int(panel.comparison().items.size()));
    CHECK(panel.table()->columnCount() == 2 + 2 + 3);
    // A broken file is refused with its name.
    const QString broken =
        dir.write(QStringLiteral("broken.json"), "{\"format\": \"tillsyn-stats\"");
    CHECK_FALSE(panel.load({fileA, broken}));
}

namespace {
QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

TEST_CASE("At laptop size the chart labels are whole or shortened with the full text kept")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("office.db")));
    fillOffice(db, dir.file(QStringLiteral("share")), 60, 3);
    storage::SqliteOfficeRepository officeRepository(db);
    desktop::StatisticsPanel panel(officeRepository, db.path());
    // The Office tab's room in a maximised window on a 1366×768 screen.
    panel.resize(1340, 600);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy refreshed(&panel, &desktop::StatisticsPanel::refreshed);
    panel.refresh();
    REQUIRE(refreshed.wait(30000));

    auto *tabs = panel.findChild<QTabWidget *>(QStringLiteral("statsTabs"));
    REQUIRE(tabs);
    const auto views = panel.findChildren<QChartView *>();
    REQUIRE(views.size() == 2);
    QChartView *bars = nullptr;
    for (QChartView *v : views)
        if (v->chart()->title().contains(u"per item"))
            bars = v;
    REQUIRE(bars);
    tabs->setCurrentWidget(bars);
    QApplication::processEvents();
    const auto axes = bars->chart()->axes(Qt::Vertical);
    REQUIRE(axes.size() == 1);
    auto *items = qobject_cast<QBarCategoryAxis *>(axes.front());
    REQUIRE(items);
    REQUIRE(items->count() > 5);
    CHECK_FALSE(items->labelsTruncated());
    // The full wording of each bar is kept for its tooltip, in the axis' order.
    REQUIRE(panel.barTexts().size() == items->count());
    for (int i = 0; i < items->count(); ++i) {
        CHECK(items->at(i).size() <= 45);
        CHECK(items->at(i) == desktop::shortChartLabel(panel.barTexts().at(i)));
    }
    // The chart has the panel's width, not a column beside the table.
    CHECK(bars->width() > panel.width() * 9 / 10);
}

TEST_CASE("Long chart labels are cut at a word and marked")
{
    CHECK(desktop::shortChartLabel(QStringLiteral("Kort")) == u"Kort");
    const QString cut = desktop::shortChartLabel(
        QStringLiteral("Livsmedel förvaras vid rätt temperatur i kylar och frysar samt vid "
                       "transport"));
    CHECK(cut.size() <= 45);
    CHECK(cut.endsWith(u'…'));
    CHECK(cut.startsWith(u"Livsmedel förvaras vid rätt temperatur i"));
    CHECK_FALSE(cut.contains(u"  "));
}

TEST_CASE("View as PDF is a report with text and vector charts, the statistics file is written")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("office.db")));
    fillOffice(db, dir.file(QStringLiteral("share")), 60, 3);
    storage::SqliteOfficeRepository officeRepository(db);
    desktop::StatisticsPanel panel(officeRepository, db.path());
    panel.resize(1340, 600);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy refreshed(&panel, &desktop::StatisticsPanel::refreshed);
    panel.refresh();
    REQUIRE(refreshed.wait(30000));

    const QString pdf = dir.file(QStringLiteral("stats.pdf"));
    REQUIRE(panel.writePdf(pdf));
    // Compatibility forms: the font sets "fi" as a ligature, which pdftotext gives as "ﬁ".
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                             .normalized(QString::NormalizationForm_KC);
    INFO(text.left(600).toStdString());
    CHECK(text.contains(u"Deviation statistics"));
    CHECK(text.contains(u"Period:"));
    CHECK(text.contains(u"All visits (no filter)."));
    // A row of the table, and the chart titles and a bar's label as text (not pixels).
    CHECK(text.contains(panel.model()->rows().front().text.left(20)));
    CHECK(text.contains(u"Deviation rate per month"));
    REQUIRE_FALSE(panel.barTexts().isEmpty());
    CHECK(text.contains(desktop::shortChartLabel(panel.barTexts().back()).left(20)));
    // No picture of the form: pdfimages lists only its two header lines.
    const QString images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    CHECK(images.trimmed().split(u'\n').size() == 2);

    const QString statsPath = dir.file(QStringLiteral("office.tillsyn-stats.json"));
    QString problem;
    REQUIRE(panel.writeStatisticsFile(statsPath, QStringLiteral("Miljökontoret"), &problem));
    QFile written(statsPath);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const auto data = stats::StatsFile::read(written.readAll(), statsPath);
    CHECK(data.office == u"Miljökontoret");
    CHECK_FALSE(data.items.empty());
    CHECK_FALSE(panel.writeStatisticsFile(dir.file(QStringLiteral("no/such/dir/x.json")),
                                          QStringLiteral("Miljökontoret"), &problem));
    CHECK_FALSE(problem.isEmpty());
}

TEST_CASE("At 1366×768 in Swedish the statistics headers are whole and the table fits")
{
    // Swedish labels are the long ones ("Åtgärdade inom tidsfrist").
    test::SwedishSession inSwedish;
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("office.db")));
    fillOffice(db, dir.file(QStringLiteral("share")), 60, 3);
    storage::SqliteOfficeRepository officeRepository(db);
    desktop::StatisticsPanel panel(officeRepository, db.path());
    // The Office tab's room in the main window on a 1366×768 screen.
    panel.resize(1180, 600);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy refreshed(&panel, &desktop::StatisticsPanel::refreshed);
    panel.refresh();
    REQUIRE(refreshed.wait(30000));
    QApplication::processEvents();

    auto *table = panel.findChild<QTableView *>(QStringLiteral("statsTable"));
    REQUIRE(table);
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics metrics(header->font());
    REQUIRE(header->count() >= 9);
    bool wrapped = false;
    for (int c = 1; c < header->count(); ++c) {
        const QString text = table->model()->headerData(c, Qt::Horizontal).toString();
        const QString shown = desktop::WrappingHeaderView::wrapped(text);
        wrapped = wrapped || shown != text;
        int widest = 0;
        for (const QString &line : shown.split(u'\n'))
            widest = std::max(widest, metrics.horizontalAdvance(line));
        INFO(text.toStdString());
        CHECK(header->sectionSize(c) >= widest);
        CHECK(header->sectionSize(c) >= header->sectionSizeHint(c));
        CHECK(table->model()->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString() == text);
    }
    CHECK(wrapped);
    CHECK(header->height() >= 2 * metrics.lineSpacing());
    // Per item the group's text keeps a good part of the width, and nothing scrolls sideways.
    CHECK(header->sectionSize(0) >= table->viewport()->width() / 4);
    CHECK(table->horizontalScrollBar()->maximum() == 0);

    // "Beräknar… 3 av 3" on one line.
    auto *progress = panel.findChild<QProgressBar *>(QStringLiteral("statsProgress"));
    REQUIRE(progress);
    const QString computing = progress->format()
                                  .replace(QStringLiteral("%v"), QStringLiteral("3"))
                                  .replace(QStringLiteral("%m"), QStringLiteral("3"));
    CHECK(computing.startsWith(u"Beräknar"));
    CHECK(progress->minimumWidth() >= progress->fontMetrics().horizontalAdvance(computing));
}

TEST_CASE("At 1366×768 All visits shows the checklist's name whole beside the facility")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("office.db")));
    fillOffice(db, dir.file(QStringLiteral("share")), 30, 4);
    storage::SqliteOfficeRepository office(db);
    desktop::OfficeVisitsPanel panel(office, db.path());
    panel.reload();
    // The Office tab's room in the main window on a 1366×768 screen.
    panel.resize(1180, 600);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    auto *view = panel.findChild<QTableView *>();
    REQUIRE(view);
    REQUIRE(view->model()->rowCount() > 5);
    int longest = 0;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        longest = std::max(longest, view->fontMetrics().horizontalAdvance(
                                        view->model()
                                            ->index(r, desktop::OfficeVisitsModel::Checklist)
                                            .data()
                                            .toString()));
    CHECK(view->columnWidth(desktop::OfficeVisitsModel::Checklist) >= longest);
    CHECK(view->columnWidth(desktop::OfficeVisitsModel::Facility) >= longest / 2);
    CHECK(view->horizontalScrollBar()->maximum() == 0);
}

} // namespace tillsyn_unity_statistics_test
