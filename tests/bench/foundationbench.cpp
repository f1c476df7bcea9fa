// Foundation figures: facility search latency and time to the first shown window, both over a
// register of 100,000 facilities.
#include "benchutil.h"
#include "content/shippedcontent.h"
#include "storage/database.h"
#include "storage/facilitystore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

#include <random>

namespace tillsyn::bench {

namespace {

QString prepareDatabase(const QTemporaryDir &dir, int facilities)
{
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    storage::Database db(path);
    content::ShippedContent::install(db, false);
    storage::FacilityStore(db).upsert(syntheticFacilities(facilities));
    return path;
}

// Wall time from starting a process until it prints "shown" (its first window is on screen).
double timeToShown(const QString &program, const QStringList &args)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return -1;
    QByteArray out;
    while (!out.contains("shown")) {
        if (!p.waitForReadyRead(20000))
            return -1;
        out += p.readAllStandardOutput();
    }
    const double ms = double(t.nsecsElapsed()) / 1e6;
    p.waitForFinished(10000);
    return ms;
}

} // namespace

int searchBench(int facilities)
{
    QTemporaryDir dir;
    QElapsedTimer build;
    build.start();
    const QString path = prepareDatabase(dir, facilities);
    print(QStringLiteral("register: %1 facilities, built in %2 s")
              .arg(facilities)
              .arg(double(build.elapsed()) / 1000.0, 0, 'f', 1));

    storage::Database db(path);
    storage::FacilityStore store(db);
    // What inspectors type: name prefixes of growing length, a city, an org. number, two words.
    const QStringList queries = {QStringLiteral("r"),
                                 QStringLiteral("re"),
                                 QStringLiteral("rest"),
                                 QStringLiteral("solg"),
                                 QStringLiteral("café bä"),
                                 QStringLiteral("nacka"),
                                 QStringLiteral("559012"),
                                 QStringLiteral("5590123"),
                                 QStringLiteral("tatuering öster"),
                                 QStringLiteral("Storgatan 12"),
                                 QStringLiteral("xyz"),
                                 QStringLiteral("förskolan linden 77")};
    std::vector<double> samples;
    QMap<QString, std::vector<double>> perQuery;
    std::mt19937 rng(7);
    for (int i = 0; i < 1000; ++i) {
        const QString &q = queries.at(qsizetype(rng() % queries.size()));
        QElapsedTimer t;
        t.start();
        const auto page = store.search(q, 0, 200);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        samples.push_back(ms);
        perQuery[q].push_back(ms);
        if (page.size() > 200)
            return 1;
    }
    for (auto it = perQuery.cbegin(); it != perQuery.cend(); ++it) {
        const Percentiles p = percentiles(it.value());
        print(QStringLiteral("  %1 p50 %2 ms, max %3 ms, %4 matches")
                  .arg(u'"' + it.key() + u'"', -24)
                  .arg(p.p50, 0, 'f', 2)
                  .arg(p.max, 0, 'f', 2)
                  .arg(store.count(it.key())));
    }
    const Percentiles p = percentiles(samples);
    print(QStringLiteral("facility search (first page of 200, ordered by name), 1000 queries: "
                         "p50 %1 ms, p99 %2 ms, max %3 ms (target p99 < 10 ms)")
              .arg(p.p50, 0, 'f', 2)
              .arg(p.p99, 0, 'f', 2)
              .arg(p.max, 0, 'f', 2));
    return 0;
}

int startupBench(int facilities, const QString &self)
{
    QTemporaryDir dir;
    const QString path = prepareDatabase(dir, facilities);
    std::vector<double> app, bare;
    for (int i = 0; i < 7; ++i) {
        bare.push_back(timeToShown(self, {QStringLiteral("bare-window")}));
        app.push_back(
            timeToShown(QStringLiteral(TILLSYN_APP_PATH),
                        {QStringLiteral("--db"), path, QStringLiteral("--startup-probe")}));
    }
    if (*std::min_element(app.begin(), app.end()) < 0 ||
        *std::min_element(bare.begin(), bare.end()) < 0) {
        print(QStringLiteral("a process did not show its window"));
        return 1;
    }
    const Percentiles a = percentiles(app);
    const Percentiles b = percentiles(bare);
    print(QStringLiteral("process start to first shown window, median of 7 (platform %1):")
              .arg(qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("default"))));
    print(QStringLiteral("  bare QMainWindow:              %1 ms").arg(b.p50, 0, 'f', 1));
    print(QStringLiteral("  tillsyn, %1 facilities:   %2 ms  (ratio %3, target < 2.0)")
              .arg(facilities)
              .arg(a.p50, 0, 'f', 1)
              .arg(a.p50 / b.p50, 0, 'f', 2));
    return 0;
}

} // namespace tillsyn::bench
