#include "visitcase.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace tillsyn::domain {

QString toString(Activity activity)
{
    switch (activity) {
    case Activity::Preparation:
        return QStringLiteral("preparation");
    case Activity::Travel:
        return QStringLiteral("travel");
    case Activity::Inspection:
        return QStringLiteral("inspection");
    case Activity::Sampling:
        return QStringLiteral("sampling");
    case Activity::Reporting:
        return QStringLiteral("reporting");
    case Activity::Other:
        return QStringLiteral("other");
    }
    return {};
}

const std::vector<Activity> &allActivities()
{
    static const std::vector<Activity> all = {Activity::Preparation, Activity::Travel,
                                              Activity::Inspection,  Activity::Sampling,
                                              Activity::Reporting,   Activity::Other};
    return all;
}

bool fromString(const QString &s, Activity *activity)
{
    for (Activity a : allActivities()) {
        if (toString(a) == s) {
            *activity = a;
            return true;
        }
    }
    return false;
}

QString displayName(Activity activity)
{
    switch (activity) {
    case Activity::Preparation:
        return QCoreApplication::translate("tillsyn::domain", "Preparation");
    case Activity::Travel:
        return QCoreApplication::translate("tillsyn::domain", "Travel");
    case Activity::Inspection:
        return QCoreApplication::translate("tillsyn::domain", "Inspection");
    case Activity::Sampling:
        return QCoreApplication::translate("tillsyn::domain", "Sampling");
    case Activity::Reporting:
        return QCoreApplication::translate("tillsyn::domain", "Report writing");
    case Activity::Other:
        return QCoreApplication::translate("tillsyn::domain", "Other work");
    }
    return {};
}

std::vector<TimeEntry> VisitCase::fromPlainMinutes(int minutes)
{
    std::vector<TimeEntry> entries;
    for (Activity a : {Activity::Inspection, Activity::Other}) {
        if (minutes <= 0)
            break;
        // What passes two full days is not time one visit can have been given.
        entries.push_back({a, std::min(minutes, 1440), true});
        minutes -= 1440;
    }
    return entries;
}

int VisitCase::totalMinutes() const
{
    return std::accumulate(timeEntries.begin(), timeEntries.end(), 0,
                           [](int sum, const TimeEntry &e) { return sum + e.minutes; });
}

int VisitCase::chargeableMinutes() const
{
    return std::accumulate(
        timeEntries.begin(), timeEntries.end(), 0,
        [](int sum, const TimeEntry &e) { return sum + (e.chargeable ? e.minutes : 0); });
}

const TimeEntry *VisitCase::entry(Activity activity) const
{
    const auto it = std::find_if(timeEntries.begin(), timeEntries.end(),
                                 [&](const TimeEntry &e) { return e.activity == activity; });
    return it == timeEntries.end() ? nullptr : &*it;
}

QString caseNumberProblem(const QString &caseNumber)
{
    const auto codePoints = caseNumber.toUcs4();
    if (codePoints.isEmpty() || codePoints.size() > 64)
        return QCoreApplication::translate("tillsyn::domain",
                                           "must be 1 to 64 characters (it has %1)")
            .arg(codePoints.size());
    for (char32_t c : codePoints) {
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
            return QCoreApplication::translate("tillsyn::domain",
                                               "must not contain control characters");
    }
    return {};
}

} // namespace tillsyn::domain
