#include "feerate.h"

namespace tillsyn::domain {

QString roundingToString(Rounding rounding)
{
    switch (rounding) {
    case Rounding::StartedHalfHour:
        return QStringLiteral("started-half-hour");
    case Rounding::StartedHour:
        return QStringLiteral("started-hour");
    case Rounding::StartedQuarter:
        return QStringLiteral("started-quarter");
    case Rounding::None:
        return QStringLiteral("none");
    }
    return {};
}

bool roundingFromString(const QString &s, Rounding *rounding)
{
    for (Rounding r : {Rounding::StartedHalfHour, Rounding::StartedHour, Rounding::StartedQuarter,
                       Rounding::None}) {
        if (roundingToString(r) == s) {
            *rounding = r;
            return true;
        }
    }
    return false;
}

} // namespace tillsyn::domain
