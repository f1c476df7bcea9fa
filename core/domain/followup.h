#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace tillsyn::domain {

// What a later visit found when it checked an earlier visit's deviation (formats.md, `followUps`).
enum class FollowUpStatus { Corrected, Remains, NotChecked };

// corrected, remains, not_checked and back.
QString toString(FollowUpStatus status);
bool fromString(const QString &s, FollowUpStatus *status);
// Translated: åtgärdad, kvarstår, ej kontrollerad.
QString displayName(FollowUpStatus status);

// One earlier deviation this visit followed up.
struct FollowUp
{
    QString visitId; // the earlier visit
    QString itemId;
    FollowUpStatus status = FollowUpStatus::NotChecked;
    QString comment;

    bool operator==(const FollowUp &) const = default;
};

// One deviation of a visit's current revision, as the office derives it and publishes it
// (reference/followups.json, `openDeviations`) and as a laptop knows it.
struct Deviation
{
    QString facilityId;
    QString facilityName; // not in followups.json: empty when the deviation came from there
    QString visitId;
    int revision = 0;
    QDateTime startedAt; // not in followups.json: invalid when the deviation came from there
    QDateTime finishedAt;
    QString checklistId;
    int checklistVersion = 0;
    QString itemId;
    QString section;
    QString text;
    QString legalReference;
    QString comment;
    std::optional<QDate> deadline;
    QString controlArea;
    int photoCount = 0; // an optional member of followups.json (see FollowUpsFile)

    bool operator==(const Deviation &) const = default;
};

// The office closed a deviation by hand (e.g. the operator sent a photo of the repair).
struct DeviationClosure
{
    QString visitId;
    QString itemId;
    QString reason;
    QString closedBy;
    QDateTime closedAt;

    bool operator==(const DeviationClosure &) const = default;
};

// A deadline is a date: YYYY-MM-DD, nothing else.
std::optional<QDate> parseDeadline(const QString &text);
QString deadlineText(const QDate &date);

} // namespace tillsyn::domain
