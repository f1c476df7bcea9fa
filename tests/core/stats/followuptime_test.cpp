#include "merge/mergerun.h"
#include "stats/officestatistics.h"
#include "stats/statsexporter.h"
#include "stats/statsfile.h"
#include "util/error.h"
#include "visitfile/visitfilewriter.h"

#include "statsfixture.h"
#include "support/catchqt.h"

#include <functional>
#include <memory>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_followuptime_test {

using namespace tillsyn;
using namespace tillsyn::stats;
using domain::Activity;
using domain::Result;
using tillsyn::test::OfficeFixture;
using tillsyn::test::PostgresOfficeFixture;
using tillsyn::test::StatsFixture;
using tillsyn::test::StatsOffice;
using tillsyn::test::StatsVisit;

namespace {

QDateTime noon(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(12, 0), Qt::UTC);
}

QDate date(int month, int day)
{
    return QDate(2026, month, day);
}

// One office on either backend (Backend: OfficeFixture for SQLite, PostgresOfficeFixture for a
// fresh database of the tests' PostgreSQL server), with the visits below merged as the office
// merges them.
template <typename Backend> struct Office : StatsOffice<Backend>
{
    void merge(const domain::Visit &v)
    {
        REQUIRE(StatsOffice<Backend>::merge(v) == merge::Outcome::Imported);
    }
};

// A visit of checklist livs v1 (items golv, tvatt, allergen) to `facility`, started at noon of
// the day given and finished an hour later.
domain::Visit visit(int number, const QString &facility, QDateTime started,
                    domain::VisitKind kind, std::vector<Result> results)
{
    StatsVisit spec{number, QStringLiteral("livs"), 1, started.addSecs(3600), kind,
                    QStringLiteral("Restaurang"), {QStringLiteral("Åsa Öberg")}, 0,
                    std::move(results)};
    domain::Visit v = StatsFixture::visit(spec);
    v.facility.id = facility;
    return v;
}

void setTime(domain::Visit &v, std::vector<domain::TimeEntry> entries)
{
    v.caseInfo.timeEntries = std::move(entries);
    v.minutesSpent = v.caseInfo.totalMinutes();
}

constexpr auto O = Result::Ok;
constexpr auto D = Result::Deviation;

// The office of these tests:
//
//  visit  facility  started  kind       deviations (deadline)                  time (c = chargeable)
//  1      A         03-01    planned    golv (03-15), tvatt (03-10), allergen   preparation 30 c,
//                                                                               travel 20, inspection 60 c
//  2      A         03-12    follow_up  — ; follows up 1: golv corrected,       travel 20, inspection 40 c
//                                       tvatt corrected, allergen remains
//  3      B         03-05    planned    golv (04-01), closed by hand 03-25      90 min, no entries
//  4      C         03-06    planned    tvatt (03-20), open                     none
//
// golv: 2 deviations with a deadline, both corrected by it after 11 and 20 days.
// tvatt: 2 with a deadline, 1 corrected (late, after 11 days), 1 open.
// allergen: 1 without a deadline, remains.
template <typename Backend> std::unique_ptr<Office<Backend>> office()
{
    auto o = std::make_unique<Office<Backend>>();
    const QString a = QStringLiteral("F-A");
    domain::Visit one = visit(1, a, noon(3, 1), domain::VisitKind::Planned, {D, D, D});
    one.answers[0].deadline = date(3, 15);
    one.answers[1].deadline = date(3, 10);
    setTime(one, {{Activity::Preparation, 30, true},
                  {Activity::Travel, 20, false},
                  {Activity::Inspection, 60, true}});
    o->merge(one);

    domain::Visit two = visit(2, a, noon(3, 12), domain::VisitKind::FollowUp, {O, O, O});
    const QString first = one.visitId;
    two.followUps = {{first, QStringLiteral("golv"), domain::FollowUpStatus::Corrected, {}},
                     {first, QStringLiteral("tvatt"), domain::FollowUpStatus::Corrected, {}},
                     {first, QStringLiteral("allergen"), domain::FollowUpStatus::Remains, {}}};
    setTime(two, {{Activity::Travel, 20, false}, {Activity::Inspection, 40, true}});
    o->merge(two);

    domain::Visit three = visit(3, QStringLiteral("F-B"), noon(3, 5), domain::VisitKind::Planned,
                                {D, O, O});
    three.answers[0].deadline = date(4, 1);
    three.minutesSpent = 90;
    o->merge(three);
    o->office.addDeviationClosure({three.visitId, QStringLiteral("golv"),
                                   QStringLiteral("Foto på det lagade golvet"),
                                   QStringLiteral("Olle Ek"), noon(3, 25)});

    domain::Visit four = visit(4, QStringLiteral("F-C"), noon(3, 6), domain::VisitKind::Planned,
                               {O, D, O});
    four.answers[1].deadline = date(3, 20);
    o->merge(four);
    return o;
}

const GroupRow &row(const std::vector<GroupRow> &rows, const QString &itemId)
{
    const auto it = std::find_if(rows.begin(), rows.end(),
                                 [&](const GroupRow &r) { return r.itemId == itemId; });
    REQUIRE(it != rows.end());
    return *it;
}

const GroupRow &kindRow(const std::vector<GroupRow> &rows, const QString &kind)
{
    const auto it = std::find_if(rows.begin(), rows.end(),
                                 [&](const GroupRow &r) { return r.kind == kind; });
    REQUIRE(it != rows.end());
    return *it;
}

void checkFollowUp(const FollowUpCounts &c, qint64 deviations, qint64 withDeadline,
                   qint64 byDeadline, qint64 corrected, std::optional<double> share,
                   std::optional<double> medianDays)
{
    CHECK(c.deviations == deviations);
    CHECK(c.withDeadline == withDeadline);
    CHECK(c.correctedByDeadline == byDeadline);
    CHECK(c.corrected == corrected);
    CHECK(c.shareByDeadline() == share);
    CHECK(c.medianDays() == medianDays);
}

size_t at(Activity a)
{
    return size_t(a);
}

} // namespace

TEMPLATE_TEST_CASE(
    "Office statistics: deviations corrected by their deadline and days to correction, "
    "per item and for the office",
    "[stats][followup]", OfficeFixture, PostgresOfficeFixture)
{
    auto o = office<TestType>();
    OfficeStatistics statistics(o->office);

    const auto items = statistics.groups(Grouping::Item, {});
    checkFollowUp(row(items, QStringLiteral("golv")).followUp, 2, 2, 2, 2, 1.0, 15.5);
    checkFollowUp(row(items, QStringLiteral("tvatt")).followUp, 2, 2, 0, 1, 0.0, 11.0);
    checkFollowUp(row(items, QStringLiteral("allergen")).followUp, 1, 0, 0, 0, std::nullopt,
                  std::nullopt);

    const auto office = statistics.groups(Grouping::Office, {});
    REQUIRE(office.size() == 1);
    CHECK(office[0].counts.visits == 4);
    CHECK(office[0].counts.deviations == 5);
    checkFollowUp(office[0].followUp, 5, 4, 2, 3, 0.5, 11.0);

    // A filter narrows the deviations counted, not the visits that may close them: visit 2
    // (outside the kind) still closed golv and tvatt of visit 1.
    StatsFilter planned;
    planned.kind = domain::VisitKind::Planned;
    checkFollowUp(statistics.groups(Grouping::Office, planned)[0].followUp, 5, 4, 2, 3, 0.5,
                  11.0);
    StatsFilter laterOnly;
    laterOnly.from = date(3, 5);
    checkFollowUp(statistics.groups(Grouping::Office, laterOnly)[0].followUp, 2, 2, 1, 1, 0.5,
                  20.0);
}

TEMPLATE_TEST_CASE(
    "Office statistics: time per visit by activity and the chargeable share, by kind, by "
    "category and for the office",
    "[stats][time]", OfficeFixture, PostgresOfficeFixture)
{
    auto o = office<TestType>();
    OfficeStatistics statistics(o->office);

    // Planned: visit 1 (110 min, 90 chargeable) and 3 (90 min, no entries: chargeable
    // inspection); visit 4 has no time and is left out.
    const auto kinds = statistics.groups(Grouping::Kind, {});
    const ActivityTime planned = kindRow(kinds, QStringLiteral("planned")).activityTime;
    CHECK(planned.timedVisits == 2);
    CHECK(planned.minutes == 200);
    CHECK(planned.chargeableMinutes == 180);
    CHECK(planned.chargeableShare() == 0.9);
    CHECK(planned.activities[at(Activity::Preparation)].median == 15.0);
    CHECK(planned.activities[at(Activity::Preparation)].mean == 15.0);
    CHECK(planned.activities[at(Activity::Travel)].mean == 10.0);
    CHECK(planned.activities[at(Activity::Inspection)].median == 75.0);
    CHECK(planned.activities[at(Activity::Inspection)].minutes == 150);
    CHECK(planned.activities[at(Activity::Sampling)].median == 0.0);
    CHECK(kindRow(kinds, QStringLiteral("planned")).time.median == 100.0);

    const ActivityTime followUp = kindRow(kinds, QStringLiteral("follow_up")).activityTime;
    CHECK(followUp.timedVisits == 1);
    CHECK(followUp.chargeableShare() == Approx(40.0 / 60.0));
    CHECK(followUp.activities[at(Activity::Travel)].median == 20.0);

    const auto categories = statistics.groups(Grouping::Category, {});
    REQUIRE(categories.size() == 1);
    const ActivityTime all = categories[0].activityTime;
    CHECK(all.timedVisits == 3);
    CHECK(all.chargeableShare() == Approx(220.0 / 260.0));
    CHECK(all.activities[at(Activity::Preparation)].median == 0.0);
    CHECK(all.activities[at(Activity::Preparation)].mean == 10.0);
    CHECK(all.activities[at(Activity::Travel)].median == 20.0);
    CHECK(all.activities[at(Activity::Inspection)].median == 60.0);
    CHECK(all.activities[at(Activity::Inspection)].mean == Approx(190.0 / 3.0));

    const auto office = statistics.groups(Grouping::Office, {});
    CHECK(office[0].activityTime == all);
    CHECK(office[0].time.timedVisits == 3);
    CHECK(office[0].time.median == 90.0);
}

TEST_CASE("The statistics file carries the follow-up and time counts, and reads them back",
          "[stats][statsfile][followup][time]")
{
    auto o = office<OfficeFixture>();
    // Four visits are below the file's minimum group of five: two more planned visits of
    // category Restaurang, one with 45 min of sampling, not chargeable, and a deviation of
    // allergen, one without time.
    domain::Visit five = visit(5, QStringLiteral("F-D"), noon(3, 8), domain::VisitKind::Planned,
                               {O, O, D});
    setTime(five, {{Activity::Sampling, 45, false}});
    o->merge(five);
    o->merge(visit(6, QStringLiteral("F-E"), noon(3, 9), domain::VisitKind::Planned, {O, O, O}));

    const StatsData data = StatsExporter(o->office).build(QStringLiteral("Miljökontoret"));
    const StatsData read = StatsFile::read(StatsFile::write(data), QStringLiteral("test.json"));

    REQUIRE(read.items.size() == 3);
    const auto item = [&](const QString &id) {
        return *std::find_if(read.items.begin(), read.items.end(),
                             [&](const StatsItem &i) { return i.itemId == id; });
    };
    CHECK(item(QStringLiteral("golv")).followUp == StatsFollowUp{2, 2, 2, 2, 31});
    CHECK(item(QStringLiteral("tvatt")).followUp == StatsFollowUp{2, 2, 0, 1, 11});
    CHECK(item(QStringLiteral("allergen")).followUp == StatsFollowUp{2, 0, 0, 0, 0});
    REQUIRE(read.followUp);
    CHECK(*read.followUp == StatsFollowUp{6, 4, 2, 3, 42});

    // Time: counts and sums (preparation, travel, inspection, sampling, reporting, other).
    const StatsTime office{4, {30, 40, 190, 45, 0, 0}, 220};
    REQUIRE(read.time);
    CHECK(*read.time == office);
    REQUIRE(read.categories.size() == 1);
    CHECK(read.categories[0].time == office);
    REQUIRE(read.kinds.size() == 1); // follow_up has 1 visit: left out
    CHECK(read.kinds[0].label == QStringLiteral("planned"));
    CHECK(read.kinds[0].counts.visits == 5);
    CHECK(read.kinds[0].time == StatsTime{3, {30, 20, 150, 45, 0, 0}, 180});
}

TEST_CASE("The statistics file's follow-up and time members are rejected when they break a rule",
          "[stats][statsfile][followup][time]")
{
    auto o = office<OfficeFixture>();
    o->merge(visit(5, QStringLiteral("F-D"), noon(3, 8), domain::VisitKind::Planned, {O, O, D}));
    o->merge(visit(6, QStringLiteral("F-E"), noon(3, 9), domain::VisitKind::Planned, {O, O, O}));
    const QByteArray valid =
        StatsFile::write(StatsExporter(o->office).build(QStringLiteral("Miljökontoret")));
    const QJsonObject root = QJsonDocument::fromJson(valid).object();
    REQUIRE(root.contains(QStringLiteral("followUp")));
    REQUIRE(root.contains(QStringLiteral("time")));

    // Sets root[member][index?][inner][leaf] = value and expects a rejection naming `expected`.
    const auto rejected = [&](const std::function<void(QJsonObject &)> &edit,
                              const QString &expected) {
        QJsonObject changed = root;
        edit(changed);
        try {
            StatsFile::read(QJsonDocument(changed).toJson(), QStringLiteral("other.json"));
            FAIL("accepted; expected " << expected.toStdString());
        } catch (const Error &e) {
            INFO(e.message().toStdString());
            CHECK(e.message().startsWith(QStringLiteral("other.json:")));
            CHECK(e.message().contains(expected));
        }
    };
    const auto setIn = [](QJsonObject &object, const QString &member, const QString &leaf,
                          const QJsonValue &value) {
        QJsonObject inner = object[member].toObject();
        inner[leaf] = value;
        object[member] = inner;
    };
    const auto setItem = [&](QJsonObject &r, const QString &leaf, const QJsonValue &value) {
        QJsonArray items = r[QStringLiteral("items")].toArray();
        QJsonObject first = items[0].toObject();
        setIn(first, QStringLiteral("followUp"), leaf, value);
        items[0] = first;
        r[QStringLiteral("items")] = items;
    };
    const QString fu = QStringLiteral("followUp");
    rejected([&](QJsonObject &r) { setIn(r, fu, QStringLiteral("withDeadline"), 99); },
             QStringLiteral("followUp.withDeadline"));
    rejected([&](QJsonObject &r) { setIn(r, fu, QStringLiteral("corrected"), 99); },
             QStringLiteral("followUp.corrected"));
    rejected([&](QJsonObject &r) { setIn(r, fu, QStringLiteral("correctedByDeadline"), 4); },
             QStringLiteral("followUp.correctedByDeadline"));
    rejected([&](QJsonObject &r) { setIn(r, fu, QStringLiteral("deviations"), -1); },
             QStringLiteral("followUp.deviations"));
    rejected([&](QJsonObject &r) { setIn(r, fu, QStringLiteral("daysToCorrectionSum"), 1.5); },
             QStringLiteral("followUp.daysToCorrectionSum"));
    rejected(
        [&](QJsonObject &r) {
            QJsonObject f = r[fu].toObject();
            f.remove(QStringLiteral("corrected"));
            r[fu] = f;
        },
        QStringLiteral("followUp.corrected"));
    rejected([&](QJsonObject &r) { setItem(r, QStringLiteral("deviations"), 1000); },
             QStringLiteral("items[0].followUp.deviations"));
    rejected(
        [&](QJsonObject &r) {
            setItem(r, QStringLiteral("corrected"), 0);
            setItem(r, QStringLiteral("correctedByDeadline"), 0);
            setItem(r, QStringLiteral("daysToCorrectionSum"), 3);
        },
        QStringLiteral("items[0].followUp.daysToCorrectionSum"));

    const QString time = QStringLiteral("time");
    rejected([&](QJsonObject &r) { setIn(r, time, QStringLiteral("chargeableMinutes"), 100000); },
             QStringLiteral("time.chargeableMinutes"));
    rejected([&](QJsonObject &r) { setIn(r, time, QStringLiteral("timedVisits"), 0); },
             QStringLiteral("time.minutes"));
    rejected([&](QJsonObject &r) { setIn(r, time, QStringLiteral("minutes"), QJsonObject{}); },
             QStringLiteral("time.minutes.preparation"));
    rejected(
        [&](QJsonObject &r) {
            QJsonArray categories = r[QStringLiteral("categories")].toArray();
            QJsonObject first = categories[0].toObject();
            setIn(first, time, QStringLiteral("timedVisits"), 1000);
            categories[0] = first;
            r[QStringLiteral("categories")] = categories;
        },
        QStringLiteral("categories[0].time.timedVisits"));
    rejected(
        [&](QJsonObject &r) {
            QJsonArray kinds = r[QStringLiteral("kinds")].toArray();
            QJsonObject first = kinds[0].toObject();
            first[QStringLiteral("kind")] = QStringLiteral("routine");
            kinds[0] = first;
            r[QStringLiteral("kinds")] = kinds;
        },
        QStringLiteral("kinds[0].kind"));
    rejected(
        [&](QJsonObject &r) {
            QJsonArray kinds = r[QStringLiteral("kinds")].toArray();
            kinds.append(kinds[0]);
            r[QStringLiteral("kinds")] = kinds;
        },
        QStringLiteral("appears twice"));
    // Without the optional members a file is as valid as before them.
    QJsonObject older = root;
    for (const QString &member : {QStringLiteral("followUp"), QStringLiteral("time"),
                                  QStringLiteral("kinds")})
        older.remove(member);
    CHECK_NOTHROW(StatsFile::read(QJsonDocument(older).toJson(), QStringLiteral("old.json")));
}

} // namespace tillsyn_unity_followuptime_test
