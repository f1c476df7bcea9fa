// merge::deriveDeviations and merge::knownOpenDeviations, the pure rules of formats.md "Open
// deviations": from the current revisions and the closures, never from their order.
#include "merge/deviations.h"

#include "support/catchqt.h"

#include <algorithm>
#include <random>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_deviations_test {

using namespace tillsyn;
using namespace tillsyn::domain;
using merge::CurrentVisit;
using merge::DeviationState;

namespace {

QString uuid(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

QDateTime day(int d)
{
    return QDateTime(QDate(2026, 10, d), QTime(9, 0), Qt::UTC);
}

Visit visit(int n, int startDay, const QString &facility = QStringLiteral("F-1"))
{
    Visit v;
    v.visitId = uuid(n);
    v.status = VisitStatus::Finished;
    v.startedAt = day(startDay);
    v.finishedAt = day(startDay).addSecs(3600);
    v.facility.id = facility;
    v.checklist = {QStringLiteral("livs"), 1, QStringLiteral("Livsmedel")};
    for (const char *item : {"a", "b", "c"})
        v.answers.push_back({QLatin1String(item),
                             QStringLiteral("S"),
                             QLatin1String(item),
                             QString(),
                             Result::Ok,
                             QString(),
                             {},
                             std::nullopt});
    return v;
}

Visit &deviate(Visit &v, int answer, std::optional<QDate> deadline = std::nullopt)
{
    v.answers[size_t(answer)].result = Result::Deviation;
    v.answers[size_t(answer)].comment = QStringLiteral("fel");
    v.answers[size_t(answer)].deadline = deadline;
    return v;
}

const DeviationState &stateOf(const std::vector<DeviationState> &all, const Visit &v,
                              const QString &item)
{
    const auto it = std::find_if(all.begin(), all.end(), [&](const DeviationState &s) {
        return s.deviation.visitId == v.visitId && s.deviation.itemId == item;
    });
    REQUIRE(it != all.end());
    return *it;
}

} // namespace

TEST_CASE("deriveDeviations: a later visit's corrected closes, remains and not_checked do not",
          "[merge][deviations]")
{
    Visit first = visit(1, 1);
    deviate(first, 0, QDate(2026, 10, 15));
    deviate(first, 1);
    deviate(first, 2);
    Visit later = visit(2, 20);
    later.followUps = {{first.visitId, QStringLiteral("a"), FollowUpStatus::Corrected, {}},
                       {first.visitId, QStringLiteral("b"), FollowUpStatus::Remains, {}},
                       {first.visitId, QStringLiteral("c"), FollowUpStatus::NotChecked, {}}};
    const auto all = merge::deriveDeviations({{first, false}, {later, false}}, {});
    REQUIRE(all.size() == 3);
    CHECK_FALSE(stateOf(all, first, QStringLiteral("a")).open);
    CHECK(stateOf(all, first, QStringLiteral("a")).closedByVisit == later.visitId);
    CHECK(stateOf(all, first, QStringLiteral("b")).open);
    CHECK(stateOf(all, first, QStringLiteral("c")).open);
    CHECK(stateOf(all, first, QStringLiteral("a")).deviation.deadline == QDate(2026, 10, 15));
    CHECK_FALSE(stateOf(all, first, QStringLiteral("a")).overdue(QDate(2026, 12, 1)));
    CHECK(stateOf(all, first, QStringLiteral("b")).overdue(QDate(2026, 12, 1)) == false);
}

TEST_CASE("deriveDeviations: only a later visit to the same facility closes", "[merge][deviations]")
{
    Visit first = visit(1, 10);
    deviate(first, 0);
    Visit earlier = visit(2, 5);
    earlier.followUps = {{first.visitId, QStringLiteral("a"), FollowUpStatus::Corrected, {}}};
    Visit elsewhere = visit(3, 20, QStringLiteral("F-2"));
    elsewhere.followUps = earlier.followUps;
    const auto all =
        merge::deriveDeviations({{first, false}, {earlier, false}, {elsewhere, false}}, {});
    REQUIRE(all.size() == 1);
    CHECK(all[0].open);
}

TEST_CASE("deriveDeviations: a visit in conflict has no deviations and closes nothing",
          "[merge][deviations]")
{
    Visit first = visit(1, 1);
    deviate(first, 0);
    Visit later = visit(2, 20);
    deviate(later, 1);
    later.followUps = {{first.visitId, QStringLiteral("a"), FollowUpStatus::Corrected, {}}};
    const auto all = merge::deriveDeviations({{first, false}, {later, true}}, {});
    REQUIRE(all.size() == 1);
    CHECK(all[0].deviation.visitId == first.visitId);
    CHECK(all[0].open);
}

TEST_CASE("deriveDeviations: closed by hand unless a visit closed it, the order of the input "
          "does not matter",
          "[merge][deviations]")
{
    std::vector<CurrentVisit> visits;
    for (int i = 1; i <= 6; ++i) {
        Visit v = visit(i, i, i % 2 ? QStringLiteral("F-1") : QStringLiteral("F-2"));
        deviate(v, i % 3);
        if (i > 2)
            v.followUps = {{uuid(i - 2),
                            QStringLiteral("abc").mid((i - 2) % 3, 1),
                            FollowUpStatus::Corrected,
                            {}}};
        visits.push_back({v, false});
    }
    const std::vector<DeviationClosure> closures{
        {uuid(6), QStringLiteral("a"), QStringLiteral("foto"), QStringLiteral("Eva"), day(28)},
        {uuid(1), QStringLiteral("b"), QStringLiteral("foto"), QStringLiteral("Eva"), day(28)}};
    const auto expected = merge::deriveDeviations(visits, closures);
    REQUIRE(expected.size() == 6);
    CHECK(stateOf(expected, visits[5].visit, QStringLiteral("a")).closedByHand);
    // Visit 1's b: closed by visit 3 (which followed it up), not by the hand closure.
    CHECK(stateOf(expected, visits[0].visit, QStringLiteral("b")).closedByVisit == uuid(3));
    CHECK_FALSE(stateOf(expected, visits[0].visit, QStringLiteral("b")).closedByHand);
    std::mt19937 random(17);
    for (int round = 0; round < 20; ++round) {
        std::shuffle(visits.begin(), visits.end(), random);
        auto reversed = closures;
        std::reverse(reversed.begin(), reversed.end());
        const auto again = merge::deriveDeviations(visits, reversed);
        REQUIRE(again.size() == expected.size());
        for (size_t i = 0; i < again.size(); ++i) {
            CHECK(again[i].deviation == expected[i].deviation);
            CHECK(again[i].open == expected[i].open);
            CHECK(again[i].closedByVisit == expected[i].closedByVisit);
            CHECK(again[i].closedByHand == expected[i].closedByHand);
        }
    }
}

TEST_CASE("knownOpenDeviations: published, plus what the office cannot have known, less what "
          "this laptop corrected",
          "[merge][deviations]")
{
    Visit theirs = visit(1, 1);
    deviate(theirs, 0);
    deviate(theirs, 1);
    std::vector<Deviation> published;
    for (const Answer &a : theirs.answers) {
        if (a.result == Result::Deviation)
            published.push_back(merge::deviationOf(theirs, a));
    }
    const QDateTime publishedAt = day(5);
    Visit mine = visit(2, 10);
    deviate(mine, 2);
    mine.followUps = {{theirs.visitId, QStringLiteral("a"), FollowUpStatus::Corrected, {}},
                      {theirs.visitId, QStringLiteral("b"), FollowUpStatus::Remains, {}}};
    auto open = merge::knownOpenDeviations(published, publishedAt, {mine}, {});
    REQUIRE(open.size() == 2);
    CHECK(open[0].visitId == theirs.visitId);
    CHECK(open[0].itemId == u"b");
    CHECK(open[1].visitId == mine.visitId);
    CHECK(open[1].itemId == u"c");

    // A visit of this laptop finished and sent before the publish: the office's word stands
    // (it may have closed the deviation by hand).
    Visit old = visit(3, 2);
    deviate(old, 0);
    CHECK(merge::knownOpenDeviations(published, publishedAt, {old}, {{old.visitId, day(3)}})
              .size() == 2);
    // Finished before the publish but sent after it (the laptop was offline), or not sent yet:
    // the office cannot have had it, so its deviation is still this laptop's news.
    CHECK(merge::knownOpenDeviations(published, publishedAt, {old}, {{old.visitId, day(6)}})
              .size() == 3);
    CHECK(merge::knownOpenDeviations(published, publishedAt, {old}, {}).size() == 3);
    // Never pulled: all of the laptop's own.
    CHECK(merge::knownOpenDeviations({}, QDateTime(), {old}, {}).size() == 1);
}

} // namespace tillsyn_unity_deviations_test
