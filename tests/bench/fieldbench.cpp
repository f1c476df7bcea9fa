// Field visit figures: the latency of committing one answer (what an inspector waits for after
// each tap) and of finishing a visit with 100 answers and 20 photos.
#include "benchutil.h"
#include "field/visitlifecycle.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/facilitystore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <random>

namespace tillsyn::bench {

namespace {

constexpr int kItems = 100;
constexpr int kPhotos = 20;
constexpr int kVisits = 5;

domain::Checklist benchChecklist()
{
    domain::Checklist c;
    c.id = QStringLiteral("bench");
    c.version = 1;
    c.title = QStringLiteral("Livsmedel – bänktest");
    c.area = domain::Area::Food;
    for (int s = 0; s < 5; ++s) {
        domain::ChecklistSection section;
        section.title = QStringLiteral("Avsnitt %1").arg(s + 1);
        for (int i = 0; i < kItems / 5; ++i) {
            section.items.push_back(
                {QStringLiteral("punkt-%1-%2").arg(s + 1).arg(i + 1),
                 QStringLiteral("Kontrollpunkt %1 i avsnitt %2 är uppfylld").arg(i + 1).arg(s + 1),
                 QStringLiteral("Handledning för punkten."),
                 QStringLiteral("förordning (EG) nr 852/2004")});
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
    return QString::number(v, 'f', 2);
}

} // namespace

int fieldBench()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    storage::Database db(path);
    const domain::Checklist checklist = benchChecklist();
    storage::ChecklistStore(db).import({checklist}, QStringLiteral("bench"));
    const auto facilities = syntheticFacilities(1);
    storage::FacilityStore(db).upsert(facilities);
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
    static const domain::Result results[] = {domain::Result::Ok, domain::Result::Deviation,
                                             domain::Result::NotChecked, domain::Result::Ok};

    // 1. Committing one answer: 1,000 answers on a 100-item visit.
    {
        const QString id = visits.start(request);
        std::vector<double> samples;
        for (int i = 0; i < 1000; ++i) {
            QElapsedTimer t;
            t.start();
            visits.setAnswer(id, items.at(i % kItems), results[i % 4],
                             i % 3 ? QStringLiteral("Anteckning %1 om det som sågs.").arg(i)
                                   : QString());
            samples.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        const Percentiles p = percentiles(samples);
        print(QStringLiteral("answer commit (WAL, synchronous=NORMAL), 1000 answers: p50 %1 ms, "
                             "p99 %2 ms, max %3 ms (target p99 < 5 ms)")
                  .arg(ms(p.p50), ms(p.p99), ms(p.max)));
    }

    // 2. Finishing a visit with 100 answers and 20 photos (each visit with its own pictures).
    std::mt19937 rng(11);
    std::vector<double> finishTimes, photoTimes;
    qint64 fileBytes = 0;
    for (int v = 0; v < kVisits; ++v) {
        QStringList files;
        for (int i = 0; i < kPhotos; ++i) {
            const QString file = dir.filePath(QStringLiteral("v%1-p%2.jpg").arg(v).arg(i));
            if (!photo(rng).save(file, "JPEG", 92)) {
                print(QStringLiteral("cannot write %1").arg(file));
                return 1;
            }
            fileBytes += QFileInfo(file).size();
            files.append(file);
        }
        const QString id = visits.start(request);
        for (int i = 0; i < kItems; ++i)
            visits.setAnswer(id, items.at(i), results[i % 4],
                             i % 4 == 1 ? QStringLiteral("Avvikelse vid punkt %1.").arg(i)
                                        : QString());
        for (int i = 0; i < kPhotos; ++i) {
            QElapsedTimer t;
            t.start();
            visits.addPhoto(id, items.at(i * 5 % kItems), files.at(i),
                            QStringLiteral("Bild %1").arg(i + 1));
            photoTimes.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        QElapsedTimer t;
        t.start();
        const field::FinishCheck check = visits.check(id);
        const int revision = visits.finish(id);
        finishTimes.push_back(double(t.nsecsElapsed()) / 1e6);
        if (revision != 1 || !check.unanswered.empty())
            return 1;
    }
    const Percentiles photos = percentiles(photoTimes);
    print(QStringLiteral("add photo (1600x1200 JPEG, %1 KB on average: decode, re-encode at 85, "
                         "commit), %2 photos: p50 %3 ms, max %4 ms")
              .arg(fileBytes / 1024 / (kVisits * kPhotos))
              .arg(kVisits * kPhotos)
              .arg(ms(photos.p50), ms(photos.max)));
    const Percentiles finish = percentiles(finishTimes);
    print(QStringLiteral("finish a visit with %1 answers and %2 photos (check + commit, "
                         "synchronous=FULL), %3 visits: median %4 ms, max %5 ms")
              .arg(kItems)
              .arg(kPhotos)
              .arg(kVisits)
              .arg(ms(finish.p50), ms(finish.max)));
    return 0;
}

} // namespace tillsyn::bench
