// The invoice basis: the rounding rules, the rate in force on a date, the worked example of
// issue 18, and the basis read from a real office database into which visit files were merged
// (current revisions, not in conflict), with the fee schedule stored in it.
#include "fees/feerules.h"
#include "fees/invoicebasis.h"
#include "merge/officevisits.h"
#include "util/error.h"
#include "util/sha256.h"

#include "stats/statsfixture.h"
#include "support/catchqt.h"
#include "support/testimages.h"

#include <QJsonDocument>
#include <QJsonObject>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_fees_test {

using namespace tillsyn;
using namespace tillsyn::domain;
using fees::FeeRate;
using fees::FeeRules;
using fees::InvoiceBasis;
using fees::Rounding;

TEST_CASE("Billed time per rounding rule", "[fees]")
{
    using R = Rounding;
    // minutes → hundredths of an hour
    const std::vector<std::tuple<int, R, qint64>> cases = {
        {95, R::StartedHalfHour, 200}, {90, R::StartedHalfHour, 150}, {91, R::StartedHalfHour, 200},
        {1, R::StartedHalfHour, 50},   {0, R::StartedHalfHour, 0},    {95, R::StartedHour, 200},
        {60, R::StartedHour, 100},     {61, R::StartedHour, 200},     {95, R::StartedQuarter, 175},
        {90, R::StartedQuarter, 150},  {16, R::StartedQuarter, 50},   {95, R::None, 158},
        {90, R::None, 150},            {1, R::None, 2},               {0, R::None, 0}};
    for (const auto &[minutes, rule, hundredths] : cases) {
        INFO(minutes << " min, " << fees::toString(rule).toStdString());
        CHECK(FeeRules::billedHundredths(minutes, rule) == hundredths);
    }
    // The worked example: 95 chargeable minutes, started half hour, 1 400 kr/h → 2.0 h, 2 800 kr.
    CHECK(FeeRules::amountOre(FeeRules::billedHundredths(95, R::StartedHalfHour), 140000) ==
          280000);
    CHECK(FeeRules::amountOre(158, 138650) == 219067); // 1.58 h × 1 386.50 kr = 2 190.67 kr
}

TEST_CASE("The rate in force on a date", "[fees]")
{
    const std::vector<FeeRate> schedule = {
        {QDate(2026, 1, 1), 140000, Rounding::StartedHalfHour},
        {QDate(2025, 1, 1), 130000, Rounding::StartedHour},
        {QDate(2026, 7, 1), 150000, Rounding::StartedQuarter}};
    CHECK_FALSE(FeeRules::rateOn(schedule, QDate(2024, 12, 31)));
    CHECK(FeeRules::rateOn(schedule, QDate(2025, 1, 1))->orePerHour == 130000);
    CHECK(FeeRules::rateOn(schedule, QDate(2025, 12, 31))->orePerHour == 130000);
    CHECK(FeeRules::rateOn(schedule, QDate(2026, 1, 1))->orePerHour == 140000);
    CHECK(FeeRules::rateOn(schedule, QDate(2026, 6, 30))->orePerHour == 140000);
    CHECK(FeeRules::rateOn(schedule, QDate(2026, 7, 1))->rounding == Rounding::StartedQuarter);
    CHECK(FeeRules::parseKronor(QStringLiteral("1400")) == 140000);
    CHECK(FeeRules::parseKronor(QStringLiteral("1386.5")) == 138650);
    CHECK(FeeRules::parseKronor(QStringLiteral("1386,05")) == 138605);
    for (const char *bad : {"", "-5", "1 400", "14.005", "abc", "1e3"})
        CHECK_FALSE(FeeRules::parseKronor(QString::fromLatin1(bad)));
}

TEST_CASE("The invoice basis of an office database", "[fees]")
{
    test::StatsFixture fx;
    auto spec = [&](int n, int month, int day) {
        return test::StatsVisit{n, QStringLiteral("livs"), 1, test::at(month, day),
                                VisitKind::Planned, QStringLiteral("Restaurang"),
                                {QStringLiteral("Eva")}, 0,
                                std::vector<Result>(3, Result::Ok)};
    };
    // The worked example: four activities, 95 chargeable minutes, a case number.
    Visit worked = test::StatsFixture::visit(spec(1, 3, 10));
    worked.caseInfo.caseNumber = QStringLiteral("MBN 2026-000417");
    worked.caseInfo.timeEntries = {{Activity::Preparation, 15, true},
                                   {Activity::Travel, 40, false},
                                   {Activity::Inspection, 60, true},
                                   {Activity::Reporting, 20, true}};
    worked.minutesSpent = 135;
    worked.facility.operatorDetails.orgNumber = QStringLiteral("556677-8899");
    // A photo, whose bytes the invoice basis has no use for.
    domain::Photo photo;
    photo.id = QStringLiteral("11111111-2222-4333-8444-555555555555");
    photo.itemId = worked.answers.front().itemId;
    photo.mediaType = QStringLiteral("image/jpeg");
    photo.data = test::jpegBytes(64, 48);
    photo.bytes = photo.data.size();
    photo.sha256 = sha256Hex(photo.data);
    worked.photos.push_back(photo);
    REQUIRE(fx.merge(worked) == merge::Outcome::Imported);
    REQUIRE(merge::OfficeVisits(fx.office).currentVisits().front().photos.size() == 1);
    // An old file: plain minutes, all charged; no case number.
    Visit old = test::StatsFixture::visit(spec(2, 2, 1));
    old.minutesSpent = 61;
    REQUIRE(fx.merge(old) == merge::Outcome::Imported);
    // Its revision 2 is current: the basis takes it.
    Visit worked2 = worked;
    worked2.revision = 2;
    worked2.baseRevision = 1;
    worked2.caseInfo.timeEntries[2].minutes = 60; // unchanged time, new summary
    worked2.summary = QStringLiteral("r2");
    REQUIRE(fx.merge(worked2) == merge::Outcome::Updated);
    fx.addInConflict(spec(3, 3, 12)); // left out

    fx.office.setFeeRate({QDate(2026, 1, 1), 130000, Rounding::StartedHour});
    fx.office.setFeeRate({QDate(2026, 3, 1), 140000, Rounding::StartedHalfHour});
    fx.office.setFeeRate({QDate(2026, 3, 1), 140000, Rounding::StartedHalfHour}); // replaces
    REQUIRE(fx.office.feeSchedule().size() == 2);

    const auto visits = InvoiceBasis::currentVisits(fx.office);
    CHECK(visits.size() == 2);
    // Read for a period, the visits finished before it are not read at all, and none keeps its
    // photos' bytes in memory.
    const auto fromMarch = InvoiceBasis::currentVisits(fx.office, QDate(2026, 3, 1));
    REQUIRE(fromMarch.size() == 1);
    CHECK(fromMarch[0].visitId == worked.visitId);
    for (const Visit &v : visits)
        CHECK(v.photos.empty());
    CHECK(fromMarch[0].photos.empty());
    const auto lines = InvoiceBasis::compute(visits, fx.office.feeSchedule());
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].visitId == old.visitId);
    CHECK(lines[0].chargeableMinutes == 61);
    CHECK(lines[0].billedHundredths == 200);
    CHECK(lines[0].amountOre == 260000);

    const QJsonObject example = InvoiceBasis::toJson(lines)[1].toObject();
    const QJsonObject expected{{QStringLiteral("visitId"), worked.visitId},
                               {QStringLiteral("revision"), 2},
                               {QStringLiteral("caseNumber"), QStringLiteral("MBN 2026-000417")},
                               {QStringLiteral("facilityId"), worked.facility.id},
                               {QStringLiteral("orgNumber"), QStringLiteral("556677-8899")},
                               {QStringLiteral("date"), QStringLiteral("2026-03-10")},
                               {QStringLiteral("chargeableMinutes"), 95},
                               {QStringLiteral("billedHours"), 2.0},
                               {QStringLiteral("sekPerHour"), 1400},
                               {QStringLiteral("amount"), 2800}};
    CHECK(QJsonDocument(example).toJson() == QJsonDocument(expected).toJson());
    CHECK(InvoiceBasis::toJson(lines)[0].toObject().value(u"caseNumber").isNull());

    const QString csv = QString::fromUtf8(InvoiceBasis::toCsv(lines));
    INFO(csv.toStdString());
    CHECK(csv.contains(QStringLiteral("%1;2;MBN 2026-000417;%2;556677-8899;2026-03-10;95;2,00;"
                                      "1400;2800\r\n")
                           .arg(worked.visitId, worked.facility.id)));

    // By period.
    const auto schedule = fx.office.feeSchedule();
    CHECK(InvoiceBasis::compute(visits, schedule, QDate(2026, 3, 1), {}).size() == 1);
    CHECK(InvoiceBasis::compute(visits, schedule, {}, QDate(2026, 3, 9)).size() == 1);

    // Sums per case and facility.
    const auto byCase = InvoiceBasis::sumsByCase(lines);
    REQUIRE(byCase.size() == 2);
    CHECK(byCase[1].key == QStringLiteral("MBN 2026-000417"));
    CHECK(byCase[1].amountOre == 280000);

    // A visit before every rate: the run fails naming it.
    fx.office.removeFeeRate(QDate(2026, 1, 1));
    try {
        InvoiceBasis::compute(visits, fx.office.feeSchedule());
        FAIL("a visit without a rate was accepted");
    } catch (const Error &e) {
        CHECK(e.message().contains(old.visitId));
        CHECK(e.message().contains(QStringLiteral("2026-02-01")));
    }
}

} // namespace tillsyn_unity_fees_test
