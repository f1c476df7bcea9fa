// What a person sees to resolve a conflict: which two revisions face each other and every field
// where they differ — the summary, the times and the photos too, not only the answers.
#include "mergefixture.h"

#include "merge/revisioncomparison.h"

#include "support/catchqt.h"

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_revisioncomparison_test {

using namespace tillsyn;
using merge::ComparedField;
using merge::compareRevisions;
using merge::conflictPair;
using merge::StoredRevision;

namespace {

const ComparedField *row(const std::vector<ComparedField> &rows, const QString &label)
{
    for (const auto &r : rows) {
        if (r.label == label)
            return &r;
    }
    return nullptr;
}

int differing(const std::vector<ComparedField> &rows)
{
    int n = 0;
    for (const auto &r : rows)
        n += r.differs ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("two equal revisions differ nowhere", "[merge][compare]")
{
    const auto visit = test::mergeVisit(test::uuidFor(3), 2, 1);
    const auto rows = compareRevisions(visit, visit);
    CHECK(rows.size() == 8 + visit.answers.size());
    CHECK(differing(rows) == 0);
}

TEST_CASE("a summary, a time, a photo or an answer that differs is marked", "[merge][compare]")
{
    const auto left = test::mergeVisitWithPhoto(test::uuidFor(4));
    REQUIRE_FALSE(left.answers.front().photoIds.isEmpty());

    SECTION("summary")
    {
        auto right = left;
        right.summary += QStringLiteral(" Kompletterat.");
        const auto rows = compareRevisions(left, right);
        CHECK(differing(rows) == 1);
        REQUIRE(row(rows, QStringLiteral("Summary")));
        CHECK(row(rows, QStringLiteral("Summary"))->differs);
        CHECK(row(rows, QStringLiteral("Summary"))->right.endsWith(u"Kompletterat."));
    }
    SECTION("finishing time")
    {
        auto right = left;
        right.finishedAt = left.finishedAt.addSecs(3600);
        const auto rows = compareRevisions(left, right);
        CHECK(differing(rows) == 1);
        CHECK(row(rows, QStringLiteral("Finished"))->differs);
    }
    SECTION("a photo's picture, under the same id")
    {
        auto right = left;
        right.photos.front().sha256 = QString(64, u'f');
        const auto rows = compareRevisions(left, right);
        CHECK(differing(rows) == 1);
        const ComparedField *item = row(rows, left.answers.front().text);
        REQUIRE(item);
        CHECK(item->differs);
        CHECK(item->left.contains(u"Photos:"));
    }
    SECTION("a photo removed")
    {
        auto right = left;
        right.answers.front().photoIds.clear();
        right.photos.clear();
        CHECK(row(compareRevisions(left, right), left.answers.front().text)->differs);
    }
    SECTION("an answer's comment")
    {
        auto right = left;
        right.answers.back().comment = QStringLiteral("Annan kommentar");
        const auto rows = compareRevisions(left, right);
        CHECK(differing(rows) == 1);
        CHECK(row(rows, left.answers.back().text)->right.contains(u"Annan kommentar"));
    }
    SECTION("the inspectors")
    {
        auto right = left;
        right.inspectors = {{QStringLiteral("bo"), QStringLiteral("Bo Ek")}};
        const auto rows = compareRevisions(left, right);
        CHECK(row(rows, QStringLiteral("Inspectors"))->differs);
        CHECK(row(rows, QStringLiteral("Inspectors"))->right == u"Bo Ek");
    }
}

TEST_CASE("the two highest revisions not set aside face each other", "[merge][compare]")
{
    std::vector<StoredRevision> revisions = {
        {1, 0, QStringLiteral("a"), false},
        {2, 1, QStringLiteral("b"), false},
        {2, 1, QStringLiteral("c"), false},
        {3, 2, QStringLiteral("d"), true},
    };
    CHECK(conflictPair(revisions) == std::pair{1, 2});
    revisions[2].setAside = true;
    CHECK(conflictPair(revisions) == std::pair{0, 1});
    revisions[0].setAside = true;
    CHECK(conflictPair(revisions) == std::pair{-1, -1});
    // Listed out of order: still the highest numbers, shown lower first.
    const std::vector<StoredRevision> unordered = {
        {4, 2, QStringLiteral("x"), false},
        {1, 0, QStringLiteral("y"), false},
        {3, 2, QStringLiteral("z"), false},
    };
    CHECK(conflictPair(unordered) == std::pair{0, 2});
}

} // namespace tillsyn_unity_revisioncomparison_test
