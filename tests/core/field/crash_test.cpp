// A field laptop's battery dies, or the app is killed, in the middle of answering: every answer a
// call returned from must be in the database afterwards, and the database must be intact.
#include "fieldfixture.h"

#include "samples.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/facilitystore.h"
#include "storage/visitstore.h"

#include "support/catchqt.h"
#include "support/crashchild/crashsequence.h"
#include "support/dbquery.h"

#include <QProcess>
#include <QSqlQuery>

#include <csignal>
#include <random>
#include <sys/types.h>

// Catch2's printer of an item's state (a specialisation, so outside this file's namespace).
namespace Catch {
template <> struct StringMaker<tillsyn::test::crash::ItemState>
{
    static std::string convert(const tillsyn::test::crash::ItemState &s)
    {
        return (s.result ? tillsyn::domain::toString(*s.result) : QStringLiteral("-"))
                   .toStdString() +
               " \"" + s.comment.toStdString() + '"';
    }
};
} // namespace Catch

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_crash_test {

using namespace tillsyn;
namespace crash = tillsyn::test::crash;

namespace {

std::vector<crash::ItemState> stateOf(const domain::Visit &v)
{
    std::vector<crash::ItemState> out;
    for (const auto &a : v.answers)
        out.push_back({a.result, a.comment});
    return out;
}

} // namespace

TEST_CASE("Answers survive SIGKILL at random moments, and the database stays intact",
          "[field][crash]")
{
    const test::TempDir dir;
    const QString path = dir.file(QStringLiteral("crash.db"));
    QString visitId;
    {
        // No connection of the test stays open while a child runs: each child (and each check)
        // opens a database whose last writer was killed.
        storage::Database db(path);
        storage::FacilityStore(db).upsert(
            {test::sampleFacility(QStringLiteral("F-1"), QStringLiteral("Kafé Kanelbullen"))});
        storage::ChecklistStore(db).import({test::sampleChecklist(QStringLiteral("livs"))},
                                           QStringLiteral("test.json"));
        field::StartRequest request;
        request.facilityId = QStringLiteral("F-1");
        request.checklistId = QStringLiteral("livs");
        request.inspectors = {{QStringLiteral("eva"), QStringLiteral("Eva Ek")}};
        visitId = field::VisitLifecycle(db).start(request);
    }

    const QStringList items = test::sampleItemIds();
    std::vector<crash::ItemState> model(size_t(items.size())); // all unanswered
    qint64 next = 0;    // the first step the next child performs
    int unreported = 0; // kills that landed between a commit and its line
    std::mt19937 rng(20261126);
    constexpr int kKills = 60;

    for (int kill = 0; kill < kKills; ++kill) {
        // Kill right after the start now and then (while it opens the database), else after a
        // random number of reported commits.
        const int wanted = rng() % 5 == 0 ? 0 : int(1 + rng() % 150);
        INFO("kill " << kill << " after " << wanted << " lines, from step " << next);

        QProcess child;
        child.start(QStringLiteral(TILLSYN_CRASH_CHILD_PATH),
                    {path, visitId, QString::number(next)});
        REQUIRE(child.waitForStarted(10000));
        QByteArray out;
        while (out.count('\n') < wanted) {
            if (!child.waitForReadyRead(20000)) {
                FAIL("the child stopped reporting: state "
                     << int(child.state())
                     << ", stderr: " << child.readAllStandardError().toStdString());
            }
            out += child.readAllStandardOutput();
        }
        REQUIRE(child.state() == QProcess::Running);
        REQUIRE(::kill(pid_t(child.processId()), SIGKILL) == 0);
        REQUIRE(child.waitForFinished(20000));
        CHECK(child.exitStatus() == QProcess::CrashExit);
        out += child.readAllStandardOutput();

        // Every complete line is a step whose call returned; check it is the expected one.
        const QList<QByteArray> lines = out.split('\n');
        for (int i = 0; i + 1 < lines.size(); ++i) {
            crash::apply(model, next);
            const int item = crash::step(next, int(items.size())).item;
            REQUIRE(QString::fromUtf8(lines[i]) ==
                    crash::committedLine(items.at(item), model[size_t(item)]));
            ++next;
        }

        storage::Database db(path);
        CHECK(test::queryColumn(db, QStringLiteral("PRAGMA integrity_check")) ==
              QStringList{QStringLiteral("ok")});
        CHECK(test::queryColumn(db, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
        const auto visit = storage::VisitStore(db).load(visitId);
        REQUIRE(visit);
        REQUIRE(visit->revision == 1);
        REQUIRE(visit->answers.size() == size_t(items.size()));
        const auto stored = stateOf(*visit);
        if (stored != model) {
            // Killed after the commit of the next step but before its line was written.
            crash::apply(model, next);
            REQUIRE(stored == model);
            ++next;
            ++unreported;
        }
    }
    // The run did exercise the loop: many commits, spread over every item.
    CHECK(next > kKills * 40);
    INFO("unreported commits found: " << unreported);
    SUCCEED();
}

} // namespace tillsyn_unity_crash_test
