#include "mergedecision.h"

#include <algorithm>

namespace tillsyn::merge {

QString toString(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Imported:
        return QStringLiteral("imported");
    case Outcome::Updated:
        return QStringLiteral("updated");
    case Outcome::Duplicate:
        return QStringLiteral("duplicate");
    case Outcome::Conflict:
        return QStringLiteral("conflict");
    case Outcome::History:
        return QStringLiteral("history");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::Waiting:
        return QStringLiteral("waiting");
    }
    return {};
}

bool inConflict(const std::vector<StoredRevision> &history)
{
    for (const StoredRevision &a : history) {
        if (a.setAside)
            continue;
        for (const StoredRevision &b : history) {
            if (b.setAside || &a == &b)
                continue;
            // (a) two different contents claim the same revision number
            if (a.revision == b.revision && a.contentHash != b.contentHash)
                return true;
            // (b) a was edited from something older than b, which lies between: two lines
            if (a.baseRevision < b.revision && b.revision < a.revision)
                return true;
        }
    }
    return false;
}

int currentRevision(const std::vector<StoredRevision> &history)
{
    int current = 0;
    for (const StoredRevision &r : history) {
        if (!r.setAside)
            current = std::max(current, r.revision);
    }
    return current;
}

std::optional<storage::CurrentRevision> deriveCurrent(const std::vector<StoredRevision> &history)
{
    const int current = currentRevision(history);
    const auto it = std::find_if(history.begin(), history.end(), [&](const StoredRevision &r) {
        return r.revision == current && !r.setAside;
    });
    if (it == history.end())
        return std::nullopt;
    return storage::CurrentRevision{current, it->contentHash, inConflict(history)};
}

Outcome decide(const std::vector<StoredRevision> &history, const IncomingRevision &incoming)
{
    if (history.empty())
        return Outcome::Imported;
    const bool duplicate =
        std::any_of(history.begin(), history.end(), [&](const StoredRevision &r) {
            return r.revision == incoming.revision && r.contentHash == incoming.contentHash;
        });
    if (duplicate)
        return Outcome::Duplicate;
    std::vector<StoredRevision> after = history;
    after.push_back({incoming.revision, incoming.baseRevision, incoming.contentHash, false});
    if (inConflict(after))
        return Outcome::Conflict;
    return incoming.revision > currentRevision(history) ? Outcome::Updated : Outcome::History;
}

} // namespace tillsyn::merge
