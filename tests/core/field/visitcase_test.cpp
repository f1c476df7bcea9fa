// Case number, time per activity, the operator's comment and signature through the field
// lifecycle: stored with the draft, written into the finished revision's visit file, locked with
// it, and a reopened revision signed again.
#include "fieldfixture.h"

#include "storage/outboxstore.h"
#include "storage/visitstore.h"
#include "util/error.h"
#include "visitfile/visitfilereader.h"

#include "support/catchqt.h"
#include "support/testimages.h"

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_visitcase_test {

using namespace tillsyn;
using namespace tillsyn::domain;
using tillsyn::test::FieldFixture;

namespace {

QString errorOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

Visit fileOf(FieldFixture &fx, const QString &visitId, int revision)
{
    const auto entry = storage::OutboxStore(fx.db).find(visitId, revision);
    REQUIRE(entry);
    return visitfile::VisitFileReader::read(entry->bytes, entry->fileName);
}

} // namespace

TEST_CASE("A visit's case number, time per activity and signature reach its visit file",
          "[field][case]")
{
    FieldFixture fx;
    field::StartRequest request = fx.request();
    request.caseNumber = QStringLiteral("MBN 2026-000417");
    const QString id = fx.visits.start(request);
    CHECK(fx.visits.current(id).caseInfo.caseNumber == QStringLiteral("MBN 2026-000417"));

    fx.visits.setTime(id, Activity::Preparation, 20);
    fx.visits.setTime(id, Activity::Travel, 30, false);
    fx.visits.setMinutes(id, 40); // plain minutes are the inspection's, as before
    fx.visits.setTime(id, Activity::Reporting, 25);
    fx.visits.setTime(id, Activity::Inspection, 45); // corrected by hand
    Visit draft = fx.visits.current(id);
    CHECK(draft.minutesSpent == 120);
    CHECK(draft.caseInfo.chargeableMinutes() == 90);
    REQUIRE(draft.caseInfo.timeEntries.size() == 4);
    CHECK(draft.caseInfo.timeEntries[0] == TimeEntry{Activity::Preparation, 20, true});
    CHECK(draft.caseInfo.timeEntries[1] == TimeEntry{Activity::Travel, 30, false});
    CHECK(draft.caseInfo.timeEntries[2] == TimeEntry{Activity::Inspection, 45, true});
    CHECK(draft.caseInfo.timeEntries[3] == TimeEntry{Activity::Reporting, 25, true});

    const QByteArray png = test::pngWithAlpha(60, 20);
    fx.clock = fx.clock.addSecs(3600);
    fx.visits.sign(id, QStringLiteral(" Åsa Ägare "), QStringLiteral("VD"), png, false,
                   QStringLiteral("Golvbrunnen åtgärdas i veckan."));
    draft = fx.visits.current(id);
    REQUIRE(draft.caseInfo.signature);
    CHECK(draft.caseInfo.signature->name == QStringLiteral("Åsa Ägare"));
    CHECK(draft.caseInfo.signature->data == png);
    CHECK(draft.caseInfo.signature->signedAt == fx.clock);
    CHECK(draft.caseInfo.operatorComment == QStringLiteral("Golvbrunnen åtgärdas i veckan."));

    fx.visits.finish(id);
    const Visit r1 = fileOf(fx, id, 1);
    CHECK(r1.caseInfo == draft.caseInfo);
    CHECK(r1.minutesSpent == 120);

    // A finished revision is locked, its time and signature too (also in the database).
    const QString before = fx.dump();
    CHECK(errorOf([&] { fx.visits.setTime(id, Activity::Other, 5); }).contains(u"finished"));
    CHECK(errorOf([&] { fx.visits.setCaseNumber(id, QStringLiteral("X")); }).contains(u"finished"));
    CHECK(errorOf([&] {
              fx.visits.sign(id, QStringLiteral("A"), {}, {}, true);
          }).contains(u"finished"));
    CHECK_THROWS(fx.db.exec(QStringLiteral("DELETE FROM visit_signature")));
    CHECK_THROWS(fx.db.exec(QStringLiteral("UPDATE visit_time SET minutes = 1")));
    CHECK(fx.dump() == before);

    // Reopened: asked again; the earlier signature stays with revision 1.
    fx.visits.reopen(id);
    const Visit r2draft = fx.visits.current(id);
    CHECK_FALSE(r2draft.caseInfo.signature);
    CHECK(r2draft.caseInfo.caseNumber == r1.caseInfo.caseNumber);
    CHECK(r2draft.caseInfo.timeEntries == r1.caseInfo.timeEntries);
    CHECK(storage::VisitStore(fx.db).load(id, 1)->caseInfo.signature->data == png);
    fx.visits.sign(id, QStringLiteral("Åsa Ägare"), {}, {}, true);
    fx.visits.finish(id);
    const Visit r2 = fileOf(fx, id, 2);
    REQUIRE(r2.caseInfo.signature);
    CHECK(r2.caseInfo.signature->declined);
    CHECK(r2.caseInfo.signature->data.isEmpty());
    CHECK(r2.caseInfo.operatorComment == r1.caseInfo.operatorComment);
}

TEST_CASE("A draft with plain minutes only keeps them when time per activity is first set",
          "[field][case]")
{
    FieldFixture fx;
    const QString id = fx.start();
    // As a revision reopened from one finished before time per activity, or a draft the
    // migration left (over 1,440 minutes): plain minutes, no entries.
    const auto plain = [&](int minutes) {
        fx.db.exec(QStringLiteral("DELETE FROM visit_time WHERE visit_id = '%1'").arg(id));
        fx.db.exec(QStringLiteral("UPDATE visit SET minutes_spent = %1 WHERE visit_id = '%2'")
                       .arg(minutes)
                       .arg(id));
    };
    plain(90);
    CHECK(fx.visits.current(id).caseInfo.timeEntries ==
          std::vector<TimeEntry>{{Activity::Inspection, 90, true}});
    fx.visits.setTime(id, Activity::Travel, 30, false);
    Visit v = fx.visits.current(id);
    CHECK(v.minutesSpent == 120);
    CHECK(v.caseInfo.timeEntries == std::vector<TimeEntry>{{Activity::Travel, 30, false},
                                                           {Activity::Inspection, 90, true}});

    // The running clock adds a minute to what is shown, not to nothing.
    plain(90);
    fx.visits.setTime(id, Activity::Inspection, fx.visits.current(id).caseInfo.entry(
                                                    Activity::Inspection)->minutes + 1);
    CHECK(fx.visits.current(id).minutesSpent == 91);

    plain(2000);
    CHECK(fx.visits.current(id).caseInfo.timeEntries ==
          std::vector<TimeEntry>{{Activity::Inspection, 1440, true}, {Activity::Other, 560, true}});
    fx.visits.setTime(id, Activity::Reporting, 10);
    CHECK(fx.visits.current(id).minutesSpent == 2010);
}

TEST_CASE("Case members refuse what the format refuses, changing nothing", "[field][case]")
{
    FieldFixture fx;
    const QString id = fx.start();
    const QString before = fx.dump();
    CHECK(errorOf([&] { fx.visits.setTime(id, Activity::Sampling, 1441); }).contains(u"1440"));
    CHECK(errorOf([&] { fx.visits.setTime(id, Activity::Sampling, -1); }).contains(u"1440"));
    CHECK(errorOf([&] { fx.visits.setCaseNumber(id, QString(65, u'1')); })
              .contains(u"1 to 64 characters"));
    CHECK(errorOf([&] { fx.visits.setCaseNumber(id, QStringLiteral("A\u0007B")); })
              .contains(u"control characters"));
    CHECK(errorOf([&] { fx.visits.sign(id, QStringLiteral(" "), {}, {}, true); })
              .contains(u"name"));
    CHECK(errorOf([&] { fx.visits.sign(id, QStringLiteral("Bo"), {}, {}, false); })
              .contains(u"declined"));
    CHECK(errorOf([&] {
              fx.visits.sign(id, QStringLiteral("Bo"), {}, test::jpegBytes(8, 8), false);
          }).contains(u"PNG"));
    QByteArray big = test::pngWithAlpha(4, 4);
    big.append(QByteArray(1024 * 1024, 'x'));
    CHECK(errorOf([&] { fx.visits.sign(id, QStringLiteral("Bo"), {}, big, false); })
              .contains(u"1 MiB"));
    field::StartRequest bad = fx.request();
    bad.caseNumber = QStringLiteral("A\nB");
    CHECK(errorOf([&] { fx.visits.start(bad); }).contains(u"control characters"));
    CHECK(fx.dump() == before);

    // An empty number removes it.
    fx.visits.setCaseNumber(id, QStringLiteral("D 1"));
    fx.visits.setCaseNumber(id, QString());
    CHECK(fx.visits.current(id).caseInfo.caseNumber.isEmpty());
}

TEST_CASE("The case number is taken from the facility's last visit", "[field][case]")
{
    FieldFixture fx;
    const QString first = fx.start();
    CHECK(fx.visits.lastCaseNumber(first).isEmpty());
    fx.visits.setCaseNumber(first, QStringLiteral("MBN 2025-77"));
    fx.visits.finish(first);
    fx.clock = fx.clock.addDays(30);
    const QString second = fx.start();
    CHECK(fx.visits.lastCaseNumber(second) == QStringLiteral("MBN 2025-77"));
    fx.visits.setCaseNumber(second, QStringLiteral("MBN 2026-1"));
    fx.clock = fx.clock.addDays(30);
    const QString third = fx.start();
    CHECK(fx.visits.lastCaseNumber(third) == QStringLiteral("MBN 2026-1"));
}

} // namespace tillsyn_unity_visitcase_test
