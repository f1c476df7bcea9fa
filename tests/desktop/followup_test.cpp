// Follow-up in the GUI (issue 17): the runner's "Earlier deviations" marked with the keyboard, a
// deviation's deadline with a quick choice, and the office's follow-up page.
#include "content/shippedcontent.h"
#include "field/visitlifecycle.h"
#include "merge/mergerun.h"
#include "models/earlierdeviationsmodel.h"
#include "office/followuppanel.h"
#include "pages/visitrunnerpage.h"
#include "storage/sqliteofficerepository.h"
#include "storage/database.h"
#include "support/catchqt.h"
#include "support/tempdir.h"
#include "sync/foldershare.h"
#include "visit/earlierdeviationspanel.h"
#include "visit/visitsession.h"
#include "visitfile/visitfilewriter.h"
#include "widgets/deadlineedit.h"
#include "widgets/itempanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_followup_test {

using namespace tillsyn;
using namespace tillsyn::domain;

namespace {

field::StartRequest request(const QString &facility, const QString &checklist)
{
    field::StartRequest r;
    r.facilityId = facility;
    r.checklistId = checklist;
    r.inspectors = {{QStringLiteral("eva"), QStringLiteral("Eva Ek")}};
    return r;
}

} // namespace

TEST_CASE("The runner shows earlier deviations first and marks them with the keyboard",
          "[desktop][followup]")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("field.db")));
    content::ShippedContent::install(db, true);
    const QString facility = content::ShippedContent::demoFacilities().front().id;
    const Checklist checklist = content::ShippedContent::checklists().front();
    const QString item1 = checklist.sections.front().items.at(0).id;
    const QString item2 = checklist.sections.front().items.at(1).id;
    field::VisitLifecycle visits(db);
    const QString first = visits.start(request(facility, checklist.id));
    visits.setAnswer(first, item1, Result::Deviation, QStringLiteral("Smuts"));
    visits.setDeadline(first, item1, QDate(2020, 1, 1));
    visits.setAnswer(first, item2, Result::Deviation, QStringLiteral("Varmt"));
    visits.finish(first);
    const QString second = visits.start(request(facility, checklist.id));

    desktop::VisitRunnerPage page(db, second);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
    desktop::EarlierDeviationsPanel *earlier = page.earlierDeviations();
    REQUIRE(earlier->isVisible());
    REQUIRE(earlier->model()->rowCount() == 2);
    // The overdue deadline is marked.
    CHECK(earlier->model()
              ->index(0, desktop::EarlierDeviationsModel::DeadlineColumn)
              .data()
              .toString()
              .contains(QStringLiteral("overdue")));
    // The earlier deviations have the focus first; 1 marks corrected and moves on, 2 remains.
    page.setFocus();
    REQUIRE(earlier->view()->hasFocus());
    QTest::keyClick(earlier->view(), Qt::Key_1);
    QTest::keyClick(earlier->view(), Qt::Key_2);
    // Tab to the comment of the one in focus; Enter saves it.
    QTest::keyClick(earlier->view(), Qt::Key_Tab);
    REQUIRE(earlier->commentEdit()->hasFocus());
    QTest::keyClicks(earlier->commentEdit(), QStringLiteral("Fortfarande 12 grader"));
    QTest::keyClick(earlier->commentEdit(), Qt::Key_Return);
    const Visit v = visits.current(second);
    REQUIRE(v.followUps.size() == 2);
    CHECK(v.followUp(first, item1)->status == FollowUpStatus::Corrected);
    CHECK(v.followUp(first, item2)->status == FollowUpStatus::Remains);
    CHECK(v.followUp(first, item2)->comment == u"Fortfarande 12 grader");

    // A deviation's deadline: shown only for a deviation, set with a quick choice.
    page.selectItem(item1);
    desktop::DeadlineEdit *deadline = page.itemPanel()->deadlineEdit();
    page.itemPanel()->setResult(Result::Ok);
    CHECK_FALSE(deadline->isVisible());
    page.itemPanel()->setResult(Result::Deviation);
    REQUIRE(deadline->isVisible());
    deadline->findChild<QToolButton *>(QStringLiteral("deadline2w"))->click();
    const QDate start = v.startedAt.toLocalTime().date();
    CHECK(visits.current(second).answer(item1)->deadline == start.addDays(14));
    CHECK(deadline->dateEdit()->date() == start.addDays(14));
    page.itemPanel()->setResult(Result::Ok);
    CHECK_FALSE(visits.current(second).answer(item1)->deadline);
}

TEST_CASE("The office's follow-up page lists, filters, closes by hand and exports",
          "[desktop][followup]")
{
    test::TempDir dir;
    storage::Database field(dir.file(QStringLiteral("field.db")));
    content::ShippedContent::install(field, true);
    const QString facility = content::ShippedContent::demoFacilities().front().id;
    const Checklist checklist = content::ShippedContent::checklists().front();
    const QString item1 = checklist.sections.front().items.at(0).id;
    const QString item2 = checklist.sections.front().items.at(1).id;
    field::VisitLifecycle visits(field);
    const QString first = visits.start(request(facility, checklist.id));
    visits.setAnswer(first, item1, Result::Deviation, QStringLiteral("Smuts"));
    visits.setDeadline(first, item1, QDate(2020, 1, 1));
    visits.setAnswer(first, item2, Result::Deviation, QStringLiteral("Varmt"));
    visits.finish(first);
    const QString share = dir.file(QStringLiteral("share"));
    QDir().mkpath(share + QStringLiteral("/inbox"));
    const Visit v = visits.current(first);
    const QByteArray bytes = visitfile::VisitFileWriter::write(v);
    QFile f(share + QStringLiteral("/inbox/") + visitfile::VisitFileWriter::fileName(v, bytes));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();

    storage::Database office(dir.file(QStringLiteral("office.db")));
    office.setRole(storage::Database::Role::Office);
    sync::FolderShare folder(share);
    storage::SqliteOfficeRepository repository(office);
    merge::MergeRun(repository, folder).run();

    desktop::FollowUpPanel panel(repository);
    panel.reload();
    REQUIRE(panel.table()->rowCount() == 2);
    // Overdue first.
    CHECK(panel.shown()[0].deviation.itemId == item1);
    panel.overdueOnly()->setChecked(true);
    CHECK(panel.table()->rowCount() == 1);
    panel.overdueOnly()->setChecked(false);
    panel.filterField()->setText(QStringLiteral("varmt"));
    REQUIRE(panel.table()->rowCount() == 1);
    panel.table()->setCurrentCell(0, 0);
    panel.closeSelected(QStringLiteral("Foto på ny termometer"));
    CHECK(panel.table()->rowCount() == 0); // open only
    panel.openOnly()->setChecked(false);
    REQUIRE(panel.table()->rowCount() == 1);
    CHECK(panel.table()->item(0, 5)->text().contains(QStringLiteral("Foto på ny termometer")));
    panel.filterField()->clear();
    const QString csv = dir.file(QStringLiteral("follow-up.csv"));
    panel.exportCsv(csv);
    QFile out(csv);
    REQUIRE(out.open(QIODevice::ReadOnly));
    const QByteArray text = out.readAll();
    CHECK(text.startsWith("\xEF\xBB\xBF"));
    CHECK(text.count('\n') == 3); // the header and two deviations
}

} // namespace tillsyn_unity_followup_test
