// The report's case number, time per activity, operator's comment and signature, read back from
// the PDF with poppler; and the PDF/A-1b archive form: identification and Tillsyn's metadata in
// the XMP (pdfinfo -meta), every font embedded (pdffonts), a sound file (qpdf --check).
#include "reportfixture.h"

#include "report/casesection.h"
#include "report/controlreport.h"
#include "report/pdfametadata.h"

#include "support/catchqt.h"
#include "support/tempdir.h"
#include "support/testimages.h"

#include <QBuffer>
#include <QImage>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_casereport_test {

using namespace tillsyn;
using namespace tillsyn::domain;
using test::ReportFixture;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    INFO((program + u' ' + args.join(u' ')).toStdString());
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput() +
                                                  process.readAllStandardError())};
}

// Swedish number formats for the test's duration (the report's hours follow the locale).
struct SwedishNumbers
{
    QLocale before;
    SwedishNumbers() { QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden)); }
    ~SwedishNumbers() { QLocale::setDefault(before); }
};

QString signedVisit(ReportFixture &fx, bool declined)
{
    const QString id = fx.start();
    fx.answerAll(id, 1, [](int) { return QStringLiteral("Smuts vid golvbrunnen."); });
    fx.visits.setCaseNumber(id, QStringLiteral("MBN 2026-000417"));
    fx.visits.setTime(id, Activity::Preparation, 20);
    fx.visits.setTime(id, Activity::Travel, 30, false);
    fx.visits.setTime(id, Activity::Inspection, 60);
    fx.visits.setTime(id, Activity::Reporting, 15);
    fx.clock = fx.clock.addSecs(5400);
    fx.visits.sign(id, QStringLiteral("Åsa Ägare"), QStringLiteral("Verksamhetschef"),
                   declined ? QByteArray() : test::pngWithAlpha(200, 60), declined,
                   QStringLiteral("Vi byter golvbrunnen i veckan."));
    fx.visits.finish(id);
    return id;
}

} // namespace

TEST_CASE("report: case number, time per activity, the operator's comment and signature",
          "[report][case]")
{
    const SwedishNumbers swedish;
    ReportFixture fx;
    const QString id = signedVisit(fx, false);
    const test::PdfReadBack r = test::readBack(fx.pdf(id));
    INFO(r.text.toStdString());
    // Labels and values are table cells: pdftotext may give a column at a time.
    CHECK(r.text.contains(QStringLiteral("Case number (Dnr)")));
    CHECK(r.text.contains(QStringLiteral("MBN 2026-000417")));
    CHECK(r.text.contains(QStringLiteral("Time per activity")));
    CHECK(r.text.contains(QStringLiteral("Chargeable time")));
    CHECK(r.text.contains(QStringLiteral("Preparation 20 min · Travel 30 min (not chargeable) · "
                                         "Inspection 60 min · Report writing 15 min")));
    // 95 chargeable minutes of 125, in hours with a decimal comma.
    CHECK(r.text.contains(QStringLiteral("1,58 h (95 minutes; in all 125 minutes)")));
    CHECK(r.text.contains(QStringLiteral("The operator's comment: Vi byter golvbrunnen i veckan.")));
    CHECK(r.text.contains(QStringLiteral("Signed by Åsa Ägare, Verksamhetschef")));
    CHECK_FALSE(r.text.contains(QStringLiteral("declined")));
    CHECK(r.images == 2); // the logo and the signature
}

TEST_CASE("report: an operator who declined to sign", "[report][case]")
{
    ReportFixture fx;
    const QString id = signedVisit(fx, true);
    const test::PdfReadBack r = test::readBack(fx.pdf(id));
    INFO(r.text.toStdString());
    CHECK(r.text.contains(QStringLiteral("The operator declined to sign.")));
    CHECK(r.text.contains(QStringLiteral("Åsa Ägare, Verksamhetschef")));
    CHECK_FALSE(r.text.contains(QStringLiteral("Signed by")));
    CHECK(r.images == 1); // the logo only
}

TEST_CASE("report: a PDF/A-1b with embedded fonts and the visit in its XMP", "[report][case]")
{
    ReportFixture fx;
    const QString id = signedVisit(fx, false);
    test::TempDir dir;
    const QString file = dir.write(QStringLiteral("report.pdf"), fx.pdf(id));

    const Run meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), file});
    INFO(meta.out.toStdString());
    REQUIRE(meta.exitCode == 0);
    CHECK(meta.out.contains(QStringLiteral("pdfaid:part=\"1\"")));
    CHECK(meta.out.contains(QStringLiteral("pdfaid:conformance=\"B\"")));
    CHECK(meta.out.contains(QStringLiteral("<tillsyn:caseNumber>MBN 2026-000417</tillsyn:caseNumber>")));
    CHECK(meta.out.contains(QStringLiteral("<tillsyn:facility>Bistro Émile</tillsyn:facility>")));
    CHECK(meta.out.contains(QStringLiteral("<tillsyn:checklistVersion>1</tillsyn:checklistVersion>")));
    CHECK(meta.out.contains(QStringLiteral("<pdfaSchema:prefix>tillsyn</pdfaSchema:prefix>")));
    const QString title = report::ControlReport(fx.db, id).footer(ReportFixture::kProducedAt);
    CHECK(meta.out.contains(title.toHtmlEscaped()));

    // The document information and the XMP agree on the creation date (PDF/A-1 6.7.3).
    const Run info = run(QStringLiteral("pdfinfo"), {QStringLiteral("-isodates"), file});
    const auto created =
        QRegularExpression(QStringLiteral("CreationDate:\\s+(\\S+)")).match(info.out);
    REQUIRE(created.hasMatch());
    const auto xmpDate =
        QRegularExpression(QStringLiteral("xmp:CreateDate=\"([^\"]+)\"")).match(meta.out);
    REQUIRE(xmpDate.hasMatch());
    CHECK(QDateTime::fromString(created.captured(1), Qt::ISODate) ==
          QDateTime::fromString(xmpDate.captured(1), Qt::ISODate));

    const Run fonts = run(QStringLiteral("pdffonts"), {file});
    INFO(fonts.out.toStdString());
    REQUIRE(fonts.exitCode == 0);
    const QStringList lines = fonts.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 2); // a header of two lines, then one line per font
    for (const QString &line : lines.mid(2)) {
        // name, type, encoding, emb, sub, uni, object, ID: counted from the end, since a type
        // ("CID TrueType") has spaces in it.
        const QStringList cols = line.split(u' ', Qt::SkipEmptyParts);
        REQUIRE(cols.size() >= 7);
        CHECK(cols.at(cols.size() - 5) == QStringLiteral("yes"));
    }

    const Run check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), file});
    INFO(check.out.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("No syntax or stream encoding errors")));
}

TEST_CASE("report: the XMP dates follow the document's creation date", "[report][case]")
{
    // Qt stamps /CreationDate when writing starts; alignDates makes the XMP say the same.
    report::PdfaMetadata meta;
    const QString written = QStringLiteral("2026-12-02T06:00:00Z");
    QByteArray pdf = "%PDF-1.4\n1 0 obj\n<<\n/Title (x)\n/CreationDate (D:20261202060001Z)\n>>\n";
    pdf += meta.xmp(written, QStringLiteral("Qt"));
    const qsizetype size = pdf.size();
    report::PdfaMetadata::alignDates(pdf, written);
    CHECK(pdf.size() == size);
    CHECK_FALSE(pdf.contains(written.toLatin1()));
    CHECK(pdf.contains("xmp:CreateDate=\"2026-12-02T06:00:01Z\""));
    CHECK(pdf.contains("xmp:ModifyDate=\"2026-12-02T06:00:01Z\""));

    QByteArray local = "/CreationDate (D:20261202070001+01'00')\n";
    local += meta.xmp(QStringLiteral("2026-12-02T07:00:00+01:00"), QStringLiteral("Qt"));
    report::PdfaMetadata::alignDates(local, QStringLiteral("2026-12-02T07:00:00+01:00"));
    CHECK(local.contains("xmp:CreateDate=\"2026-12-02T07:00:01+01:00\""));
}

TEST_CASE("A huge signature image is decoded no larger than the report shows it", "[report][case]")
{
    // 8000 × 3000 white pixels compress to a few kilobytes, and would decode to ~96 MB.
    QImage huge(8000, 3000, QImage::Format_RGB32);
    huge.fill(Qt::white);
    QByteArray png;
    QBuffer buffer(&png);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(huge.save(&buffer, "png"));
    REQUIRE(png.size() < 1024 * 1024);
    Visit v;
    v.caseInfo.signature = OperatorSignature{};
    v.caseInfo.signature->data = png;
    const QImage shown = report::CaseSection::signatureImage(v);
    REQUIRE_FALSE(shown.isNull());
    CHECK(shown.width() == 1600);
    CHECK(shown.height() == 600);
}

} // namespace tillsyn_unity_casereport_test
