#pragma once

#include "storage/officerecords.h"

#include <QString>

#include <optional>
#include <vector>

namespace tillsyn::merge {

// One stored revision of a visit, as far as the merge rules care (a row the office database
// returns; storage defines it, since storage depends on nothing of merge/).
using StoredRevision = storage::RevisionKey;

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

// What stands for a visit, derived from its whole stored history (in the order the office
// database returns it: by revision, then merge time): the current revision number, which
// content stands at that number (of several contents claiming it — a conflict — the first merged
// not set aside, until a person chooses), and whether the visit is in conflict. None when every
// revision is set aside or there is none. Pure; both backends' rows come from this.
std::optional<storage::CurrentRevision> deriveCurrent(const std::vector<StoredRevision> &history);

} // namespace tillsyn::merge
