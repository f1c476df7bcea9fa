#include "officecopy.h"

#include "storage/officerepository.h"
#include "util/error.h"
#include "visitfile/visitfilereader.h"

#include <map>
#include <set>

namespace tillsyn::merge {

using storage::OfficeRepository;

OfficeCopy::Counts OfficeCopy::copy(OfficeRepository &from, OfficeRepository &to)
{
    from.requireOffice();
    if (to.hasVisits() || !to.facilities(true).empty() || !to.allChecklists().empty())
        throw Error(tr("%1 already holds office data: copy only into an empty database.")
                        .arg(to.describe()));

    // A checklist draft (the office editor's work in progress) has no place behind the
    // repository's interface: refused before anything is written, rather than left behind.
    QStringList drafts;
    {
        std::set<std::pair<QString, int>> published;
        for (const domain::Checklist &c : from.publishedChecklists())
            published.emplace(c.id, c.version);
        for (const domain::Checklist &c : from.allChecklists()) {
            if (!published.count({c.id, c.version}))
                drafts << tr("\"%1\" version %2").arg(c.id).arg(c.version);
        }
    }
    if (!drafts.isEmpty())
        throw Error(tr("%1 holds checklist drafts that a copy cannot take: %2. Publish or delete "
                       "them in the checklist editor first; nothing was copied.")
                        .arg(from.describe(), drafts.join(QStringLiteral(", "))));

    // What the source holds now, read before the target's one transaction begins.
    const std::map<QString, QString> settings = from.settings(QString());
    const auto facilities = from.facilities(true);
    const auto checklists = from.publishedChecklists();
    const auto publish = from.lastPublish();
    const auto rejected = from.rejected();
    const auto feeSchedule = from.feeSchedule();
    std::map<QString, storage::OfficeVisitSummary> current;
    for (storage::OfficeVisitSummary &s : from.visitSummaries())
        current.emplace(s.visitId, std::move(s));

    Counts counts;
    to.inTransaction([&] {
        counts = {};
        for (const auto &[key, value] : settings)
            to.setSetting(key, value);
        to.setOfficeRole();
        counts.facilities = int(facilities.size());
        to.upsertFacilities(facilities);
        counts.checklists = int(checklists.size());
        to.importChecklists(checklists, from.describe());
        if (publish)
            to.addPublish(*publish);
        // Oldest first, so the target's records keep the source's order.
        for (auto it = rejected.rbegin(); it != rejected.rend(); ++it)
            to.addRejected(*it);
        counts.rejected = int(rejected.size());
        for (const domain::DeviationClosure &c : from.deviationClosures())
            to.addDeviationClosure(c);
        for (const domain::FeeRate &r : feeSchedule)
            to.setFeeRate(r);

        for (const QString &visitId : from.visitIds()) {
            ++counts.visits;
            const auto stored = from.revisions(visitId);
            for (const storage::OfficeRevision &r : stored) {
                const QByteArray bytes =
                    from.revisionBytes(visitId, r.key.revision, r.key.contentHash);
                const domain::Visit visit = visitfile::VisitFileReader::read(bytes, r.fileName);
                to.insertRevision(visit, r.key.contentHash, r.fileName, bytes, r.mergedAt);
                if (r.key.setAside)
                    to.setAside(visitId, r.key.revision, r.key.contentHash, true);
                ++counts.revisions;
            }
            for (const storage::Resolution &r : from.resolutions(visitId))
                to.addResolution(r);
            const auto summary = current.find(visitId);
            const std::optional<storage::StoredFile> file = from.currentFile(visitId);
            if (summary == current.end() || !file)
                continue;
            // The current view as the source has it: which stored content it is.
            for (const storage::OfficeRevision &r : stored) {
                if (r.key.revision != summary->second.revision ||
                    from.revisionBytes(visitId, r.key.revision, r.key.contentHash) != file->bytes)
                    continue;
                to.writeCurrent(visitId,
                                storage::CurrentRevision{r.key.revision, r.key.contentHash,
                                                         summary->second.inConflict},
                                visitfile::VisitFileReader::read(file->bytes, file->fileName));
                break;
            }
        }
    });
    return counts;
}

} // namespace tillsyn::merge
