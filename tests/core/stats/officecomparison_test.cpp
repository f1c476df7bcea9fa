#include "stats/officecomparison.h"

#include "support/catchqt.h"

#include <cmath>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_officecomparison_test {

using namespace tillsyn::stats;

namespace {

StatsItem item(const QString &itemId, int version, std::optional<QString> text, qint64 deviations,
               qint64 checked)
{
    StatsItem i;
    i.checklistId = QStringLiteral("livs");
    i.checklistVersion = version;
    i.itemId = itemId;
    i.text = text;
    if (text)
        i.textSha256 = StatsFile::sha256Hex(*text);
    i.counts = {checked, checked, deviations, 0, 0};
    return i;
}

StatsData office(const QString &name, std::vector<StatsItem> items)
{
    StatsData d;
    d.office = name;
    d.from = QDate(2026, 1, 1);
    d.to = QDate(2026, 12, 31);
    d.items = std::move(items);
    return d;
}

const ComparedItem &find(const Comparison &c, const QString &itemId, int version = 0)
{
    for (const ComparedItem &i : c.items) {
        if (i.itemId == itemId && (version == 0 || i.versions.front() == version))
            return i;
    }
    FAIL("no compared item " << itemId.toStdString());
    throw std::logic_error("unreachable");
}

const QString kAllergen = QStringLiteral("Allergeninformation finns");

// Two offices:
//   allergen  40/100 against 5/100 (same wording): χ² = 35.1254, flagged
//   golv      30/100 against 20/100: χ² = 8/3, p = 0.1025, not flagged
//   tvatt     v1 in Solna, v2 in Nacka with the same wording: 10/50 against 12/50, compared
//             across versions; χ² = 1/11 + 1/11 + 1/39 + 1/39 = 0.2331, p = 0.6296
//   skylt     worded differently in v1 and v2: not compared, said so
//   hand      in Solna only
std::vector<StatsData> twoOffices()
{
    const QString tvatt = QStringLiteral("Handtvätt finns");
    return {
        office(QStringLiteral("Solna"),
               {item(QStringLiteral("allergen"), 1, kAllergen, 40, 100),
                item(QStringLiteral("golv"), 1, QStringLiteral("Golv"), 30, 100),
                item(QStringLiteral("tvatt"), 1, tvatt, 10, 50),
                item(QStringLiteral("skylt"), 1, QStringLiteral("Skylt finns"), 10, 50),
                item(QStringLiteral("hand"), 1, std::nullopt, 10, 50)}),
        office(QStringLiteral("Nacka"),
               {item(QStringLiteral("allergen"), 1, kAllergen, 5, 100),
                item(QStringLiteral("golv"), 1, QStringLiteral("Golv"), 20, 100),
                item(QStringLiteral("tvatt"), 2, tvatt, 12, 50),
                item(QStringLiteral("skylt"), 2, QStringLiteral("Skylten är synlig"), 30, 50)})};
}

} // namespace

TEST_CASE("stats: Comparing two offices: rates side by side, spread, test, Holm, flags",
          "[stats][compare]")
{
    const Comparison c = OfficeComparison::compare(
        twoOffices(), {QStringLiteral("solna.json"), QStringLiteral("nacka.json")});
    CHECK(c.offices == QStringList{QStringLiteral("Solna"), QStringLiteral("Nacka")});
    CHECK(c.alpha == 0.05);

    const ComparedItem &allergen = find(c, QStringLiteral("allergen"));
    REQUIRE(allergen.offices.size() == 2);
    CHECK(allergen.offices[0].office == u"Solna");
    CHECK(allergen.offices[0].counts.rate() == 0.4);
    CHECK(allergen.offices[1].counts.rate() == 0.05);
    CHECK(*allergen.spread == Approx(0.35));
    REQUIRE(allergen.test);
    CHECK(allergen.test->statistic == Approx(35.1254).epsilon(1e-5));
    CHECK(allergen.text == kAllergen);
    CHECK_FALSE(allergen.wordingDiffers);

    const ComparedItem &golv = find(c, QStringLiteral("golv"));
    REQUIRE(golv.test);
    CHECK(golv.test->statistic == Approx(8.0 / 3.0));
    CHECK(golv.test->pValue == Approx(0.10247).epsilon(1e-4));

    const ComparedItem &tvatt = find(c, QStringLiteral("tvatt"));
    CHECK(tvatt.versions == std::vector<int>{1, 2});
    REQUIRE(tvatt.test);
    const double chi2 = 2.0 / 11.0 + 2.0 / 39.0;
    CHECK(tvatt.test->statistic == Approx(chi2).epsilon(1e-12));
    CHECK(tvatt.test->pValue == Approx(std::erfc(std::sqrt(chi2 / 2))).epsilon(1e-10));

    // Holm over the three tested items: allergen p · 3, golv p · 2, tvatt p · 1 (the running
    // maximum keeps it above golv's).
    CHECK(c.tested == 3);
    CHECK(*allergen.pAdjusted == Approx(allergen.test->pValue * 3));
    CHECK(*golv.pAdjusted == Approx(golv.test->pValue * 2));
    CHECK(*tvatt.pAdjusted == Approx(tvatt.test->pValue));
    CHECK(allergen.flagged);
    CHECK_FALSE(golv.flagged);
    CHECK_FALSE(tvatt.flagged);

    // Differently worded: each wording on its own, one office each, not tested, and said so.
    const ComparedItem &skylt1 = find(c, QStringLiteral("skylt"), 1);
    const ComparedItem &skylt2 = find(c, QStringLiteral("skylt"), 2);
    CHECK(skylt1.wordingDiffers);
    CHECK(skylt2.wordingDiffers);
    CHECK(skylt1.offices.size() == 1);
    CHECK_FALSE(skylt1.test);
    CHECK_FALSE(skylt1.spread);
    CHECK_FALSE(skylt2.flagged);
    CHECK(skylt2.text == QStringLiteral("Skylten är synlig"));

    const ComparedItem &hand = find(c, QStringLiteral("hand"));
    CHECK(hand.offices.size() == 1);
    CHECK_FALSE(hand.textSha256);
    CHECK_FALSE(hand.pAdjusted);
    CHECK(c.items.size() == 6);
}

TEST_CASE("stats: Comparing three offices, a repeated office name gets its file name",
          "[stats][compare]")
{
    const auto one = [](const QString &name, qint64 deviations) {
        return office(name, {item(QStringLiteral("allergen"), 1, kAllergen, deviations, 50)});
    };
    const Comparison c = OfficeComparison::compare(
        {one(QStringLiteral("Solna"), 10), one(QStringLiteral("Nacka"), 20),
         one(QStringLiteral("Solna"), 30)},
        {QStringLiteral("/a/solna-2025.json"), QStringLiteral("nacka.json"),
         QStringLiteral("/b/solna-2026.json")});
    CHECK(c.offices == QStringList{QStringLiteral("Solna (solna-2025.json)"),
                                   QStringLiteral("Nacka"),
                                   QStringLiteral("Solna (solna-2026.json)")});
    REQUIRE(c.items.size() == 1);
    const ComparedItem &i = c.items[0];
    // 10/50, 20/50, 30/50: χ² = 50/3 with 2 degrees of freedom, p = e^(−25/3).
    REQUIRE(i.test);
    CHECK(i.test->degreesOfFreedom == 2);
    CHECK(i.test->statistic == Approx(50.0 / 3.0));
    CHECK(i.test->pValue == Approx(std::exp(-25.0 / 3.0)));
    CHECK(*i.pAdjusted == Approx(i.test->pValue));
    CHECK(i.flagged);
    CHECK(*i.spread == Approx(0.4));
}

TEST_CASE("stats: Comparing one facility category uses the files' per-category counts",
          "[stats][compare]")
{
    auto files = twoOffices();
    for (StatsData &f : files) {
        StatsItem restaurant = f.items[0]; // allergen
        restaurant.category = QStringLiteral("Restaurang");
        restaurant.text.reset();
        restaurant.textSha256.reset();
        restaurant.counts = {50, 50, f.office == u"Solna" ? 25 : 24, 0, 0};
        f.itemCategories.push_back(restaurant);
    }
    const Comparison c = OfficeComparison::compare(
        files, {QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("Restaurang"));
    CHECK(c.category == u"Restaurang");
    REQUIRE(c.items.size() == 1);
    // The wording (and so the match across files) comes from the file's item.
    CHECK(c.items[0].text == kAllergen);
    CHECK(c.items[0].offices[0].counts.deviations == 25);
    CHECK(c.items[0].offices[1].counts.deviations == 24);
    CHECK_FALSE(c.items[0].flagged);
    CHECK(OfficeComparison::compare(files, {QStringLiteral("a"), QStringLiteral("b")},
                                    QStringLiteral("Café"))
              .items.empty());
}

} // namespace tillsyn_unity_officecomparison_test
