// Issue 18 in the GUI: the activity clock and time per activity, the case number with "from last
// visit" (F4), the signature pad and dialog (signed and declined), and the office's fee schedule
// and invoice basis with sums per case and facility.
#include "content/shippedcontent.h"
#include "dialogs/newvisitdialog.h"
#include "dialogs/signaturedialog.h"
#include "fees/invoicebasis.h"
#include "merge/mergerun.h"
#include "office/feespanel.h"
#include "storage/sqliteofficerepository.h"
#include "storage/database.h"
#include "storage/visitstore.h"
#include "sync/foldershare.h"
#include "util/translations.h"
#include "visit/visitsession.h"
#include "visitfile/visitfilewriter.h"
#include "widgets/activitytimewidget.h"
#include "widgets/casenumberedit.h"
#include "widgets/signaturepad.h"
#include "widgets/visitheader.h"

#include "support/catchqt.h"
#include "support/swedishsession.h"
#include "support/tempdir.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_case_test {

using namespace tillsyn;
using namespace tillsyn::domain;

namespace {

struct Field
{
    test::TempDir dir;
    storage::Database db{dir.file(QStringLiteral("field.db"))};
    Field() { content::ShippedContent::install(db, true); }

    QString start(const QString &caseNumber = {})
    {
        field::StartRequest r;
        r.facilityId = content::ShippedContent::demoFacilities().front().id;
        r.checklistId = content::ShippedContent::checklists().front().id;
        r.inspectors = {{QStringLiteral("eva"), QStringLiteral("Eva Ek")}};
        r.caseNumber = caseNumber;
        return field::VisitLifecycle(db).start(r);
    }
};

} // namespace

TEST_CASE("Time per activity: corrected by hand, the running clock counts into the chosen one")
{
    Field fx;
    desktop::VisitSession session(fx.db, fx.start());
    desktop::VisitHeader header(&session);
    desktop::ActivityTimeWidget *time = header.activityTime();
    CHECK(time->clockActivity() == Activity::Inspection);

    time->minutesBox(Activity::Preparation)->setValue(20);
    time->minutesBox(Activity::Travel)->setValue(30);
    time->chargeableBox(Activity::Travel)->setChecked(false);
    time->minutesBox(Activity::Reporting)->setValue(15);
    time->tick();
    time->tick();
    time->setClockActivity(Activity::Sampling);
    time->tick();

    const Visit v = *storage::VisitStore(fx.db).load(session.visit().visitId);
    CHECK(v.caseInfo.timeEntries ==
          std::vector<TimeEntry>{{Activity::Preparation, 20, true},
                                 {Activity::Travel, 30, false},
                                 {Activity::Inspection, 2, true},
                                 {Activity::Sampling, 1, true},
                                 {Activity::Reporting, 15, true}});
    CHECK(v.minutesSpent == 68);
    CHECK(header.minutesBox()->value() == 68);
    CHECK(header.minutesBox()->isReadOnly());
}

TEST_CASE("The case number is typed, or taken from the facility's last visit with F4")
{
    Field fx;
    const QString first = fx.start(QStringLiteral("MBN 2025-000123"));
    const QString second = fx.start();
    desktop::VisitSession session(fx.db, second);
    desktop::VisitHeader header(&session);
    header.show();
    QApplication::setActiveWindow(&header);
    REQUIRE(QTest::qWaitForWindowActive(&header));
    QTest::keyClick(header.caseNumberEdit()->lineEdit(), Qt::Key_F4);
    CHECK(header.caseNumberEdit()->text() == QStringLiteral("MBN 2025-000123"));
    CHECK(storage::VisitStore(fx.db).load(second)->caseInfo.caseNumber ==
          QStringLiteral("MBN 2025-000123"));
    CHECK(storage::VisitStore(fx.db).load(first)->caseInfo.caseNumber ==
          QStringLiteral("MBN 2025-000123"));

    // The new-visit dialog offers the same.
    desktop::NewVisitDialog dialog(fx.db, content::ShippedContent::demoFacilities().front().id);
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("caseNumber"));
    REQUIRE(edit);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(edit, Qt::Key_F4);
    CHECK(dialog.request().caseNumber == QStringLiteral("MBN 2025-000123"));
    dialog.close();

    QApplication::setActiveWindow(&header);
    REQUIRE(QTest::qWaitForWindowActive(&header));
    // A number being typed survives the clock's reload of the visit each minute, and is
    // stored when the field is left.
    QLineEdit *line = header.caseNumberEdit()->lineEdit();
    line->setFocus();
    line->clear();
    QTest::keyClicks(line, QStringLiteral("MBN 2026-00"));
    header.activityTime()->tick();
    CHECK(line->text() == QStringLiteral("MBN 2026-00"));
    QTest::keyClicks(line, QStringLiteral("9"));
    header.setFocus();
    CHECK(storage::VisitStore(fx.db).load(second)->caseInfo.caseNumber ==
          QStringLiteral("MBN 2026-009"));
}

TEST_CASE("The signature pad records a drawn signature, or that the operator declined")
{
    Field fx;
    desktop::VisitSession session(fx.db, fx.start());
    {
        desktop::SignatureDialog dialog(&session);
        dialog.nameEdit()->setText(QStringLiteral("Åsa Ägare"));
        dialog.pad()->resize(400, 150);
        dialog.pad()->addStroke({{20, 100}, {60, 40}, {100, 110}, {160, 30}});
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    const Visit signedVisit = *storage::VisitStore(fx.db).load(session.visit().visitId);
    REQUIRE(signedVisit.caseInfo.signature);
    CHECK_FALSE(signedVisit.caseInfo.signature->declined);
    const QImage drawn = QImage::fromData(signedVisit.caseInfo.signature->data, "png");
    REQUIRE_FALSE(drawn.isNull());
    CHECK(drawn.width() >= 140);

    {
        desktop::SignatureDialog dialog(&session);
        CHECK(dialog.nameEdit()->text() == QStringLiteral("Åsa Ägare"));
        dialog.declinedBox()->setChecked(true);
        dialog.accept();
    }
    const Visit declined = *storage::VisitStore(fx.db).load(session.visit().visitId);
    REQUIRE(declined.caseInfo.signature);
    CHECK(declined.caseInfo.signature->declined);
    CHECK(declined.caseInfo.signature->data.isEmpty());
}

TEST_CASE("The office's fee schedule and invoice basis with sums per case and facility")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("office.db")));
    db.setRole(storage::Database::Role::Office);
    sync::FolderShare share(dir.file(QStringLiteral("share")));
    storage::SqliteOfficeRepository office(db);
    merge::MergeRun run(office, share);

    Field laptop;
    const QString id = laptop.start(QStringLiteral("MBN 2026-000417"));
    field::VisitLifecycle visits(laptop.db);
    visits.setTime(id, Activity::Preparation, 15);
    visits.setTime(id, Activity::Travel, 40, false);
    visits.setTime(id, Activity::Inspection, 60);
    visits.setTime(id, Activity::Reporting, 20);
    visits.finish(id);
    const Visit v = *storage::VisitStore(laptop.db).load(id, 1, true);
    const QByteArray bytes = visitfile::VisitFileWriter::write(v);
    REQUIRE(run.mergeBytes(visitfile::VisitFileWriter::fileName(v, bytes), bytes).outcome ==
            merge::Outcome::Imported);

    desktop::FeesPanel panel(office);
    panel.reload();
    const QDate day = fees::InvoiceBasis::visitDate(v);
    panel.periodFrom()->setDate(day);
    panel.periodTo()->setDate(day);
    // No rate yet: the visit is named.
    CHECK_FALSE(panel.showBasis());
    CHECK(panel.problemLabel()->text().contains(id));

    panel.rateFrom()->setDate(QDate(2020, 1, 1));
    panel.rateEdit()->setText(QStringLiteral("1400"));
    panel.roundingBox()->setCurrentIndex(0); // per started half hour
    REQUIRE(panel.addRate());
    CHECK(panel.scheduleTable()->rowCount() == 1);
    CHECK(office.feeSchedule().front().orePerHour == 140000);
    panel.rateEdit()->setText(QStringLiteral("fjorton hundra"));
    CHECK_FALSE(panel.addRate());

    REQUIRE(panel.showBasis());
    REQUIRE(panel.basisTable()->rowCount() == 1);
    const QLocale locale;
    CHECK(panel.basisTable()->item(0, 1)->text() == QStringLiteral("MBN 2026-000417"));
    CHECK(panel.basisTable()->item(0, 4)->text() == QStringLiteral("95"));
    CHECK(panel.basisTable()->item(0, 5)->text() == locale.toString(2.0, 'f', 2));
    CHECK(panel.basisTable()->item(0, 7)->text() == locale.toString(2800.0, 'f', 2));
    REQUIRE(panel.caseSums()->rowCount() == 1);
    CHECK(panel.caseSums()->item(0, 0)->text() == QStringLiteral("MBN 2026-000417"));
    CHECK(panel.caseSums()->item(0, 3)->text() == locale.toString(2800.0, 'f', 2));
    REQUIRE(panel.facilitySums()->rowCount() == 1);
    CHECK(panel.facilitySums()->item(0, 0)->text() == v.facility.name);
}

TEST_CASE("In Swedish every column of the fee tables is as wide as its header")
{
    test::SwedishSession inSwedish;
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("office.db")));
    db.setRole(storage::Database::Role::Office);
    storage::SqliteOfficeRepository office(db);
    desktop::FeesPanel panel(office);
    // The Office tab's room in the main window on a 1366×768 screen.
    panel.resize(1180, 600);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    const auto tables = panel.findChildren<QTableWidget *>();
    REQUIRE(tables.size() >= 2);
    bool swedish = false;
    for (QTableWidget *t : tables) {
        QHeaderView *header = t->horizontalHeader();
        for (int c = 0; c < header->count(); ++c) {
            const QString text = t->horizontalHeaderItem(c)->text();
            swedish = swedish || text == u"Debiterbara min";
            INFO(text.toStdString());
            // The header's own hint: the text with the style's margins.
            CHECK(header->sectionSize(c) >= header->sectionSizeHint(c));
            CHECK(header->sectionSizeHint(c) > header->fontMetrics().horizontalAdvance(text));
        }
    }
    CHECK(swedish);
}

} // namespace tillsyn_unity_case_test
