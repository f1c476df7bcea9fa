// merge::deriveCurrent(), the pure derivation of what stands for a visit from its stored history
// (formats.md, "Merging into the office database"): every row of the merge table that changes
// the current revision or the conflict state, and resolutions (set-aside revisions). Both
// backends write exactly what this returns.
#include "merge/mergedecision.h"

#include "support/catchqt.h"

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_derivecurrent_test {

using namespace tillsyn::merge;

namespace {

const QString kA = QStringLiteral("aaaa");
const QString kB = QStringLiteral("bbbb");
const QString kC = QStringLiteral("cccc");

struct Expect
{
    int revision;
    QString hash;
    bool conflict;
};

void check(const std::vector<StoredRevision> &history, const Expect &e)
{
    const auto current = deriveCurrent(history);
    REQUIRE(current.has_value());
    CHECK(current->revision == e.revision);
    CHECK(current->contentHash == e.hash);
    CHECK(current->inConflict == e.conflict);
}

} // namespace

TEST_CASE("deriveCurrent: no revision, or every one set aside, leaves nothing standing",
          "[merge][derive]")
{
    CHECK_FALSE(deriveCurrent({}).has_value());
    CHECK_FALSE(deriveCurrent({{1, 0, kA, true}, {2, 1, kB, true}}).has_value());
}

TEST_CASE("deriveCurrent: imported — the only revision stands, no conflict", "[merge][derive]")
{
    check({{1, 0, kA, false}}, {1, kA, false});
    // A visit whose first file is a later revision.
    check({{3, 2, kB, false}}, {3, kB, false});
}

TEST_CASE("deriveCurrent: updated — the higher revision becomes current", "[merge][derive]")
{
    check({{1, 0, kA, false}, {2, 1, kB, false}}, {2, kB, false});
}

TEST_CASE("deriveCurrent: history — an earlier revision changes nothing", "[merge][derive]")
{
    // r1, then r3 (base 2), then r2 (base 1): r3 stays current, no conflict.
    check({{1, 0, kA, false}, {2, 1, kB, false}, {3, 2, kC, false}}, {3, kC, false});
}

TEST_CASE("deriveCurrent: conflict by two lines — r3 (base 1) over r2 stands, in conflict",
          "[merge][derive]")
{
    check({{1, 0, kA, false}, {2, 1, kB, false}, {3, 1, kC, false}}, {3, kC, true});
}

TEST_CASE("deriveCurrent: conflict by two contents at one number — the first merged stands",
          "[merge][derive]")
{
    // The history comes ordered by revision, then merge time: B was merged before C.
    check({{1, 0, kA, false}, {2, 1, kB, false}, {2, 1, kC, false}}, {2, kB, true});
    check({{1, 0, kA, false}, {2, 1, kC, false}, {2, 1, kB, false}}, {2, kC, true});
}

TEST_CASE("deriveCurrent: a resolution's set-aside revisions neither stand nor conflict",
          "[merge][derive]")
{
    // Two contents at r2, the first merged (B) set aside: C stands, the conflict is over.
    check({{1, 0, kA, false}, {2, 1, kB, true}, {2, 1, kC, false}}, {2, kC, false});
    // r3 (base 1) set aside in favour of r2: r2 is current again, no conflict.
    check({{1, 0, kA, false}, {2, 1, kB, false}, {3, 1, kC, true}}, {2, kB, false});
    // A later revision built on the chosen one: updated, no conflict.
    check({{1, 0, kA, false}, {2, 1, kB, false}, {3, 1, kC, true},
           {4, 2, QStringLiteral("dddd"), false}},
          {4, QStringLiteral("dddd"), false});
}

} // namespace tillsyn_unity_derivecurrent_test
