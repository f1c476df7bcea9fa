#pragma once

#include "domain/feerate.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace tillsyn::fees {

using domain::FeeRate;
using domain::Rounding;

// started-half-hour, started-hour, started-quarter, none (domain::roundingToString()).
inline QString toString(Rounding rounding)
{
    return domain::roundingToString(rounding);
}
inline bool fromString(const QString &s, Rounding *rounding)
{
    return domain::roundingFromString(s, rounding);
}

// The pure rules of the invoice basis, over values: unit-tested without a database.
class FeeRules
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::fees::FeeRules)

public:
    // Billed time in hundredths of an hour. The started-* rules round up to whole units (0
    // minutes bill nothing); `none` bills the minutes as hours rounded to the nearest hundredth.
    static qint64 billedHundredths(int minutes, Rounding rounding);
    // The amount in öre: billed hours × rate, rounded half up to whole öre.
    static qint64 amountOre(qint64 billedHundredths, qint64 orePerHour);
    // The rate in force on `date`: the schedule's line with the latest validFrom not after it.
    static std::optional<FeeRate> rateOn(const std::vector<FeeRate> &schedule, const QDate &date);
    // "1400" or "1386.50" kronor as öre; std::nullopt when not a non-negative amount with at
    // most two decimals.
    static std::optional<qint64> parseKronor(const QString &text);
};

} // namespace tillsyn::fees
