#pragma once

#include <QDate>
#include <QString>

namespace tillsyn::domain {

// How a visit's chargeable minutes become billed time (timavgift): per started half hour (the
// Environmental Code's taxa), started hour, started quarter, or the minutes as they are.
enum class Rounding { StartedHalfHour, StartedHour, StartedQuarter, None };

// started-half-hour, started-hour, started-quarter, none.
QString roundingToString(Rounding rounding);
bool roundingFromString(const QString &s, Rounding *rounding);

// One line of the office's fee schedule: from this date on (until the next line), this rate and
// rule. A value of the domain (not of fees/) because the office database stores it and storage
// may include only domain/.
struct FeeRate
{
    QDate validFrom;
    qint64 orePerHour = 0; // the hourly rate in öre (1 400 kr = 140000): exact sums
    Rounding rounding = Rounding::StartedHalfHour;

    bool operator==(const FeeRate &) const = default;
};

} // namespace tillsyn::domain
