#include "content/shippedcontent.h"
#include "dialogs/reportpreviewdialog.h"
#include "field/visitlifecycle.h"
#include "storage/database.h"
#include "support/catchqt.h"
#include "support/tempdir.h"
#include "util/error.h"

#include <QProcess>

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
