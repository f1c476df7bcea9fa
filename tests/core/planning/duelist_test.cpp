// Issue 19: the due list's worked numbers.
#include "planning/duelist.h"
#include "planning/duevisits.h"

#include "domain/visit.h"

#include "support/catchqt.h"

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_duelist_test {

using namespace tillsyn;
using planning::DueList;
using planning::VisitTime;

namespace {

domain::Facility facility(const QString &id, const QString &name, std::optional<double> hours,
                          bool active = true)
{
    domain::Facility f;
    f.id = id;
    f.name = name;
    f.controlHours = hours;
    f.active = active;
    return f;
}

} // namespace

TEST_CASE("DueList: planned, spent and remaining hours of the year, largest remaining first",
          "[planning]")
{
    const std::vector<domain::Facility> facilities = {
        facility(QStringLiteral("a"), QStringLiteral("Alfa"), 4.0),
        facility(QStringLiteral("b"), QStringLiteral("Beta"), 6.0),
        facility(QStringLiteral("c"), QStringLiteral("Gamma"), 2.0),
        facility(QStringLiteral("d"), QStringLiteral("Delta"), std::nullopt), // no control time
        facility(QStringLiteral("e"), QStringLiteral("Epsilon"), 9.0, false), // deactivated
        facility(QStringLiteral("f"), QStringLiteral("Fyr"), 0.0),
    };
    const std::vector<VisitTime> visits = {
        {QStringLiteral("a"), QDate(2026, 3, 1), 90},   // 1.5 h
        {QStringLiteral("a"), QDate(2026, 9, 30), 45},  // 0.75 h
        {QStringLiteral("a"), QDate(2025, 12, 31), 600}, // the year before: not spent this year
        {QStringLiteral("b"), QDate(2025, 5, 5), 60},   // only last year's
        {QStringLiteral("b"), QDate(2027, 1, 2), 60},   // after the year: ignored
        {QStringLiteral("c"), QDate(2026, 1, 1), 150},  // 2.5 h: over the plan
        {QStringLiteral("d"), QDate(2026, 1, 1), 60},
        {QStringLiteral("x"), QDate(2026, 1, 1), 60},   // unknown facility
    };
    const auto rows = DueList::of(facilities, visits, 2026);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].facilityId == QStringLiteral("b"));
    CHECK(rows[0].spentHours == 0.0);
    CHECK(rows[0].remainingHours == 6.0);
    CHECK(rows[0].lastVisit == QDate(2025, 5, 5));
    CHECK(rows[1].facilityId == QStringLiteral("a"));
    CHECK(rows[1].spentHours == 2.25);
    CHECK(rows[1].remainingHours == 1.75);
    CHECK(rows[1].lastVisit == QDate(2026, 9, 30));
    CHECK(rows[2].facilityId == QStringLiteral("f"));
    CHECK_FALSE(rows[2].lastVisit.has_value());
    CHECK(rows[3].facilityId == QStringLiteral("c"));
    CHECK(rows[3].remainingHours == -0.5);

    // The year before: a's 10 hours then, b's hour.
    const auto before = DueList::of(facilities, visits, 2025);
    REQUIRE(before.size() == 4);
    CHECK(before[0].facilityId == QStringLiteral("b"));
    CHECK(before[0].remainingHours == 5.0);
    CHECK(before.back().facilityId == QStringLiteral("a"));
    CHECK(before.back().remainingHours == -6.0);
    CHECK(before.back().lastVisit == QDate(2025, 12, 31));
}

TEST_CASE("DueVisits: a visit's time from its time entries, otherwise its recorded minutes",
          "[planning]")
{
    domain::Visit v;
    v.facility.id = QStringLiteral("a");
    v.startedAt = QDateTime(QDate(2026, 4, 1), QTime(9, 0));
    v.minutesSpent = 50;
    CHECK(planning::DueVisits::of(v).minutes == 50);
    CHECK(planning::DueVisits::of(v).date == QDate(2026, 4, 1));
    v.caseInfo.timeEntries = {{domain::Activity::Travel, 30, false},
                              {domain::Activity::Inspection, 75, true}};
    CHECK(planning::DueVisits::of(v).minutes == 105);
    CHECK(DueList::rounded(50 / 60.0) == 0.83);
}

} // namespace tillsyn_unity_duelist_test
