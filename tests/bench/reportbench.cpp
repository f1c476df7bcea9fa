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
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <random>

namespace tillsyn::bench {

namespace {

constexpr int kItems = 100;
constexpr int kDeviations = 20;
constexpr int kPhotos = 20;
constexpr int kRuns = 5;

domain::Checklist reportChecklist()
{
    domain::Checklist c;
    c.id = QStringLiteral("report-bench");
    c.version = 1;
    c.title = QStringLiteral("Livsmedelskontroll – rapporttest");
    c.area = domain::Area::Food;
    for (int s = 0; s < 10; ++s) {
        domain::ChecklistSection section;
        section.title = QStringLiteral("Avsnitt %1").arg(s + 1);
        for (int i = 0; i < kItems / 10; ++i) {
            section.items.push_back(
                {QStringLiteral("punkt-%1-%2").arg(s + 1).arg(i + 1),
                 QStringLiteral("Kontrollpunkt %1 i avsnitt %2: lokaler, utrustning och rutiner "
                                "är ändamålsenliga")
                     .arg(i + 1)
                     .arg(s + 1),
                 QStringLiteral("Handledning för punkten."),
                 QStringLiteral("Förordning (EG) nr 852/2004 bilaga II kap. %1").arg(s + 1)});
        }
        c.sections.push_back(section);
    }
    return c;
}

// A 1600x1200 picture with enough detail that its JPEG is the size of a phone photo's.
QImage photo(std::mt19937 &rng)
{
    QImage image(1600, 1200, QImage::Format_RGB32);
    image.fill(QColor::fromRgb(rng() % 256, rng() % 256, rng() % 256));
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 400; ++i) {
        painter.setBrush(QColor::fromRgb(rng() % 256, rng() % 256, rng() % 256));
        painter.drawEllipse(int(rng() % 1600) - 50, int(rng() % 1200) - 50, int(8 + rng() % 160),
                            int(8 + rng() % 160));
    }
    painter.end();
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int d = int(rng() % 25) - 12;
            const QRgb p = line[x];
            line[x] = qRgb(qBound(0, qRed(p) + d, 255), qBound(0, qGreen(p) + d, 255),
                           qBound(0, qBlue(p) + d, 255));
        }
    }
    return image;
}

QString ms(double v)
{
    return QString::number(v, 'f', 1);
}

} // namespace

int reportBench()
{
    QTemporaryDir dir;
    storage::Database db(dir.filePath(QStringLiteral("bench.db")));
    const domain::Checklist checklist = reportChecklist();
    storage::ChecklistStore(db).import({checklist}, QStringLiteral("bench"));
    const auto facilities = syntheticFacilities(1);
    storage::FacilityStore(db).upsert(facilities);
    report::OfficeInfo::demo().save(db); // with its SVG logo, as a real office has a logo
    QStringList items;
    for (const auto &s : checklist.sections) {
        for (const auto &i : s.items)
            items.append(i.id);
    }

    field::VisitLifecycle visits(db);
    field::StartRequest request;
    request.facilityId = facilities.front().id;
    request.checklistId = checklist.id;
    request.inspectors = {{QStringLiteral("eva"), QStringLiteral("Eva Ek")}};
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
