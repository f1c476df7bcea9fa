#include "stats/chisquare.h"

#include "support/catchqt.h"

#include <cmath>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_chisquare_test {

using tillsyn::stats::ChiSquare;
using tillsyn::stats::Counts;

namespace {

// An office's item: `deviations` of `checked` answers.
Counts rate(qint64 deviations, qint64 checked)
{
    return {checked, checked, deviations, 0, 0};
}

} // namespace

TEST_CASE("stats: Chi-square p-values against tables and closed forms", "[stats][chisquare]")
{
    // The textbook critical values at 5 %, 1 % and 0.1 %.
    CHECK(ChiSquare::pValue(3.841, 1) == Approx(0.05).epsilon(0.001));
    CHECK(ChiSquare::pValue(6.635, 1) == Approx(0.01).epsilon(0.001));
    CHECK(ChiSquare::pValue(5.991, 2) == Approx(0.05).epsilon(0.001));
    CHECK(ChiSquare::pValue(7.815, 3) == Approx(0.05).epsilon(0.001));
    CHECK(ChiSquare::pValue(18.307, 10) == Approx(0.05).epsilon(0.001));
    CHECK(ChiSquare::pValue(29.588, 10) == Approx(0.001).epsilon(0.001));
    CHECK(ChiSquare::pValue(124.342, 100) == Approx(0.05).epsilon(0.001));
    // df = 1: Q(1/2, x/2) = erfc(√(x/2)); df = 2: Q(1, x/2) = e^(−x/2). Both sides of a + 1 = x
    // (series and continued fraction), far into the tail.
    for (const double x : {0.001, 0.5, 1.0, 2.9, 3.1, 10.0, 50.0, 200.0}) {
        INFO("x = " << x);
        CHECK(ChiSquare::pValue(x, 1) == Approx(std::erfc(std::sqrt(x / 2))).epsilon(1e-10));
        CHECK(ChiSquare::pValue(x, 2) == Approx(std::exp(-x / 2)).epsilon(1e-10));
    }
    // df = 4: Q(2, y) = e^(−y)(1 + y).
    CHECK(ChiSquare::pValue(9.0, 4) == Approx(std::exp(-4.5) * 5.5).epsilon(1e-10));
    CHECK(ChiSquare::pValue(0.0, 3) == 1.0);
    CHECK(ChiSquare::upperRegularisedGamma(1.0, 0.0) == 1.0);
}

TEST_CASE("stats: Chi-square test of a 2×2 table worked out by hand", "[stats][chisquare]")
{
    // Office A: 30 deviations of 100, office B: 20 of 100. Expected: 25 deviations and 75 ok
    // each. χ² = 5²/25 + 5²/25 + 5²/75 + 5²/75 = 1 + 1 + 1/3 + 1/3 = 8/3. The pooled z-test:
    // z = (0.30 − 0.20) / √(0.25 · 0.75 · (1/100 + 1/100)) = 1.63299, z² = 8/3.
    const auto t = ChiSquare::homogeneity({rate(30, 100), rate(20, 100)});
    REQUIRE(t);
    CHECK(t->statistic == Approx(8.0 / 3.0).epsilon(1e-12));
    CHECK(t->degreesOfFreedom == 1);
    const double z = 0.1 / std::sqrt(0.25 * 0.75 * 0.02);
    CHECK(t->statistic == Approx(z * z).epsilon(1e-12));
    // P(|Z| ≥ 1.63299) = 0.1025.
    CHECK(t->pValue == Approx(0.10247).epsilon(1e-4));

    // 40 of 100 against 5 of 100: expected 22.5 and 77.5; χ² = 2 · 17.5²/22.5 + 2 · 17.5²/77.5.
    const auto strong = ChiSquare::homogeneity({rate(40, 100), rate(5, 100)});
    REQUIRE(strong);
    CHECK(strong->statistic == Approx(2 * 306.25 / 22.5 + 2 * 306.25 / 77.5).epsilon(1e-12));
    CHECK(strong->statistic == Approx(35.1254).epsilon(1e-5));
    CHECK(strong->pValue < 1e-8);
}

TEST_CASE("stats: Chi-square test of three offices by hand", "[stats][chisquare]")
{
    // 10/50, 20/50, 30/50: expected 20 deviations and 30 ok each.
    // χ² = (10² + 0 + 10²)/20 + (10² + 0 + 10²)/30 = 10 + 6.667 = 16.667, df 2, p = e^(−8.333).
    const auto t = ChiSquare::homogeneity({rate(10, 50), rate(20, 50), rate(30, 50)});
    REQUIRE(t);
    CHECK(t->statistic == Approx(50.0 / 3.0).epsilon(1e-12));
    CHECK(t->degreesOfFreedom == 2);
    CHECK(t->pValue == Approx(std::exp(-25.0 / 3.0)).epsilon(1e-10));
    // Equal rates: nothing to see.
    const auto same = ChiSquare::homogeneity({rate(10, 50), rate(20, 100)});
    REQUIRE(same);
    CHECK(same->statistic == Approx(0.0).margin(1e-12));
    CHECK(same->pValue == Approx(1.0));
}

TEST_CASE("stats: Chi-square test only where Cochran's rule holds", "[stats][chisquare]")
{
    // 2 of 10 against 1 of 10: 1.5 deviations expected per office, below 5.
    CHECK_FALSE(ChiSquare::homogeneity({rate(2, 10), rate(1, 10)}));
    // No deviations at all: every expected deviation count is 0.
    CHECK_FALSE(ChiSquare::homogeneity({rate(0, 100), rate(0, 100)}));
    // An office that checked nothing takes no part; one office alone is no comparison.
    CHECK_FALSE(ChiSquare::homogeneity({rate(30, 100), rate(0, 0)}));
    CHECK(ChiSquare::homogeneity({rate(30, 100), rate(20, 100), rate(0, 0)})->degreesOfFreedom ==
          1);
    // Five offices, one small one: 2 of 10 cells below 5 (a fifth) is still allowed.
    CHECK(ChiSquare::homogeneity(
        {rate(40, 100), rate(40, 100), rate(40, 100), rate(40, 100), rate(2, 8)}));
    // 4 of 10 cells below 5 is not.
    CHECK_FALSE(ChiSquare::homogeneity(
        {rate(40, 100), rate(40, 100), rate(40, 100), rate(2, 8), rate(2, 8)}));
}

TEST_CASE("stats: Holm–Bonferroni adjusted p-values by hand", "[stats][chisquare]")
{
    // Sorted: 0.005 · 4 = 0.02, 0.01 · 3 = 0.03, 0.03 · 2 = 0.06, 0.04 · 1 = 0.04 → 0.06 (the
    // running maximum). At 0.05 the first two are rejected, the others not — though 0.04 alone
    // would be.
    const auto adjusted = ChiSquare::holmAdjusted({0.01, 0.04, 0.03, 0.005});
    REQUIRE(adjusted.size() == 4);
    CHECK(adjusted[0] == Approx(0.03));
    CHECK(adjusted[1] == Approx(0.06));
    CHECK(adjusted[2] == Approx(0.06));
    CHECK(adjusted[3] == Approx(0.02));
    // Capped at 1.
    CHECK(ChiSquare::holmAdjusted({0.5, 0.9}) == std::vector<double>{1.0, 1.0});
    CHECK(ChiSquare::holmAdjusted({}).empty());
}

} // namespace tillsyn_unity_chisquare_test
