#include "officevisits.h"

#include "merge/mergedecision.h"
#include "storage/officerepository.h"
#include "visitfile/visitfilereader.h"

namespace tillsyn::merge {

void refreshCurrent(storage::OfficeRepository &repository, const QString &visitId,
                    const std::vector<storage::OfficeRevision> &history,
                    const domain::Visit *parsed, const QString &parsedHash)
{
    std::vector<StoredRevision> keys;
    keys.reserve(history.size());
    for (const auto &r : history)
        keys.push_back(r.key);
    const auto current = deriveCurrent(keys);
    if (!current) {
        repository.clearCurrent(visitId);
        return;
    }
    if (parsed && parsed->revision == current->revision && parsedHash == current->contentHash) {
        repository.writeCurrent(visitId, *current, *parsed);
        return;
    }
    QString fileName;
    for (const auto &r : history) {
        if (r.key.revision == current->revision && r.key.contentHash == current->contentHash) {
            fileName = r.fileName;
            break;
        }
    }
    repository.writeCurrent(
        visitId, *current,
        visitfile::VisitFileReader::read(
            repository.revisionBytes(visitId, current->revision, current->contentHash), fileName));
}

std::optional<domain::Visit> OfficeVisits::current(const QString &visitId)
{
    const auto file = m_repository.currentFile(visitId);
    if (!file)
        return std::nullopt;
    return visitfile::VisitFileReader::read(file->bytes, file->fileName);
}

domain::Visit OfficeVisits::revision(const QString &visitId,
                                     const storage::OfficeRevision &revision)
{
    return visitfile::VisitFileReader::read(
        m_repository.revisionBytes(visitId, revision.key.revision, revision.key.contentHash),
        revision.fileName);
}

std::vector<domain::Visit> OfficeVisits::currentVisits(const storage::VisitFilter &filter,
                                                       bool withPhotos)
{
    std::vector<domain::Visit> out;
    m_repository.eachCurrentFile(filter, [&](const QString &, const storage::StoredFile &file) {
        out.push_back(visitfile::VisitFileReader::read(file.bytes, file.fileName));
        if (!withPhotos)
            out.back().photos.clear();
    });
    return out;
}

} // namespace tillsyn::merge
