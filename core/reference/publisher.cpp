#include "publisher.h"

#include "checklistsfile.h"
#include "facilitiesfile.h"
#include "followupsfile.h"
#include "keystore.h"
#include "merge/officedeviations.h"
#include "signature.h"
#include "storage/officerepository.h"
#include "sync/share.h"

#include <limits>
#include <map>
#include <set>

namespace tillsyn::reference {

using domain::Checklist;
using domain::Facility;

Publisher::Content Publisher::content()
{
    return {m_repo.facilities(), m_repo.publishedChecklists()};
}

PublishSummary Publisher::summarise(const Content &content, bool done)
{
    const std::vector<Facility> &facilities = content.facilities;
    const std::vector<Checklist> &published = content.checklists;
    PublishSummary summary{int(facilities.size()), int(published.size()), 0, {}, {}};

    // Compare with what the field got last time.
    const std::optional<storage::PublishRecord> last = m_repo.lastPublish();
    if (!last) {
        if (!done)
            summary.changes << tr("Nothing has been published to the field yet: this will be "
                                  "the first publish (%1 facilities, %2 checklist versions).")
                                   .arg(facilities.size())
                                   .arg(published.size());
        return summary;
    }
    std::map<QString, Facility> before;
    for (const Facility &f :
         FacilitiesFile::read(last->facilities, QStringLiteral("facilities.json"), true))
        before[f.id] = f;
    int added = 0, changed = 0;
    std::set<QString> now;
    for (const Facility &f : facilities) {
        now.insert(f.id);
        const auto it = before.find(f.id);
        if (it == before.end())
            ++added;
        else if (!(it->second == f))
            ++changed;
    }
    int removed = 0;
    for (const auto &[id, f] : before)
        removed += !now.count(id);
    std::set<std::pair<QString, int>> oldVersions;
    for (const Checklist &c :
         ChecklistsFile::read(last->checklists, QStringLiteral("checklists.json")))
        oldVersions.insert({c.id, c.version});
    QStringList newVersions;
    for (const Checklist &c : published) {
        if (!oldVersions.count({c.id, c.version}))
            newVersions << tr("%1 version %2").arg(c.title).arg(c.version);
    }
    summary.changes << tr("Since the last publish (%1): %2 facilities added, %3 changed, %4 "
                          "no longer published.")
                           .arg(last->publishedAt.toString(Qt::ISODate))
                           .arg(added)
                           .arg(changed)
                           .arg(removed);
    summary.changes
        << (newVersions.isEmpty()
                ? tr("No new checklist versions.")
                : tr("New checklist versions: %1").arg(newVersions.join(QStringLiteral(", "))));
    return summary;
}

std::optional<SigningKey> Publisher::describeSigning(PublishSummary &summary)
{
    auto key = KeyStore::signingKey(m_repo);
    summary.keyId = key ? key->publicKey().keyId() : QString();
    summary.changes
        << (key ? tr("Signed with the office key %1.").arg(key->publicKey().fingerprint())
                : tr("Not signed: this office has no signing key (tillsyn-cli key "
                     "create). Laptops that trust a key will refuse these files."));
    return key;
}

PublishSummary Publisher::preview()
{
    PublishSummary summary = summarise(content(), false);
    describeSigning(summary);
    return summary;
}

PublishSummary Publisher::publish(sync::Share &share, const QDateTime &at)
{
    const Content c = content();
    // The summary compares with the last publish: made before this one is logged.
    PublishSummary summary = summarise(c, true);
    const std::optional<SigningKey> key = describeSigning(summary);
    const QByteArray facilities = FacilitiesFile::write(c.facilities, at);
    const QByteArray checklists = ChecklistsFile::write(c.checklists, at);
    const auto open = merge::OfficeDeviations(m_repo).open();
    summary.openDeviations = int(open.size());
    const QByteArray followUps = FollowUpsFile::write(open, at);
    // Each file, then its signature: the two are replaced one after the other, so a laptop
    // syncing in between sees a new file with the old signature (or the reverse, if it read the
    // file just before). It refuses that file and keeps its data, without remembering the file
    // as seen, so its next sync reads both again and takes them. Signature last means the
    // signature is what completes a file's publish.
    for (const auto &[path, bytes] :
         {std::pair{QStringLiteral("reference/facilities.json"), facilities},
          std::pair{QStringLiteral("reference/checklists.json"), checklists},
          std::pair{QStringLiteral("reference/followups.json"), followUps}}) {
        share.replace(path, bytes);
        if (key)
            share.replace(path + QStringLiteral(".sig"), SignatureFile::write(bytes, *key));
    }
    m_repo.addPublish({at, share.describe(), facilities, checklists});
    return summary;
}

} // namespace tillsyn::reference
