#include "publisher.h"

#include "checklistsfile.h"
#include "facilitiesfile.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/facilitystore.h"
#include "sync/share.h"

#include <limits>
#include <map>
#include <set>

namespace tillsyn::reference {

using domain::Checklist;
using domain::Facility;

Publisher::Files Publisher::build(const QDateTime &at)
{
    storage::ChecklistStore checklists(m_db);
    std::vector<Checklist> published;
    for (const Checklist &c : checklists.allVersions()) {
        if (checklists.status(c.id, c.version) == storage::ChecklistStore::Status::Published)
            published.push_back(c);
    }
    const auto facilities =
        storage::FacilityStore(m_db).search({}, 0, std::numeric_limits<int>::max(), false);
    Files files{FacilitiesFile::write(facilities, at),
                ChecklistsFile::write(published, at),
                {int(facilities.size()), int(published.size()), {}}};

    // Compare with what the field got last time.
    QSqlQuery last = m_db.prepare(QStringLiteral(
        "SELECT facilities, checklists, published_at FROM publish_log ORDER BY id DESC LIMIT 1"));
    m_db.exec(last);
    if (!last.next()) {
        files.summary.changes << tr("First publish: %1 facilities, %2 checklist versions.")
                                     .arg(facilities.size())
                                     .arg(published.size());
        return files;
    }
    std::map<QString, Facility> before;
    for (const Facility &f :
         FacilitiesFile::read(last.value(0).toByteArray(), QStringLiteral("facilities.json")))
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
         ChecklistsFile::read(last.value(1).toByteArray(), QStringLiteral("checklists.json")))
        oldVersions.insert({c.id, c.version});
    QStringList newVersions;
    for (const Checklist &c : published) {
        if (!oldVersions.count({c.id, c.version}))
            newVersions << tr("%1 version %2").arg(c.title).arg(c.version);
    }
    files.summary.changes << tr("Since the last publish (%1): %2 facilities added, %3 changed, %4 "
                                "no longer published.")
                                 .arg(last.value(2).toString())
                                 .arg(added)
                                 .arg(changed)
                                 .arg(removed);
    files.summary.changes
        << (newVersions.isEmpty()
                ? tr("No new checklist versions.")
                : tr("New checklist versions: %1").arg(newVersions.join(QStringLiteral(", "))));
    return files;
}

PublishSummary Publisher::preview()
{
    return build(QDateTime::currentDateTimeUtc()).summary;
}

PublishSummary Publisher::publish(sync::Share &share, const QDateTime &at)
{
    const Files files = build(at);
    share.replace(QStringLiteral("reference/facilities.json"), files.facilities);
    share.replace(QStringLiteral("reference/checklists.json"), files.checklists);
    QSqlQuery log = m_db.prepare(QStringLiteral(
        "INSERT INTO publish_log (published_at, share, facilities, checklists) VALUES (?,?,?,?)"));
    log.addBindValue(at.toUTC().toString(Qt::ISODate));
    log.addBindValue(share.describe());
    log.addBindValue(files.facilities);
    log.addBindValue(files.checklists);
    m_db.exec(log);
    return files.summary;
}

} // namespace tillsyn::reference
