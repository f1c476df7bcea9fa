// Report figure: how long ControlReport::pdf takes for a large visit (100 answers, 20 deviations
// with comments, 20 phone-sized photos) — what an inspector waits for after "Make report" — and
// what hostile visits cost: long comments (time must grow linearly with the text) and photos
// that decode to huge pictures (memory must stay what the page shows).
#include "benchutil.h"
#include "field/visitlifecycle.h"
#include "report/controlreport.h"
#include "report/officeinfo.h"
#include "report/reportbuilder.h"
#include "report/reportdocument.h"
#include "report/reportrenderer.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/facilitystore.h"
#include "util/sha256.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <algorithm>
#include <cstring>
#include <random>

namespace tillsyn::bench {

namespace {

constexpr int kItems = 100;
constexpr int kDeviations = 20;
constexpr int kPhotos = 20;
constexpr int kRuns = 5;

QString ms(double v)
{
    return QString::number(v, 'f', 1);
}

// The process's peak resident memory (VmHWM) in MB, and resetting it (Linux 4.0+), so one step's
// peak can be read alone.
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// A comment of about `bytes` bytes of Swedish prose, several paragraphs.
QString longComment(int bytes, int seed)
{
    QString text;
    int sentence = 0;
    while (text.toUtf8().size() < bytes) {
        text += QStringLiteral("Mening %1 i kommentar %2: temperaturen i kylen var för hög och "
                               "rutinen för egenkontroll följdes inte vid besöket. ")
                    .arg(++sentence)
                    .arg(seed);
        if (sentence % 12 == 0)
            text += u'\n';
    }
    return text;
}

struct Timed
{
    double ms;
    int pages;
};

// Builds, lays out and writes the PDF of a visit value, as ControlReport::pdf does.
Timed renderVisit(const domain::Visit &visit, const report::OfficeInfo &office)
{
    QElapsedTimer t;
    t.start();
    const QDateTime producedAt = QDateTime::currentDateTimeUtc();
    const auto doc = report::ReportBuilder(visit, office).build(producedAt);
    report::ReportRenderer renderer(*doc, QStringLiteral("bench"));
    const QByteArray pdf = renderer.pdf();
    return {double(t.nsecsElapsed()) / 1e6, pdf.startsWith("%PDF-") ? renderer.pageCount() : -1};
}

// The comments of the first `deviations` answers replaced by `bytes`-byte comments.
domain::Visit withLongComments(domain::Visit visit, int deviations, int bytes)
{
    int n = 0;
    for (domain::Answer &a : visit.answers) {
        const bool deviation = n++ < deviations;
        a.result = deviation ? domain::Result::Deviation : domain::Result::Ok;
        a.comment = deviation ? longComment(bytes, n) : QString();
        a.photoIds.clear();
    }
    visit.photos.clear();
    return visit;
}

int hostileBench(const domain::Visit &base, const report::OfficeInfo &office)
{
    // Long comments: the same text per deviation, twice as many deviations.
    for (const int deviations : {10, 25, 50}) {
        const domain::Visit v = withLongComments(base, deviations, 60 * 1024);
        const Timed t = renderVisit(v, office);
        if (t.pages < 0)
            return 1;
        print(QStringLiteral("report with %1 deviations of 60 KB comments (%2 MB of text): %3 ms, "
                             "%4 pages, %5 ms a page")
                  .arg(deviations)
                  .arg(deviations * 60.0 / 1024, 0, 'f', 1)
                  .arg(ms(t.ms))
                  .arg(t.pages)
                  .arg(ms(t.ms / t.pages)));
    }

    // 40 photos that each decode to 799 x 40000 pixels (128 MB each at 4 bytes a pixel).
    QImage tall(799, 40000, QImage::Format_Grayscale8);
    for (int y = 0; y < tall.height(); ++y)
        std::memset(tall.scanLine(y), (y / 50) % 2 ? 200 : 60, size_t(tall.bytesPerLine()));
    QByteArray jpeg;
    {
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        if (!tall.save(&buffer, "JPEG", 50))
            return 1;
    }
    tall = QImage();
    domain::Visit v = withLongComments(base, 40, 100);
    for (int i = 0; i < 40; ++i) {
        domain::Photo p;
        p.id = QStringLiteral("tall-%1").arg(i);
        p.itemId = v.answers.at(size_t(i)).itemId;
        p.mediaType = QStringLiteral("image/jpeg");
        p.data = jpeg;
        p.bytes = jpeg.size();
        p.sha256 = sha256Hex(jpeg);
        v.answers.at(size_t(i)).photoIds = {p.id};
        v.photos.push_back(p);
    }
    const double before = peakRssMb();
    resetPeakRss();
    const Timed t = renderVisit(v, office);
    if (t.pages < 0)
        return 1;
    print(QStringLiteral("report with 40 photos of 799x40000 pixels (JPEG %1 KB each): %2 ms, "
                         "%3 pages, peak RSS while rendering %4 MB (process peak before %5 MB)")
              .arg(jpeg.size() / 1024)
              .arg(ms(t.ms))
              .arg(t.pages)
              .arg(peakRssMb(), 0, 'f', 1)
              .arg(before, 0, 'f', 1));
    return 0;
}

} // namespace

int reportBench()
{
    QTemporaryDir dir;
    storage::Database db(dir.filePath(QStringLiteral("bench.db")));
    const domain::Checklist checklist =
        benchChecklist(QStringLiteral("report-bench"),
                       QStringLiteral("Livsmedelskontroll – rapporttest"), 10, kItems / 10, true);
    const BenchField bench = prepareField(db, checklist);
    const QStringList &items = bench.items;
    const field::StartRequest &request = bench.request;
    report::OfficeInfo::demo().save(db); // with its SVG logo, as a real office has a logo
    field::VisitLifecycle visits(db);
    const QString id = visits.start(request);
    // Every fifth item is a deviation with a comment of a few sentences and one photo.
    const int step = kItems / kDeviations;
    for (int i = 0; i < kItems; ++i) {
        const bool deviation = i % step == 0;
        visits.setAnswer(
            id, items.at(i), deviation ? domain::Result::Deviation : domain::Result::Ok,
            deviation ? QStringLiteral("Vid kontrollen sågs brister vid punkt %1: rengöringen "
                                       "var inte tillräcklig och rutinen följdes inte. "
                                       "Verksamheten ska åtgärda detta och visa hur det görs.")
                            .arg(i + 1)
                      : QString());
    }
    std::mt19937 rng(7);
    for (int p = 0; p < kPhotos; ++p) {
        const QString file = dir.filePath(QStringLiteral("p%1.jpg").arg(p));
        if (!photo(rng).save(file, "JPEG", 92)) {
            print(QStringLiteral("cannot write %1").arg(file));
            return 1;
        }
        visits.addPhoto(id, items.at((p % kDeviations) * step), file,
                        QStringLiteral("Bild %1").arg(p + 1));
    }
    visits.setMinutes(id, 120);
    visits.finish(id);

    const QDateTime producedAt = QDateTime::currentDateTimeUtc();
    std::vector<double> loads, pdfs, totals;
    qsizetype bytes = 0;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer t;
        t.start();
        const report::ControlReport report(db, id);
        const double loaded = double(t.nsecsElapsed()) / 1e6;
        const QByteArray pdf = report.pdf(producedAt);
        const double total = double(t.nsecsElapsed()) / 1e6;
        loads.push_back(loaded);
        pdfs.push_back(total - loaded);
        totals.push_back(total);
        bytes = pdf.size();
        if (!pdf.startsWith("%PDF-"))
            return 1;
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    print(QStringLiteral("report of a visit with %1 answers, %2 deviations and %3 photos "
                         "(1600x1200 JPEG), PDF %4 KB: ControlReport::pdf median %5 ms "
                         "(+ loading the visit %6 ms; total median %7 ms, max %8 ms) over %9 "
                         "runs (target < 1000 ms)")
              .arg(kItems)
              .arg(kDeviations)
              .arg(kPhotos)
              .arg(bytes / 1024)
              .arg(ms(median(pdfs)), ms(median(loads)), ms(median(totals)),
                   ms(*std::max_element(totals.begin(), totals.end())))
              .arg(kRuns));
    return hostileBench(report::ControlReport(db, id).visit(), report::OfficeInfo::load(db));
}

} // namespace tillsyn::bench
