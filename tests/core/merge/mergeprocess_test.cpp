// MergeRun as a process that dies or has company: a child (tests/support/mergechild) merging a
// share of generated visit files is SIGKILLed at random points, and the merge run again to the
// end must give the database one clean merge gives, with every file archived exactly once; and
// two children merging the same share into the same database at once merge every file once.
#include "mergefixture.h"

#include "support/catchqt.h"

#include <QProcess>

#include <map>
#include <random>
#include <set>

#include <cerrno>
#include <signal.h>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_mergeprocess_test {

using namespace tillsyn;
using test::OfficeFixture;
using test::PostgresOfficeFixture;
using test::VisitFile;

namespace {

const QString kArchive = QStringLiteral("/archive/2026/03");

// Three files no merge accepts, among the good ones in name order.
const std::vector<VisitFile> &badFiles()
{
    static const std::vector<VisitFile> f{
        {QStringLiteral("0-broken.json"), "{\"format\": \"tillsyn-visit\""},
        {QStringLiteral("m-not-a-visit.txt"), "hello"},
        {QStringLiteral("zz-empty.json"), ""}};
    return f;
}

bool isBad(const QString &name)
{
    for (const VisitFile &f : badFiles()) {
        if (f.name == name)
            return true;
    }
    return false;
}

// 60 good files: generated visits (a fifth with a second revision) and four second contents
// claiming a revision (conflicts), so the run has imports, updates and conflicts; and the bad
// ones, rejected.
const std::vector<VisitFile> &files()
{
    static const std::vector<VisitFile> f = [] {
        std::vector<VisitFile> all = test::generatedFiles(60, 4242, 4);
        all.insert(all.end(), badFiles().begin(), badFiles().end());
        return all;
    }();
    return f;
}

// The names of the good files, or of the bad ones.
QStringList names(bool bad = false)
{
    QStringList out;
    for (const VisitFile &f : files()) {
        if (isBad(f.name) == bad)
            out.append(f.name);
    }
    out.sort();
    return out;
}

// What rejected/ holds once the bad files are rejected: each with its reason.
QStringList rejectedNames()
{
    QStringList out;
    for (const QString &name : names(true))
        out << name << name + QStringLiteral(".reason.txt");
    out.sort();
    return out;
}

// The merge tests run on both backends: the SQLite database also compares every row of its
// tables; on either, the repository's view (test::repositoryDump) must be what one clean merge
// on SQLite gives, so PostgreSQL gives SQLite's results.
QString tableDump(OfficeFixture &f)
{
    return test::fullDump(f.db);
}
QString tableDump(PostgresOfficeFixture &f)
{
    return test::repositoryDump(f.office);
}

template <typename Fixture>
const QString &cleanDump()
{
    static const QString dump = [] {
        Fixture f;
        f.toInbox(files());
        const merge::MergeReport report = f.run.run();
        REQUIRE(report.files.size() == files().size());
        REQUIRE(report.count(merge::Outcome::Rejected) == int(badFiles().size()));
        REQUIRE(report.count(merge::Outcome::Conflict) >= 4);
        REQUIRE(report.count(merge::Outcome::Updated) >= 4);
        return tableDump(f);
    }();
    return dump;
}

const QString &cleanRepositoryDump()
{
    static const QString dump = [] {
        OfficeFixture f;
        f.toInbox(files());
        f.run.run();
        return test::repositoryDump(f.office);
    }();
    return dump;
}

int storedRevisions(storage::OfficeRepository &office)
{
    int n = 0;
    for (const QString &id : office.visitIds())
        n += int(office.revisions(id).size());
    return n;
}

// The state every way of merging these files must end in.
template <typename Fixture>
void requireMergedOnce(Fixture &f)
{
    CHECK(tableDump(f) == cleanDump<Fixture>());
    CHECK(test::repositoryDump(f.office) == cleanRepositoryDump());
    const int good = int(files().size() - badFiles().size());
    CHECK(storedRevisions(f.office) == good);
    CHECK(int(f.office.rejected().size()) == int(badFiles().size()));
    CHECK(test::namesIn(f.shareDir + QStringLiteral("/inbox")).isEmpty());
    // A reason being written when the kill came stays as a hidden partial file, which no
    // listing of the share shows and nothing reads (the next run writes the reason anew).
    QStringList all = test::filesUnder(f.shareDir);
    QStringList rejected = test::namesIn(f.shareDir + QStringLiteral("/rejected"));
    for (QStringList *list : {&all, &rejected}) {
        list->removeIf([](const QString &path) {
            return path.section(u'/', -1).startsWith(u'.') && path.endsWith(u".part");
        });
    }
    // Every file archived or rejected (with its reason) exactly once, none lost, nothing else
    // left anywhere in the share.
    CHECK(rejected == rejectedNames());
    CHECK(test::namesIn(f.shareDir + kArchive) == names());
    CHECK(all.size() == good + rejectedNames().size());
}

template <typename Fixture>
QProcess *startChild(Fixture &f, QObject *parent, bool wait)
{
    auto *child = new QProcess(parent);
    QStringList args{f.locator(), f.shareDir};
    if (wait)
        args.append(QStringLiteral("--wait"));
    child->start(QStringLiteral(TILLSYN_MERGE_CHILD_PATH), args);
    REQUIRE(child->waitForStarted(10000));
    return child;
}

// Reads the child's output until it holds `lines` complete lines (or the child ended).
QByteArray readLines(QProcess &child, int lines)
{
    QByteArray out;
    while (out.count('\n') < lines) {
        if (child.state() == QProcess::NotRunning || !child.waitForReadyRead(30000)) {
            out += child.readAllStandardOutput();
            break;
        }
        out += child.readAllStandardOutput();
    }
    return out;
}

} // namespace

template <typename Fixture>
void killedAndRunAgain(int kKills)
{
    REQUIRE_FALSE(cleanDump<Fixture>().isEmpty());
    std::mt19937 rng(1303);
    int kills = 0;
    int rounds = 0;
    std::map<QString, int> killedAfter; // kind of the child's last line before it died → count
    QObject parent;
    while (kills < kKills) {
        // A round without a kill (the child finished first) is possible on a busy machine.
        REQUIRE(++rounds <= 3 * kKills);
        Fixture f;
        f.toInbox(files());
        // A line per step: ready, then file/read/moved for each file.
        // The bad files come last (their names are no visit file names): every third round is
        // killed among them, so rejections are interrupted too.
        const int good = int(files().size() - badFiles().size());
        const int wanted = rounds % 3 == 0 ? 1 + 3 * good + int(rng() % (1 + 3 * badFiles().size()))
                                           : 1 + int(rng() % (1 + 3 * files().size()));
        INFO("round " << rounds << ", kill after " << wanted << " lines");
        QProcess *child = startChild(f, &parent, false);
        QByteArray out = readLines(*child, wanted);
        // The child runs on while the lines are read: it may have finished (and exited) already,
        // which its exit status tells apart from a kill.
        const qint64 pid = child->processId();
        if (pid > 0 && !out.contains("\ndone\n")) {
            // ESRCH: it ended on its own just now; the exit status below says how.
            const bool sent = ::kill(pid_t(pid), SIGKILL) == 0;
            REQUIRE((sent || errno == ESRCH));
        }
        REQUIRE(child->waitForFinished(20000));
        out += child->readAllStandardOutput();
        if (child->exitStatus() == QProcess::CrashExit) {
            ++kills;
            const QList<QByteArray> lines = out.split('\n');
            const QByteArray last = lines.size() >= 2 ? lines[lines.size() - 2] : QByteArray();
            ++killedAfter[QString::fromLatin1(last.left(last.indexOf(' ')))];
        } else {
            INFO("stderr: " << child->readAllStandardError().toStdString()
                            << "\nstdout ends: " << out.right(300).toStdString());
            REQUIRE(child->exitCode() == 0);
            REQUIRE(out.contains("\ndone\n"));
        }
        delete child;
        INFO("the child's last lines: " << out.right(400).toStdString());

        // Run again, in this process, to the end.
        const merge::MergeReport rest = f.run.run();
        for (const auto &r : rest.files)
            CHECK((r.outcome == merge::Outcome::Rejected) == isBad(r.file));
        requireMergedOnce(f);
    }
    QStringList where;
    for (const auto &[line, n] : killedAfter)
        where.append(QStringLiteral("%1×%2").arg(line).arg(n));
    WARN(QStringLiteral("%1 kills in %2 rounds; killed after: %3")
             .arg(kills)
             .arg(rounds)
             .arg(where.join(QStringLiteral(", ")))
             .toStdString());
}

template <typename Fixture>
void twoAtOnce()
{
    REQUIRE_FALSE(cleanDump<Fixture>().isEmpty());
    for (int round = 0; round < 2; ++round) {
        INFO("round " << round);
        Fixture f;
        f.toInbox(files());
        QObject parent;
        QProcess *a = startChild(f, &parent, true);
        QProcess *b = startChild(f, &parent, true);
        // Both are ready (database and share open); then both go at once.
        REQUIRE(readLines(*a, 1) == "ready\n");
        REQUIRE(readLines(*b, 1) == "ready\n");
        a->write("go\n");
        b->write("go\n");
        REQUIRE(a->waitForBytesWritten(10000));
        REQUIRE(b->waitForBytesWritten(10000));
        for (QProcess *child : {a, b}) {
            REQUIRE(child->waitForFinished(60000));
            INFO("stderr: " << child->readAllStandardError().toStdString());
            REQUIRE(child->exitStatus() == QProcess::NormalExit);
            REQUIRE(child->exitCode() == 0);
        }
        // The union of both reports has each file exactly once: the process that moved a file
        // reports it; the other skips it silently.
        std::map<QString, int> reported;
        std::map<QString, QStringList> outcomes; // each child's lines naming it, for a failure
        int byA = 0;
        int skipped = 0; // merged (as a duplicate) but moved away by the other meanwhile
        for (QProcess *child : {a, b}) {
            const QList<QByteArray> lines = child->readAllStandardOutput().split('\n');
            REQUIRE(lines.contains("done"));
            const QString who = child == a ? QStringLiteral("first: ") : QStringLiteral("second: ");
            for (const QByteArray &line : lines) {
                skipped += line.startsWith("moved ") && line.endsWith(" 0");
                for (const VisitFile &file : files()) {
                    if (line.contains(file.name.toUtf8()))
                        outcomes[file.name] << who + QString::fromUtf8(line);
                }
                if (!line.startsWith("result "))
                    continue;
                // result NAME OUTCOME [REASON…]
                const QList<QByteArray> parts = line.split(' ');
                REQUIRE(parts.size() >= 3);
                CHECK((parts[2] == "rejected") == isBad(QString::fromUtf8(parts[1])));
                ++reported[QString::fromUtf8(parts[1])];
                byA += child == a;
            }
        }
        for (const auto &[name, n] : reported) {
            INFO(outcomes[name].join(u'\n').toStdString());
            CHECK(n == 1);
        }
        CHECK(reported.size() == files().size());
        requireMergedOnce(f);
        WARN(QStringLiteral("round %1: %2 files reported by the first child, %3 by the second, %4 "
                            "merged by both and skipped by the one that did not move them")
                 .arg(round)
                 .arg(byA)
                 .arg(int(reported.size()) - byA)
                 .arg(skipped)
                 .toStdString());
    }
}

TEST_CASE("a merge killed at random points and run again ends as one clean merge",
          "[merge][process][kill]")
{
    killedAndRunAgain<OfficeFixture>(30);
}

// The merge's session commits asynchronously (synchronous_commit = off) on PostgreSQL: a killed
// client loses nothing committed, and a rerun still gives one clean merge.
TEST_CASE("PostgreSQL: a merge killed at random points and run again ends as one clean merge",
          "[merge][process][kill][postgres]")
{
    killedAndRunAgain<PostgresOfficeFixture>(15);
}

TEST_CASE("two merges at once on one share and database merge every file once",
          "[merge][process][concurrent]")
{
    twoAtOnce<OfficeFixture>();
}

TEST_CASE("PostgreSQL: two merges at once on one share and database merge every file once",
          "[merge][process][concurrent][postgres]")
{
    twoAtOnce<PostgresOfficeFixture>();
}

} // namespace tillsyn_unity_mergeprocess_test
