#include "content/shippedcontent.h"
#include "databasesession.h"
#include "mainwindow.h"
#include "models/facilitylistmodel.h"
#include "office/officepage.h"
#include "pages/facilitiespage.h"
#include "storage/database.h"
#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_mainwindow_test {

using namespace tillsyn;

TEST_CASE("Typing in the facility search narrows the list and shows the details")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("t.db")));
    content::ShippedContent::install(db, true);
    desktop::MainWindow window(db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    desktop::FacilitiesPage *page = window.facilitiesPage();
    const int all = page->model()->totalCount();
    REQUIRE(all == 60);

    // Pick a real demo name and type the start of its second word, as an inspector would.
    const QString name = page->model()->facilityAt(all > 10 ? 10 : 0)->name;
    const QString word = name.split(u' ').last().left(4);
    page->searchField()->setFocus();
    QTest::keyClicks(page->searchField(), word);
    const int narrowed = page->model()->rowCount();
    CHECK(narrowed >= 1);
    CHECK(narrowed < all);
    bool found = false;
    for (int r = 0; r < narrowed; ++r)
        found = found || page->model()->facilityAt(r)->name == name;
    CHECK(found);

    // Enter moves into the results and the details follow the selection.
    QTest::keyClick(page->searchField(), Qt::Key_Return);
    CHECK(page->view()->hasFocus());
    CHECK_FALSE(page->currentFacilityId().isEmpty());
    auto *title = window.findChild<QLabel *>(QStringLiteral("facilityTitle"));
    REQUIRE(title);
    CHECK(title->text() == page->model()->facilityAt(0)->name);

    QTest::keyClicks(page->searchField(), QStringLiteral("zzzzqqq"));
    CHECK(page->model()->rowCount() == 0);
}

TEST_CASE("The office tab is made when first opened, and the count follows the first frame")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("t.db")));
    db.setRole(storage::Database::Role::Office);
    content::ShippedContent::install(db, true);
    desktop::MainWindow window(db);
    QSignalSpy shown(&window, &desktop::MainWindow::firstShown);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // Nothing of the office's panels exists while the inspector works in the field tabs.
    CHECK(window.findChild<desktop::OfficePage *>() == nullptr);

    REQUIRE((shown.count() == 1 || shown.wait(5000)));
    auto *count = window.facilitiesPage()->findChild<QLabel *>(QStringLiteral("facilityCount"));
    REQUIRE(count);
    CHECK(QTest::qWaitFor([&] { return count->text() == u"Facilities: 60"; }, 5000));

    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    REQUIRE(tabs);
    tabs->setCurrentIndex(tabs->count() - 1);
    desktop::OfficePage *office = window.findChild<desktop::OfficePage *>();
    REQUIRE(office);
    CHECK(office->isVisible());
    // Asking for it gives the same page.
    CHECK(window.officePage() == office);
}

namespace {
QStringList tabTitles(desktop::MainWindow *window)
{
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    REQUIRE(tabs);
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    return titles;
}
} // namespace

TEST_CASE("Only an office database has the Office tab, File → Open switches database cleanly")
{
    qputenv("TILLSYN_NO_DIALOGS", "1");
    test::TempDir dir;
    const QString field = dir.file(QStringLiteral("field.db"));
    const QString office = dir.file(QStringLiteral("office.db"));
    {
        storage::Database db(office);
        db.setRole(storage::Database::Role::Office);
    }

    desktop::DatabaseSession session;
    REQUIRE(session.open(field));
    desktop::MainWindow *first = session.window();
    REQUIRE(first);
    REQUIRE(QTest::qWaitForWindowExposed(first));
    CHECK(session.database()->role() == storage::Database::Role::Field);
    CHECK_FALSE(tabTitles(first).contains(QStringLiteral("&Office")));
    CHECK(first->officePage() == nullptr);
    CHECK(first->findChild<desktop::OfficePage *>() == nullptr);

    // The menu's action asks for the file; the session switches when the window says so.
    QSignalSpy changed(&session, &desktop::DatabaseSession::windowChanged);
    emit first->openDatabaseRequested(office);
    REQUIRE(changed.wait(10000));
    desktop::MainWindow *second = session.window();
    REQUIRE(second);
    REQUIRE(QTest::qWaitForWindowExposed(second));
    CHECK(session.database()->path() == QFileInfo(office).absoluteFilePath());
    CHECK(tabTitles(second).contains(QStringLiteral("&Office")));
    CHECK(second->officePage() != nullptr);

    // A file that is not a database: refused, and the office window stays as it was.
    const QString junk = dir.write(QStringLiteral("junk.db"), QByteArray(4096, 'x'));
    CHECK_FALSE(session.open(junk));
    CHECK(session.lastError().contains(QStringLiteral("not an SQLite file")));
    CHECK(session.window() == second);
    CHECK(session.database()->path() == QFileInfo(office).absoluteFilePath());
    CHECK(test::readAll(junk) == QByteArray(4096, 'x'));

    // Back to the field database: no Office tab again; the office file is closed (no -wal left).
    REQUIRE(session.open(field));
    CHECK_FALSE(tabTitles(session.window()).contains(QStringLiteral("&Office")));
    CHECK_FALSE(QFileInfo::exists(office + QStringLiteral("-wal")));
}

} // namespace tillsyn_unity_mainwindow_test
