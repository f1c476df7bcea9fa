#include "stats/officestatistics.h"
#include "stats/timespent.h"

#include "statsfixture.h"
#include "support/catchqt.h"
#include "support/testcasekeep.h"

#include <QSqlQuery>

#include <memory>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_officestatistics_test {

using namespace tillsyn;
using namespace tillsyn::stats;
using tillsyn::test::at;
using tillsyn::test::OfficeFixture;
using tillsyn::test::PostgresOfficeFixture;
using tillsyn::test::StatsFixture;
using tillsyn::test::StatsOffice;
using tillsyn::test::StatsVisit;

namespace {

constexpr auto O = domain::Result::Ok;
constexpr auto D = domain::Result::Deviation;
constexpr auto N = domain::Result::NotChecked;
constexpr auto A = domain::Result::NotApplicable;
constexpr auto Planned = domain::VisitKind::Planned;

// The office of these tests. Results are in checklist order: livs golv, tvatt, allergen; halsa
// hyg-1, hyg-2.
//
//  #  checklist  finished  kind       category    inspectors          min  results
//  1  livs v1    01-15     planned    Restaurang  Åsa Öberg            60  O D D
//  2  livs v1    01-20     planned    Restaurang  Olle Ek              90  O O D
//  3  livs v1    02-10     follow_up  Restaurang  Åsa Öberg            30  D N O
//  4  livs v2    02-12     planned    Café        Olle Ek               0  O A O
//  5  livs v2    03-03     complaint  Café        Åsa Öberg, Olle Ek   45  N O D
//  6  halsa v1   03-20     planned    Frisör      Karim Nasser        120  D A
//  7  halsa v1   04-02     planned    Frisör      Karim Nasser        100  O A
//  8  livs v1    02-15     planned    Restaurang  Olle Ek              50  D D D  in conflict
//  9  livs v1    03-11     planned    Restaurang  Olle Ek              40  O O O  revision 2
//                                                                            (revision 1 of
//                                                                            03-10: D D D)
// On SQLite (OfficeFixture) or PostgreSQL (PostgresOfficeFixture): every case below runs on both
// with the same expected values.
template <typename Office> std::unique_ptr<StatsOffice<Office>> office()
{
    auto f = std::make_unique<StatsOffice<Office>>();
    const QString livs = QStringLiteral("livs"), halsa = QStringLiteral("halsa");
    const QString restaurang = QStringLiteral("Restaurang"), cafe = QStringLiteral("Café");
    const QString asa = QStringLiteral("Åsa Öberg"), olle = QStringLiteral("Olle Ek");
    const QString karim = QStringLiteral("Karim Nasser"), frisor = QStringLiteral("Frisör");
    f->add({1, livs, 1, at(1, 15), Planned, restaurang, {asa}, 60, {O, D, D}});
    f->add({2, livs, 1, at(1, 20), Planned, restaurang, {olle}, 90, {O, O, D}});
    f->add({3, livs, 1, at(2, 10), domain::VisitKind::FollowUp, restaurang, {asa}, 30, {D, N, O}});
    f->add({4, livs, 2, at(2, 12), Planned, cafe, {olle}, 0, {O, A, O}});
    f->add({5, livs, 2, at(3, 3), domain::VisitKind::Complaint, cafe, {asa, olle}, 45, {N, O, D}});
    f->add({6, halsa, 1, at(3, 20), Planned, frisor, {karim}, 120, {D, A}});
    f->add({7, halsa, 1, at(4, 2), Planned, frisor, {karim}, 100, {O, A}});
    f->addInConflict({8, livs, 1, at(2, 15), Planned, restaurang, {olle}, 50, {D, D, D}});
    StatsVisit nine{9, livs, 1, at(3, 10), Planned, restaurang, {olle}, 40, {D, D, D}};
    f->add(nine);
    nine.finishedAt = at(3, 11);
    nine.results = {O, O, O};
    REQUIRE(f->merge(StatsFixture::visit(nine, 2, 1)) == merge::Outcome::Updated);
    return f;
}

// visits, checked, deviations, notChecked, notApplicable
Counts counts(qint64 v, qint64 c, qint64 d, qint64 nc, qint64 na)
{
    return {v, c, d, nc, na};
}

// The office of a test case whose sections only read it: one database per test case.
template <typename Office> StatsOffice<Office> &readOnlyOffice()
{
    return test::keptForTestCase<StatsOffice<Office>>(&office<Office>);
}

template <typename F>
std::vector<GroupRow> groups(F &f, Grouping by, const StatsFilter &filter = {})
{
    return OfficeStatistics(f.office).groups(by, filter);
}

QStringList itemKeys(const std::vector<GroupRow> &rows)
{
    QStringList keys;
    for (const GroupRow &r : rows)
        keys.append(r.checklistId + u'/' + r.itemId);
    return keys;
}

const GroupRow &row(const std::vector<GroupRow> &rows, const QString &itemId)
{
    for (const GroupRow &r : rows) {
        if (r.itemId == itemId)
            return r;
    }
    FAIL("no row for " << itemId.toStdString());
    throw std::logic_error("unreachable");
}

// Removes every version of a checklist from the office database behind the repository's back
// (nothing in the office does: a published version stays), as in a database whose checklists were
// lost or never copied.
void removeChecklist(StatsOffice<OfficeFixture> &f, const QString &id)
{
    QSqlQuery q = f.db.prepare(QStringLiteral("DELETE FROM checklist WHERE id = ?"));
    q.addBindValue(id);
    f.db.exec(q);
}
void removeChecklist(StatsOffice<PostgresOfficeFixture> &f, const QString &id)
{
    // The test's own id, no user input: quoted as a literal.
    f.database.psql(QStringLiteral("DELETE FROM checklist WHERE id = '%1'").arg(id));
}

} // namespace
TEMPLATE_TEST_CASE(
    "stats: Statistics per item: counts by hand, conflicts left out, the current revision",
    "[stats]", OfficeFixture, PostgresOfficeFixture)
{
    auto f = office<TestType>();
    const auto rows = groups(*f, Grouping::Item);
    // halsa before livs; within a checklist the published order (sections first).
    CHECK(itemKeys(rows) == QStringList{QStringLiteral("halsa/hyg-1"),
                                        QStringLiteral("halsa/hyg-2"), QStringLiteral("livs/golv"),
                                        QStringLiteral("livs/tvatt"),
                                        QStringLiteral("livs/allergen")});
    // Visit 8 (in conflict, all deviations) is not there; visit 9 counts as its revision 2.
    CHECK(row(rows, QStringLiteral("golv")).counts == counts(6, 5, 1, 1, 0));
    CHECK(row(rows, QStringLiteral("tvatt")).counts == counts(6, 4, 1, 1, 1));
    CHECK(row(rows, QStringLiteral("allergen")).counts == counts(6, 6, 3, 0, 0));
    CHECK(row(rows, QStringLiteral("hyg-1")).counts == counts(2, 2, 1, 0, 0));
    CHECK(row(rows, QStringLiteral("hyg-2")).counts == counts(2, 0, 0, 0, 2));
    CHECK(row(rows, QStringLiteral("golv")).counts.rate() == 0.2);
    CHECK(row(rows, QStringLiteral("tvatt")).counts.rate() == 0.25);
    CHECK(row(rows, QStringLiteral("allergen")).counts.rate() == 0.5);
    // Nothing checked: no rate at all rather than 0 %.
    CHECK_FALSE(row(rows, QStringLiteral("hyg-2")).counts.rate().has_value());
    // Versions 1 and 2 of livs are one item each; the text is the latest published wording.
    CHECK(row(rows, QStringLiteral("allergen")).text ==
          QStringLiteral("Allergeninformation ges skriftligt"));
    CHECK(row(rows, QStringLiteral("golv")).text == QStringLiteral("Golven är rena"));
}

TEMPLATE_TEST_CASE("stats: Statistics per section, checklist, category, month and kind", "[stats]",
                   OfficeFixture, PostgresOfficeFixture)
{
    StatsOffice<TestType> *f = &readOnlyOffice<TestType>();
    SECTION("section: visits once per section, answers of its items")
    {
        const auto rows = groups(*f, Grouping::Section);
        REQUIRE(rows.size() == 3);
        CHECK((rows[0].checklistId == u"halsa" && rows[0].section == u"Hygien"));
        CHECK(rows[0].counts == counts(2, 2, 1, 0, 2));
        CHECK((rows[1].checklistId == u"livs" && rows[1].section == u"Lokaler"));
        CHECK(rows[1].counts == counts(6, 9, 2, 2, 1));
        CHECK(rows[2].section == u"Märkning");
        CHECK(rows[2].counts == counts(6, 6, 3, 0, 0));
    }
    SECTION("checklist")
    {
        const auto rows = groups(*f, Grouping::Checklist);
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].checklistId == u"halsa");
        CHECK(rows[0].title == u"Hälsoskydd");
        CHECK(rows[0].counts == counts(2, 2, 1, 0, 2));
        CHECK(rows[1].checklistId == u"livs");
        CHECK(rows[1].title == u"Livsmedel v2");
        CHECK(rows[1].counts == counts(6, 15, 5, 2, 1));
    }
    SECTION("category, with time spent (0 minutes is no time recorded)")
    {
        const auto rows = groups(*f, Grouping::Category);
        REQUIRE(rows.size() == 3);
        CHECK(rows[0].category == u"Café");
        CHECK(rows[0].counts == counts(2, 4, 1, 1, 1));
        CHECK(rows[0].time.timedVisits == 1);
        CHECK(rows[0].time.median == 45.0);
        CHECK(rows[0].time.mean == 45.0);
        CHECK(rows[1].category == u"Frisör");
        CHECK(rows[1].counts == counts(2, 2, 1, 0, 2));
        CHECK(rows[1].time.median == 110.0);
        CHECK(rows[1].time.mean == 110.0);
        CHECK(rows[2].category == u"Restaurang");
        CHECK(rows[2].counts == counts(4, 11, 4, 1, 0));
        // 30, 40, 60, 90: the median of an even count is the mean of the middle two.
        CHECK(rows[2].time.timedVisits == 4);
        CHECK(rows[2].time.median == 50.0);
        CHECK(rows[2].time.mean == 55.0);
    }
    SECTION("month")
    {
        const auto rows = groups(*f, Grouping::Month);
        REQUIRE(rows.size() == 4);
        CHECK(rows[0].month == u"2026-01");
        CHECK(rows[0].counts == counts(2, 6, 3, 0, 0));
        CHECK(rows[1].month == u"2026-02");
        CHECK(rows[1].counts == counts(2, 4, 1, 1, 1));
        CHECK(rows[2].month == u"2026-03");
        CHECK(rows[2].counts == counts(3, 6, 2, 1, 1));
        CHECK(rows[3].month == u"2026-04");
        CHECK(rows[3].counts == counts(1, 1, 0, 0, 1));
    }
    SECTION("kind, in the format's order, with time spent")
    {
        const auto rows = groups(*f, Grouping::Kind);
        REQUIRE(rows.size() == 3);
        CHECK(rows[0].kind == u"planned");
        CHECK(rows[0].counts == counts(6, 13, 4, 0, 3));
        // 60, 90, 120, 100, 40 (visit 4 has no time): sorted 40 60 90 100 120.
        CHECK(rows[0].time.timedVisits == 5);
        CHECK(rows[0].time.median == 90.0);
        CHECK(rows[0].time.mean == 82.0);
        CHECK(rows[1].kind == u"follow_up");
        CHECK(rows[1].counts == counts(1, 2, 1, 1, 0));
        CHECK(rows[1].time.median == 30.0);
        CHECK(rows[2].kind == u"complaint");
        CHECK(rows[2].counts == counts(1, 2, 1, 1, 0));
        CHECK(rows[2].time.mean == 45.0);
    }
}

TEMPLATE_TEST_CASE(
    "stats: Statistics filters: period (days included), checklist, area, category, kind, "
    "inspector",
    "[stats]", OfficeFixture, PostgresOfficeFixture)
{
    StatsOffice<TestType> *f = &readOnlyOffice<TestType>();
    StatsFilter filter;
    SECTION("period: both ends are whole days and included")
    {
        filter.from = QDate(2026, 2, 10);
        filter.to = QDate(2026, 3, 3);
        const auto rows = groups(*f, Grouping::Item, filter);
        // Visits 3, 4 and 5 (8 is in conflict, 9 finished on 03-11).
        CHECK(itemKeys(rows) == QStringList{QStringLiteral("livs/golv"),
                                            QStringLiteral("livs/tvatt"),
                                            QStringLiteral("livs/allergen")});
        CHECK(row(rows, QStringLiteral("allergen")).counts == counts(3, 3, 1, 0, 0));
        CHECK(row(rows, QStringLiteral("golv")).counts == counts(3, 2, 1, 1, 0));
        filter.to = QDate(2026, 3, 2);
        CHECK(row(groups(*f, Grouping::Item, filter), QStringLiteral("allergen")).counts ==
              counts(2, 2, 0, 0, 0));
    }
    SECTION("checklist")
    {
        filter.checklistId = QStringLiteral("halsa");
        CHECK(itemKeys(groups(*f, Grouping::Item, filter)) ==
              QStringList{QStringLiteral("halsa/hyg-1"), QStringLiteral("halsa/hyg-2")});
        filter.checklistId = QStringLiteral("nothing");
        CHECK(groups(*f, Grouping::Item, filter).empty());
    }
    SECTION("area, as the office published the checklist")
    {
        filter.area = domain::Area::Food;
        const auto food = groups(*f, Grouping::Checklist, filter);
        REQUIRE(food.size() == 1);
        CHECK(food[0].checklistId == u"livs");
        filter.area = domain::Area::Health;
        const auto health = groups(*f, Grouping::Checklist, filter);
        REQUIRE(health.size() == 1);
        CHECK(health[0].checklistId == u"halsa");
        filter.area = domain::Area::Environment;
        CHECK(groups(*f, Grouping::Checklist, filter).empty());
    }
    SECTION("facility category, exactly")
    {
        filter.category = QStringLiteral("Café");
        const auto rows = groups(*f, Grouping::Item, filter);
        CHECK(row(rows, QStringLiteral("tvatt")).counts == counts(2, 1, 0, 0, 1));
        filter.category = QStringLiteral("café");
        CHECK(groups(*f, Grouping::Item, filter).empty());
    }
    SECTION("kind")
    {
        filter.kind = domain::VisitKind::FollowUp;
        const auto rows = groups(*f, Grouping::Kind, filter);
        REQUIRE(rows.size() == 1);
        CHECK(rows[0].counts == counts(1, 2, 1, 1, 0));
    }
    SECTION("inspector: part of a name in any case, Å and Ö too")
    {
        filter.inspector = QStringLiteral("åsa ö");
        // Visits 1, 3 and 5.
        CHECK(row(groups(*f, Grouping::Item, filter), QStringLiteral("allergen")).counts ==
              counts(3, 3, 2, 0, 0));
        filter.inspector = QStringLiteral("EK");
        // Visits 2, 4, 5 and 9 (8 is in conflict).
        CHECK(row(groups(*f, Grouping::Item, filter), QStringLiteral("golv")).counts ==
              counts(4, 3, 0, 1, 0));
        filter.inspector = QStringLiteral("Nobody");
        CHECK(groups(*f, Grouping::Item, filter).empty());
    }
    SECTION("several conditions at once")
    {
        filter.category = QStringLiteral("Restaurang");
        filter.kind = domain::VisitKind::Planned;
        filter.from = QDate(2026, 1, 16);
        // Visits 2 and 9.
        CHECK(row(groups(*f, Grouping::Item, filter), QStringLiteral("allergen")).counts ==
              counts(2, 2, 1, 0, 0));
    }
}

TEMPLATE_TEST_CASE("stats: Statistics of an office without visits are empty", "[stats]",
                   OfficeFixture, PostgresOfficeFixture)
{
    StatsOffice<TestType> f;
    for (const Grouping by : {Grouping::Item, Grouping::Section, Grouping::Checklist,
                              Grouping::Category, Grouping::Month, Grouping::Kind})
        CHECK(OfficeStatistics(f.office).groups(by, {}).empty());
}

TEMPLATE_TEST_CASE("stats: An item no longer published keeps the wording of its latest visit",
                   "[stats]", OfficeFixture, PostgresOfficeFixture)
{
    StatsOffice<TestType> f;
    f.add({1,
           QStringLiteral("livs"),
           1,
           at(5, 1),
           Planned,
           {},
           {QStringLiteral("Eva")},
           10,
           {O, O, D}});
    removeChecklist(f, QStringLiteral("livs"));
    const auto rows = OfficeStatistics(f.office).groups(Grouping::Item, {});
    CHECK(row(rows, QStringLiteral("allergen")).text ==
          QStringLiteral("Allergeninformation finns"));
    CHECK(itemKeys(rows) == QStringList{QStringLiteral("livs/allergen"),
                                        QStringLiteral("livs/golv"), QStringLiteral("livs/tvatt")});
}

TEST_CASE("stats: Groupings by name, and time spent of odd, even and empty lists", "[stats]")
{
    Grouping g;
    for (const QString &name :
         {QStringLiteral("item"), QStringLiteral("section"), QStringLiteral("checklist"),
          QStringLiteral("category"), QStringLiteral("month"), QStringLiteral("kind")}) {
        REQUIRE(fromString(name, &g));
        CHECK(toString(g) == name);
    }
    CHECK_FALSE(fromString(QStringLiteral("facility"), &g));
    const TimeSpent odd = TimeSpent::of({50, 10, 30});
    CHECK(odd.median == 30.0);
    CHECK(odd.mean == 30.0);
    const TimeSpent even = TimeSpent::of({10, 0, 20, 40, 35});
    CHECK(even.timedVisits == 4);
    CHECK(even.median == 27.5);
    CHECK(even.mean == 26.25);
    const TimeSpent none = TimeSpent::of({0, 0});
    CHECK(none.timedVisits == 0);
    CHECK_FALSE(none.median.has_value());
    CHECK_FALSE(none.mean.has_value());
}

} // namespace tillsyn_unity_officestatistics_test
