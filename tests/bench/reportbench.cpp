// Report figure: how long ControlReport::pdf takes for a large visit (100 answers, 20 deviations
// with comments, 20 phone-sized photos) — what an inspector waits for after "Make report".
#include "benchutil.h"
#include "field/visitlifecycle.h"
#include "report/controlreport.h"
#include "report/officeinfo.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/facilitystore.h"

#include <QElapsedTimer>
#include <QImage>
#include <QTemporaryDir>

#include <algorithm>
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
    return 0;
}

} // namespace tillsyn::bench
