// The control report as a reader gets it: PDFs made from visits on a real database, read back
// with poppler's pdftotext, pdfinfo and pdfimages.
#include "reportfixture.h"

#include "report/controlreport.h"
#include "report/officeinfo.h"
#include "report/reportbuilder.h"
#include "report/reportdocument.h"
#include "report/reportrenderer.h"
#include "storage/facilitystore.h"
#include "util/error.h"
#include "util/sha256.h"

#include "support/catchqt.h"
#include "support/testimages.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QImage>
#include <QRegularExpression>
#include <QUrl>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_report_test {

using namespace tillsyn;
using domain::Result;
using domain::VisitKind;
using tillsyn::test::normalised;
using tillsyn::test::PdfReadBack;
using tillsyn::test::readBack;
using tillsyn::test::ReportFixture;

namespace {

const QString kFacilityName = QStringLiteral("Bistro Émile");
const QString kOrgNumber = QStringLiteral("556244-5097");
const QString kHostile = QStringLiteral("<img src=\"file:///etc/passwd\"> <b>x</b> &amp;");

QString shortComment(int i)
{
    return QStringLiteral("Brist nummer %1 sågs vid kontrollen.").arg(i + 1);
}

int occurrences(const QString &text, const QString &what)
{
    return int(text.count(what));
}

// What every report holds: the facility, its org. number and "Page k of N" on each of its
// N pages, N being what pdfinfo counts.
void checkEveryReport(const PdfReadBack &r)
{
    INFO(r.text.left(3000).toStdString());
    CHECK(r.text.contains(kFacilityName));
    CHECK(r.text.contains(kOrgNumber));
    CHECK(r.text.contains(QStringLiteral("Control report")));
    REQUIRE(r.pages >= 1);
    for (int page = 1; page <= r.pages; ++page)
        CHECK(r.text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(r.pages)));
    CHECK_FALSE(r.text.contains(QStringLiteral("Page %1 of").arg(r.pages + 1)));
}

// The report's document laid out and painted as the PDF is: how many resources it refused.
int refusedLoads(storage::Database &db, const QString &visitId)
{
    const report::ControlReport report(db, visitId);
    const auto doc = report.document(ReportFixture::kProducedAt);
    report::ReportRenderer renderer(*doc, report.footer(ReportFixture::kProducedAt));
    REQUIRE(renderer.pdf().startsWith("%PDF-"));
    return doc->refusedLoads();
}

// Records every resource the document asks for (and still refuses what ReportDocument refuses).
class SpyDocument : public report::ReportDocument
{
public:
    QStringList requested;
    int served = 0;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        requested.append(name.toString());
        const QVariant v = ReportDocument::loadResource(type, name);
        served += v.isValid();
        return v;
    }
};

} // namespace

TEST_CASE("report: a visit without deviations says so plainly", "[report]")
{
    ReportFixture fx;
    const QString id = fx.start();
    fx.answerAll(id, 0, shortComment);
    fx.visits.finish(id);

    const PdfReadBack r = readBack(fx.pdf(id));
    checkEveryReport(r);
    INFO(r.text.toStdString());
    CHECK(r.text.contains(QStringLiteral("No deviations were found")));
    CHECK(r.text.contains(QStringLiteral("0 deviations were found")));
    CHECK_FALSE(r.text.contains(QStringLiteral("must be corrected")));
    CHECK_FALSE(r.text.contains(QStringLiteral("Revised report")));
    CHECK(r.pages >= 1);
    CHECK(r.pages <= 3);
    CHECK(r.images == 1); // the office logo
    CHECK(refusedLoads(fx.db, id) == 0);
}

TEST_CASE("report: one deviation is shown with its legal reference and comment", "[report]")
{
    ReportFixture fx;
    const QString id = fx.start();
    fx.answerAll(id, 0, shortComment);
    fx.visits.setAnswer(id, fx.items.at(5), Result::Deviation,
                        QStringLiteral("Kylen i köket höll 11 °C."));
    fx.visits.finish(id);

    const PdfReadBack r = readBack(fx.pdf(id));
    checkEveryReport(r);
    INFO(r.text.toStdString());
    CHECK(r.text.contains(QStringLiteral("1 deviations were found")));
    CHECK_FALSE(r.text.contains(QStringLiteral("No deviations were found")));
    CHECK(r.text.contains(QStringLiteral("Legal reference: ") +
                          normalised(fx.item(5).legalReference)));
    CHECK(r.text.contains(QStringLiteral("Kylen i köket höll 11 °C.")));
    CHECK(r.pages <= 3);
    CHECK(r.images == 1);
    CHECK(refusedLoads(fx.db, id) == 0);
}

TEST_CASE("report: many deviations, each with its legal reference and comment", "[report]")
{
    ReportFixture fx;
    const QString id = fx.start();
    const int deviations = 20;
    fx.answerAll(id, deviations, shortComment);
    fx.visits.setMinutes(id, 95);
    fx.visits.finish(id);

    const PdfReadBack r = readBack(fx.pdf(id));
    checkEveryReport(r);
    const QString text = test::withoutFooters(
        r.rawText, report::ControlReport(fx.db, id).footer(ReportFixture::kProducedAt));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("%1 items were checked and %2 deviations were found.")
                            .arg(fx.items.size())
                            .arg(deviations)));
    for (int i = 0; i < deviations; ++i) {
        INFO("deviation " << i << ": " << fx.items.at(i).toStdString());
        CHECK(text.contains(QStringLiteral("Legal reference: ") +
                            normalised(fx.item(i).legalReference)));
        CHECK(text.contains(shortComment(i)));
    }
    CHECK(occurrences(text, QStringLiteral("Legal reference: ")) == deviations);
    CHECK(r.pages <= 4);
    CHECK(r.images == 1);
    CHECK(refusedLoads(fx.db, id) == 0);
}

TEST_CASE("report: very long comments are printed whole and make more pages", "[report]")
{
    ReportFixture fx;
    QStringList words;
    for (int i = 1; i <= 3000; ++i)
        words.append(i % 10 ? QStringLiteral("ord%1").arg(i) : QStringLiteral("smörgåsbord"));
    const QString longComment = words.join(u' ');
    QString endlessWord;
    for (int i = 0; i < 200; ++i)
        endlessWord += QStringLiteral("Ab%1").arg(i % 10, 8, 10, QChar(u'x')); // 10 chars each
    REQUIRE(endlessWord.size() == 2000);

    const QString shortVisit = fx.start();
    fx.answerAll(shortVisit, 2, shortComment);
    fx.visits.finish(shortVisit);

    const QString longVisit = fx.start();
    fx.answerAll(longVisit, 2, [&](int i) { return i == 0 ? longComment : endlessWord; });
    fx.visits.finish(longVisit);

    const PdfReadBack shortReport = readBack(fx.pdf(shortVisit));
    const PdfReadBack r = readBack(fx.pdf(longVisit));
    checkEveryReport(r);
    CHECK(r.pages > shortReport.pages);
    CHECK(r.pages >= 4); // 3,000 words are several pages on their own

    const QString text = test::withoutFooters(
        r.rawText, report::ControlReport(fx.db, longVisit).footer(ReportFixture::kProducedAt));
    // Every word once and in order: no line at a page break is printed twice.
    CHECK(text.contains(longComment));
    CHECK(test::withoutWhitespace(text).contains(endlessWord));
    CHECK(
        text.contains(QStringLiteral("Legal reference: ") + normalised(fx.item(0).legalReference)));
    CHECK(
        text.contains(QStringLiteral("Legal reference: ") + normalised(fx.item(1).legalReference)));

    // The endless word wraps inside the text area instead of running off the page.
    const report::ControlReport report(fx.db, longVisit);
    const auto doc = report.document(ReportFixture::kProducedAt);
    report::ReportRenderer renderer(*doc, report.footer(ReportFixture::kProducedAt));
    const QRectF area = report::ReportRenderer::pageLayout().paintRect(QPageLayout::Point);
    CHECK(doc->documentLayout()->documentSize().width() <= area.width() + 0.5);
    CHECK(renderer.pageCount() == r.pages);
}

TEST_CASE("report: hostile markup is printed as text and loads nothing", "[report][security]")
{
    ReportFixture fx;
    domain::Facility f;
    f.id = QStringLiteral("F-HOSTILE");
    f.name = QStringLiteral("<b>Krogen</b> & <i>Baren</i>");
    f.operatorDetails.name = QStringLiteral("<img src=\"/etc/hostname\"> AB");
    f.operatorDetails.orgNumber = kOrgNumber;
    f.city = QStringLiteral("<a href=\"http://127.0.0.1:9/\">Solna</a>");
    storage::FacilityStore(fx.db).upsert({f});

    const QString id = fx.start(VisitKind::Planned, f.id);
    fx.answerAll(id, 1, [](int) { return kHostile; });
    fx.visits.setSummary(id, QStringLiteral("<style>body{display:none}</style> &lt;summary&gt;"));
    fx.visits.setPresentPersons(id, {QStringLiteral("<link rel=\"stylesheet\" href=\"x.css\">")});
    fx.visits.finish(id);

    const PdfReadBack r = readBack(fx.pdf(id));
    INFO(r.text.toStdString());
    CHECK(r.text.contains(kHostile));
    CHECK(r.text.contains(QStringLiteral("<b>Krogen</b> & <i>Baren</i>")));
    CHECK(r.text.contains(QStringLiteral("<img src=\"/etc/hostname\"> AB")));
    CHECK(r.text.contains(QStringLiteral("<a href=\"http://127.0.0.1:9/\">Solna</a>")));
    CHECK(r.text.contains(QStringLiteral("<style>body{display:none}</style> &lt;summary&gt;")));
    CHECK(r.text.contains(QStringLiteral("<link rel=\"stylesheet\" href=\"x.css\">")));
    CHECK(r.text.contains(kOrgNumber));
    CHECK(r.text.contains(QStringLiteral("Page 1 of %1").arg(r.pages)));
    INFO(r.imageList.toStdString());
    CHECK(r.images == 1);                // the logo only
    CHECK(refusedLoads(fx.db, id) == 0); // escaped: nothing is even asked for
}

TEST_CASE("report: ReportDocument serves only registered images", "[report][security]")
{
    // A real picture outside the visit: what a careless document would read from disk.
    test::TempDir dir;
    QImage secretImage(37, 23, QImage::Format_RGB32);
    secretImage.fill(Qt::magenta);
    const QString secret = dir.file(QStringLiteral("secret.png"));
    REQUIRE(secretImage.save(secret, "PNG"));
    const QString secretUrl = QUrl::fromLocalFile(secret).toString();

    SpyDocument doc;
    doc.addImage(QStringLiteral("tillsyn-photo:00"), QImage()); // registered, but not these
    doc.setHtml(QStringLiteral(
                    "<html><head><link rel=\"stylesheet\" href=\"file:///etc/passwd\"></head><body>"
                    "<p>a <img src=\"file:///etc/passwd\"></p>"
                    "<p>b <img src=\"/etc/hostname\"></p>"
                    "<p>c <img src=\"qrc:/x\"></p>"
                    "<p>d <img src=\"http://127.0.0.1:9/x.png\"></p>"
                    "<p>e <img src=\"file:///etc/passwd\" width=\"200\" height=\"100\"></p>"
                    "<p>f <img src=\"%1\"></p>"
                    "<p>g <img src=\"%2\" width=\"40\"></p>"
                    "</body></html>")
                    .arg(secret, secretUrl));
    report::ReportRenderer renderer(doc, QStringLiteral("footer"));
    CHECK(doc.documentLayout()->documentSize().height() > 0); // laid out
    const PdfReadBack r = readBack(renderer.pdf());

    INFO(doc.requested.join(u'\n').toStdString());
    CHECK(doc.refusedLoads() > 0);
    CHECK(doc.served == 0);
    CHECK(doc.refusedLoads() == doc.requested.size());
    for (const QString &url :
         {QStringLiteral("file:///etc/passwd"), QStringLiteral("/etc/hostname"),
          QStringLiteral("qrc:/x"), QStringLiteral("http://127.0.0.1:9/x.png"), secret, secretUrl})
        CHECK(doc.requested.contains(url));
    INFO(r.imageList.toStdString());
    CHECK(r.images == 0);
    CHECK_FALSE(r.imageList.contains(QStringLiteral("37    23")));
    CHECK(r.text.contains(QStringLiteral("a b c d e f g")));
    CHECK(r.pages == 1);
}

TEST_CASE("report: photos are the only images besides the logo", "[report]")
{
    ReportFixture fx;
    const QString plain = fx.start();
    fx.answerAll(plain, 3, shortComment);
    fx.visits.finish(plain);

    const QString withPhotos = fx.start();
    fx.answerAll(withPhotos, 3, shortComment);
    const int photos = 3;
    const QColor colours[] = {Qt::red, Qt::darkGreen, Qt::blue};
    for (int i = 0; i < photos; ++i)
        fx.visits.addPhoto(withPhotos, fx.items.at(i),
                           fx.writeJpeg(QStringLiteral("p%1.jpg").arg(i), 1600, 1200, colours[i]),
                           QStringLiteral("Bild %1: diskbänken från väster").arg(i + 1));
    fx.visits.finish(withPhotos);

    const PdfReadBack without = readBack(fx.pdf(plain));
    const PdfReadBack r = readBack(fx.pdf(withPhotos));
    checkEveryReport(r);
    INFO(r.imageList.toStdString());
    CHECK(without.images == 1);
    CHECK(r.images == photos + 1);
    CHECK(r.pages > without.pages);
    for (int i = 0; i < photos; ++i) {
        CHECK(r.text.contains(QStringLiteral("Bild %1: diskbänken från väster").arg(i + 1)));
        CHECK(r.text.contains(shortComment(i)));
    }
    CHECK(refusedLoads(fx.db, withPhotos) == 0);
}

TEST_CASE("report: a later revision says it is revised", "[report]")
{
    ReportFixture fx;
    const QString id = fx.start();
    fx.answerAll(id, 1, shortComment);
    REQUIRE(fx.visits.finish(id) == 1);
    REQUIRE(fx.visits.reopen(id) == 2);
    fx.visits.setAnswer(id, fx.items.at(1), Result::Deviation,
                        QStringLiteral("Upptäckt vid genomgången efteråt."));
    REQUIRE(fx.visits.finish(id) == 2);

    const PdfReadBack newest = readBack(fx.pdf(id));
    checkEveryReport(newest);
    CHECK(newest.text.contains(QStringLiteral("Revised report, version 2")));
    CHECK(newest.text.contains(QStringLiteral("Upptäckt vid genomgången efteråt.")));

    const PdfReadBack second = readBack(fx.pdf(id, 2));
    CHECK(second.text == newest.text);

    const PdfReadBack first = readBack(fx.pdf(id, 1));
    checkEveryReport(first);
    CHECK_FALSE(first.text.contains(QStringLiteral("Revised report")));
    CHECK_FALSE(first.text.contains(QStringLiteral("Upptäckt vid genomgången efteråt.")));
}

TEST_CASE("report: a follow-up marks the items that were deviations at the earlier visit",
          "[report]")
{
    ReportFixture fx;
    const QString earlier = fx.start();
    fx.answerAll(earlier, 2, shortComment); // items 0 and 1
    fx.visits.finish(earlier);

    fx.clock = fx.clock.addDays(30);
    const QString followUp = fx.start(VisitKind::FollowUp);
    fx.answerAll(followUp, 0, shortComment);
    fx.visits.setAnswer(followUp, fx.items.at(1), Result::Deviation,
                        QStringLiteral("Fortfarande inte åtgärdat."));
    fx.visits.setAnswer(followUp, fx.items.at(2), Result::Deviation, QStringLiteral("Ny brist."));
    fx.visits.finish(followUp);

    const PdfReadBack r = readBack(fx.pdf(followUp));
    checkEveryReport(r);
    INFO(r.text.toStdString());
    CHECK(r.text.contains(QStringLiteral("A follow-up of deviations found at an earlier visit.")));
    // Item 0 (now ok) and item 1 (still a deviation), not item 2 (new).
    CHECK(occurrences(r.text, QStringLiteral("Follow-up of a deviation")) == 2);
    CHECK(r.text.contains(QStringLiteral("Fortfarande inte åtgärdat.")));

    // Another kind of visit marks nothing, nor does a follow-up with no earlier visit.
    fx.clock = fx.clock.addDays(1);
    const QString planned = fx.start(VisitKind::Planned);
    fx.answerAll(planned, 2, shortComment);
    fx.visits.finish(planned);
    CHECK_FALSE(readBack(fx.pdf(planned)).text.contains(QStringLiteral("Follow-up of a")));

    const QString elsewhere = fx.start(VisitKind::FollowUp, QStringLiteral("F-0001"));
    fx.answerAll(elsewhere, 2, shortComment);
    fx.visits.finish(elsewhere);
    const PdfReadBack other = readBack(fx.pdf(elsewhere));
    CHECK(other.text.contains(QStringLiteral("Pizzeria Bella Vista")));
    CHECK_FALSE(other.text.contains(QStringLiteral("Follow-up of a deviation")));
}

TEST_CASE("report: Swedish and other letters come back from the PDF", "[report]")
{
    ReportFixture fx;
    const QString id = fx.start();
    const QString letters =
        QStringLiteral("Smörgåsar på hyllan, crème brûlée, Müller säger: ÅÄÖ åäö É é Ü ü ß ø.");
    fx.answerAll(id, 1, [&](int) { return letters; });
    fx.visits.setPresentPersons(id, {QStringLiteral("Åsa Öberg"), QStringLiteral("Jürgen Müller")});
    fx.visits.finish(id);

    const PdfReadBack r = readBack(fx.pdf(id));
    checkEveryReport(r);
    INFO(r.text.toStdString());
    CHECK(r.text.contains(letters));
    CHECK(r.text.contains(QStringLiteral("Åsa Öberg, Jürgen Müller")));
    CHECK(r.text.contains(QStringLiteral("Miljö- och hälsoskyddsförvaltningen")));
    CHECK(r.text.contains(normalised(fx.item(0).legalReference)));
}

TEST_CASE("report: drafts and unknown visits have no report", "[report]")
{
    ReportFixture fx;
    const QString id = fx.start();
    fx.answerAll(id, 1, shortComment);
    try {
        report::ControlReport(fx.db, id);
        FAIL("a draft made a report");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("draft")));
    }
    CHECK_THROWS_AS(report::ControlReport(fx.db, QStringLiteral("no-such-visit")), Error);
    fx.visits.finish(id);
    CHECK_THROWS_AS(report::ControlReport(fx.db, id, 2), Error);
    CHECK(report::ControlReport(fx.db, id, 1).visit().revision == 1);
}

TEST_CASE("report: every comment and photo is printed, whatever the item's result", "[report]")
{
    ReportFixture fx;
    const QString id = fx.start();
    fx.answerAll(id, 0, shortComment);
    // Items 0–3 get a comment and a photo each and one result each; item 4 has a photo only
    // (not checked), item 5 a comment only (no deviation).
    const std::pair<int, Result> results[] = {{0, Result::Ok},
                                              {1, Result::Deviation},
                                              {2, Result::NotChecked},
                                              {3, Result::NotApplicable}};
    const QColor colours[] = {Qt::red, Qt::darkGreen, Qt::blue, Qt::darkYellow, Qt::cyan};
    for (const auto &[index, result] : results) {
        fx.visits.setAnswer(id, fx.items.at(index), result,
                            QStringLiteral("Kyl %1: %2 °C uppmätt").arg(index + 1).arg(index + 3));
        fx.visits.addPhoto(
            id, fx.items.at(index),
            fx.writeJpeg(QStringLiteral("p%1.jpg").arg(index), 1200, 900, colours[index]),
            QStringLiteral("Foto %1 av %2").arg(index + 1).arg(domain::toString(result)));
    }
    fx.visits.setAnswer(id, fx.items.at(4), Result::NotChecked, QString());
    fx.visits.addPhoto(id, fx.items.at(4),
                       fx.writeJpeg(QStringLiteral("p4.jpg"), 600, 800, colours[4]),
                       QStringLiteral("Foto 5 utan kommentar"));
    fx.visits.setAnswer(id, fx.items.at(5), Result::Ok, QStringLiteral("Diskmaskin 82 °C"));
    fx.visits.finish(id);

    const PdfReadBack r = readBack(fx.pdf(id));
    checkEveryReport(r);
    const QString text = test::withoutFooters(
        r.rawText, report::ControlReport(fx.db, id).footer(ReportFixture::kProducedAt));
    INFO(text.toStdString());
    for (const auto &[index, result] : results) {
        INFO("item " << index << " " << domain::toString(result).toStdString());
        CHECK(text.contains(QStringLiteral("Kyl %1: %2 °C uppmätt").arg(index + 1).arg(index + 3)));
        CHECK(text.contains(
            QStringLiteral("Foto %1 av %2").arg(index + 1).arg(domain::toString(result))));
    }
    CHECK(text.contains(QStringLiteral("Foto 5 utan kommentar")));
    CHECK(text.contains(QStringLiteral("Diskmaskin 82 °C")));
    // Under its item: the item's wording comes before its comment.
    CHECK(text.indexOf(normalised(fx.item(5).text)) <
          text.indexOf(QStringLiteral("Diskmaskin 82 °C")));
    CHECK(text.indexOf(normalised(fx.item(2).text)) <
          text.indexOf(QStringLiteral("Kyl 3: 5 °C uppmätt")));
    INFO(r.imageList.toStdString());
    CHECK(r.images == 5 + 1); // the five photos and the logo
    CHECK(refusedLoads(fx.db, id) == 0);
}

namespace {

// The report of a visit value (as an office may hold from a visit file), read back.
PdfReadBack reportOf(const domain::Visit &visit, storage::Database &db)
{
    const auto doc = report::ReportBuilder(visit, report::OfficeInfo::load(db))
                         .build(ReportFixture::kProducedAt);
    report::ReportRenderer renderer(*doc, QStringLiteral("footer"));
    return readBack(renderer.pdf());
}

QByteArray jpegOf(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "JPEG", 80));
    return bytes;
}

// pdfimages -list: the largest width and height among the images drawn.
QSize largestImage(const PdfReadBack &r)
{
    QSize largest;
    for (const QString &line : r.imageList.split(u'\n', Qt::SkipEmptyParts).mid(2)) {
        const QStringList c = line.split(u' ', Qt::SkipEmptyParts);
        if (c.size() > 4 && c.at(2) == u"image")
            largest = largest.expandedTo(QSize(c.at(3).toInt(), c.at(4).toInt()));
    }
    return largest;
}

} // namespace

TEST_CASE("report: photos are decoded at the size they print, and refused over the pixel limit",
          "[report][security]")
{
    ReportFixture fx;
    const QString id = fx.start();
    fx.answerAll(id, 3, shortComment);
    fx.visits.addPhoto(id, fx.items.at(0),
                       fx.writeJpeg(QStringLiteral("a.jpg"), 1600, 1200, Qt::red),
                       QStringLiteral("Bild A"));
    fx.visits.finish(id);
    domain::Visit visit = report::ControlReport(fx.db, id).visit();
    REQUIRE(visit.photos.size() == 1);

    auto photoOf = [&](const QString &photoId, const QByteArray &data, const QString &type,
                       int answer) {
        domain::Photo p;
        p.id = photoId;
        p.itemId = visit.answers.at(size_t(answer)).itemId;
        p.mediaType = type;
        p.data = data;
        p.bytes = data.size();
        p.sha256 = sha256Hex(data);
        p.caption = QStringLiteral("Bild %1").arg(photoId);
        visit.answers.at(size_t(answer)).photoIds.append(p.id);
        visit.photos.push_back(p);
    };
    SECTION("a very tall photo is decoded small")
    {
        QImage tall(400, 20000, QImage::Format_RGB32);
        tall.fill(Qt::darkGreen);
        photoOf(QStringLiteral("tall"), jpegOf(tall), QStringLiteral("image/jpeg"), 1);
        const PdfReadBack r = reportOf(visit, fx.db);
        INFO(r.imageList.toStdString());
        CHECK(r.images == 3);
        // 230 × 300 pt at 250 dpi at most: 800 × 1042 pixels.
        const QSize largest = largestImage(r);
        CHECK(largest.width() <= 800);
        CHECK(largest.height() <= 1042);
        CHECK(r.text.contains(QStringLiteral("Bild tall")));
    }
    SECTION("a photo over the pixel limit, or not really a JPEG, is refused with a note")
    {
        photoOf(QStringLiteral("huge"), test::pngClaimingSize(8000, 7000),
                QStringLiteral("image/png"), 1);
        photoOf(QStringLiteral("svg"),
                QByteArray("\xFF\xD8\xFF<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
                QStringLiteral("image/jpeg"), 2);
        const PdfReadBack r = reportOf(visit, fx.db);
        const QString text = test::withoutFooters(r.rawText, QStringLiteral("footer"));
        INFO(text.toStdString());
        INFO(r.imageList.toStdString());
        CHECK(r.images == 2); // the logo and photo A
        CHECK(text.contains(QStringLiteral("(This photo cannot be shown: it is 8000 × 7000 "
                                           "pixels (56.0 megapixels); the limit is 50 "
                                           "megapixels.)")));
        CHECK(
            r.text.contains(QStringLiteral("(This photo cannot be shown: it is not a JPEG image")));
        CHECK(text.contains(QStringLiteral("Bild huge")));
        CHECK(text.contains(QStringLiteral("Bild svg")));
    }
    SECTION("a photo that no answer names is printed too")
    {
        visit.answers.at(0).photoIds.clear();
        const PdfReadBack r = reportOf(visit, fx.db);
        INFO(r.text.toStdString());
        CHECK(r.images == 2);
        CHECK(r.text.contains(QStringLiteral("Other photos Bild A")));
    }
}

TEST_CASE("report: bidi overrides in names and comments are printed inert, as markers",
          "[report][security]")
{
    ReportFixture fx;
    domain::Facility f;
    f.id = QStringLiteral("F-BIDI");
    f.name = QStringLiteral("Krogen ") + QChar(0x202E) + QStringLiteral("nevo");
    f.operatorDetails.orgNumber = kOrgNumber;
    storage::FacilityStore(fx.db).upsert({f});
    const QString id = fx.start(VisitKind::Planned, f.id);
    fx.answerAll(id, 1, [](int) {
        return QStringLiteral("Kyl 1: ") + QChar(0x2067) + QStringLiteral("11 °C") + QChar(0x2069) +
               QStringLiteral(" uppmätt");
    });
    fx.visits.finish(id);

    const PdfReadBack r = readBack(fx.pdf(id));
    INFO(r.text.toStdString());
    CHECK(r.text.contains(QStringLiteral("Krogen ‹RLO›nevo")));
    CHECK(r.text.contains(QStringLiteral("Kyl 1: ‹RLI›11 °C‹PDI› uppmätt")));
    for (const char16_t c : {char16_t(0x202E), char16_t(0x2067), char16_t(0x2069)})
        CHECK_FALSE(r.rawText.contains(QChar(c)));
}

} // namespace tillsyn_unity_report_test
