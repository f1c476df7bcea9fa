#include "content/shippedcontent.h"
#include "merge/mergerun.h"
#include "stats/comparepanel.h"
#include "stats/statisticspanel.h"
#include "stats/statsexporter.h"
#include "stats/statstablemodel.h"
#include "storage/database.h"
#include "storage/sqliteofficerepository.h"
#include "support/catchqt.h"
#include "support/tempdir.h"
#include "sync/foldershare.h"
#include "visitfile/visitfilewriter.h"
#include "visitfile/visitgenerator.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QDir>
#include <QProcess>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableWidget>

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

TEST_CASE("The statistics view fills its table and charts and exports CSV and PDF")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("office.db")));
    fillOffice(db, dir.file(QStringLiteral("share")), 60, 3);
    desktop::StatisticsPanel panel(db);
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
