#include "chisquare.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace tillsyn::stats {

namespace {

constexpr double kEpsilon = 1e-15;
constexpr int kMaxIterations = 10000;

// P(a, x) by its power series: e^-x x^a / Γ(a+1) · Σ x^n / ((a+1)…(a+n)).
double lowerSeries(double a, double x)
{
    double term = 1.0 / a;
    double sum = term;
    for (int n = 1; n < kMaxIterations; ++n) {
        term *= x / (a + n);
        sum += term;
        if (std::abs(term) < std::abs(sum) * kEpsilon)
            break;
    }
    return sum * std::exp(-x + a * std::log(x) - std::lgamma(a));
}

// Q(a, x) by its continued fraction, evaluated with the modified Lentz method.
double upperFraction(double a, double x)
{
    constexpr double tiny = std::numeric_limits<double>::min() / kEpsilon;
    double b = x + 1.0 - a;
    double c = 1.0 / tiny;
    double d = 1.0 / b;
    double h = d;
    for (int i = 1; i < kMaxIterations; ++i) {
        const double an = -i * (i - a);
        b += 2.0;
        d = an * d + b;
        if (std::abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (std::abs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1.0) < kEpsilon)
            break;
    }
    return std::exp(-x + a * std::log(x) - std::lgamma(a)) * h;
}

// Cochran's rule for the expected counts of the table.
bool cochranHolds(const std::vector<double> &expected)
{
    const auto small =
        std::count_if(expected.begin(), expected.end(), [](double e) { return e < 5.0; });
    const bool anyBelowOne =
        std::any_of(expected.begin(), expected.end(), [](double e) { return e < 1.0; });
    return !anyBelowOne && double(small) <= 0.2 * double(expected.size());
}

} // namespace

double ChiSquare::upperRegularisedGamma(double a, double x)
{
    if (x <= 0.0)
        return 1.0;
    if (x < a + 1.0)
        return std::clamp(1.0 - lowerSeries(a, x), 0.0, 1.0);
    return std::clamp(upperFraction(a, x), 0.0, 1.0);
}

double ChiSquare::pValue(double statistic, int degreesOfFreedom)
{
    return upperRegularisedGamma(degreesOfFreedom / 2.0, statistic / 2.0);
}

std::optional<ChiSquare::Test> ChiSquare::homogeneity(const std::vector<Counts> &offices)
{
    std::vector<Counts> used;
    std::copy_if(offices.begin(), offices.end(), std::back_inserter(used),
                 [](const Counts &c) { return c.checked > 0; });
    if (used.size() < 2)
        return std::nullopt;
    double checked = 0, deviations = 0;
    for (const Counts &c : used) {
        checked += double(c.checked);
        deviations += double(c.deviations);
    }
    std::vector<double> expected;
    double statistic = 0;
    for (const Counts &c : used) {
        const double observed[2] = {double(c.deviations), double(c.checked - c.deviations)};
        const double rowTotals[2] = {deviations, checked - deviations};
        for (int row = 0; row < 2; ++row) {
            const double e = rowTotals[row] * double(c.checked) / checked;
            expected.push_back(e);
            if (e > 0)
                statistic += (observed[row] - e) * (observed[row] - e) / e;
        }
    }
    if (!cochranHolds(expected))
        return std::nullopt;
    const int df = int(used.size()) - 1;
    return Test{statistic, df, pValue(statistic, df)};
}

std::vector<double> ChiSquare::holmAdjusted(const std::vector<double> &pValues)
{
    const size_t m = pValues.size();
    std::vector<size_t> order(m);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return pValues[a] < pValues[b]; });
    std::vector<double> adjusted(m);
    double running = 0;
    for (size_t rank = 0; rank < m; ++rank) {
        // The smallest p-value is multiplied by m, the next by m − 1, …; the maximum so far
        // keeps the step-down order (a larger p-value is never "more significant").
        running = std::max(running, std::min(1.0, double(m - rank) * pValues[order[rank]]));
        adjusted[order[rank]] = running;
    }
    return adjusted;
}

} // namespace tillsyn::stats
