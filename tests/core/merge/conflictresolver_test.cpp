// Resolving a conflict (formats.md): the chosen revision and its bases stand, every other
// revision is set aside (kept), the resolution is recorded, the visit leaves the conflict, and a
// later revision built on the chosen one merges as updated. On SQLite and on PostgreSQL, with the
// same body and the same expected values.
#include "mergefixture.h"

#include "merge/conflictresolver.h"
#include "storage/officerepository.h"
#include "support/officerepo.h"
#include "util/error.h"

#include "support/catchqt.h"

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_conflictresolver_test {

using namespace tillsyn;
using merge::ConflictResolver;
using merge::Outcome;
using test::mergeVisit;
using test::OfficeFixture;
using test::PostgresOfficeFixture;
using test::uuidFor;
using test::VisitFile;
using test::visitFile;

namespace {

const QString kVisit = uuidFor(7);
const QDateTime kAt(QDate(2026, 3, 6), QTime(14, 30, 0), Qt::UTC);

VisitFile rev(int revision, int base, const QString &variant = {})
{
    return visitFile(mergeVisit(kVisit, revision, base, variant));
}

// revision:hash-prefix → set aside, for every stored revision.
std::map<QString, bool> setAside(storage::OfficeRepository &office)
{
    std::map<QString, bool> out;
    for (const auto &r : office.revisions(kVisit))
        out[QStringLiteral("%1:%2").arg(r.key.revision).arg(r.key.contentHash.left(8))] =
            r.key.setAside;
    return out;
}

QString key(int revision, const VisitFile &file)
{
    return QStringLiteral("%1:%2").arg(revision).arg(test::contentHash(file.bytes).left(8));
}

template <typename F> QString errorOf(F &&call)
{
    try {
        call();
    } catch (const Error &e) {
        return e.message();
    }
    FAIL("no error was thrown");
    return {};
}

} // namespace

TEMPLATE_TEST_CASE("resolve two lines of editing: the chosen one and its bases stand",
                   "[merge][resolve]", OfficeFixture, PostgresOfficeFixture)
{
    TestType f;
    const VisitFile r1 = rev(1, 0), r2 = rev(2, 1), r3 = rev(3, 1);
    for (const VisitFile &file : {r1, r2, r3})
        f.merge(file);
    REQUIRE(test::inConflict(f.office, kVisit));

    SECTION("choose r3 (edited from r1): r2 is set aside")
    {
        ConflictResolver(f.office).resolve(kVisit, 3, {},
                                           QStringLiteral("  r3 is the signed one  "),
                                           QStringLiteral("Karin Kontor"), kAt);
        CHECK(setAside(f.office) == std::map<QString, bool>{{key(1, r1), false},
                                                            {key(2, r2), true},
                                                            {key(3, r3), false}});
        CHECK_FALSE(test::inConflict(f.office, kVisit));
        CHECK(test::currentRevision(f.office, kVisit) == 3);
        // Who, when, which and why.
        const auto resolutions = f.office.resolutions(kVisit);
        REQUIRE(resolutions.size() == 1);
        CHECK(resolutions[0].revision == 3);
        CHECK(resolutions[0].contentHash == test::contentHash(r3.bytes));
        CHECK(resolutions[0].reason == u"r3 is the signed one");
        CHECK(resolutions[0].resolvedBy == u"Karin Kontor");
        CHECK(resolutions[0].resolvedAt == kAt);
        // Set aside is kept: every revision is still stored.
        CHECK(test::revisionCount(f.office) == 3);
        // A later revision built on the chosen one merges as updated.
        CHECK(f.outcome(rev(4, 3)) == Outcome::Updated);
        CHECK_FALSE(test::inConflict(f.office, kVisit));
        CHECK(test::currentRevision(f.office, kVisit) == 4);
        // The set-aside revision sent again is a duplicate.
        CHECK(f.outcome(r2) == Outcome::Duplicate);
        CHECK_FALSE(test::inConflict(f.office, kVisit));
    }
    SECTION("choose r2: r3 is set aside and r2 is current again")
    {
        ConflictResolver(f.office).resolve(kVisit, 2, {}, QStringLiteral("r3 was a mistake"),
                                           QStringLiteral("Karin Kontor"), kAt);
        CHECK(setAside(f.office) == std::map<QString, bool>{{key(1, r1), false},
                                                            {key(2, r2), false},
                                                            {key(3, r3), true}});
        CHECK_FALSE(test::inConflict(f.office, kVisit));
        CHECK(test::currentRevision(f.office, kVisit) == 2);
        CHECK(test::currentVisit(f.office, kVisit)->revision == 2);
        // A new r3 built on r2 merges as updated (the set-aside r3 no longer counts).
        CHECK(f.outcome(rev(3, 2, QStringLiteral("on r2"))) == Outcome::Updated);
        CHECK_FALSE(test::inConflict(f.office, kVisit));
    }
}

TEMPLATE_TEST_CASE("resolve two contents claiming one revision: the content must be named",
                   "[merge][resolve]", OfficeFixture, PostgresOfficeFixture)
{
    TestType f;
    const VisitFile r1 = rev(1, 0), a = rev(2, 1, QStringLiteral("A")),
                    b = rev(2, 1, QStringLiteral("B"));
    for (const VisitFile &file : {r1, a, b})
        f.merge(file);
    REQUIRE(test::inConflict(f.office, kVisit));
    const QString before = test::officeDump(f);

    // Without the content: an error naming the way out; nothing changes.
    const QString message = errorOf([&] {
        ConflictResolver(f.office).resolve(kVisit, 2, {}, QStringLiteral("why"),
                                           QStringLiteral("K"), kAt);
    });
    CHECK(message.contains(QStringLiteral("2 different contents for revision 2")));
    CHECK(message.contains(QStringLiteral("file name or content hash")));
    CHECK(test::officeDump(f) == before);

    SECTION("by hash prefix")
    {
        ConflictResolver(f.office).resolve(kVisit, 2, test::contentHash(b.bytes).left(10),
                                           QStringLiteral("B was checked"), QStringLiteral("K"),
                                           kAt);
        CHECK(setAside(f.office) ==
              std::map<QString, bool>{{key(1, r1), false}, {key(2, a), true}, {key(2, b), false}});
        CHECK(test::currentVisit(f.office, kVisit)->summary.contains(u"(B)"));
    }
    SECTION("by full hash")
    {
        ConflictResolver(f.office).resolve(kVisit, 2, test::contentHash(a.bytes),
                                           QStringLiteral("A was checked"), QStringLiteral("K"),
                                           kAt);
        CHECK(setAside(f.office) ==
              std::map<QString, bool>{{key(1, r1), false}, {key(2, a), false}, {key(2, b), true}});
        CHECK(test::currentVisit(f.office, kVisit)->summary.contains(u"(A)"));
    }
    SECTION("by file name")
    {
        ConflictResolver(f.office).resolve(kVisit, 2, b.name, QStringLiteral("B was checked"),
                                           QStringLiteral("K"), kAt);
        CHECK(setAside(f.office) ==
              std::map<QString, bool>{{key(1, r1), false}, {key(2, a), true}, {key(2, b), false}});
        CHECK(f.office.resolutions(kVisit).at(0).contentHash == test::contentHash(b.bytes));
    }
    CHECK_FALSE(test::inConflict(f.office, kVisit));
    CHECK(test::currentRevision(f.office, kVisit) == 2);
    CHECK(test::resolutionCount(f.office) == 1);
    CHECK(f.outcome(rev(3, 2)) == Outcome::Updated);
    CHECK_FALSE(test::inConflict(f.office, kVisit));
}

TEMPLATE_TEST_CASE("resolve refuses what it cannot do and changes nothing", "[merge][resolve]",
                   OfficeFixture, PostgresOfficeFixture)
{
    TestType f;
    for (const VisitFile &file : {rev(1, 0), rev(2, 1), rev(3, 1)})
        f.merge(file);
    const QString before = test::officeDump(f);
    ConflictResolver resolver(f.office);
    CHECK(errorOf([&] {
              resolver.resolve(kVisit, 3, {}, QStringLiteral("  "), {}, kAt);
          }).contains(QStringLiteral("needs a reason")));
    CHECK(errorOf([&] {
              resolver.resolve(uuidFor(99), 1, {}, QStringLiteral("r"), {}, kAt);
          }).contains(QStringLiteral("Unknown visit")));
    CHECK(errorOf([&] {
              resolver.resolve(kVisit, 5, {}, QStringLiteral("r"), {}, kAt);
          }).contains(QStringLiteral("has no revision 5")));
    CHECK(errorOf([&] {
              resolver.resolve(kVisit, 3, QStringLiteral("zzzz"), QStringLiteral("r"), {}, kAt);
          }).contains(QStringLiteral("matching \"zzzz\"")));
    CHECK(test::officeDump(f) == before);
    CHECK(test::inConflict(f.office, kVisit));
}

TEMPLATE_TEST_CASE("a later resolution keeps the content an earlier one chose at a base number",
                   "[merge][resolve]", OfficeFixture, PostgresOfficeFixture)
{
    TestType f;
    const VisitFile r1 = rev(1, 0), x = rev(2, 1, QStringLiteral("X")),
                    y = rev(2, 1, QStringLiteral("Y"));
    for (const VisitFile &file : {r1, x, y})
        f.merge(file);
    // Of the two contents of r2, choose the one stored last in the store's order (by hash, as
    // both were merged at the same time), so the other one comes first when bases are followed.
    const bool xFirst = test::contentHash(x.bytes) < test::contentHash(y.bytes);
    const VisitFile &chosen = xFirst ? y : x;
    const VisitFile &other = xFirst ? x : y;
    ConflictResolver(f.office).resolve(kVisit, 2, chosen.name, QStringLiteral("checked"),
                                       QStringLiteral("K"), kAt);
    REQUIRE_FALSE(test::inConflict(f.office, kVisit));

    // Two lines of editing from the chosen r2: r3 and r4.
    const VisitFile r3 = rev(3, 2), r4 = rev(4, 2);
    CHECK(f.outcome(r3) == Outcome::Updated);
    CHECK(f.outcome(r4) == Outcome::Conflict);
    ConflictResolver(f.office).resolve(kVisit, 4, {}, QStringLiteral("r4 stands"),
                                       QStringLiteral("K"), kAt.addDays(1));
    // r4's base is revision 2 — the content chosen before, which stays; the other stays aside.
    CHECK(setAside(f.office) == std::map<QString, bool>{{key(1, r1), false},
                                                        {key(2, chosen), false},
                                                        {key(2, other), true},
                                                        {key(3, r3), true},
                                                        {key(4, r4), false}});
    CHECK_FALSE(test::inConflict(f.office, kVisit));
    CHECK(test::currentRevision(f.office, kVisit) == 4);
}

} // namespace tillsyn_unity_conflictresolver_test
