// Not a test: `desktop_tests "[.screens]"` under Xvfb at 1366×768 (QT_QPA_PLATFORM=xcb) writes a
// picture of the whole screen for every page and dialog of both roles, in Swedish, to
// $TILLSYN_SCREENSHOT_DIR, for a person (and OCR) to read.
#include "content/shippedcontent.h"
#include "dialogs/facilitydialog.h"
#include "dialogs/finishvisitdialog.h"
#include "dialogs/helpdialogs.h"
#include "checklists/checklistadminpanel.h"
#include "checklists/checklisteditorwidget.h"
#include "dialogs/newvisitdialog.h"
#include "dialogs/officedatabasedialog.h"
#include "dialogs/officedialog.h"
#include "dialogs/opendatadialog.h"
#include "dialogs/reportpreviewdialog.h"
#include "dialogs/sharesettingsdialog.h"
#include "field/currentinspector.h"
#include "field/visitlifecycle.h"
#include "mainwindow.h"
#include "merge/mergerun.h"
#include "office/conflictspanel.h"
#include "office/mergepanel.h"
#include "office/officepage.h"
#include "office/officevisitspanel.h"
#include "office/visitrevisionsdialog.h"
#include "pages/facilitiespage.h"
#include "pages/planningpage.h"
#include "pages/visitrunnerpage.h"
#include "pages/visitspage.h"
#include "visit/visitsession.h"
#include "stats/statisticspanel.h"
#include "storage/sqliteofficerepository.h"
#include "storage/database.h"
#include "storage/facilitystore.h"
#include "support/catchqt.h"
#include "support/tempdir.h"
#include "sync/foldershare.h"
#include "util/translations.h"
#include "visitfile/visitfilewriter.h"
#include "visitfile/visitgenerator.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_screenshots_test {

using namespace tillsyn;

namespace {

class Shots
{
public:
    Shots()
        : m_dir(qEnvironmentVariable("TILLSYN_SCREENSHOT_DIR", QDir::tempPath()))
    {
        QDir().mkpath(m_dir);
    }
    void take(const QString &name)
    {
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        const QPixmap screen = QGuiApplication::primaryScreen()->grabWindow(0);
        CHECK(screen.save(QStringLiteral("%1/%2-%3.png")
                              .arg(m_dir)
                              .arg(++m_count, 2, 10, QLatin1Char('0'))
                              .arg(name)));
    }
    void dialog(QWidget *dialog, const QString &name)
    {
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        take(name);
        dialog->close();
    }

private:
    QString m_dir;
    int m_count = 0;
};

// The shipped facilities have no control time: Planering would list none.
void giveControlTimes(storage::Database &db)
{
    storage::FacilityStore store(db);
    auto facilities = store.search(QString(), 0, 1000);
    for (size_t i = 0; i < facilities.size(); ++i)
        facilities[i].controlHours = double(2 + i % 7);
    store.upsert(facilities);
}

void fillOffice(storage::Database &db, const QString &shareDir)
{
    content::ShippedContent::install(db, true);
    giveControlTimes(db);
    QDir().mkpath(shareDir + QStringLiteral("/inbox"));
    sync::FolderShare share(shareDir);
    visitfile::VisitGenerator generator(content::ShippedContent::checklists(), 11);
    auto visits = generator.generate(80, 0);
    domain::Visit a = visits.front();
    a.revision = 2;
    a.baseRevision = 1;
    domain::Visit b = a;
    a.answers[0].comment = QStringLiteral("Dator A");
    b.answers[0].comment = QStringLiteral("Dator B");
    b.summary = QStringLiteral("Kompletterad sammanfattning");
    visits.push_back(a);
    visits.push_back(b);
    for (const auto &v : visits) {
        const QByteArray bytes = visitfile::VisitFileWriter::write(v);
        share.putNew(QStringLiteral("inbox/") + visitfile::VisitFileWriter::fileName(v, bytes),
                     bytes);
    }
    storage::SqliteOfficeRepository office(db);
    merge::MergeRun(office, share).run();
}

} // namespace

TEST_CASE("Screenshots of every page and dialog in Swedish", "[.screens]")
{
    Translations::install(qApp, QStringLiteral("sv"));
    field::CurrentInspector::set(field::CurrentInspector::fromName(QStringLiteral("Anna Berg")));
    Shots shots;
    test::TempDir dir;

    // The inspector's laptop.
    storage::Database field(dir.file(QStringLiteral("field.db")));
    content::ShippedContent::install(field, true);
    giveControlTimes(field);
    field::VisitLifecycle visits(field);
    field::StartRequest request;
    request.facilityId = QStringLiteral("F-0001");
    request.checklistId = QStringLiteral("livsmedel-restaurang");
    request.inspectors = {field::CurrentInspector::get()};
    const QString done = visits.start(request);
    const auto doneVisit = visits.current(done);
    for (size_t i = 0; i < doneVisit.answers.size(); ++i)
        visits.setAnswer(done, doneVisit.answers[i].itemId,
                         i % 5 == 2 ? domain::Result::Deviation : domain::Result::Ok,
                         i % 5 == 2 ? QStringLiteral("Smutsigt golv under diskbänken")
                                    : QString());
    visits.finish(done);
    const QString draft = visits.start(request);
    const auto draftVisit = visits.current(draft);
    for (int i = 0; i < 6; ++i)
        visits.setResult(draft, draftVisit.answers[size_t(i)].itemId,
                         i == 3 ? domain::Result::Deviation : domain::Result::Ok);
    {
        desktop::MainWindow window(field);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.facilitiesPage()->view()->selectRow(0);
        shots.take(QStringLiteral("falt-anlaggningar"));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        tabs->setCurrentWidget(window.visitsPage());
        shots.take(QStringLiteral("falt-besok"));
        tabs->setCurrentIndex(2);
        shots.take(QStringLiteral("falt-checklistor"));
        tabs->setCurrentWidget(window.planningPage());
        shots.take(QStringLiteral("falt-planering"));
        window.openVisit(draft);
        window.runnerPage()->selectItem(draftVisit.answers[3].itemId);
        shots.take(QStringLiteral("falt-checklista"));
        desktop::FinishVisitDialog finish(window.runnerPage()->session()->visit(),
                                          visits.check(draft), &window);
        shots.dialog(&finish, QStringLiteral("falt-avsluta"));
        window.openVisit(done);
        shots.take(QStringLiteral("falt-avslutat-besok"));
        desktop::ReportPreviewDialog report(field, done, 0, &window);
        shots.dialog(&report, QStringLiteral("falt-rapport"));
        desktop::NewVisitDialog newVisit(field, QStringLiteral("F-0001"), &window);
        shots.dialog(&newVisit, QStringLiteral("falt-nytt-besok"));
        desktop::FacilityDialog facility(field, QStringLiteral("F-0001"), &window);
        shots.dialog(&facility, QStringLiteral("falt-anlaggning"));
        desktop::ShareSettingsDialog share(field, &window);
        shots.dialog(&share, QStringLiteral("falt-delad-mapp"));
        desktop::OfficeDialog office(field, &window);
        shots.dialog(&office, QStringLiteral("falt-brevhuvud"));
        desktop::OfficeDatabaseDialog officeDatabase(&window);
        officeDatabase.serverChoice()->setChecked(true);
        shots.dialog(&officeDatabase, QStringLiteral("falt-kontorsdatabas"));
        shots.dialog(desktop::HelpDialogs::shortcuts(&window), QStringLiteral("hjalp-kortkommandon"));
        shots.dialog(desktop::HelpDialogs::handbook(&window), QStringLiteral("hjalp-handbok"));
        window.close();
    }

    // The office.
    storage::Database office(dir.file(QStringLiteral("office.db")));
    office.setRole(storage::Database::Role::Office);
    fillOffice(office, dir.file(QStringLiteral("share")));
    desktop::MainWindow window(office);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    tabs->setCurrentIndex(tabs->count() - 1);
    desktop::OfficePage *page = window.officePage();
    REQUIRE(page);
    page->mergePanel()->shareField()->setText(dir.file(QStringLiteral("share")));
    const QStringList names = {QStringLiteral("kontor-sammanfor"),   QStringLiteral("kontor-konflikter"),
                               QStringLiteral("kontor-avvisade"),     QStringLiteral("kontor-alla-besok"),
                               QStringLiteral("kontor-uppfoljning"),  QStringLiteral("kontor-checklistor"),
                               QStringLiteral("kontor-publicera"),    QStringLiteral("kontor-statistik"),
                               QStringLiteral("kontor-jamfor"),       QStringLiteral("kontor-avgifter")};
    for (int i = 0; i < page->count(); ++i) {
        page->setCurrentIndex(i);
        if (page->currentWidget() == page->statisticsPanel()) {
            QSignalSpy refreshed(page->statisticsPanel(), &desktop::StatisticsPanel::refreshed);
            page->statisticsPanel()->refresh();
            refreshed.wait(30000);
            shots.take(QStringLiteral("kontor-statistik-tabell"));
            auto *statsTabs = page->statisticsPanel()->findChild<QTabWidget *>(
                QStringLiteral("statsTabs"));
            for (int t = 1; t < statsTabs->count(); ++t) {
                statsTabs->setCurrentIndex(t);
                shots.take(QStringLiteral("kontor-statistik-diagram-%1").arg(t));
            }
            continue;
        }
        shots.take(names.value(i, QStringLiteral("kontor-%1").arg(i)));
    }
    const QString conflicted = page->conflictsPanel()->visitList()->count() > 0
                                   ? page->conflictsPanel()
                                         ->visitList()
                                         ->item(0)
                                         ->data(Qt::UserRole)
                                         .toString()
                                   : QString();
    // The checklist editor with an item (and its control area) selected.
    page->setCurrentWidget(page->checklistsPanel());
    const auto food = page->checklistsPanel()->versions()->findItems(
        QStringLiteral("Livsmedel"), Qt::MatchStartsWith);
    REQUIRE(!food.isEmpty());
    page->checklistsPanel()->versions()->setCurrentItem(food.front());
    QTreeWidget *tree = page->checklistsPanel()->editor()->tree();
    if (tree->topLevelItemCount() > 0 && tree->topLevelItem(0)->childCount() > 0)
        tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    shots.take(QStringLiteral("kontor-checklista-kontrollomrade"));
    // The statistics for the whole office.
    page->setCurrentWidget(page->statisticsPanel());
    auto *grouping = page->statisticsPanel()->findChild<QComboBox *>(
        QStringLiteral("statsGrouping"));
    REQUIRE(grouping);
    page->statisticsPanel()->findChild<QTabWidget *>(QStringLiteral("statsTabs"))
        ->setCurrentIndex(0);
    {
        QSignalSpy refreshed(page->statisticsPanel(), &desktop::StatisticsPanel::refreshed);
        grouping->setCurrentIndex(grouping->count() - 1);
        // Showing the tab may have started a refresh of the old grouping: the new one runs
        // after it.
        while (page->statisticsPanel()->isBusy())
            REQUIRE(refreshed.wait(30000));
        shots.take(QStringLiteral("kontor-statistik-hela-kontoret"));
    }
    tabs->setCurrentWidget(window.planningPage());
    shots.take(QStringLiteral("kontor-planering"));
    desktop::OpenDataDialog openData(&window);
    shots.dialog(&openData, QStringLiteral("kontor-oppna-data"));
    if (!conflicted.isEmpty()) {
        storage::SqliteOfficeRepository repository(office);
        desktop::VisitRevisionsDialog revisions(repository, conflicted, &window);
        shots.dialog(&revisions, QStringLiteral("kontor-revisioner"));
    }
}

} // namespace tillsyn_unity_screenshots_test
