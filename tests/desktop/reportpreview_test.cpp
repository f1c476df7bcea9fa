#include "content/shippedcontent.h"
#include "dialogs/reportpreviewdialog.h"
#include "field/visitlifecycle.h"
#include "storage/database.h"
#include "storage/facilitystore.h"
#include "support/catchqt.h"
#include "support/tempdir.h"
#include "util/error.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_reportpreview_test {

using namespace tillsyn;

TEST_CASE("The report preview shows rendered pages and saves the PDF it shows")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("field.db")));
    content::ShippedContent::install(db, true);
    field::VisitLifecycle visits(db);
    field::StartRequest request;
    request.facilityId = QStringLiteral("F-0001");
    request.checklistId = QStringLiteral("livsmedel-restaurang");
    request.inspectors = {{QStringLiteral("anna"), QStringLiteral("Anna Berg")}};
    const QString visitId = visits.start(request);
    const auto visit = visits.current(visitId);
    visits.setAnswer(visitId, visit.answers[0].itemId, domain::Result::Deviation,
                     QStringLiteral("Registreringen saknas"));

    // A draft has no report yet.
    CHECK_THROWS_AS(desktop::ReportPreviewDialog(db, visitId, 0), Error);

    visits.finish(visitId);
    desktop::ReportPreviewDialog dialog(db, visitId, 0);
    CHECK(dialog.pageCount() >= 1);
    const QString pdf = dir.file(QStringLiteral("report.pdf"));
    REQUIRE(dialog.saveTo(pdf));

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    CHECK(text.contains(visit.facility.name));
    CHECK(text.contains(QStringLiteral("Registreringen saknas")));
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(dialog.pageCount())));
}

TEST_CASE("The Save dialog suggests a file in Documents whatever the facility is called")
{
    // Issue 13: a facility name from reference data that climbs out of the folder, with a
    // newline and a right-to-left override.
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("field.db")));
    content::ShippedContent::install(db, true);
    domain::Facility hostile;
    hostile.id = QStringLiteral("F-EVIL");
    hostile.name = QString::fromUtf16(u"x/../../.config/autostart/evil\n\u202Efdp.desktop");
    storage::FacilityStore(db).upsert({hostile});
    field::VisitLifecycle visits(db);
    field::StartRequest request;
    request.facilityId = hostile.id;
    request.checklistId = QStringLiteral("livsmedel-restaurang");
    request.inspectors = {{QStringLiteral("anna"), QStringLiteral("Anna Berg")}};
    const QString visitId = visits.start(request);
    visits.finish(visitId);
    const desktop::ReportPreviewDialog dialog(db, visitId, 0);

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = dialog.suggestedPath();
    INFO(suggested.toStdString());
    CHECK(QFileInfo(suggested).path() == documents);
    const QString name = QFileInfo(suggested).fileName();
    CHECK(name.startsWith(QStringLiteral("report-x_.._.._.config_autostart_evil_")));
    CHECK(name.endsWith(QStringLiteral(".pdf")));
    CHECK_FALSE(name.contains(u'\n'));
    CHECK_FALSE(name.contains(QChar(0x202E)));
}

} // namespace tillsyn_unity_reportpreview_test
