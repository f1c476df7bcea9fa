#pragma once

#include "stats/counts.h"

#include <optional>
#include <vector>

namespace tillsyn::stats {

// Pearson's chi-square test of homogeneity of deviation rates across offices, computed here
// without a statistics library.
//
// The table has one column per office and two rows: deviations, and checked answers that were
// ok. Expected counts are row total × column total / grand total; the statistic is the sum of
// (observed − expected)² / expected and has (offices − 1) degrees of freedom. With two offices it
// is the square of the pooled two-proportion z statistic. The p-value is the upper tail of the
// chi-square distribution, Q(df/2, statistic/2) with Q the regularised upper incomplete gamma
// function. The approximation is trusted only under Cochran's rule: every expected count at
// least 1 and at most a fifth of them below 5 (so in a 2×2 table all of them at least 5).
class ChiSquare
{
public:
    struct Test
    {
        double statistic = 0;
        int degreesOfFreedom = 0;
        double pValue = 1;
    };

    // Q(a, x) = Γ(a, x) / Γ(a) for a > 0, x ≥ 0: a series below a + 1, a continued fraction
    // (modified Lentz) above, both to double precision.
    static double upperRegularisedGamma(double a, double x);
    // P(X ≥ statistic) for X chi-square distributed with df degrees of freedom.
    static double pValue(double statistic, int degreesOfFreedom);
    // Offices with nothing checked take no part. None when fewer than two offices remain or the
    // table fails Cochran's rule (too few answers or too few deviations for the test).
    static std::optional<Test> homogeneity(const std::vector<Counts> &offices);
    // Holm–Bonferroni: the adjusted p-values, in the given order. A hypothesis is rejected at
    // level alpha exactly when its adjusted p-value is below alpha.
    static std::vector<double> holmAdjusted(const std::vector<double> &pValues);
};

} // namespace tillsyn::stats
