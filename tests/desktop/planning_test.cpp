// Issue 19 in the GUI: the facility dialog edits risk class, experience class and control time
// (decimal comma in Swedish), the import preview warns about org. numbers kept as given, and the
// "Planering" page lists the due list with filters and "New visit".
#include "content/shippedcontent.h"
#include "dialogs/facilitydialog.h"
#include "dialogs/facilityimportdialog.h"
#include "field/visitlifecycle.h"
#include "mainwindow.h"
#include "models/duelistmodel.h"
#include "pages/planningpage.h"
#include "reference/importer.h"
#include "widgets/facilitydetailsview.h"
#include "storage/database.h"
#include "storage/facilitystore.h"

#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTest>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_planning_test {

using namespace tillsyn;

namespace {

// Sets the default locale for the scope (widgets take theirs when made).
struct LocaleScope
{
    QLocale before;
    explicit LocaleScope(const QLocale &locale) { QLocale::setDefault(locale); }
    ~LocaleScope() { QLocale::setDefault(before); }
};

QString openData(const QString &name)
{
    return test::testData(QStringLiteral("opendata/") + name);
}

} // namespace

TEST_CASE("The facility dialog edits risk class, experience class and control time",
          "[desktop][planning]")
{
    const LocaleScope swedish(QLocale(QLocale::Swedish, QLocale::Sweden));
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("office.db")));
    content::ShippedContent::install(db, true);
    const QString id = content::ShippedContent::demoFacilities().front().id;
    {
        desktop::FacilityDialog dialog(db, id);
        dialog.findChild<QSpinBox *>()->setValue(6);
        auto *exp = dialog.findChild<QComboBox *>(QStringLiteral("facilityExpClass"));
        auto *hours = dialog.findChild<QLineEdit *>(QStringLiteral("facilityControlHours"));
        REQUIRE(exp);
        REQUIRE(hours);
        exp->setCurrentIndex(exp->findData(QStringLiteral("C")));
        hours->setText(QStringLiteral("två"));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.problemLabel()->text().contains(QStringLiteral("\"två\"")));
        hours->setText(QStringLiteral("2,5"));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    const auto stored = storage::FacilityStore(db).find(id);
    REQUIRE(stored);
    CHECK(stored->riskClass == 6);
    CHECK(stored->expClass == QStringLiteral("C"));
    CHECK(stored->controlHours == 2.5);
    desktop::FacilityDialog again(db, id);
    CHECK(again.findChild<QLineEdit *>(QStringLiteral("facilityControlHours"))->text() ==
          QStringLiteral("2,5"));
    CHECK(again.findChild<QComboBox *>(QStringLiteral("facilityExpClass"))->currentText() ==
          QStringLiteral("C"));
}

TEST_CASE("The import preview of an open-data file warns about org. numbers kept as given",
          "[desktop][planning]")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("office.db")));
    desktop::FacilityImportDialog preview(
        db, reference::Importer::readFacilities(openData(QStringLiteral("facilities.json"))),
        QStringLiteral("facilities.json"));
    auto *warnings = preview.findChild<QLabel *>(QStringLiteral("importWarnings"));
    auto *table = preview.findChild<QTableWidget *>(QStringLiteral("importPreview"));
    REQUIRE(warnings);
    REQUIRE(table);
    CHECK(warnings->text().contains(QStringLiteral("2 row(s)")));
    CHECK(table->item(0, 5)->text().contains(QStringLiteral("\"931115XXXX\" fails its check digit")));
    CHECK(table->item(2, 5)->text().isEmpty());
    preview.accept();
    const auto stored = storage::FacilityStore(db).find(QStringLiteral("1001"));
    REQUIRE(stored);
    CHECK(stored->operatorDetails.orgNumber == QStringLiteral("931115XXXX"));
    // The mark where the facility is shown.
    desktop::FacilityDetailsView details;
    details.setFacility(&*stored);
    QStringList texts;
    for (const QLabel *label : details.findChildren<QLabel *>())
        texts << label->text();
    CHECK(texts.contains(QStringLiteral("931115XXXX (not a valid organisation number)")));
    CHECK(texts.join(u'|').contains(QStringLiteral("5, experience class B, 12 h control time per year")));
}

TEST_CASE("The Planering page lists the due list, filters it and starts a new visit",
          "[desktop][planning]")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("field.db")));
    content::ShippedContent::install(db, true);
    reference::Importer(db).importFacilities(openData(QStringLiteral("facilities.json")));
    domain::Facility other = *storage::FacilityStore(db).find(QStringLiteral("1002"));
    other.id = QStringLiteral("1004");
    other.name = QStringLiteral("Glassbaren");
    other.city = QStringLiteral("Annanby");
    other.controlHours = 1;
    storage::FacilityStore(db).upsert({other});

    // A finished visit to 1002 on 3 March 2025 with 90 minutes in time entries.
    field::VisitLifecycle visits(db, [] { return QDateTime(QDate(2025, 3, 3), QTime(10, 0)); });
    field::StartRequest request;
    request.facilityId = QStringLiteral("1002");
    request.checklistId = content::ShippedContent::checklists().front().id;
    request.inspectors = {{QStringLiteral("eva"), QStringLiteral("Eva Ek")}};
    const QString visit = visits.start(request);
    visits.setTime(visit, domain::Activity::Travel, 30);
    visits.setTime(visit, domain::Activity::Inspection, 60);
    visits.finish(visit);

    desktop::PlanningPage page(db);
    page.yearBox()->setValue(2025);
    page.reload();
    desktop::DueListModel *model = page.model();
    REQUIRE(model->rowCount() == 3);
    CHECK(model->row(0).facilityId == QStringLiteral("1001")); // 12 h remaining
    CHECK(model->row(1).facilityId == QStringLiteral("1004")); // 1 h
    CHECK(model->row(2).facilityId == QStringLiteral("1002")); // 2.5 - 1.5 h
    CHECK(model->row(2).spentHours == 1.5);
    CHECK(model->data(model->index(2, desktop::DueListModel::Remaining)).toString() ==
          QLocale().toString(1.0, 'f', 2));
    CHECK(model->row(2).lastVisit == QDate(2025, 3, 3));

    // The area is the facility's city; the category its (first) type.
    page.areaFilter()->setCurrentIndex(page.areaFilter()->findText(QStringLiteral("Annanby")));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->row(0).facilityId == QStringLiteral("1004"));
    page.areaFilter()->setCurrentIndex(0);
    page.categoryFilter()->setCurrentIndex(
        page.categoryFilter()->findText(QStringLiteral("Butik")));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->row(0).facilityId == QStringLiteral("1001"));
    page.categoryFilter()->setCurrentIndex(0);
    CHECK(model->rowCount() == 3);

    // Another year: the visit does not count.
    page.yearBox()->setValue(2024);
    CHECK(model->row(model->rowCount() - 1).spentHours == 0);
    CHECK_FALSE(model->row(0).lastVisit.has_value());
    page.yearBox()->setValue(2025);

    QSignalSpy requested(&page, &desktop::PlanningPage::newVisitRequested);
    CHECK_FALSE(page.newVisitButton()->isEnabled());
    page.view()->selectRow(2);
    REQUIRE(page.newVisitButton()->isEnabled());
    page.newVisitButton()->click();
    REQUIRE(requested.size() == 1);
    CHECK(requested.front().front().toString() == QStringLiteral("1002"));

    // The main window has the page as a tab and fills it when shown.
    desktop::MainWindow window(db);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    REQUIRE(tabs);
    REQUIRE(window.planningPage());
    CHECK(window.planningPage()->model()->rowCount() == 0);
    tabs->setCurrentWidget(window.planningPage());
    CHECK(window.planningPage()->model()->rowCount() == 3);
}

TEST_CASE("Planering shows a long category whole with each text in full in its tooltip",
          "[desktop][planning]")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("field.db")));
    content::ShippedContent::install(db, true);
    domain::Facility facility = content::ShippedContent::demoFacilities().front();
    facility.category = QStringLiteral("Livsmedelsbutik med tillverkning och servering");
    facility.controlHours = 3;
    storage::FacilityStore(db).upsert({facility});

    desktop::PlanningPage page(db);
    page.reload();
    // The page's room in the main window on a 1366×768 screen.
    page.resize(1180, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    desktop::DueListModel *model = page.model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->row(r).facilityId == facility.id)
            row = r;
    REQUIRE(row >= 0);
    const QModelIndex category = model->index(row, desktop::DueListModel::Category);
    QTableView *view = page.view();
    // Whole on one line: as wide as the text (plus the cell's margins).
    CHECK(view->columnWidth(desktop::DueListModel::Category) >=
          view->fontMetrics().horizontalAdvance(facility.category));
    CHECK(view->horizontalHeader()->sectionSize(desktop::DueListModel::Facility) >=
          view->viewport()->width() / 4);
    CHECK(model->data(category, Qt::ToolTipRole).toString().contains(facility.category));
    CHECK(model->data(model->index(row, desktop::DueListModel::Facility), Qt::ToolTipRole)
              .toString()
              .contains(facility.name.toHtmlEscaped()));
}

} // namespace tillsyn_unity_planning_test
