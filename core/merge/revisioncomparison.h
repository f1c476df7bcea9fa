#pragma once

#include "domain/visit.h"
#include "merge/mergedecision.h"

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <vector>

namespace tillsyn::merge {

// One line of a side-by-side comparison of two revisions of a visit.
struct ComparedField
{
    QString label;     // translated: "Summary", "Finished", or the item's wording
    QString left;      // as shown to a person
    QString right;
    bool differs = false;
};

// The context of compareRevisions()'s words.
class RevisionComparison
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::merge::RevisionComparison)
};

// What a person compares to resolve a conflict: the visit's own fields (who, when, kind, time
// spent, people present, summary) and every item with its result, comment and photos. Comparing
// only answers hid conflicts that differ in the summary, a time or a photo.
std::vector<ComparedField> compareRevisions(const domain::Visit &left, const domain::Visit &right);

// Which two of a visit's stored revisions face each other when a conflict is shown: the two
// highest not set aside, in the order they are listed ({-1, -1} when fewer than two are live).
std::pair<int, int> conflictPair(const std::vector<StoredRevision> &revisions);

} // namespace tillsyn::merge
