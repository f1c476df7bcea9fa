// Issue 16: the desktop program on a municipal laptop — fits the screen, keyboard without traps.
#include "content/shippedcontent.h"
#include "dialogs/signaturedialog.h"
#include "dialogs/helpdialogs.h"
#include "dialogs/newvisitdialog.h"
#include "dialogs/officedialog.h"
#include "dialogs/sharesettingsdialog.h"
#include "dialogs/reportpreviewdialog.h"
#include "field/currentinspector.h"
#include "field/visitlifecycle.h"
#include "mainwindow.h"
#include "models/facilitylistmodel.h"
#include "models/visitlistmodel.h"
#include "pages/facilitiespage.h"
#include "pages/visitrunnerpage.h"
#include "pages/visitspage.h"
#include "storage/database.h"
#include "storage/facilitystore.h"
#include "storage/visitstore.h"
#include "support/catchqt.h"
#include "support/tempdir.h"
#include "support/testimages.h"
#include "visit/visitsession.h"
#include "widgets/itempanel.h"
#include "widgets/photostrip.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_laptop_test {

using namespace tillsyn;
using domain::Result;

namespace {

QWidget *focused()
{
    return QApplication::focusWidget();
}

void activate(QWidget *window)
{
    window->show();
    QApplication::setActiveWindow(window);
    REQUIRE(QTest::qWaitForWindowActive(window));
}

QString startVisit(storage::Database &db)
{
    field::StartRequest request;
    request.facilityId = QStringLiteral("F-0001");
    request.checklistId = QStringLiteral("livsmedel-restaurang");
    request.inspectors = {{QStringLiteral("anna"), QStringLiteral("Anna Berg")}};
    return field::VisitLifecycle(db).start(request);
}

void forgetInspector()
{
    QSettings settings;
    settings.remove(QStringLiteral("inspector"));
}

// The screen's usable area: with a 1366×768 laptop and its task bar this is what a window
// (its frame included) must fit into. The offscreen platform's screen is smaller still.
QSize available(const QWidget *w)
{
    return w->screen()->availableGeometry().size();
}

} // namespace

TEST_CASE("The main window and the report preview fit the screen and remember their size")
{
    QSettings().remove(QStringLiteral("windows"));
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("field.db")));
    content::ShippedContent::install(db, true);
    {
        desktop::MainWindow window(db);
        activate(&window);
        CHECK(window.frameGeometry().width() <= available(&window).width());
        CHECK(window.frameGeometry().height() <= available(&window).height());
        // The status bar (waiting count, Sync) is inside the window.
        const QRect status(window.statusBar()->mapTo(&window, QPoint(0, 0)),
                           window.statusBar()->size());
        CHECK(window.rect().contains(status));
        window.resize(640, 480);
        window.close();
    }
    {
        desktop::MainWindow again(db);
        again.show();
        CHECK(again.size() == QSize(640, 480));
    }

    field::VisitLifecycle visits(db);
    const QString visitId = startVisit(db);
    visits.finish(visitId);
    desktop::ReportPreviewDialog preview(db, visitId, 0);
    activate(&preview);
    CHECK(preview.frameGeometry().height() <= available(&preview).height());
    CHECK(preview.frameGeometry().width() <= available(&preview).width());
    auto *buttons = preview.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    for (QAbstractButton *button : buttons->buttons()) {
        const QRect shown(button->mapTo(&preview, QPoint(0, 0)), button->size());
        CHECK(preview.rect().contains(shown));
    }
}

TEST_CASE("Ctrl+F filters the runner's items in the runner and searches facilities elsewhere")
{
    field::CurrentInspector::set(field::CurrentInspector::fromName(QStringLiteral("Anna Berg")));
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("field.db")));
    content::ShippedContent::install(db, true);
    const QString visitId = startVisit(db);
    desktop::MainWindow window(db);
    activate(&window);
    window.openVisit(visitId);
    desktop::VisitRunnerPage *runner = window.runnerPage();
    REQUIRE(runner);
    runner->itemView()->setFocus();
    REQUIRE(focused() == runner->itemView());

    QTest::keyClick(focused(), Qt::Key_F, Qt::ControlModifier);
    CHECK(focused() == runner->filterField());

    QTest::keyClick(focused(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(focused() == window.facilitiesPage()->searchField());

    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    REQUIRE(tabs);
    tabs->setCurrentWidget(window.visitsPage());
    window.visitsPage()->setFocus();
    REQUIRE(focused() != window.facilitiesPage()->searchField());
    QTest::keyClick(focused(), Qt::Key_F, Qt::ControlModifier);
    CHECK(tabs->currentWidget() == window.facilitiesPage());
    CHECK(focused() == window.facilitiesPage()->searchField());
}

TEST_CASE("Keys 1–4 answer only an item the filter shows")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("field.db")));
    content::ShippedContent::install(db, true);
    const QString visitId = startVisit(db);
    desktop::VisitRunnerPage runner(db, visitId);
    activate(&runner);
    runner.itemView()->setFocus();
    auto *mode = runner.findChild<QComboBox *>(QStringLiteral("itemFilterMode"));
    REQUIRE(mode);
    storage::VisitStore store(db);

    // No deviations yet: "Deviations only" shows nothing, and nothing may be answered.
    mode->setCurrentIndex(2);
    CHECK(runner.currentItemId().isEmpty());
    QTest::keyClick(runner.itemView(), Qt::Key_1);
    CHECK(store.load(visitId)->answeredCount() == 0);

    // With a deviation the filter shows it, selected, and keys act on it.
    mode->setCurrentIndex(0);
    const QString third = store.load(visitId)->answers[2].itemId;
    runner.selectItem(third);
    QTest::keyClick(runner.itemView(), Qt::Key_2);
    mode->setCurrentIndex(2);
    CHECK(runner.currentItemId() == third);
    CHECK(runner.itemView()->currentIndex().isValid());
    QTest::keyClick(runner.itemView(), Qt::Key_4);
    CHECK(store.load(visitId)->answer(third)->result == Result(3));

    // A text that matches nothing empties the panel too.
    mode->setCurrentIndex(0);
    runner.filterField()->setText(QStringLiteral("zzzqqqxxx"));
    CHECK(runner.currentItemId().isEmpty());
    QTest::keyClick(runner.itemView(), Qt::Key_1);
    CHECK(store.load(visitId)->answeredCount() == 1);
}

TEST_CASE("At start typing searches facilities, Down and Enter move from a filter into its list")
{
    field::CurrentInspector::set(field::CurrentInspector::fromName(QStringLiteral("Anna Berg")));
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("field.db")));
    content::ShippedContent::install(db, true);
    startVisit(db);
    desktop::MainWindow window(db);
    activate(&window);
    desktop::FacilitiesPage *facilities = window.facilitiesPage();
    CHECK(focused() == facilities->searchField());
    const int all = facilities->model()->rowCount();
    QTest::keyClicks(focused(), QStringLiteral("Bella"));
    CHECK(facilities->model()->rowCount() < all);
    QTest::keyClick(focused(), Qt::Key_Down);
    CHECK(focused() == facilities->view());
    CHECK_FALSE(facilities->currentFacilityId().isEmpty());

    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    REQUIRE(tabs);
    tabs->setCurrentWidget(window.visitsPage());
    window.visitsPage()->setFocus();
    auto *list = window.visitsPage()->findChild<QTableView *>(QStringLiteral("visitList"));
    REQUIRE(list);
    REQUIRE(list->model()->rowCount() == 1);
    QTest::keyClick(focused(), Qt::Key_Down);
    CHECK(focused() == list);
    CHECK(list->currentIndex().row() == 0);
    window.visitsPage()->setFocus();
    QTest::keyClick(focused(), Qt::Key_Return);
    CHECK(focused() == list);
}

TEST_CASE("No visit starts before the inspector has given a name")
{
    forgetInspector();
    qputenv("USER", "loginname");
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("field.db")));
    content::ShippedContent::install(db, true);
    desktop::MainWindow window(db);
    activate(&window);

    // Cancelled: no name, no visit, and the new-visit dialog never opened.
    bool sawNewVisit = false;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (qobject_cast<desktop::NewVisitDialog *>(modal))
            sawNewVisit = true;
        if (modal)
            QTest::keyClick(modal, Qt::Key_Escape);
    });
    answer.start(20);
    window.newVisit(QStringLiteral("F-0001"));
    CHECK_FALSE(sawNewVisit);
    CHECK_FALSE(field::CurrentInspector::isSet());
    CHECK(window.visitsPage()->model()->rowCount() == 0);
    answer.stop();

    // Named: the name is kept, and the visit is the inspector's.
    QObject::disconnect(&answer, nullptr, nullptr, nullptr);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *input = qobject_cast<QInputDialog *>(modal)) {
            auto *field = input->findChild<QLineEdit *>();
            REQUIRE(field);
            CHECK(field->text().isEmpty()); // not the login name
            QTest::keyClicks(field, QStringLiteral("Karin Ek"));
            QTest::keyClick(field, Qt::Key_Return);
        } else if (qobject_cast<desktop::NewVisitDialog *>(modal)) {
            QTest::keyClick(modal, Qt::Key_Return);
        }
    });
    answer.start(20);
    window.newVisit(QStringLiteral("F-0001"));
    answer.stop();
    CHECK(field::CurrentInspector::get().name == u"Karin Ek");
    REQUIRE(window.runnerPage());
    const auto &inspectors = window.runnerPage()->session()->visit().inspectors;
    REQUIRE_FALSE(inspectors.empty());
    CHECK(inspectors.front().name == u"Karin Ek");
}

TEST_CASE("Removing a photo is undoable, the item list marks photos with an icon")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("field.db")));
    content::ShippedContent::install(db, true);
    const QString visitId = startVisit(db);
    const QString jpeg = dir.write(QStringLiteral("golv.jpg"), test::jpegBytes(320, 240));
    desktop::VisitRunnerPage runner(db, visitId);
    activate(&runner);
    desktop::VisitSession *session = runner.session();
    const QString item = session->visit().answers[1].itemId;
    runner.selectItem(item);
    REQUIRE(session->addPhoto(item, jpeg));
    REQUIRE(session->setPhotoCaption(session->visit().photos.front().id, QStringLiteral("Golv")));
    const domain::Photo before = session->visit().photos.front();

    // The marker is an icon beside the wording, not a glyph in the text.
    const QModelIndex row = runner.itemView()->currentIndex().siblingAtColumn(0);
    REQUIRE(row.isValid());
    CHECK_FALSE(row.data(Qt::DisplayRole).toString().contains(QStringLiteral("📷")));
    CHECK_FALSE(row.data(Qt::DecorationRole).value<QIcon>().isNull());

    desktop::PhotoStrip *strip = runner.itemPanel()->photoStrip();
    REQUIRE(strip->count() == 1);
    strip->list()->setCurrentRow(0);
    strip->removeSelected();
    storage::VisitStore store(db);
    CHECK(store.load(visitId)->photos.empty());
    CHECK(strip->count() == 0);
    CHECK(runner.itemView()->currentIndex().siblingAtColumn(0).data(Qt::DecorationRole).isNull());

    runner.undoStack()->undo();
    const auto restored = store.load(visitId);
    REQUIRE(restored->photos.size() == 1);
    CHECK(restored->photos.front().id == before.id);
    CHECK(restored->photos.front().caption == u"Golv");
    CHECK(restored->photos.front().sha256 == before.sha256);
    CHECK(restored->answer(item)->photoIds == QStringList{before.id});
    CHECK(session->photoData(before.id).size() == before.bytes);
    CHECK(strip->count() == 1);

    runner.undoStack()->redo();
    CHECK(store.load(visitId)->photos.empty());
}

TEST_CASE("The finish dialog goes back to an unanswered item chosen in its list")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("field.db")));
    content::ShippedContent::install(db, true);
    const QString visitId = startVisit(db);
    desktop::VisitRunnerPage runner(db, visitId);
    activate(&runner);
    const auto &answers = runner.session()->visit().answers;
    REQUIRE(answers.size() > 5);
    const QString wanted = answers[4].itemId;
    // Hidden by the filter: going there shows it again.
    runner.findChild<QComboBox *>(QStringLiteral("itemFilterMode"))->setCurrentIndex(2);

    bool sawList = false;
    auto chooseItem = [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("unansweredItems"));
        REQUIRE(list);
        sawList = true;
        list->setFocus();
        list->setCurrentRow(4);
        QTest::keyClick(list, Qt::Key_Return);
    };
    // The finish dialog comes first (the operator signs only what is finished): going back to
    // an item from its list asks for no signature.
    QTimer::singleShot(0, chooseItem);
    runner.finishVisit();
    CHECK(sawList);
    CHECK(runner.session()->isDraft());
    CHECK(runner.currentItemId() == wanted);
    CHECK(runner.itemView()->currentIndex().isValid());
}

TEST_CASE("Labels with a mnemonic have a buddy, so no literal & is shown")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("field.db")));
    content::ShippedContent::install(db, true);
    desktop::ShareSettingsDialog share(db);
    desktop::OfficeDialog office(db);
    desktop::NewVisitDialog newVisit(db, QStringLiteral("F-0001"));
    int checked = 0;
    for (QDialog *dialog : std::initializer_list<QDialog *>{&share, &office, &newVisit}) {
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            const QString text = label->text();
            const qsizetype amp = text.indexOf(u'&');
            if (amp < 0 || text.mid(amp, 2) == u"&&" || label->textFormat() == Qt::RichText)
                continue;
            INFO(text.toStdString());
            CHECK(label->buddy() != nullptr);
            ++checked;
        }
    }
    CHECK(checked >= 8);
}

TEST_CASE("A draft is deleted after confirmation, a finished visit cannot be")
{
    field::CurrentInspector::set(field::CurrentInspector::fromName(QStringLiteral("Anna Berg")));
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("field.db")));
    content::ShippedContent::install(db, true);
    field::VisitLifecycle visits(db);
    const QString draft = startVisit(db);
    const QString done = startVisit(db);
    visits.finish(done);
    desktop::MainWindow window(db);
    activate(&window);
    window.openVisit(draft);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    tabs->setCurrentWidget(window.visitsPage());
    auto *list = window.visitsPage()->findChild<QTableView *>(QStringLiteral("visitList"));
    auto *button = window.visitsPage()->findChild<QPushButton *>(QStringLiteral("deleteDraft"));
    REQUIRE(list);
    REQUIRE(button);
    REQUIRE(list->model()->rowCount() == 2);
    const auto rowOf = [&](const QString &id) {
        for (int r = 0; r < list->model()->rowCount(); ++r)
            if (list->model()->index(r, 0).data(desktop::VisitListModel::VisitIdRole) == id)
                return r;
        return -1;
    };
    storage::VisitStore store(db);

    // Finished: no button, and the Delete key asks nothing and deletes nothing.
    list->setFocus();
    list->selectRow(rowOf(done));
    CHECK_FALSE(button->isEnabled());
    bool asked = false;
    QTimer::singleShot(0, [&] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            asked = true;
            QTest::keyClick(modal, Qt::Key_Escape);
        }
    });
    QTest::keyClick(list, Qt::Key_Delete);
    QApplication::processEvents();
    CHECK_FALSE(asked);
    CHECK(store.load(done));

    // A draft: Enter in the question cancels (the safe default) …
    list->selectRow(rowOf(draft));
    CHECK(button->isEnabled());
    QTimer::singleShot(0, [] {
        QWidget *modal = QApplication::activeModalWidget();
        REQUIRE(modal);
        QTest::keyClick(modal, Qt::Key_Return);
    });
    QTest::keyClick(list, Qt::Key_Delete);
    CHECK(store.load(draft));
    CHECK(window.runnerPage());

    // … and the Delete draft button deletes it, closing its runner.
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
    });
    button->click();
    CHECK_FALSE(store.load(draft));
    CHECK(store.load(done));
    CHECK(window.runnerPage() == nullptr);
    CHECK(list->model()->rowCount() == 1);
}

TEST_CASE("A finished visit's fields are read-only, not greyed out")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("field.db")));
    content::ShippedContent::install(db, true);
    const QString visitId = startVisit(db);
    field::VisitLifecycle(db).setPresentPersons(visitId, {QStringLiteral("Kim Ek")});
    field::VisitLifecycle(db).finish(visitId);
    desktop::VisitRunnerPage runner(db, visitId);
    auto *present = runner.findChildren<QLineEdit *>().value(0);
    for (QLineEdit *edit : runner.findChildren<QLineEdit *>())
        if (edit->text() == u"Kim Ek")
            present = edit;
    REQUIRE(present);
    REQUIRE(present->text() == u"Kim Ek");
    CHECK(present->isEnabled());
    CHECK(present->isReadOnly());
    auto *minutes = runner.findChild<QAbstractSpinBox *>(QStringLiteral("minutesSpent"));
    REQUIRE(minutes);
    CHECK(minutes->isEnabled());
    CHECK(minutes->isReadOnly());
}

TEST_CASE("The facility shows its visit history, Help has the shortcuts and the handbook")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("field.db")));
    content::ShippedContent::install(db, true);
    const QString visitId = startVisit(db);
    field::VisitLifecycle(db).setResult(visitId,
                                        field::VisitLifecycle(db).current(visitId).answers[0].itemId,
                                        Result::Deviation);
    field::VisitLifecycle(db).finish(visitId);
    desktop::MainWindow window(db);
    activate(&window);
    desktop::FacilitiesPage *facilities = window.facilitiesPage();
    facilities->searchField()->setText(
        storage::FacilityStore(db).find(QStringLiteral("F-0001"))->name);
    QTest::keyClick(facilities->searchField(), Qt::Key_Return);
    REQUIRE(facilities->currentFacilityId() == u"F-0001");
    QTableWidget *history = facilities->history();
    REQUIRE(history->rowCount() == 1);
    CHECK(history->item(0, 2)->text() == u"1");
    CHECK(history->item(0, 3)->text() == u"Anna Berg");

    QDialog *shortcuts = desktop::HelpDialogs::shortcuts(&window);
    auto *table = shortcuts->findChild<QTableWidget *>(QStringLiteral("shortcutTable"));
    REQUIRE(table);
    QStringList keys;
    for (int r = 0; r < table->rowCount(); ++r)
        keys << table->item(r, 1)->text();
    for (const QString &k : {QStringLiteral("Ctrl+F"), QStringLiteral("Ctrl+N"),
                             QStringLiteral("F5"), QStringLiteral("1"), QStringLiteral("4"),
                             QStringLiteral("Ctrl+Shift+Return"), QStringLiteral("Ctrl+Z")})
        CHECK(keys.contains(k));
    delete shortcuts;
    const QString handbook = desktop::HelpDialogs::handbookMarkdown(QStringLiteral("en"));
    CHECK(handbook.startsWith(u"## As an inspector"));
    CHECK(handbook.contains(u"## As an office"));
    CHECK_FALSE(handbook.contains(u"## File formats"));
}

TEST_CASE("Selecting the first item of a section shows the section's header too")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("field.db")));
    content::ShippedContent::install(db, true);
    const QString visitId = startVisit(db);
    desktop::VisitRunnerPage runner(db, visitId);
    runner.resize(1000, 500);
    activate(&runner);
    const auto &answers = runner.session()->visit().answers;
    // Far down first, then back up to the first item of the first section.
    runner.selectItem(answers.back().itemId);
    runner.selectItem(answers.front().itemId);
    QApplication::processEvents();
    const QModelIndex item = runner.itemView()->currentIndex();
    REQUIRE(item.parent().isValid());
    CHECK(runner.itemView()->visualRect(item.parent()).isValid());
    CHECK(runner.itemView()->viewport()->rect().contains(
        runner.itemView()->visualRect(item.parent())));
}

} // namespace tillsyn_unity_laptop_test
