#include "content/shippedcontent.h"
#include "dialogs/opendatadialog.h"
#include "office/conflictspanel.h"
#include "office/mergepanel.h"
#include "office/officepage.h"
#include "office/officevisitsmodel.h"
#include "office/officevisitspanel.h"
#include "report/csvexport.h"
#include "storage/database.h"
#include "storage/sqliteofficerepository.h"
#include "support/officerepo.h"
#include "support/catchqt.h"
#include "support/tempdir.h"
#include "visitfile/visitfilewriter.h"
#include "visitfile/visitgenerator.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>

#include <algorithm>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_office_test {

using namespace tillsyn;

namespace {
void writeVisit(const QString &inbox, const domain::Visit &v)
{
    const QByteArray bytes = visitfile::VisitFileWriter::write(v);
    QFile f(inbox + u'/' + visitfile::VisitFileWriter::fileName(v, bytes));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

TEST_CASE("The office merges a share, shows a conflict side by side and resolves it")
{
    test::TempDir dir;
    const QString share = dir.file(QStringLiteral("share"));
    QDir().mkpath(share + QStringLiteral("/inbox"));
    visitfile::VisitGenerator generator(content::ShippedContent::checklists(), 11);
    auto visits = generator.generate(6, 0);
    // Two laptops finishing revision 2 of one visit with different answers: a conflict.
    domain::Visit a = visits.front();
    a.revision = 2;
    a.baseRevision = 1;
    domain::Visit b = a;
    a.answers[0].comment = QStringLiteral("Laptop A");
    b.answers[0].comment = QStringLiteral("Laptop B");
    for (const auto &v : visits)
        writeVisit(share + QStringLiteral("/inbox"), v);
    writeVisit(share + QStringLiteral("/inbox"), a);
    writeVisit(share + QStringLiteral("/inbox"), b);

    storage::Database db(dir.file(QStringLiteral("office.db")));
    db.setRole(storage::Database::Role::Office);
    desktop::OfficePage page(db);
    QAbstractItemModelTester tester(page.visitsPanel()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.mergePanel()->shareField()->setText(share);
    QSignalSpy merged(page.mergePanel(), &desktop::MergePanel::merged);
    page.mergePanel()->startMerge();
    REQUIRE(merged.wait(20000));
    CHECK(page.mergePanel()->results()->rowCount() == int(visits.size()) + 2);
    CHECK(QDir(share + QStringLiteral("/inbox")).entryList(QDir::Files).isEmpty());

    // The results name the facility and say the outcome in words, not ids and tokens.
    QTableWidget *results = page.mergePanel()->results();
    QStringList outcomes;
    for (int r = 0; r < results->rowCount(); ++r) {
        outcomes << results->item(r, 1)->text();
        CHECK_FALSE(results->item(r, 2)->text().isEmpty());
        CHECK(results->item(r, 2)->text() != results->item(r, 2)->toolTip());
    }
    CHECK(outcomes.contains(QStringLiteral("Imported")));
    CHECK(outcomes.contains(QStringLiteral("Conflict")));

    desktop::ConflictsPanel *conflicts = page.conflictsPanel();
    REQUIRE(conflicts->visitList()->count() == 1);
    // Each side says who sent it.
    auto *left = conflicts->findChildren<QComboBox *>().value(0);
    REQUIRE(left);
    CHECK(left->currentText().contains(a.inspectors.front().name));
    // The visit's fields come first; the first answer differs between the two revisions and is
    // highlighted, the second does not.
    QTableWidget *table = conflicts->comparison();
    const int fields = 8;
    REQUIRE(table->rowCount() == fields + int(a.answers.size()));
    CHECK(table->item(fields, 0)->background().color() !=
          table->item(fields + 1, 0)->background().color());
    REQUIRE(conflicts->choose(0, QStringLiteral("Laptop A hade rätt")));
    CHECK(conflicts->visitList()->count() == 0);
    // And the clerk is told what happened.
    CHECK(conflicts->statusLabel()->text().contains(u"Resolved"));
    const auto resolutions = storage::SqliteOfficeRepository(db).resolutions(a.visitId);
    REQUIRE(resolutions.size() == 1);
    CHECK(resolutions.front().reason == u"Laptop A hade rätt");

    // The filters narrow the list; CSV for Excel has a BOM and semicolons.
    desktop::OfficeVisitFilter::Criteria onlyDeviations;
    onlyDeviations.deviationsOnly = true;
    page.visitsPanel()->filter()->setCriteria(onlyDeviations);
    const QStringList shown = page.visitsPanel()->shownVisitIds();
    for (const QString &id : shown)
        CHECK(test::currentVisit(db, id)->deviationCount() > 0);
    // And every visit with deviations is shown (an empty list would pass the loop above).
    const auto summaries = storage::SqliteOfficeRepository(db).visitSummaries();
    const auto withDeviations =
        std::count_if(summaries.begin(), summaries.end(),
                      [](const storage::OfficeVisitSummary &v) { return v.deviations > 0; });
    REQUIRE(withDeviations > 0);
    CHECK(shown.size() == withDeviations);
    storage::SqliteOfficeRepository office(db);
    const QByteArray csv = report::CsvExport::visits(office);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.split('\n').first().count(';') == 11);
    CHECK(csv.count('\n') == int(storage::SqliteOfficeRepository(db).visitSummaries().size()) + 1);
}

} // namespace tillsyn_unity_office_test

namespace tillsyn_unity_office_test {

TEST_CASE("Export open data: the dialog remembers the organisation, the file is written in the "
          "background")
{
    test::TempDir dir;
    const QString share = dir.file(QStringLiteral("share"));
    QDir().mkpath(share + QStringLiteral("/inbox"));
    visitfile::VisitGenerator generator(content::ShippedContent::checklists(), 19);
    for (const auto &v : generator.generate(12, 0))
        writeVisit(share + QStringLiteral("/inbox"), v);
    storage::Database db(dir.file(QStringLiteral("office.db")));
    db.setRole(storage::Database::Role::Office);
    content::ShippedContent::install(db, false);
    desktop::OfficePage page(db);
    page.mergePanel()->shareField()->setText(share);
    QSignalSpy merged(page.mergePanel(), &desktop::MergePanel::merged);
    page.mergePanel()->startMerge();
    REQUIRE(merged.wait(20000));

    {
        desktop::OpenDataDialog dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("openDataOrgId"))->setText(QStringLiteral("1280"));
        dialog.findChild<QLineEdit *>(QStringLiteral("openDataOrgName"))
            ->setText(QStringLiteral("Malmö stad"));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    desktop::OpenDataDialog again;
    const report::OpenDataOptions options = again.options();
    CHECK(options.orgId == u"1280");
    CHECK(options.orgName == u"Malmö stad");
    CHECK(options.to == QDate::currentDate());
    CHECK(options.from == QDate::currentDate().addYears(-3));

    // The generated visits are of 2026.
    report::OpenDataOptions year = options;
    year.from = QDate(2026, 1, 1);
    year.to = QDate(2026, 12, 31);
    const QString path = dir.file(QStringLiteral("open.csv"));
    desktop::OfficeVisitsPanel *panel = page.visitsPanel();
    QSignalSpy finished(panel, &desktop::OfficeVisitsPanel::openDataFinished);
    REQUIRE(panel->exportOpenData(year, path));
    REQUIRE(finished.wait(20000));
    CHECK(finished.front().front().toString().isEmpty());
    const QByteArray csv = test::readAll(path);
    CHECK(csv.startsWith("lang,generator,inspecOrg.name,inspecOrg.id,"));
    CHECK(csv.contains(",I-1280-"));
    CHECK(panel->openDataStatus()->text().contains(path));

    // A failure is shown, not thrown: a folder that does not exist.
    const QString missing = dir.file(QStringLiteral("no/such/folder/open.json"));
    REQUIRE(panel->exportOpenData(year, missing));
    REQUIRE(finished.wait(20000));
    CHECK_FALSE(finished.back().front().toString().isEmpty());
    CHECK(panel->openDataStatus()->text().contains(missing));
}

} // namespace tillsyn_unity_office_test
