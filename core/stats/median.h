#pragma once

#include <algorithm>
#include <optional>
#include <vector>

namespace tillsyn::stats {

// The median of whole numbers; of an even count the mean of the two middle values; none of none.
template<typename T>
std::optional<double> median(std::vector<T> values)
{
    if (values.empty())
        return std::nullopt;
    const size_t n = values.size();
    std::nth_element(values.begin(), values.begin() + n / 2, values.end());
    const double upper = double(values[n / 2]);
    if (n % 2 == 1)
        return upper;
    const double lower = double(*std::max_element(values.begin(), values.begin() + n / 2));
    return (lower + upper) / 2.0;
}

} // namespace tillsyn::stats
