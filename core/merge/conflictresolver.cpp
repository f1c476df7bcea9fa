#include "conflictresolver.h"

#include "merge/officevisits.h"
#include "storage/officerepository.h"
#include "util/error.h"

#include <set>

namespace tillsyn::merge {

void ConflictResolver::resolve(const QString &visitId, int revision, const QString &content,
                               const QString &reason, const QString &resolvedBy,
                               const QDateTime &at)
{
    if (reason.trimmed().isEmpty())
        throw Error(tr("A resolution needs a reason."));
    // One unit of work on the visit: the choice is made on the history as it is when written.
    m_repo.inVisitTransaction(visitId, [&] {
        choose(visitId, revision, content, reason, resolvedBy, at);
    });
}

void ConflictResolver::choose(const QString &visitId, int revision, const QString &content,
                              const QString &reason, const QString &resolvedBy,
                              const QDateTime &at)
{
    storage::OfficeRepository &store = m_repo;
    const auto revisions = store.revisions(visitId);
    if (revisions.empty())
        throw Error(tr("Unknown visit \"%1\".").arg(visitId));
    std::vector<const storage::OfficeRevision *> candidates;
    for (const auto &r : revisions) {
        if (r.key.revision == revision &&
            (content.isEmpty() || r.key.contentHash.startsWith(content) || r.fileName == content))
            candidates.push_back(&r);
    }
    if (candidates.empty())
        throw Error(tr("Visit %1 has no revision %2%3.")
                        .arg(visitId)
                        .arg(revision)
                        .arg(content.isEmpty() ? QString() : tr(" matching \"%1\"").arg(content)));
    if (candidates.size() > 1)
        throw Error(tr("Visit %1 has %2 different contents for revision %3: name one by its file "
                       "name or content hash.")
                        .arg(visitId)
                        .arg(candidates.size())
                        .arg(revision));
    const storage::OfficeRevision &chosen = *candidates.front();

    // The chosen revision and its bases stand; at a base number claimed by several contents the
    // one not set aside (an earlier resolution's choice) does, else the first merged one.
    std::set<std::pair<int, QString>> stand{{chosen.key.revision, chosen.key.contentHash}};
    for (int base = chosen.key.baseRevision; base > 0;) {
        const storage::OfficeRevision *at = nullptr;
        for (const auto &r : revisions) {
            if (r.key.revision == base && (!at || (at->key.setAside && !r.key.setAside)))
                at = &r;
        }
        if (!at)
            break;
        stand.insert({at->key.revision, at->key.contentHash});
        base = at->key.baseRevision;
    }
    for (const auto &r : revisions) {
        const bool aside = !stand.count({r.key.revision, r.key.contentHash});
        if (aside != r.key.setAside)
            store.setAside(visitId, r.key.revision, r.key.contentHash, aside);
    }
    store.addResolution(
        {visitId, revision, chosen.key.contentHash, reason.trimmed(), resolvedBy, at});
    refreshCurrent(store, visitId, store.revisions(visitId));
}

} // namespace tillsyn::merge
