// Statistics figure: how long `tillsyn-cli stats --by item` takes over an office database of
// 50,000 merged visits of 40 items each (2 million answers). Target: under 1 second.
#include "benchutil.h"
#include "stats/officestatistics.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/sqliteofficerepository.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <ctime>
#include <random>

namespace tillsyn::bench {

namespace {

constexpr int kVisits = 50000;
constexpr int kItems = 40;
constexpr int kRuns = 5;
const char *const kResults[] = {"ok", "deviation", "not_checked", "not_applicable"};

domain::Checklist statsChecklist(const QString &id, domain::Area area)
{
    domain::Checklist c;
    c.id = id;
    c.title = QStringLiteral("Kontroll %1").arg(id);
    c.area = area;
    for (int s = 0; s < 4; ++s) {
        domain::ChecklistSection section;
        section.title = QStringLiteral("Avsnitt %1").arg(s + 1);
        for (int i = 0; i < kItems / 4; ++i)
            section.items.push_back({QStringLiteral("punkt-%1-%2").arg(s + 1).arg(i + 1),
                                     QStringLiteral("Kontrollpunkt %1.%2: rutiner och lokaler "
                                                    "är ändamålsenliga")
                                         .arg(s + 1)
                                         .arg(i + 1),
                                     {},
                                     {}});
        c.sections.push_back(section);
    }
    return c;
}

QString uuid(int n)
{
    return QStringLiteral("%1-0000-4000-a000-%2")
        .arg(n, 8, 16, QChar(u'0'))
        .arg(n * 7919, 12, 16, QChar(u'0'));
}

// Rows straight into the office tables (what merging 50,000 files would leave), one
// transaction: 1 % in conflict, three checklists, a year of visits.
void fill(storage::Database &db, const std::vector<domain::Checklist> &checklists)
{
    std::mt19937 rng(7);
    storage::Transaction tx(db);
    for (const auto &c : checklists)
        storage::ChecklistStore(db).insert(c);
    QSqlQuery visit = db.prepare(QStringLiteral(
        "INSERT INTO office_visit (visit_id, revision, content_hash, in_conflict, facility_id,"
        " facility_name, facility_category, checklist_id, checklist_version, checklist_title,"
        " kind, announced, inspectors, started_at, finished_at, minutes_spent, deviations)"
        " VALUES (?,1,'hash',?,?,?,?,?,1,?,?,1,?,?,?,?,?)"));
    QSqlQuery answer = db.prepare(QStringLiteral(
        "INSERT INTO office_answer (visit_id, position, item_id, section, text, legal_reference,"
        " result, comment) VALUES (?,?,?,?,?,'',?,'')"));
    const QStringList kinds{QStringLiteral("planned"), QStringLiteral("follow_up"),
                            QStringLiteral("complaint")};
    std::vector<int> results;
    for (int v = 0; v < kVisits; ++v) {
        const domain::Checklist &c = checklists[rng() % checklists.size()];
        const QDateTime finished = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC)
                                       .addSecs(qint64(rng() % (360 * 24 * 3600)));
        const QString id = uuid(v);
        results.clear();
        for (int i = 0; i < kItems; ++i) {
            const unsigned roll = rng() % 100;
            results.push_back(roll < 70 ? 0 : roll < 85 ? 1 : roll < 93 ? 2 : 3);
        }
        // The visit first: its answers refer to it.
        for (const QVariant &value :
             {QVariant(id), QVariant(v % 100 == 0 ? 1 : 0),
              QVariant(QStringLiteral("G-%1").arg(rng() % 2000)),
              QVariant(QStringLiteral("Anläggning")), QVariant(QStringLiteral("Restaurang")),
              QVariant(c.id), QVariant(c.title), QVariant(kinds[int(rng() % 3)]),
              QVariant(QStringLiteral("Anna Berg")),
              QVariant(finished.addSecs(-3600).toString(Qt::ISODate)),
              QVariant(finished.toString(Qt::ISODate)), QVariant(30 + int(rng() % 180)),
              QVariant(int(std::count(results.begin(), results.end(), 1)))})
            visit.addBindValue(value);
        db.exec(visit);
        int position = 0;
        for (const auto &section : c.sections) {
            for (const auto &item : section.items) {
                const int r = results[size_t(position)];
                for (const QVariant &value : {QVariant(id), QVariant(position++), QVariant(item.id),
                                              QVariant(section.title), QVariant(item.text),
                                              QVariant(QString::fromLatin1(kResults[r]))})
                    answer.addBindValue(value);
                db.exec(answer);
            }
        }
    }
    tx.commit();
}

struct Timing
{
    double wallMs; // median of kRuns
    double cpuMs;  // median of kRuns: this process's CPU time (the machine may be shared)
};

Timing measure(storage::Database &db, stats::Grouping by, size_t *rows)
{
    std::vector<double> wall, cpu;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t start = std::clock();
        storage::SqliteOfficeRepository office(db);
        *rows = stats::OfficeStatistics(office).groups(by, {}).size();
        cpu.push_back(double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC);
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

// The command as an office runs it: tillsyn-cli stats --by item --json, start to exit (the
// process's start-up, the query and the JSON on stdout). Median of kRuns; -1 when it failed.
double measureCli(const QString &database)
{
    std::vector<double> wall;
    for (int run = 0; run < kRuns; ++run) {
        QProcess cli;
        QElapsedTimer timer;
        timer.start();
        cli.start(QStringLiteral(TILLSYN_CLI_PATH),
                  {QStringLiteral("stats"), QStringLiteral("--db"), database,
                   QStringLiteral("--by"), QStringLiteral("item"), QStringLiteral("--json")});
        if (!cli.waitForFinished(60000) || cli.exitCode() != 0)
            return -1;
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(wall.begin(), wall.end());
    return wall[wall.size() / 2];
}

} // namespace

// `path`: an office database to keep and reuse between runs (built there when missing);
// empty: a temporary one.
int statsBench(const QString &path)
{
    QTemporaryDir dir;
    const QString file = path.isEmpty() ? dir.filePath(QStringLiteral("office.db")) : path;
    const bool exists = QFileInfo::exists(file);
    storage::Database db(file);
    if (!exists) {
        const std::vector<domain::Checklist> checklists{
            statsChecklist(QStringLiteral("livsmedel"), domain::Area::Food),
            statsChecklist(QStringLiteral("halsoskydd"), domain::Area::Health),
            statsChecklist(QStringLiteral("miljo"), domain::Area::Environment)};
        QElapsedTimer timer;
        timer.start();
        fill(db, checklists);
        print(QStringLiteral("stats: office database of %1 visits × %2 items (%3 answers) built "
                             "in %4 s")
                  .arg(kVisits)
                  .arg(kItems)
                  .arg(kVisits * kItems)
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }
    size_t rows = 0;
    const Timing item = measure(db, stats::Grouping::Item, &rows);
    print(QStringLiteral("stats --by item over %1 visits (%2 answers): %3 ms, median of %4 "
                         "(CPU %5 ms; %6 rows; target < 1000 ms)")
              .arg(kVisits)
              .arg(kVisits * kItems)
              .arg(item.wallMs, 0, 'f', 0)
              .arg(kRuns)
              .arg(item.cpuMs, 0, 'f', 0)
              .arg(rows));
    const double cliMs = measureCli(file);
    print(QStringLiteral("tillsyn-cli stats --by item --json, the whole process: %1 ms, median of "
                         "%2 (target < 1000 ms)")
              .arg(cliMs, 0, 'f', 0)
              .arg(kRuns));
    if (!qEnvironmentVariableIsSet("TILLSYN_BENCH_ITEM_ONLY")) {
        for (const auto by : {stats::Grouping::Section, stats::Grouping::Checklist,
                              stats::Grouping::Month, stats::Grouping::Kind}) {
            const Timing t = measure(db, by, &rows);
            print(QStringLiteral("stats --by %1: %2 ms, median of %3 (CPU %4 ms; %5 rows)")
                      .arg(stats::toString(by))
                      .arg(t.wallMs, 0, 'f', 0)
                      .arg(kRuns)
                      .arg(t.cpuMs, 0, 'f', 0)
                      .arg(rows));
        }
    }
    return item.wallMs < 1000.0 && cliMs >= 0 && cliMs < 1000.0 ? 0 : 1;
}

} // namespace tillsyn::bench
