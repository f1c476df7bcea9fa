#include "content/shippedcontent.h"
#include "dialogs/signaturedialog.h"
#include "field/currentinspector.h"
#include "mainwindow.h"
#include "pages/facilitiespage.h"
#include "pages/visitrunnerpage.h"
#include "storage/database.h"
#include "storage/visitstore.h"
#include "support/catchqt.h"
#include "support/tempdir.h"
#include "visit/visitsession.h"
#include "widgets/itempanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_visitrunner_test {

using namespace tillsyn;
using domain::Result;

namespace {

// Presses a key in whatever modal dialog opens next (dialogs run their own event loop).
void answerNextDialog(Qt::Key key)
{
    QTimer::singleShot(0, [key] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        QTest::keyClick(dialog, key);
    });
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

// The offscreen platform does not hand activation back to the main window when a dialog closes,
// as a window manager would.
void reactivate(QWidget *window)
{
    QApplication::setActiveWindow(window);
    REQUIRE(QTest::qWaitForWindowActive(window));
}

} // namespace

TEST_CASE("A whole visit is run with the keyboard, from facility to finished revision")
{
    field::CurrentInspector::set(field::CurrentInspector::fromName(QStringLiteral("Anna Berg")));
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("field.db")));
    content::ShippedContent::install(db, true);
    desktop::MainWindow window(db);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));

    // Find the facility and move into the results.
    desktop::FacilitiesPage *facilities = window.facilitiesPage();
    facilities->searchField()->setFocus();
    QTest::keyClicks(focused(), QStringLiteral("Bella Vista"));
    QTest::keyClick(focused(), Qt::Key_Return);
    REQUIRE_FALSE(facilities->currentFacilityId().isEmpty());

    // Ctrl+N, and Enter accepts the suggested checklist.
    answerNextDialog(Qt::Key_Return);
    QTest::keyClick(focused(), Qt::Key_N, Qt::ControlModifier);
    reactivate(&window);
    desktop::VisitRunnerPage *runner = window.runnerPage();
    REQUIRE(runner);
    const QString visitId = runner->session()->visit().visitId;
    const auto &answers = runner->session()->visit().answers;
    const int items = int(answers.size());
    REQUIRE(items > 10);
    CHECK(runner->session()->visit().checklist.id == u"livsmedel-restaurang");
    CHECK(focused() == runner->itemView());

    // 1 answers "no deviation", Enter moves on; the third item is a deviation with a comment.
    for (int i = 0; i < items; ++i) {
        REQUIRE(runner->currentItemId() == answers[size_t(i)].itemId);
        if (i == 2) {
            QTest::keyClick(focused(), Qt::Key_2);
            QTest::keyClick(focused(), Qt::Key_Tab);
            REQUIRE(focused() == runner->itemPanel()->commentEdit());
            QTest::keyClicks(focused(), QStringLiteral("Smutsigt golv under diskb"));
            QTest::sendKeyEvent(QTest::Click, focused(), Qt::Key_unknown, QStringLiteral("ä"),
                                Qt::NoModifier);
            QTest::keyClicks(focused(), QStringLiteral("nken"));
            QTest::keyClick(focused(), Qt::Key_Escape);
            REQUIRE(focused() == runner->itemView());
        } else {
            QTest::keyClick(focused(), Qt::Key_1);
        }
        QTest::keyClick(focused(), Qt::Key_Return);
    }

    // Undo and redo of the last answer reach the database.
    storage::VisitStore store(db);
    const QString last = answers.back().itemId;
    CHECK(store.load(visitId)->answer(last)->result == Result::Ok);
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(store.load(visitId)->answer(last)->result.has_value());
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(store.load(visitId)->answer(last)->result == Result::Ok);

    // Ctrl+Shift+Enter opens the finish dialog (Enter accepts it), and then asks for the
    // operator's signature: here finished without one, what the operator said kept.
    QTimer::singleShot(0, [] {
        QWidget *finish = QApplication::activeModalWidget();
        REQUIRE(finish);
        REQUIRE_FALSE(qobject_cast<desktop::SignatureDialog *>(finish));
        // Runs in the signature dialog's event loop, once the finish dialog has returned.
        QTimer::singleShot(0, [] {
            QWidget *signature = QApplication::activeModalWidget();
            REQUIRE(qobject_cast<desktop::SignatureDialog *>(signature));
            auto *comment = signature->findChild<QPlainTextEdit *>(QStringLiteral("operatorComment"));
            REQUIRE(comment);
            comment->setPlainText(QStringLiteral("Ägaren vill inte skriva under"));
            auto *without =
                signature->findChild<QPushButton *>(QStringLiteral("finishWithoutSignature"));
            REQUIRE(without);
            without->click();
        });
        QTest::keyClick(finish, Qt::Key_Return);
    });
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    reactivate(&window);

    const auto finished = store.load(visitId);
    REQUIRE(finished);
    CHECK(finished->status == domain::VisitStatus::Finished);
    CHECK(finished->revision == 1);
    CHECK(finished->answeredCount() == items);
    CHECK(finished->deviationCount() == 1);
    CHECK(finished->answers[2].result == Result::Deviation);
    CHECK(finished->answers[2].comment == u"Smutsigt golv under diskbänken");
    CHECK(finished->caseInfo.operatorComment == u"Ägaren vill inte skriva under");
    CHECK_FALSE(finished->caseInfo.signature);
    // A finished revision takes no more answers from the keyboard.
    QTest::keyClick(runner->itemView(), Qt::Key_4);
    CHECK(store.load(visitId)->answers[2].result == Result::Deviation);
}

TEST_CASE("The runner filters unanswered items and commits a comment when typing pauses")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("field.db")));
    content::ShippedContent::install(db, true);
    field::StartRequest request;
    request.facilityId = QStringLiteral("F-0001");
    request.checklistId = QStringLiteral("livsmedel-restaurang");
    request.inspectors = {{QStringLiteral("anna"), QStringLiteral("Anna Berg")}};
    const QString visitId = field::VisitLifecycle(db).start(request);

    desktop::VisitRunnerPage runner(db, visitId);
    runner.show();
    QApplication::setActiveWindow(&runner);
    REQUIRE(QTest::qWaitForWindowActive(&runner));
    const QString first = runner.currentItemId();

    runner.itemPanel()->focusComment();
    QTest::keyClicks(focused(), QStringLiteral("Anteckning"));
    storage::VisitStore store(db);
    // Committed within a second of the last keystroke, without leaving the field.
    CHECK(QTest::qWaitFor(
        [&] { return store.load(visitId)->answer(first)->comment == u"Anteckning"; }, 1500));

    runner.itemView()->setFocus();
    QTest::keyClick(focused(), Qt::Key_3);
    auto *mode = runner.findChild<QComboBox *>(QStringLiteral("itemFilterMode"));
    REQUIRE(mode);
    mode->setCurrentIndex(1); // unanswered
    CHECK(runner.currentItemId() != first);
    CHECK(store.load(visitId)->answer(runner.currentItemId())->result == std::nullopt);
}

// Not a test: `desktop_tests "[.screenshots]"` writes PNGs of the main pages to
// $TILLSYN_SCREENSHOT_DIR for a person to look at.
TEST_CASE("Screenshots of the main window and the runner", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("TILLSYN_SCREENSHOT_DIR", QDir::tempPath());
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("field.db")));
    content::ShippedContent::install(db, true);
    field::StartRequest request;
    request.facilityId = QStringLiteral("F-0001");
    request.checklistId = QStringLiteral("livsmedel-restaurang");
    request.inspectors = {{QStringLiteral("anna"), QStringLiteral("Anna Berg")}};
    field::VisitLifecycle visits(db);
    const QString visitId = visits.start(request);
    const auto visit = visits.current(visitId);
    for (int i = 0; i < 6; ++i)
        visits.setResult(visitId, visit.answers[size_t(i)].itemId,
                         i == 3 ? Result::Deviation : Result::Ok);
    desktop::MainWindow window(db);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.facilitiesPage()->view()->selectRow(3);
    CHECK(window.grab().save(out + QStringLiteral("/tillsyn-facilities.png")));
    window.openVisit(visitId);
    window.runnerPage()->selectItem(visit.answers[3].itemId);
    QApplication::processEvents();
    CHECK(window.grab().save(out + QStringLiteral("/tillsyn-runner.png")));
}

} // namespace tillsyn_unity_visitrunner_test
