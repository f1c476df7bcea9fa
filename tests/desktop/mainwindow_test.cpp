#include "content/shippedcontent.h"
#include "mainwindow.h"
#include "models/facilitylistmodel.h"
#include "office/officepage.h"
#include "pages/facilitiespage.h"
#include "storage/database.h"
#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

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
