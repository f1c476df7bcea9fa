// Office figures on PostgreSQL: merge throughput of 2,000 visit files without photos (target
// ≥ 1,000 files/s) and `stats --by item` over 50,000 visits × 40 answers (2 million answers,
// target < 1 s). Without --db a server is started for the run with the tests' fixture
// (tests/support/postgres: initdb into a temporary folder, fsync on, Unix socket only) and each
// run gets a fresh database; with --db postgresql://… the database given is used, and its office
// tables are EMPTIED before each merge run and filled for the statistics (give it one of its own).
#include "benchutil.h"
#include "content/shippedcontent.h"
#include "merge/mergerun.h"
#include "stats/officestatistics.h"
#include "storage/database.h"
#include "storage/sqliteofficerepository.h"
#include "storage/postgres/postgreslocator.h"
#include "storage/postgres/postgresmigrations.h"
#include "storage/postgres/postgrespool.h"
#include "storage/postgres/postgresofficerepository.h"
#include "support/postgres/postgresfixture.h"
#include "sync/foldershare.h"
#include "visitfile/visitfilewriter.h"
#include "visitfile/visitgenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <ctime>
#include <memory>
#include <optional>

#include <sys/resource.h>

namespace tillsyn::bench {

namespace {

constexpr int kPlainFiles = 2000;
constexpr int kMergeRuns = 3;
constexpr int kVisits = 50000;
constexpr int kItems = 40;
constexpr int kStatsRuns = 5;

double cpuSeconds()
{
    struct rusage u
    {
    };
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

QString loadText()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2)
                                       : QStringLiteral("?");
}

// Where the figures are taken: a database of the fixture's server or the one given.
class Target
{
public:
    explicit Target(const QString &uri)
        : m_uri(uri)
    {}
    // A database to fill from nothing: a fresh one on the fixture's server, or the given one
    // with its office tables emptied.
    QString freshDatabase()
    {
        if (!m_uri.isEmpty()) {
            storage::PostgresOfficeRepository office(storage::PostgresLocator::parse(m_uri));
            office.connection().exec(QStringLiteral(
                "TRUNCATE office_answer, office_visit, office_revision, office_rejected,"
                " office_resolution, office_deviation_closure"));
            return m_uri;
        }
        m_databases.push_back(std::make_unique<test::PostgresDatabase>());
        return m_databases.back()->uri();
    }
    // Whether the databases are the fixture's (whose superuser may make roles).
    bool fixture() const { return m_uri.isEmpty(); }
    QString describe() const
    {
        return m_uri.isEmpty()
                   ? QStringLiteral("PostgreSQL %1 started for the run (fixture: socket, fsync on)")
                         .arg(test::PostgresFixture::findBinDir().section(u'/', -2, -2))
                   : storage::PostgresLocator::parse(m_uri).toUri();
    }

private:
    QString m_uri;
    std::vector<std::unique_ptr<test::PostgresDatabase>> m_databases;
};

void writeFiles(const QString &inbox, int count, unsigned seed)
{
    QDir().mkpath(inbox);
    visitfile::VisitGenerator generator(content::ShippedContent::checklists(), seed);
    for (int done = 0; done < count;) {
        const int batch = std::min(100, count - done);
        for (const auto &visit : generator.generate(batch, 0)) {
            const QByteArray bytes = visitfile::VisitFileWriter::write(visit);
            QFile f(QDir(inbox).filePath(visitfile::VisitFileWriter::fileName(visit, bytes)));
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                qFatal("cannot write %s", qPrintable(f.fileName()));
        }
        done += batch;
    }
}

void copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &name : QDir(from).entryList(QDir::Files))
        QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name));
}

struct Run
{
    double seconds = 0;
    double cpu = 0;
};

Run median(std::vector<Run> runs)
{
    std::sort(runs.begin(), runs.end(), [](const Run &a, const Run &b) { return a.seconds < b.seconds; });
    return runs[runs.size() / 2];
}

// The role the ordinary-role figures use (row-level security holds it, as it holds a clerk).
const QString kClerk = QStringLiteral("bench_clerk");
const QString kClerkPassword = QStringLiteral("bench-L\u00f6sen");

// Median merge runs of the files into fresh databases: as the database's user, or (asClerk, the
// fixture only) as an ordinary role acting for office 0180 of a county's pool, which row-level
// security holds on every row it writes.
Run mergeRuns(Target &target, const QTemporaryDir &dir, const QString &files, bool asClerk)
{
    std::vector<Run> runs;
    for (int run = 0; run < kMergeRuns; ++run) {
        const QString share =
            dir.filePath(QStringLiteral("share-%1-%2").arg(asClerk ? 1 : 0).arg(run));
        copyFolder(files, share + QStringLiteral("/inbox"));
        storage::PostgresLocator locator = storage::PostgresLocator::parse(target.freshDatabase());
        if (asClerk) {
            storage::PostgresPool::addOffice(locator, QStringLiteral("0180"), {kClerk});
            locator = storage::PostgresLocator::parse(
                test::PostgresFixture::instance().uri(locator.database, kClerk));
            locator.office = QStringLiteral("0180");
        }
        sync::FolderShare folder(share);
        const double cpu = cpuSeconds();
        QElapsedTimer t;
        t.start();
        storage::PostgresOfficeRepository office(locator);
        const merge::MergeReport report = merge::MergeRun(office, folder).run();
        runs.push_back({double(t.nsecsElapsed()) / 1e9, cpuSeconds() - cpu});
        if (int(report.files.size()) != kPlainFiles ||
            report.count(merge::Outcome::Rejected) != 0)
            qFatal("merged %d of %d files (%d rejected)", int(report.files.size()), kPlainFiles,
                   report.count(merge::Outcome::Rejected));
    }
    return median(runs);
}

int mergeFigure(Target &target)
{
    QTemporaryDir dir;
    const QString files = dir.filePath(QStringLiteral("files"));
    writeFiles(files, kPlainFiles, 11);
    const Run m = mergeRuns(target, dir, files, false);
    // The same files into SQLite, at the same moment: the machine's load moves both figures.
    std::vector<Run> sqliteRuns;
    for (int run = 0; run < kMergeRuns; ++run) {
        const QString share = dir.filePath(QStringLiteral("sqlite-%1").arg(run));
        copyFolder(files, share + QStringLiteral("/inbox"));
        sync::FolderShare folder(share);
        const double cpu = cpuSeconds();
        QElapsedTimer t;
        t.start();
        storage::Database db(share + QStringLiteral(".db"));
        storage::SqliteOfficeRepository office(db);
        merge::MergeRun(office, folder).run();
        sqliteRuns.push_back({double(t.nsecsElapsed()) / 1e9, cpuSeconds() - cpu});
    }
    const Run lite = median(sqliteRuns);
    print(QStringLiteral("PostgreSQL merge: %1 files without photos in %2 s (median of %3): %4 "
                         "files/s (target ≥ 1000); CPU time of this process %5 s; SQLite, same "
                         "files: %6 files/s; load %7")
              .arg(kPlainFiles)
              .arg(m.seconds, 0, 'f', 2)
              .arg(kMergeRuns)
              .arg(kPlainFiles / m.seconds, 0, 'f', 0)
              .arg(m.cpu, 0, 'f', 2)
              .arg(kPlainFiles / lite.seconds, 0, 'f', 0)
              .arg(loadText()));
    if (target.fixture()) {
        test::PostgresFixture::instance().createRole(kClerk, kClerkPassword);
        qputenv("PGPASSWORD", kClerkPassword.toUtf8());
        const Run clerk = mergeRuns(target, dir, files, true);
        qunsetenv("PGPASSWORD");
        print(QStringLiteral("PostgreSQL merge as an ordinary role acting for office 0180 of a "
                             "county's pool (row-level security applies): %1 files/s (median "
                             "of %2); CPU time of this process %3 s; load %4")
                  .arg(kPlainFiles / clerk.seconds, 0, 'f', 0)
                  .arg(kMergeRuns)
                  .arg(clerk.cpu, 0, 'f', 2)
                  .arg(loadText()));
    }
    return kPlainFiles / m.seconds >= 1000.0 ? 0 : 1;
}

// 50,000 visits × 40 answers generated by the server itself (what merging 50,000 files would
// leave in office_visit/office_answer): 1 % in conflict, three checklists, a year of visits,
// results 70 % ok, 15 % deviation, 8 % not checked, 7 % not applicable.
void fillStats(storage::PostgresOfficeRepository &office)
{
    std::vector<domain::Checklist> checklists;
    for (const QString &id : {QStringLiteral("livsmedel"), QStringLiteral("halsoskydd"),
                              QStringLiteral("miljo")})
        checklists.push_back(benchChecklist(id, QStringLiteral("Kontroll ") + id, 4, kItems / 4,
                                            false));
    office.importChecklists(checklists, QStringLiteral("bench"));
    storage::PostgresConnection &db = office.connection();
    db.inTransaction([&] {
        db.exec(QStringLiteral("SELECT setseed(0.7)"));
        db.exec(QStringLiteral(
            "INSERT INTO office_visit (visit_id, revision, content_hash, in_conflict, facility_id,"
            " facility_name, facility_category, checklist_id, checklist_version, checklist_title,"
            " kind, announced, inspectors, started_at, finished_at, minutes_spent, deviations)"
            " SELECT lpad(to_hex(n), 8, '0') || '-0000-4000-a000-' || lpad(to_hex(n * 7919), 12,"
            " '0'), 1, 'hash', n % 100 = 0, 'G-' || (n % 2000), 'Anläggning', 'Restaurang', c.id,"
            " 1, c.title, (ARRAY['planned','follow_up','complaint'])[1 + n % 3], true,"
            " 'Anna Berg', f - interval '1 hour', f, 30 + n % 180, 0"
            " FROM generate_series(0, %1) n,"
            " LATERAL (SELECT timestamptz '2026-01-01 08:00Z' + (random() * 360 * 86400) *"
            " interval '1 second' + n * interval '0 second' AS f) t,"
            " LATERAL (SELECT id, title FROM checklist ORDER BY id OFFSET (n * 7) % 3 LIMIT 1) c")
                    .arg(kVisits - 1));
        db.exec(QStringLiteral(
            "INSERT INTO office_answer (visit_num, position, item_id, section, text,"
            " legal_reference, result, comment)"
            " SELECT v.num, i.position, i.item_id, s.title, i.text, '',"
            " CASE WHEN r < 0.70 THEN 'ok' WHEN r < 0.85 THEN 'deviation' WHEN r < 0.93 THEN"
            " 'not_checked' ELSE 'not_applicable' END, ''"
            " FROM office_visit v JOIN checklist_item i ON i.checklist_id = v.checklist_id"
            " JOIN checklist_section s ON s.checklist_id = i.checklist_id AND"
            " s.checklist_version = i.checklist_version AND s.position = i.section_position,"
            " LATERAL (SELECT random() + 0 * v.num AS r) x"));
        db.exec(QStringLiteral(
            "UPDATE office_visit v SET deviations = (SELECT count(*) FROM office_answer a"
            " WHERE a.visit_num = v.num AND a.result = 'deviation')"));
    });
    // Rows written around the repository: its counts made as its migration makes them.
    storage::PostgresMigrations::rebuildItemCounts(db);
    db.exec(QStringLiteral("VACUUM ANALYZE office_visit"));
    db.exec(QStringLiteral("VACUUM ANALYZE office_answer"));
}

double cliMs(const QString &uri, const QStringList &filter = {})
{
    std::vector<double> wall;
    for (int run = 0; run < kStatsRuns; ++run) {
        QProcess cli;
        QElapsedTimer timer;
        timer.start();
        cli.start(QStringLiteral(TILLSYN_CLI_PATH),
                  QStringList{QStringLiteral("stats"), QStringLiteral("--db"), uri,
                              QStringLiteral("--by"), QStringLiteral("item"),
                              QStringLiteral("--json")} +
                      filter);
        if (!cli.waitForFinished(120000) || cli.exitCode() != 0) {
            print(QStringLiteral("tillsyn-cli stats failed: ") +
                  QString::fromUtf8(cli.readAllStandardError()));
            return -1;
        }
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(wall.begin(), wall.end());
    return wall[wall.size() / 2];
}

int statsFigure(Target &target)
{
    const QString uri = target.freshDatabase();
    storage::PostgresOfficeRepository office(storage::PostgresLocator::parse(uri));
    {
        QElapsedTimer timer;
        timer.start();
        fillStats(office);
        print(QStringLiteral("PostgreSQL stats: %1 visits × %2 answers filled in %3 s")
                  .arg(kVisits)
                  .arg(kItems)
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }
    std::vector<double> wall, cpu;
    size_t rows = 0;
    for (int run = 0; run < kStatsRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t start = std::clock();
        rows = stats::OfficeStatistics(office).groups(stats::Grouping::Item, {}).size();
        cpu.push_back(double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC);
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    const double inProcess = wall[wall.size() / 2];
    print(QStringLiteral("PostgreSQL stats --by item over %1 answers, in process: %2 ms (median "
                         "of %3; this process's CPU %4 ms; %5 rows; target < 1000 ms); load %6")
              .arg(kVisits * kItems)
              .arg(inProcess, 0, 'f', 0)
              .arg(kStatsRuns)
              .arg(cpu[cpu.size() / 2], 0, 'f', 0)
              .arg(rows)
              .arg(loadText()));
    const double cli = cliMs(uri);
    print(QStringLiteral("PostgreSQL tillsyn-cli stats --by item --json, the whole process: %1 "
                         "ms (median of %2; target < 1000 ms)")
              .arg(cli, 0, 'f', 0)
              .arg(kStatsRuns));
    // The figures above are the fixture's superuser's, whom row-level security (a county's
    // pool, PostgreSQL step 7) does not hold. A clerk's ordinary role is held by it: the same
    // command as that role, and a filtered one (--kind planned: the GROUP BY over the answers
    // rather than the kept counts) as both.
    bool clerkFast = true;
    if (target.fixture()) {
        const auto &server = test::PostgresFixture::instance();
        const QString password = kClerkPassword;
        server.createRole(kClerk, password);
        const QString database = storage::PostgresLocator::parse(uri).database;
        server.psql(database, QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES"
                                             " IN SCHEMA public TO ") +
                                  kClerk);
        qputenv("PGPASSWORD", password.toUtf8());
        const QString clerkUri = server.uri(database, kClerk);
        const double clerk = cliMs(clerkUri);
        const QStringList planned{QStringLiteral("--kind"), QStringLiteral("planned")};
        const double filteredSuper = cliMs(uri, planned);
        const double filteredClerk = cliMs(clerkUri, planned);
        qunsetenv("PGPASSWORD");
        print(QStringLiteral("PostgreSQL tillsyn-cli stats --by item --json as an ordinary role "
                             "(row-level security applies): %1 ms; with --kind planned (GROUP BY "
                             "over the answers): %2 ms as the superuser, %3 ms as the ordinary "
                             "role (medians of %4); load %5")
                  .arg(clerk, 0, 'f', 0)
                  .arg(filteredSuper, 0, 'f', 0)
                  .arg(filteredClerk, 0, 'f', 0)
                  .arg(kStatsRuns)
                  .arg(loadText()));
        clerkFast = clerk >= 0 && clerk < 1000.0;
    }
    return inProcess < 1000.0 && cli >= 0 && cli < 1000.0 && clerkFast ? 0 : 1;
}

} // namespace

// tillsyn-bench pg-merge|pg-stats|pg [--db postgresql://…]
int postgresBench(const QString &what, const QString &uri)
{
    Target target(uri);
    print(QStringLiteral("PostgreSQL figures on %1").arg(target.describe()));
    int status = 0;
    if (what != u"pg-stats")
        status |= mergeFigure(target);
    if (what != u"pg-merge")
        status |= statsFigure(target);
    return status;
}

} // namespace tillsyn::bench
