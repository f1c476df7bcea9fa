// Every row of the merge table again, through MergeRun::mergeBytes on a real office database:
// what each outcome stores (or leaves alone), canonical-JSON duplicates, the examples of
// formats.md, and the state's independence of the order in which files arrive. Every case runs
// on SQLite and on PostgreSQL (the tests' server) with the same body and the same expected values.
#include "mergefixture.h"

#include "storage/officerepository.h"
#include "support/officerepo.h"
#include "support/testcasekeep.h"

#include "support/catchqt.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <map>
#include <memory>
#include <numeric>
#include <random>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_mergebytes_test {

using namespace tillsyn;
using merge::Outcome;
using test::mergeVisit;
using test::OfficeFixture;
using test::PostgresOfficeFixture;
using test::uuidFor;
using test::VisitFile;
using test::visitFile;

namespace {

const QString kVisit = uuidFor(1);

VisitFile rev(int revision, int base, const QString &variant = {}, const QString &visitId = kVisit)
{
    return visitFile(mergeVisit(visitId, revision, base, variant));
}

// JSON text with every object's members in reverse order and generous white space: other bytes,
// the same canonical content.
QString reordered(const QJsonValue &value, int depth = 0)
{
    const QString pad(depth * 3 + 3, u' ');
    const QString closePad(depth * 3, u' ');
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        QStringList keys = o.keys();
        std::reverse(keys.begin(), keys.end());
        QStringList members;
        for (const QString &k : keys)
            members.append(pad + reordered(QJsonValue(k)) + QStringLiteral(" :\t") +
                           reordered(o.value(k), depth + 1));
        return QStringLiteral("{\r\n") + members.join(QStringLiteral(" ,\n")) + u'\n' + closePad +
               u'}';
    }
    if (value.isArray()) {
        QStringList elements;
        for (const QJsonValue &v : value.toArray())
            elements.append(reordered(v, depth + 1));
        return QStringLiteral("[ ") + elements.join(QStringLiteral(" , ")) + QStringLiteral(" ]");
    }
    // A scalar as QJsonDocument writes it.
    const QByteArray inArray = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(inArray.mid(1, inArray.size() - 2));
}

// Each content of these files (by the hash of its canonical JSON) named after the first file
// that carries it: its position in the list.
std::map<QString, QString> contentNames(const std::vector<VisitFile> &files)
{
    std::map<QString, QString> names;
    for (size_t i = 0; i < files.size(); ++i)
        names.emplace(test::contentHash(files[i].bytes), QStringLiteral("file %1").arg(i));
    return names;
}

// What the merge rules define of one visit (its stored revisions, set aside or not, its current
// revision and conflict), with its contents named by `names`: a state that compares with another
// visit's of the same files.
QString visitState(storage::OfficeRepository &office, const QString &visitId,
                   const std::map<QString, QString> &names)
{
    QStringList revisions;
    for (const storage::OfficeRevision &r : office.revisions(visitId)) {
        const auto name = names.find(r.key.contentHash);
        revisions << QStringLiteral("r%1 %2 aside=%3")
                         .arg(r.key.revision)
                         .arg(name == names.end() ? QStringLiteral("unknown ") + r.key.contentHash
                                                  : name->second)
                         .arg(r.key.setAside);
    }
    revisions.sort();
    return revisions.join(u'\n') + QStringLiteral("\ncurrent r%1 conflict=%2")
                                       .arg(test::currentRevision(office, visitId))
                                       .arg(test::inConflict(office, visitId));
}

} // namespace

TEMPLATE_TEST_CASE("mergeBytes: an invalid file is rejected and nothing of it is stored",
                   "[merge][run]", OfficeFixture, PostgresOfficeFixture)
{
    TestType f;
    REQUIRE(f.outcome(rev(1, 0)) == Outcome::Imported);
    const QString before = test::officeDump(f);

    QJsonObject broken = test::jsonOf(mergeVisit(kVisit, 2, 1, QStringLiteral("x")));
    broken[u"baseRevision"] = 2;
    const merge::FileOutcome r =
        f.run.mergeBytes(QStringLiteral("broken.json"), test::bytesOf(broken));
    CHECK(r.outcome == Outcome::Rejected);
    CHECK(r.reason.startsWith(QStringLiteral("broken.json: member \"baseRevision\"")));
    CHECK(r.reason.contains(QStringLiteral("must be below revision (2)")));
    CHECK(r.visitId.isEmpty());
    CHECK(r.revision == 0);
    CHECK(test::officeDump(f) == before);

    const merge::FileOutcome garbage = f.run.mergeBytes(QStringLiteral("g.json"), "{\"format\":");
    CHECK(garbage.outcome == Outcome::Rejected);
    CHECK(garbage.reason.contains(QStringLiteral("not valid JSON")));
    CHECK(test::officeDump(f) == before);
}

TEMPLATE_TEST_CASE("mergeBytes: an unknown visitId is imported", "[merge][run]", OfficeFixture,
                   PostgresOfficeFixture)
{
    TestType f;
    const VisitFile r1 = rev(1, 0);
    const merge::FileOutcome r = f.merge(r1);
    CHECK(r.outcome == Outcome::Imported);
    CHECK(r.file == r1.name);
    CHECK(r.visitId == kVisit);
    CHECK(r.revision == 1);
    CHECK(r.reason.isEmpty());
    CHECK(test::revisionCount(f.office) == 1);
    CHECK(test::currentRevision(f.office, kVisit) == 1);
    CHECK_FALSE(test::inConflict(f.office, kVisit));
    CHECK(test::answerCount(f.office) == 3);
    // The exact bytes are kept, under the hash of their canonical JSON.
    storage::OfficeRepository &store = f.office;
    CHECK(store.revisionBytes(kVisit, 1, test::contentHash(r1.bytes)) == r1.bytes);
    const auto revisions = store.revisions(kVisit);
    REQUIRE(revisions.size() == 1);
    CHECK(revisions[0].fileName == r1.name);
    CHECK(revisions[0].mergedAt == test::mergeClock());
    CHECK(f.office.setting(QStringLiteral("role")) == u"office");
    // A visit whose first file to arrive is a later revision is imported too.
    CHECK(f.outcome(rev(3, 2, {}, uuidFor(2))) == Outcome::Imported);
    CHECK(test::currentRevision(f.office, uuidFor(2)) == 3);
}

TEMPLATE_TEST_CASE("mergeBytes: the same revision with the same content is a duplicate",
                   "[merge][run]", OfficeFixture, PostgresOfficeFixture)
{
    TestType f;
    const domain::Visit v2 = mergeVisit(kVisit, 2, 1, QStringLiteral("ä"));
    REQUIRE(f.outcome(rev(1, 0)) == Outcome::Imported);
    REQUIRE(f.outcome(visitFile(v2)) == Outcome::Updated);
    const QString before = test::officeDump(f);

    // Each way in turn on one database (not a database per way): nothing changes, not even the
    // file name or the time of the stored revision.
    {
        INFO("byte-identical");
        CHECK(f.outcome(visitFile(v2)) == Outcome::Duplicate);
        CHECK(f.outcome(rev(1, 0)) == Outcome::Duplicate);
        CHECK(test::officeDump(f) == before);
    }
    {
        INFO("other member order and white space: the canonical JSON is equal");
        const QByteArray other = reordered(test::jsonOf(v2)).toUtf8();
        REQUIRE(other != test::fileBytes(v2));
        REQUIRE(other.indexOf("\"visitId\"") < other.indexOf("\"format\""));
        REQUIRE(test::contentHash(other) == test::contentHash(test::fileBytes(v2)));
        const merge::FileOutcome r = f.run.mergeBytes(QStringLiteral("reordered.json"), other);
        INFO(r.reason.toStdString());
        CHECK(r.outcome == Outcome::Duplicate);
        CHECK(r.visitId == kVisit);
        CHECK(r.revision == 2);
        CHECK(test::officeDump(f) == before);
    }
    {
        INFO("a character written as a \\u escape");
        QByteArray escaped = test::fileBytes(v2);
        REQUIRE(escaped.contains("\xC3\xA4")); // ä
        escaped.replace("\xC3\xA4", "\\u00e4");
        CHECK(f.run.mergeBytes(QStringLiteral("escaped.json"), escaped).outcome ==
              Outcome::Duplicate);
        CHECK(test::officeDump(f) == before);
    }
}

TEMPLATE_TEST_CASE("mergeBytes: two contents claiming one revision are a conflict", "[merge][run]",
                   OfficeFixture, PostgresOfficeFixture)
{
    TestType f;
    REQUIRE(f.outcome(rev(1, 0)) == Outcome::Imported);
    REQUIRE(f.outcome(rev(2, 1, QStringLiteral("A"))) == Outcome::Updated);
    const VisitFile b = rev(2, 1, QStringLiteral("B"));
    CHECK(f.outcome(b) == Outcome::Conflict);
    // Stored, and the visit is marked in conflict.
    CHECK(test::revisionCount(f.office) == 3);
    CHECK(f.office.revisionBytes(kVisit, 2, test::contentHash(b.bytes)) == b.bytes);
    CHECK(test::inConflict(f.office, kVisit));
    CHECK(test::currentRevision(f.office, kVisit) == 2);
    // Two contents claiming revision 1 is a conflict too.
    CHECK(f.outcome(rev(1, 0, QStringLiteral("other"), uuidFor(2))) == Outcome::Imported);
    CHECK(f.outcome(rev(1, 0, QStringLiteral("another"), uuidFor(2))) == Outcome::Conflict);
    CHECK(test::inConflict(f.office, uuidFor(2)));
}

TEMPLATE_TEST_CASE("mergeBytes: r1, r2 (base 1), then r3 (base 1) is a conflict", "[merge][run]",
                   OfficeFixture, PostgresOfficeFixture)
{
    TestType f;
    CHECK(f.outcome(rev(1, 0)) == Outcome::Imported);
    CHECK(f.outcome(rev(2, 1)) == Outcome::Updated);
    CHECK_FALSE(test::inConflict(f.office, kVisit));
    CHECK(f.outcome(rev(3, 1)) == Outcome::Conflict);
    CHECK(test::inConflict(f.office, kVisit));
    CHECK(test::currentRevision(f.office, kVisit) == 3);
    CHECK(test::revisionCount(f.office) == 3);
}

TEMPLATE_TEST_CASE("mergeBytes: a revision above the current one is updated", "[merge][run]",
                   OfficeFixture, PostgresOfficeFixture)
{
    TestType f;
    REQUIRE(f.outcome(rev(1, 0)) == Outcome::Imported);
    const merge::FileOutcome r = f.merge(rev(2, 1));
    CHECK(r.outcome == Outcome::Updated);
    CHECK(r.revision == 2);
    CHECK(test::currentRevision(f.office, kVisit) == 2);
    CHECK_FALSE(test::inConflict(f.office, kVisit));
    // Earlier revisions stay as history.
    CHECK(f.office.revisions(kVisit).size() == 2);
    // The current view is the new revision's content.
    CHECK(test::currentVisit(f.office, kVisit)->summary == u"Revision 2");
    CHECK(f.office.visitSummaries().front().revisions == std::vector<int>{1, 2});
}

TEMPLATE_TEST_CASE("mergeBytes: r1, r3 (base 2), then r2 (base 1) is history", "[merge][run]",
                   OfficeFixture, PostgresOfficeFixture)
{
    TestType f;
    CHECK(f.outcome(rev(1, 0)) == Outcome::Imported);
    CHECK(f.outcome(rev(3, 2)) == Outcome::Updated);
    CHECK(f.outcome(rev(2, 1)) == Outcome::History);
    // Stored as an earlier revision; revision 3 stays current.
    CHECK(test::revisionCount(f.office) == 3);
    CHECK(test::currentRevision(f.office, kVisit) == 3);
    CHECK_FALSE(test::inConflict(f.office, kVisit));
    CHECK(test::currentVisit(f.office, kVisit)->revision == 3);
}

// Each example on a visit of its own, in one database kept for the test case's sections.
TEMPLATE_TEST_CASE("mergeBytes: the examples of formats.md", "[merge][run]", OfficeFixture,
                   PostgresOfficeFixture)
{
    TestType &f = test::keptForTestCase<TestType>([] { return std::make_unique<TestType>(); });
    SECTION("r1, then r2 (base 1) → imported, updated. Then r3 (base 1) → conflict")
    {
        const QString visit = uuidFor(0x21);
        CHECK(f.outcome(rev(1, 0, {}, visit)) == Outcome::Imported);
        CHECK(f.outcome(rev(2, 1, {}, visit)) == Outcome::Updated);
        CHECK(f.outcome(rev(3, 1, {}, visit)) == Outcome::Conflict);
    }
    SECTION("r1, then r3 (base 2) → imported, updated; r2 (base 1) arriving later → history")
    {
        const QString visit = uuidFor(0x22);
        CHECK(f.outcome(rev(1, 0, {}, visit)) == Outcome::Imported);
        CHECK(f.outcome(rev(3, 2, {}, visit)) == Outcome::Updated);
        CHECK(f.outcome(rev(2, 1, {}, visit)) == Outcome::History);
    }
    SECTION("two laptops each finishing r2 (base 1) with different content → the second is a "
            "conflict")
    {
        const QString visit = uuidFor(0x23);
        CHECK(f.outcome(rev(1, 0, {}, visit)) == Outcome::Imported);
        CHECK(f.outcome(rev(2, 1, QStringLiteral("laptop A"), visit)) == Outcome::Updated);
        CHECK(f.outcome(rev(2, 1, QStringLiteral("laptop B"), visit)) == Outcome::Conflict);
        CHECK(test::inConflict(f.office, visit));
    }
}

TEMPLATE_TEST_CASE("merging the same files again gives the same database", "[merge][run]",
                   OfficeFixture, PostgresOfficeFixture)
{
    TestType f;
    const std::vector<VisitFile> files{rev(1, 0), rev(3, 2), rev(2, 1),
                                       rev(2, 1, QStringLiteral("B"))};
    for (const VisitFile &file : files)
        f.merge(file);
    const QString once = test::officeDump(f);
    for (const VisitFile &file : files)
        CHECK(f.outcome(file) == Outcome::Duplicate);
    CHECK(test::officeDump(f) == once);
}

// Each order merges into the same database under visit ids of its own (one database per test
// case, not per order: a PostgreSQL database costs a good part of a second), and a visit's state
// names each content by the file that carries it, so the states of two orders compare.
TEMPLATE_TEST_CASE("the merged state does not depend on the order in which files arrive",
                   "[merge][run][order]", OfficeFixture, PostgresOfficeFixture)
{
    TestType f;
    SECTION("every order of four files of one visit")
    {
        std::vector<int> order{0, 1, 2, 3};
        QString first;
        int orders = 0;
        do {
            const QString visit = uuidFor(0x1000 + orders);
            const std::vector<VisitFile> files{rev(1, 0, {}, visit), rev(2, 1, {}, visit),
                                               rev(3, 1, {}, visit),
                                               rev(2, 1, QStringLiteral("B"), visit)};
            for (int i : order)
                REQUIRE(f.outcome(files[size_t(i)]) != Outcome::Rejected);
            const QString dump = visitState(f.office, visit, contentNames(files));
            if (first.isEmpty()) {
                first = dump;
                CHECK(test::inConflict(f.office, visit));
                CHECK(test::currentRevision(f.office, visit) == 3);
            }
            INFO("order " << order[0] << order[1] << order[2] << order[3]);
            CHECK(dump == first);
            ++orders;
        } while (std::next_permutation(order.begin(), order.end()));
        CHECK(orders == 24);
        // Each order's four contents stored once, none of another order's.
        CHECK(test::revisionCount(f.office) == 24 * 4);
        CHECK(f.office.visitIds().size() == 24);
    }
    SECTION("seeded shuffles of the files of five visits, duplicates included")
    {
        // The same files for each round, of the round's five visits.
        const auto filesOf = [](int round) {
            const QString v1 = uuidFor(0x100 * round + 0x11), v2 = uuidFor(0x100 * round + 0x12),
                          v3 = uuidFor(0x100 * round + 0x13), v4 = uuidFor(0x100 * round + 0x14),
                          v5 = uuidFor(0x100 * round + 0x15);
            std::vector<VisitFile> files{// two lines of editing
                                         rev(1, 0, {}, v1), rev(2, 1, {}, v1), rev(3, 1, {}, v1),
                                         // history arriving late
                                         rev(1, 0, {}, v2), rev(3, 2, {}, v2), rev(2, 1, {}, v2),
                                         // two contents claim r2
                                         rev(1, 0, {}, v3), rev(2, 1, QStringLiteral("A"), v3),
                                         rev(2, 1, QStringLiteral("B"), v3),
                                         // plain, with a reordered duplicate of r1
                                         rev(1, 0, {}, v4), rev(2, 1, {}, v4),
                                         // r2 before r1
                                         rev(2, 1, {}, v5), rev(1, 0, {}, v5)};
            const VisitFile plain = rev(1, 0, {}, v4);
            files.push_back({QStringLiteral("reordered.json"),
                             reordered(QJsonDocument::fromJson(plain.bytes).object()).toUtf8()});
            files.push_back(rev(2, 1, {}, v4)); // byte-identical copy
            return std::pair{QStringList{v1, v2, v3, v4, v5}, files};
        };

        // The files' order, shuffled on from round to round.
        std::vector<size_t> order(filesOf(0).second.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::mt19937 rng(20260305);
        QString first;
        for (int round = 0; round < 30; ++round) {
            if (round > 0)
                std::shuffle(order.begin(), order.end(), rng);
            const auto [visits, files] = filesOf(round);
            for (size_t i : order)
                REQUIRE(f.outcome(files[i]) != Outcome::Rejected);
            const auto names = contentNames(files);
            QString dump;
            for (int v = 0; v < visits.size(); ++v)
                dump += QStringLiteral("visit %1\n").arg(v + 1) +
                        visitState(f.office, visits[v], names) + u'\n';
            if (round == 0) {
                first = dump;
                CHECK(test::inConflict(f.office, visits[0]));
                CHECK_FALSE(test::inConflict(f.office, visits[1]));
                CHECK(test::inConflict(f.office, visits[2]));
                CHECK_FALSE(test::inConflict(f.office, visits[3]));
                CHECK_FALSE(test::inConflict(f.office, visits[4]));
                CHECK(test::currentRevision(f.office, visits[1]) == 3);
                CHECK(test::currentRevision(f.office, visits[4]) == 2);
                CHECK(test::revisionCount(f.office) == 13);
            }
            INFO("round " << round);
            CHECK(dump == first);
        }
        CHECK(test::revisionCount(f.office) == 30 * 13);
        CHECK(f.office.visitIds().size() == 30 * 5);
    }
}

} // namespace tillsyn_unity_mergebytes_test
