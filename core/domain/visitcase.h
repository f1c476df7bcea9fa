#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace tillsyn::domain {

// What a visit's time went on (formats.md, "Additions to version 1": timeEntries). The order is
// the order of a visit's work and of the report's table.
enum class Activity { Preparation, Travel, Inspection, Sampling, Reporting, Other };

// preparation, travel, inspection, sampling, reporting, other.
QString toString(Activity activity);
bool fromString(const QString &s, Activity *activity);
QString displayName(Activity activity);
const std::vector<Activity> &allActivities();

struct TimeEntry
{
    Activity activity = Activity::Inspection;
    int minutes = 0; // 0–1440
    bool chargeable = true;

    bool operator==(const TimeEntry &) const = default;
};

// The operator's acknowledgement of the visit on site: a drawn signature (PNG) with name and
// role, or a refusal to sign.
struct OperatorSignature
{
    QString name;
    QString role; // may be empty
    QDateTime signedAt;
    bool declined = false;
    QString mediaType; // image/png unless declined
    QString sha256;    // lowercase hex of the PNG
    QByteArray data;   // the PNG; empty when declined

    bool operator==(const OperatorSignature &) const = default;
};

// The case and billing block of a visit (issue 18): the case number, time per activity, the
// operator's comment and signature. Kept apart from Visit's other members so each feature's
// members merge separately.
struct VisitCase
{
    QString caseNumber; // the case system's diarienummer; empty when none
    std::vector<TimeEntry> timeEntries;
    QString operatorComment;
    std::optional<OperatorSignature> signature;

    // The entries a revision from before time per activity (plain `minutesSpent`, no entries)
    // stands for: its minutes as the inspection's, what passes the format's 1,440 per entry as
    // other work. Its time is then kept when an activity is first set on it.
    static std::vector<TimeEntry> fromPlainMinutes(int minutes);

    int totalMinutes() const;
    int chargeableMinutes() const;
    const TimeEntry *entry(Activity activity) const;

    bool operator==(const VisitCase &) const = default;
};

// A case number by the format's rule (1–64 characters, no control characters): empty when
// valid, else the rule broken, translated.
QString caseNumberProblem(const QString &caseNumber);

} // namespace tillsyn::domain
