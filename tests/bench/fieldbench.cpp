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
#include <QTemporaryDir>

#include <random>

namespace tillsyn::bench {

namespace {

constexpr int kItems = 100;
constexpr int kPhotos = 20;
constexpr int kVisits = 5;

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
    const domain::Checklist checklist = benchChecklist(
        QStringLiteral("bench"), QStringLiteral("Livsmedel – bänktest"), 5, kItems / 5, false);
    const BenchField bench = prepareField(db, checklist);
    const QStringList &items = bench.items;
    const field::StartRequest &request = bench.request;
    field::VisitLifecycle visits(db);
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
