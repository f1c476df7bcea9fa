#pragma once

#include <QString>

#include <vector>

namespace tillsyn::merge {

// One stored revision of a visit, as far as the merge rules care.
struct StoredRevision
{
    int revision = 0;
    int baseRevision = 0;
    QString contentHash; // SHA-256 of the canonical JSON
    bool setAside = false;
};

struct IncomingRevision
{
    int revision = 0;
    int baseRevision = 0;
    QString contentHash;
};

// Waiting: the file was not merged this time and stays in the inbox for the next run (it was
// still changing, or the share could not give it now).
enum class Outcome { Imported, Updated, Duplicate, Conflict, History, Rejected, Waiting };

QString toString(Outcome outcome);
// The outcome in words for people (translated), as the office's merge results show it.
QString displayName(Outcome outcome);

// formats.md, "Merging into the office database": the outcome of merging one valid file into a
// visit's history. Pure: the same history and file always give the same answer. (Rejection of
// invalid files happens before, in the reader.)
Outcome decide(const std::vector<StoredRevision> &history, const IncomingRevision &incoming);

// A property of the stored set: two different contents claim one revision number, or a revision
// was edited from something older than another revision between them. Set-aside revisions do
// not count.
bool inConflict(const std::vector<StoredRevision> &history);

// The highest revision not set aside (0 when none).
int currentRevision(const std::vector<StoredRevision> &history);

} // namespace tillsyn::merge
