// File → Open office database…: the dialog (its connection test against a real PostgreSQL server,
// the recent list), the Office tab on a server, and two desktop programs on one server seeing
// each other's merges and fee schedule after a refresh.
#include "checklists/checklistadminpanel.h"
#include "content/shippedcontent.h"
#include "dialogs/officedatabasedialog.h"
#include "mainwindow.h"
#include "office/feespanel.h"
#include "office/mergepanel.h"
#include "office/officepage.h"
#include "office/officevisitsmodel.h"
#include "office/officevisitspanel.h"
#include "stats/officestatistics.h"
#include "stats/statisticspanel.h"
#include "stats/statstablemodel.h"
#include "storage/database.h"
#include "storage/officerepository.h"
#include "storage/postgres/postgreslocator.h"
#include "support/catchqt.h"
#include "support/postgres/postgresfixture.h"
#include "support/tempdir.h"
#include "visitfile/visitfilewriter.h"
#include "visitfile/visitgenerator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_officedatabase_test {

using namespace tillsyn;
using test::PostgresDatabase;

namespace {

void writeVisits(const QString &share, const std::vector<domain::Visit> &visits)
{
    REQUIRE(QDir().mkpath(share + QStringLiteral("/inbox")));
    for (const auto &v : visits) {
        const QByteArray bytes = visitfile::VisitFileWriter::write(v);
        QFile f(share + QStringLiteral("/inbox/") + visitfile::VisitFileWriter::fileName(v, bytes));
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(bytes) == bytes.size());
    }
}

void merge(desktop::OfficePage &page, const QString &share)
{
    page.mergePanel()->shareField()->setText(share);
    QSignalSpy merged(page.mergePanel(), &desktop::MergePanel::merged);
    page.mergePanel()->startMerge();
    REQUIRE(merged.wait(30000));
}

void fillServer(desktop::OfficeDatabaseDialog &dialog, const QString &database)
{
    const auto &server = PostgresDatabase::server();
    dialog.serverChoice()->setChecked(true);
    dialog.hostEdit()->setText(server.socketDir());
    dialog.portBox()->setValue(server.port());
    dialog.databaseEdit()->setText(database);
    dialog.userEdit()->setText(server.superuser());
}

} // namespace

TEST_CASE("Open office database: the connection test against a real server, ok and a wrong "
          "database name",
          "[postgres][office]")
{
    QSettings().remove(QStringLiteral("office/recentDatabases"));
    PostgresDatabase db;
    desktop::OfficeDatabaseDialog dialog;
    fillServer(dialog, db.name());
    REQUIRE(dialog.locator() == db.uri());

    QSignalSpy finished(&dialog, &desktop::OfficeDatabaseDialog::testFinished);
    dialog.testButton()->click();
    REQUIRE(finished.wait(30000));
    CHECK(finished.at(0).at(0).toBool());
    CHECK(finished.at(0).at(1).toString().startsWith(QStringLiteral("Connected: PostgreSQL 1")));
    CHECK(dialog.testResult()->text() == finished.at(0).at(1).toString());
    CHECK(dialog.testButton()->isEnabled());

    dialog.databaseEdit()->setText(QStringLiteral("no_such_office"));
    dialog.testButton()->click();
    REQUIRE(finished.wait(30000));
    CHECK_FALSE(finished.at(1).at(0).toBool());
    const QString error = finished.at(1).at(1).toString();
    CHECK(error.contains(QStringLiteral("Cannot connect to database no_such_office")));
    CHECK(error.contains(QStringLiteral("does not exist")));
    CHECK(dialog.testResult()->text().contains(error));

    // A form that names no database is refused before anything runs.
    dialog.databaseEdit()->clear();
    QString problem;
    CHECK(dialog.locator(&problem).isEmpty());
    CHECK(problem.contains(QStringLiteral("database name is missing")));
}

TEST_CASE("Open office database: a password typed in the dialog reaches the server, never a "
          "message or the recent list",
          "[postgres][office][keychain]")
{
    QSettings().remove(QStringLiteral("office/recentDatabases"));
    PostgresDatabase::server().createRole(QStringLiteral("clerk_desk"),
                                          QStringLiteral("Dialog-L\u00f6sen-8"));
    PostgresDatabase db(QStringLiteral("clerk_desk"));
    const QByteArray oldFile = qgetenv("PGPASSFILE");
    const QByteArray oldPassword = qgetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent/tillsyn-test-pgpass");
    qputenv("PGPASSWORD", "");

    desktop::OfficeDatabaseDialog dialog;
    fillServer(dialog, db.name());
    dialog.userEdit()->setText(QStringLiteral("clerk_desk"));
    QSignalSpy finished(&dialog, &desktop::OfficeDatabaseDialog::testFinished);
    dialog.passwordEdit()->setText(QStringLiteral("Fel-L\u00f6sen-1"));
    dialog.testButton()->click();
    REQUIRE(finished.wait(30000));
    CHECK_FALSE(finished.at(0).at(0).toBool());
    CHECK(finished.at(0).at(1).toString().contains(QStringLiteral("password authentication")));
    CHECK_FALSE(finished.at(0).at(1).toString().contains(QStringLiteral("Fel-L\u00f6sen-1")));

    dialog.passwordEdit()->setText(QStringLiteral("Dialog-L\u00f6sen-8"));
    dialog.testButton()->click();
    REQUIRE(finished.wait(30000));
    CHECK(finished.at(1).at(0).toBool());
    CHECK_FALSE(dialog.locator().contains(QStringLiteral("Dialog")));
    desktop::OfficeDatabaseDialog::addRecent(dialog.locator());
    CHECK_FALSE(desktop::OfficeDatabaseDialog::recent().join(u' ').contains(
        QStringLiteral("Dialog-L\u00f6sen-8")));

    qputenv("PGPASSFILE", oldFile);
    qputenv("PGPASSWORD", oldPassword);
}

TEST_CASE("Open office database: the recent list keeps locators, never a password, a locator "
          "fills the form",
          "[office]")
{
    QSettings().remove(QStringLiteral("office/recentDatabases"));
    test::TempDir dir;
    const QString uri = QStringLiteral("postgresql://kontor@db.kommun.se:5433/"
                                       "tillsyn?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem");
    desktop::OfficeDatabaseDialog::addRecent(dir.file(QStringLiteral("a.db")));
    desktop::OfficeDatabaseDialog::addRecent(uri);
    desktop::OfficeDatabaseDialog::addRecent(dir.file(QStringLiteral("a.db")));
    CHECK(desktop::OfficeDatabaseDialog::recent() ==
          QStringList{dir.file(QStringLiteral("a.db")), uri});

    desktop::OfficeDatabaseDialog dialog;
    dialog.setLocator(uri);
    CHECK(dialog.serverChoice()->isChecked());
    CHECK(dialog.hostEdit()->text() == u"db.kommun.se");
    CHECK(dialog.portBox()->value() == 5433);
    CHECK(dialog.userEdit()->text() == u"kontor");
    CHECK(dialog.sslModeBox()->currentData().toString() == u"verify-full");
    CHECK(dialog.rootCertEdit()->text() == u"/etc/ca.pem");
    CHECK(dialog.officeEdit()->text().isEmpty());
    CHECK(storage::PostgresLocator::parse(dialog.locator()).toUri() ==
          storage::PostgresLocator::parse(uri).toUri());

    // A county pool's office goes into the locator and comes back from a recent one; a code
    // that is not four digits is refused by the form, naming it.
    dialog.officeEdit()->setText(QStringLiteral("0180"));
    const QString pooled = dialog.locator();
    CHECK(storage::PostgresLocator::parse(pooled).office == u"0180");
    dialog.officeEdit()->clear();
    dialog.setLocator(pooled);
    CHECK(dialog.officeEdit()->text() == u"0180");
    dialog.officeEdit()->setText(QStringLiteral("18a"));
    QString refused;
    CHECK(dialog.locator(&refused).isEmpty());
    CHECK(refused.contains(QStringLiteral("18a")));
    dialog.setLocator(uri);
    CHECK(dialog.officeEdit()->text().isEmpty());
    // A typed password goes to this session's keychain source, not into the locator or the list.
    dialog.passwordEdit()->setText(QStringLiteral("Hemligt-31"));
    CHECK(dialog.keepPassword());
    desktop::OfficeDatabaseDialog::addRecent(dialog.locator());
    CHECK_FALSE(QSettings()
                    .value(QStringLiteral("office/recentDatabases"))
                    .toStringList()
                    .join(u' ')
                    .contains(QStringLiteral("Hemligt-31")));

    // A file that is not there is refused by the form.
    dialog.setLocator(dir.file(QStringLiteral("none.db")));
    QString problem;
    CHECK(dialog.locator(&problem).isEmpty());
    CHECK(problem.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("none.db"))));
}

TEST_CASE("Two desktop programs on one PostgreSQL office database see each other's merges and "
          "fees after a refresh",
          "[postgres][office]")
{
    PostgresDatabase db;
    test::TempDir dir;
    visitfile::VisitGenerator generator(content::ShippedContent::checklists(), 23);
    const auto visits = generator.generate(6, 0);
    writeVisits(dir.file(QStringLiteral("share-a")), {visits.begin(), visits.begin() + 4});
    writeVisits(dir.file(QStringLiteral("share-b")), {visits.begin() + 4, visits.end()});
    // (A visit may come with two revisions: the list shows visits.)
    const auto distinct = [&](std::size_t n) {
        QSet<QString> ids;
        for (std::size_t i = 0; i < n; ++i)
            ids.insert(visits[i].visitId);
        return int(ids.size());
    };

    // Each "program" has its own connection, as two clerks' desktops have.
    desktop::OfficePage first(storage::OfficeRepository::open(db.uri()), db.uri());
    desktop::OfficePage second(storage::OfficeRepository::open(db.uri()), db.uri());
    // The checklist editor on the server: it lists the office's checklists.
    REQUIRE(first.checklistsPanel() != nullptr);
    first.office().importChecklists(content::ShippedContent::checklists(),
                                    QStringLiteral("shipped"));
    first.checklistsPanel()->reload();
    CHECK(first.checklistsPanel()->versions()->count() ==
          int(first.office().allChecklists().size()));
    CHECK(first.checklistsPanel()->versions()->count() > 0);
    first.visitsPanel()->reload();
    second.visitsPanel()->reload();
    CHECK(second.visitsPanel()->model()->rowCount() == 0);

    merge(first, dir.file(QStringLiteral("share-a")));
    REQUIRE(distinct(4) > 0);
    CHECK(first.visitsPanel()->model()->rowCount() == distinct(4));
    CHECK(second.visitsPanel()->model()->rowCount() == 0); // not yet refreshed
    second.reload();
    CHECK(second.visitsPanel()->model()->rowCount() == distinct(4));

    merge(second, dir.file(QStringLiteral("share-b")));
    first.reload();
    CHECK(first.visitsPanel()->model()->rowCount() == distinct(visits.size()));
    CHECK(distinct(visits.size()) > distinct(4));
    CHECK(first.visitsPanel()->shownVisitIds() == second.visitsPanel()->shownVisitIds());

    // The statistics view works on the server too (its worker opens a connection of its own)
    // and counts both clerks' merges, as the core does.
    desktop::StatisticsPanel *statsPanel = first.statisticsPanel();
    REQUIRE(statsPanel != nullptr);
    QSignalSpy refreshed(statsPanel, &desktop::StatisticsPanel::refreshed);
    auto *grouping = statsPanel->findChild<QComboBox *>(QStringLiteral("statsGrouping"));
    REQUIRE(grouping);
    grouping->setCurrentIndex(grouping->findData(int(stats::Grouping::Office)));
    REQUIRE(refreshed.wait(30000));
    const auto rows = stats::OfficeStatistics(second.office()).groups(stats::Grouping::Office, {});
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].counts.visits > 0);
    REQUIRE(statsPanel->model()->rowCount() == 1);
    CHECK(statsPanel->model()->index(0, desktop::StatsTableModel::Visits).data().toLongLong() ==
          rows[0].counts.visits);

    // The fee schedule is the database's: one clerk's rate is the other's after a refresh.
    desktop::FeesPanel *fees = first.feesPanel();
    fees->rateFrom()->setDate(QDate(2000, 1, 1));
    fees->rateEdit()->setText(QStringLiteral("1400"));
    REQUIRE(fees->addRate());
    second.feesPanel()->reload();
    REQUIRE(second.feesPanel()->scheduleTable()->rowCount() == 1);
    CHECK(second.feesPanel()->scheduleTable()->item(0, 0)->text() == u"2000-01-01");
}

TEST_CASE("The main window puts a PostgreSQL office database behind its Office tab, a field "
          "database is refused",
          "[postgres][office]")
{
    PostgresDatabase db;
    test::TempDir dir;
    storage::Database field(dir.file(QStringLiteral("field.db")));
    desktop::MainWindow window(field);
    CHECK(window.officePage() == nullptr);

    QString error;
    CHECK_FALSE(window.openOfficeDatabase(dir.file(QStringLiteral("field.db")), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(window.officePage() == nullptr);

    REQUIRE(window.openOfficeDatabase(db.uri(), &error));
    REQUIRE(window.officePage() != nullptr);
    CHECK(window.officePage()->locator() == db.uri());
    CHECK(window.officePage()->office().describe().contains(db.name()));
}

} // namespace tillsyn_unity_officedatabase_test
