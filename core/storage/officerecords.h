#pragma once

#include "domain/visit.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <vector>

// The rows that go in and out of an office database (OfficeRepository), whatever the backend.
// Plain values: no decisions live here (those are merge/'s), no SQL (that is each backend's).
namespace tillsyn::storage {

// One stored revision of a visit, as far as the merge rules care (merge::StoredRevision).
struct RevisionKey
{
    int revision = 0;
    int baseRevision = 0;
    QString contentHash; // SHA-256 of the canonical JSON
    bool setAside = false;
};

struct OfficeRevision
{
    RevisionKey key;
    QString fileName;
    QDateTime mergedAt;
    QDateTime finishedAt;
};

// The revision that stands for a visit and whether the visit is in conflict: derived from the
// visit's history by merge::deriveCurrent(), written by the repository as given.
struct CurrentRevision
{
    int revision = 0;
    QString contentHash;
    bool inConflict = false;
};

// A visit file's bytes as stored, with the name it came under (for messages when parsed).
struct StoredFile
{
    QString fileName;
    QByteArray bytes;
};

struct OfficeVisitSummary
{
    QString visitId;
    int revision = 0;
    bool inConflict = false;
    std::vector<int> revisions; // all stored numbers, set aside or not
    QString facilityId;
    QString facilityName;
    QString checklistId;
    QString checklistTitle;
    domain::VisitKind kind = domain::VisitKind::Planned;
    QString inspectors;
    QDateTime startedAt;
    QDateTime finishedAt;
    int deviations = 0;
    QString office; // the office's code in a county's pool ('' for a database of one office)
};

struct Resolution
{
    QString visitId;
    int revision = 0;
    QString contentHash;
    QString reason;
    QString resolvedBy;
    QDateTime resolvedAt;
};

struct RejectedFile
{
    QString fileName; // as it was in the inbox
    QString reason;
    QDateTime rejectedAt;
    QString share;
    QString contentHash; // SHA-256 of the file's bytes
    QString storedAs;    // its path in the share once moved (rejected/NAME[.N]); empty before
    qint64 id = 0;
};

// One answer row of the CSV export (the current revision of a visit).
struct AnswerRow
{
    QString visitId;
    int revision = 0;
    QString facilityName;
    QString checklistId;
    QString itemId;
    QString section;
    QString text;
    QString legalReference;
    domain::Result result = domain::Result::NotChecked;
    QString comment;
};

// One selected visit as the statistics see it: no facility, no person, no free text.
struct ScannedVisit
{
    QString checklistId;
    int checklistVersion = 0;
    QString checklistTitle;
    QString category;
    QString kind;       // the format's token (planned, follow_up, …)
    QString finishedAt; // UTC ISO 8601 text: sorts by time
    QString month;      // local "YYYY-MM" (only when asked for)
    int minutesSpent = 0;
};

struct ScannedAnswer
{
    QByteArrayView itemId; // ASCII; valid during the callback only
    domain::Result result = domain::Result::NotChecked;
    QString section; // only when asked for
};

// What of each visit's answers a statistics scan needs.
enum class ScanAnswers { None, Results, Items, ItemsAndSections };

// Answers of one item of one checklist, counted by result (a backend that can group answers
// itself gives these directly, see OfficeRepository::itemCounts).
struct ItemCount
{
    QString checklistId;
    QString itemId;
    qint64 ok = 0;
    qint64 deviations = 0;
    qint64 notChecked = 0;
    qint64 notApplicable = 0;
};

// Answers of one food control reporting area (issue 19), counted by result, with the number of
// visits that have answers of it.
struct ControlAreaCount
{
    QString controlArea;
    qint64 visits = 0;
    qint64 ok = 0;
    qint64 deviations = 0;
    qint64 notChecked = 0;
    qint64 notApplicable = 0;
};

// The last publish: what the field got then.
struct PublishRecord
{
    QDateTime publishedAt;
    QString share;
    QByteArray facilities; // facilities.json as published
    QByteArray checklists; // checklists.json as published
};

} // namespace tillsyn::storage
