// formats.md, "Merging into the office database": every row of the merge table on the pure
// decide() function, the examples of the text verbatim, and the conflict property of a stored set.
#include "merge/mergedecision.h"

#include "support/catchqt.h"

#include <algorithm>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_mergedecision_test {

using namespace tillsyn::merge;

namespace {

const QString kA = QStringLiteral("aaaa");
const QString kB = QStringLiteral("bbbb");
const QString kC = QStringLiteral("cccc");

// Merges `incoming` into `history` as MergeRun does (a duplicate stores nothing) and returns the
// outcome.
Outcome mergeInto(std::vector<StoredRevision> &history, int revision, int base, const QString &hash)
{
    const Outcome o = decide(history, {revision, base, hash});
    if (o != Outcome::Duplicate)
        history.push_back({revision, base, hash, false});
    return o;
}

} // namespace

TEST_CASE("decide: an unknown visitId is imported", "[merge][decide]")
{
    CHECK(decide({}, {1, 0, kA}) == Outcome::Imported);
    // Whatever its revision: the first file of a visit may be a later one.
    CHECK(decide({}, {3, 2, kA}) == Outcome::Imported);
}

TEST_CASE("decide: the same revision with the same content is a duplicate", "[merge][decide]")
{
    const std::vector<StoredRevision> history{{1, 0, kA, false}, {2, 1, kB, false}};
    CHECK(decide(history, {1, 0, kA}) == Outcome::Duplicate);
    CHECK(decide(history, {2, 1, kB}) == Outcome::Duplicate);
    // A set-aside revision sent again is a duplicate too: nothing changes.
    const std::vector<StoredRevision> resolved{
        {1, 0, kA, false}, {2, 1, kB, false}, {2, 1, kC, true}};
    CHECK(decide(resolved, {2, 1, kC}) == Outcome::Duplicate);
    // Duplicates come before conflict: a duplicate of a visit in conflict is still a duplicate.
    const std::vector<StoredRevision> conflicted{
        {1, 0, kA, false}, {2, 1, kB, false}, {2, 1, kC, false}};
    REQUIRE(inConflict(conflicted));
    CHECK(decide(conflicted, {2, 1, kC}) == Outcome::Duplicate);
}

TEST_CASE("decide: two contents claiming one revision are a conflict", "[merge][decide]")
{
    const std::vector<StoredRevision> history{{1, 0, kA, false}, {2, 1, kB, false}};
    CHECK(decide(history, {2, 1, kC}) == Outcome::Conflict);
    CHECK(decide(history, {1, 0, kC}) == Outcome::Conflict);
    CHECK(decide({{1, 0, kA, false}}, {1, 0, kB}) == Outcome::Conflict);
}

TEST_CASE("decide: r1, r2 (base 1), then r3 (base 1) is a conflict", "[merge][decide]")
{
    const std::vector<StoredRevision> history{{1, 0, kA, false}, {2, 1, kB, false}};
    CHECK(decide(history, {3, 1, kC}) == Outcome::Conflict);
    // The same lines of editing in the other order: r3 (base 1) stored, r2 arrives.
    CHECK(decide({{1, 0, kA, false}, {3, 1, kC, false}}, {2, 1, kB}) == Outcome::Conflict);
    // Once in conflict, every further stored revision reports conflict: the visit is in conflict
    // after storing it.
    CHECK(decide({{1, 0, kA, false}, {2, 1, kB, false}, {3, 1, kC, false}},
                 {4, 3, QStringLiteral("dddd")}) == Outcome::Conflict);
}

TEST_CASE("decide: a revision above the current one is updated", "[merge][decide]")
{
    CHECK(decide({{1, 0, kA, false}}, {2, 1, kB}) == Outcome::Updated);
    CHECK(decide({{1, 0, kA, false}, {2, 1, kB, false}}, {3, 2, kC}) == Outcome::Updated);
    // A gap is fine as long as nothing stored lies between base and revision.
    CHECK(decide({{1, 0, kA, false}}, {3, 2, kC}) == Outcome::Updated);
    CHECK(decide({{1, 0, kA, false}}, {5, 1, kC}) == Outcome::Updated);
}

TEST_CASE("decide: r1, r3 (base 2), then r2 (base 1) is history", "[merge][decide]")
{
    const std::vector<StoredRevision> history{{1, 0, kA, false}, {3, 2, kC, false}};
    CHECK(decide(history, {2, 1, kB}) == Outcome::History);
    // Below the current revision without breaking a line of editing: the first revision
    // arriving last.
    CHECK(decide({{2, 1, kB, false}, {3, 2, kC, false}}, {1, 0, kA}) == Outcome::History);
}

TEST_CASE("decide: the examples of formats.md", "[merge][decide]")
{
    SECTION("r1, then r2 (base 1) → imported, updated. Then r3 (base 1) → conflict")
    {
        std::vector<StoredRevision> h;
        CHECK(mergeInto(h, 1, 0, kA) == Outcome::Imported);
        CHECK(mergeInto(h, 2, 1, kB) == Outcome::Updated);
        CHECK(mergeInto(h, 3, 1, kC) == Outcome::Conflict);
        CHECK(inConflict(h));
        CHECK(currentRevision(h) == 3);
    }
    SECTION("r1, then r3 (base 2) → imported, updated; r2 (base 1) arriving later → history")
    {
        std::vector<StoredRevision> h;
        CHECK(mergeInto(h, 1, 0, kA) == Outcome::Imported);
        CHECK(mergeInto(h, 3, 2, kC) == Outcome::Updated);
        CHECK(mergeInto(h, 2, 1, kB) == Outcome::History);
        CHECK_FALSE(inConflict(h));
        CHECK(currentRevision(h) == 3);
    }
    SECTION("two laptops each finishing r2 (base 1) with different content → the second is a "
            "conflict")
    {
        std::vector<StoredRevision> h;
        CHECK(mergeInto(h, 1, 0, kA) == Outcome::Imported);
        CHECK(mergeInto(h, 2, 1, kB) == Outcome::Updated);
        CHECK(mergeInto(h, 2, 1, kC) == Outcome::Conflict);
        CHECK(inConflict(h));
    }
}

TEST_CASE("inConflict is a property of the stored set, and set-aside revisions do not count",
          "[merge][decide]")
{
    CHECK_FALSE(inConflict({}));
    CHECK_FALSE(inConflict({{1, 0, kA, false}, {2, 1, kB, false}, {3, 2, kC, false}}));
    CHECK(inConflict({{1, 0, kA, false}, {1, 0, kB, false}}));
    CHECK(inConflict({{3, 1, kC, false}, {1, 0, kA, false}, {2, 1, kB, false}}));
    // The same content twice at one number is no conflict.
    CHECK_FALSE(inConflict({{2, 1, kB, false}, {2, 1, kB, false}}));
    // Setting aside either line of editing ends the conflict.
    CHECK_FALSE(inConflict({{1, 0, kA, false}, {2, 1, kB, true}, {3, 1, kC, false}}));
    CHECK_FALSE(inConflict({{1, 0, kA, false}, {2, 1, kB, false}, {3, 1, kC, true}}));
    CHECK_FALSE(inConflict({{1, 0, kA, false}, {2, 1, kB, false}, {2, 1, kC, true}}));
    // The current revision ignores set-aside ones.
    CHECK(currentRevision({{1, 0, kA, false}, {2, 1, kB, false}, {3, 1, kC, true}}) == 2);
    CHECK(currentRevision({}) == 0);
}

TEST_CASE("decide does not depend on the order of the history", "[merge][decide]")
{
    std::vector<StoredRevision> h{{1, 0, kA, false},
                                  {2, 1, kB, false},
                                  {4, 3, kC, false},
                                  {3, 2, QStringLiteral("x"), false}};
    const std::vector<IncomingRevision> incoming{{5, 4, QStringLiteral("y")},
                                                 {3, 2, QStringLiteral("x")},
                                                 {3, 2, QStringLiteral("z")},
                                                 {6, 2, QStringLiteral("w")},
                                                 {1, 0, kA}};
    std::vector<Outcome> first;
    for (const auto &in : incoming)
        first.push_back(decide(h, in));
    CHECK(first == std::vector<Outcome>{Outcome::Updated, Outcome::Duplicate, Outcome::Conflict,
                                        Outcome::Conflict, Outcome::Duplicate});
    const auto byHash = [](const StoredRevision &a, const StoredRevision &b) {
        return a.contentHash < b.contentHash;
    };
    std::sort(h.begin(), h.end(), byHash);
    int orders = 0;
    do {
        ++orders;
        for (size_t i = 0; i < incoming.size(); ++i)
            CHECK(decide(h, incoming[i]) == first[i]);
    } while (std::next_permutation(h.begin(), h.end(), byHash));
    CHECK(orders == 24);
}

} // namespace tillsyn_unity_mergedecision_test
