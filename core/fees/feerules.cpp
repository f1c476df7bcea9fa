#include "feerules.h"

#include <QRegularExpression>

namespace tillsyn::fees {

qint64 FeeRules::billedHundredths(int minutes, Rounding rounding)
{
    const qint64 m = std::max(minutes, 0);
    const auto startedUnits = [&](qint64 unitMinutes, qint64 unitHundredths) {
        return (m + unitMinutes - 1) / unitMinutes * unitHundredths;
    };
    switch (rounding) {
    case Rounding::StartedHalfHour:
        return startedUnits(30, 50);
    case Rounding::StartedHour:
        return startedUnits(60, 100);
    case Rounding::StartedQuarter:
        return startedUnits(15, 25);
    case Rounding::None:
        return (m * 100 + 30) / 60;
    }
    return 0;
}

qint64 FeeRules::amountOre(qint64 billedHundredths, qint64 orePerHour)
{
    return (billedHundredths * orePerHour + 50) / 100;
}

std::optional<FeeRate> FeeRules::rateOn(const std::vector<FeeRate> &schedule, const QDate &date)
{
    std::optional<FeeRate> best;
    for (const FeeRate &r : schedule) {
        if (r.validFrom <= date && (!best || r.validFrom > best->validFrom))
            best = r;
    }
    return best;
}

std::optional<qint64> FeeRules::parseKronor(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,9})(?:[.,]([0-9]{1,2}))?\\z"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 kronor = m.captured(1).toLongLong();
    const QString ore = m.captured(2).leftJustified(2, u'0');
    return kronor * 100 + ore.toLongLong();
}

} // namespace tillsyn::fees
