#pragma once

#include "domain/facility.h"
#include "domain/followup.h"
#include "domain/inspector.h"
#include "domain/visitcase.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tillsyn::domain {

enum class VisitKind { Planned, FollowUp, Complaint, Incident, Other };
enum class Result { Ok, Deviation, NotChecked, NotApplicable };
enum class VisitStatus { Draft, Finished };

// The format's tokens (planned, follow_up, …; ok, deviation, …; draft, finished) and back.
QString toString(VisitKind kind);
QString toString(Result result);
QString toString(VisitStatus status);
bool fromString(const QString &s, VisitKind *kind);
bool fromString(const QString &s, Result *result);
// Translated names for people.
QString displayName(VisitKind kind);
QString displayName(Result result);
QString displayName(VisitStatus status);

struct Answer
{
    QString itemId;
    QString section;              // the section title at the time of the visit
    QString text;                 // the item's wording at the time of the visit
    QString legalReference;       // may be empty
    std::optional<Result> result; // unanswered while drafting
    QString comment;
    QStringList photoIds;

    // Follow-up (issue 17): only on a deviation, the date the operator must have corrected it by.
    std::optional<QDate> deadline = std::nullopt; // (initialised: aggregate inits may omit it)
    // The item's food control reporting area, copied when the visit starts (issue 19); empty
    // when the item has none.
    QString controlArea = {};

    bool operator==(const Answer &) const = default;
};

struct Photo
{
    QString id;
    QString itemId;
    QString mediaType; // image/jpeg or image/png
    qint64 bytes = 0;
    QString sha256; // lowercase hex of the image bytes
    QString caption;
    QByteArray data; // may be left empty when only the metadata was loaded

    bool operator==(const Photo &) const = default;
};

struct Device
{
    QString id; // lowercase UUID, one per field database
    QString name;

    bool operator==(const Device &) const = default;
};

struct ChecklistRef
{
    QString id;
    int version = 1;
    QString title;

    bool operator==(const ChecklistRef &) const = default;
};

// One revision of one visit: the value the field lifecycle edits, the visit file serialises,
// the merge compares, the report renders and the statistics count.
struct Visit
{
    QString visitId; // lowercase UUID, the same for every revision
    int revision = 1;
    int baseRevision = 0;
    VisitStatus status = VisitStatus::Draft;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while a draft
    Device device;
    std::vector<Inspector> inspectors;
    Facility facility; // as it was when the visit started
    ChecklistRef checklist;
    VisitKind kind = VisitKind::Planned;
    bool announced = true;
    int minutesSpent = 0;
    QStringList presentPersons;
    QString summary;
    std::vector<Answer> answers; // one per checklist item, in checklist order
    std::vector<Photo> photos;

    // Case number, time per activity, the operator's comment and signature (issue 18).
    // When caseInfo.timeEntries is not empty, minutesSpent is their sum.
    VisitCase caseInfo;
    // Follow-up (issue 17): the earlier deviations this revision checked.
    std::vector<FollowUp> followUps = {};
    const FollowUp *followUp(const QString &earlierVisitId, const QString &itemId) const;

    const Answer *answer(const QString &itemId) const;
    const Photo *photo(const QString &photoId) const;
    int answeredCount() const;
    int deviationCount() const;

    bool operator==(const Visit &) const = default;
};

} // namespace tillsyn::domain
