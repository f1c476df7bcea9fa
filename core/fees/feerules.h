#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace tillsyn::fees {

// How a visit's chargeable minutes become billed time (timavgift): per started half hour (the
// Environmental Code's taxa), started hour, started quarter, or the minutes as they are.
enum class Rounding { StartedHalfHour, StartedHour, StartedQuarter, None };

// started-half-hour, started-hour, started-quarter, none.
QString toString(Rounding rounding);
bool fromString(const QString &s, Rounding *rounding);

// One line of the fee schedule: from this date on (until the next line), this rate and rule.
struct FeeRate
{
    QDate validFrom;
    qint64 orePerHour = 0; // the hourly rate in öre (1 400 kr = 140000): exact sums
    Rounding rounding = Rounding::StartedHalfHour;

    bool operator==(const FeeRate &) const = default;
};

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
