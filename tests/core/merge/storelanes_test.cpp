// StoreLanes: where a merge stores its files. On real SQLite files (sessions opened by a test's
// opener, since SQLite's own opener gives none) and on the tests' PostgreSQL server (its
// repository's opener); and MergeRun over lanes reports what one session reports.
#include "mergefixture.h"

#include "merge/storelanes.h"
#include "storage/postgres/postgresofficerepository.h"
#include "storage/storageerror.h"
#include "util/error.h"

#include "support/catchqt.h"

#include <QSet>

#include <atomic>
#include <map>
#include <mutex>
#include <stdexcept>
#include <thread>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_storelanes_test {

using namespace tillsyn;
using merge::StoreLanes;

namespace {

// Keys that go to each of two lanes: a few of each.
std::map<int, QStringList> keysByLane(int perLane)
{
    std::map<int, QStringList> keys;
    for (int n = 0; keys[0].size() < perLane || keys[1].size() < perLane; ++n) {
        const QString key = test::uuidFor(n);
        QStringList &lane = keys[StoreLanes::laneOf(key, 2)];
        if (lane.size() < perLane)
            lane.append(key);
    }
    return keys;
}

} // namespace

TEST_CASE("StoreLanes without sessions runs each job at once on the run's own repository",
          "[merge][lanes]")
{
    test::OfficeFixture f;
    StoreLanes lanes(f.office, f.office.sessionOpener(), 2);
    CHECK(lanes.count() == 0); // SQLite: one writer, no lanes
    storage::OfficeRepository *ranOn = nullptr;
    std::thread::id ranIn;
    std::future<void> done = lanes.submit(QStringLiteral("k"), [&](storage::OfficeRepository &r) {
        ranOn = &r;
        ranIn = std::this_thread::get_id();
    });
    // Already run, here.
    CHECK(done.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
    CHECK(ranOn == &f.office);
    CHECK(ranIn == std::this_thread::get_id());
    std::future<void> failed = lanes.submit(
        QStringLiteral("k"), [](storage::OfficeRepository &) { throw std::runtime_error("boom"); });
    CHECK_THROWS_AS(failed.get(), std::runtime_error);
}

TEST_CASE("StoreLanes keeps a key's jobs in order on one session and spreads keys over sessions",
          "[merge][lanes]")
{
    test::TempDir dir;
    test::OfficeFixture f;
    std::atomic<int> opened = 0;
    const storage::OfficeRepository::SessionOpener opener = [&] {
        return storage::OfficeRepository::open(
            dir.file(QStringLiteral("lane-%1.db").arg(opened.fetch_add(1))));
    };
    std::mutex mutex;
    std::map<QString, std::vector<int>> order;               // key → job numbers as run
    std::map<QString, QSet<storage::OfficeRepository *>> on; // key → sessions it ran on
    QSet<storage::OfficeRepository *> sessions;
    std::vector<std::future<void>> done;
    const std::map<int, QStringList> keys = keysByLane(3);
    {
        StoreLanes lanes(f.office, opener, 2);
        REQUIRE(lanes.count() == 2);
        CHECK(opened == 2);
        for (int job = 0; job < 40; ++job) {
            const QString key = keys.at(job % 2).at((job / 2) % 3);
            done.push_back(lanes.submit(key, [&, key, job](storage::OfficeRepository &r) {
                // Real work on the lane's own database (its thread's connection).
                r.setSetting(QStringLiteral("job"), QString::number(job));
                std::lock_guard lock(mutex);
                order[key].push_back(job);
                on[key].insert(&r);
                sessions.insert(&r);
            }));
        }
        for (std::future<void> &d : done)
            d.get();
    }
    CHECK_FALSE(sessions.contains(&f.office));
    CHECK(sessions.size() == 2);
    REQUIRE(order.size() == 6);
    for (const auto &[key, jobs] : order) {
        INFO(key.toStdString());
        CHECK(on[key].size() == 1);
        CHECK(std::is_sorted(jobs.begin(), jobs.end()));
        CHECK(jobs.size() >= 6);
    }
}

TEST_CASE("StoreLanes: a session that cannot be opened is not a lane, and a job's error reaches "
          "its future",
          "[merge][lanes]")
{
    test::TempDir dir;
    test::OfficeFixture f;
    std::atomic<int> calls = 0;
    const storage::OfficeRepository::SessionOpener opener =
        [&]() -> std::unique_ptr<storage::OfficeRepository> {
        if (calls.fetch_add(1) == 0)
            throw Error(QStringLiteral("too many connections"));
        return storage::OfficeRepository::open(dir.file(QStringLiteral("lane.db")));
    };
    StoreLanes lanes(f.office, opener, 2);
    CHECK(calls == 2);
    REQUIRE(lanes.count() == 1);
    std::future<void> failed = lanes.submit(QStringLiteral("a"), [](storage::OfficeRepository &) {
        throw storage::StorageError(storage::StorageError::Kind::Connection,
                                    QStringLiteral("gone"));
    });
    CHECK_THROWS_AS(failed.get(), storage::StorageError);
    // The lane goes on after a job's error.
    bool ran = false;
    lanes.submit(QStringLiteral("a"), [&](storage::OfficeRepository &) { ran = true; }).get();
    CHECK(ran);
}

TEST_CASE("PostgreSQL: StoreLanes works on sessions of their own acting for the same office",
          "[merge][lanes][postgres]")
{
    test::PostgresOfficeFixture f;
    auto &own = dynamic_cast<storage::PostgresOfficeRepository &>(f.office);
    const QString ownPid =
        own.connection().value(QStringLiteral("SELECT pg_backend_pid()")).toString();
    StoreLanes lanes(f.office, f.office.sessionOpener(), 2);
    REQUIRE(lanes.count() == 2);
    std::mutex mutex;
    QSet<QString> pids;
    const std::map<int, QStringList> keys = keysByLane(1);
    for (int lane : {0, 1}) {
        lanes
            .submit(
                keys.at(lane).front(),
                [&](storage::OfficeRepository &r) {
                    auto &pg = dynamic_cast<storage::PostgresOfficeRepository &>(r);
                    const QString pid =
                        pg.connection().value(QStringLiteral("SELECT pg_backend_pid()")).toString();
                    // In a write batch: its commits wait for no disk (made durable by the run).
                    const QString sync =
                        pg.connection()
                            .value(QStringLiteral("SELECT current_setting('synchronous_commit')"))
                            .toString();
                    CHECK(sync == QStringLiteral("off"));
                    std::lock_guard lock(mutex);
                    pids.insert(pid);
                })
            .get();
    }
    CHECK(pids.size() == 2);
    CHECK_FALSE(pids.contains(ownPid));
}

// One visit's files on one lane, in order: each file's outcome is the one a single session
// gives (a second revision stored before its first would be "imported" and the first "history").
TEST_CASE("MergeRun reports the same outcome for every file on SQLite and on PostgreSQL's lanes",
          "[merge][lanes][postgres]")
{
    const std::vector<test::VisitFile> files = test::generatedFiles(80, 777, 5);
    test::OfficeFixture lite;
    lite.toInbox(files);
    const merge::MergeReport expected = lite.run.run();
    test::PostgresOfficeFixture f;
    f.toInbox(files);
    const merge::MergeReport got = f.run.run();
    REQUIRE(expected.files.size() == files.size());
    REQUIRE(got.files.size() == expected.files.size());
    int updated = 0;
    for (size_t i = 0; i < got.files.size(); ++i) {
        INFO(got.files[i].file.toStdString());
        CHECK(got.files[i].file == expected.files[i].file);
        CHECK(got.files[i].outcome == expected.files[i].outcome);
        CHECK(got.files[i].revision == expected.files[i].revision);
        CHECK(got.files[i].reason == expected.files[i].reason);
        updated += got.files[i].outcome == merge::Outcome::Updated;
    }
    // The files have what order could change: second revisions and conflicts.
    CHECK(updated > 0);
    CHECK(got.count(merge::Outcome::Conflict) > 0);
    CHECK(test::canonicalDump(f.office) == test::canonicalDump(lite.office));
}

} // namespace tillsyn_unity_storelanes_test
