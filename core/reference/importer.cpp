#include "importer.h"

#include "checklistsfile.h"
#include "facilitiesfile.h"
#include "facilitycsv.h"
#include "opendatafacilities.h"
#include "storage/checkliststore.h"
#include "storage/officerepository.h"
#include "util/error.h"

#include <QFile>
#include <QFileInfo>

namespace tillsyn::reference {

QByteArray Importer::readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(tr("%1: cannot be read: %2").arg(path, f.errorString()));
    return f.readAll();
}

std::vector<domain::Facility> Importer::readFacilities(const QString &path)
{
    const QByteArray bytes = readFile(path);
    const QString name = QFileInfo(path).fileName();
    // The format is told by content, whatever the file is named.
    if (OpenDataFacilities::isOpenData(bytes))
        return OpenDataFacilities::read(bytes, name);
    return FacilityCsv::looksLikeCsv(bytes) ? FacilityCsv::read(bytes, name)
                                            : FacilitiesFile::read(bytes, name);
}

storage::ImportCounts Importer::importFacilities(const QString &path)
{
    return storage::FacilityStore(m_db).upsert(readFacilities(path));
}

storage::ImportCounts Importer::importChecklists(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const auto checklists = ChecklistsFile::read(readFile(path), name);
    return storage::ChecklistStore(m_db).import(checklists, name);
}

storage::ImportCounts Importer::importFacilities(storage::OfficeRepository &office,
                                                const QString &path)
{
    const auto facilities = readFacilities(path);
    storage::ImportCounts counts;
    office.inTransaction([&] { counts = office.upsertFacilities(facilities); });
    return counts;
}

storage::ImportCounts Importer::importChecklists(storage::OfficeRepository &office,
                                                const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const auto checklists = ChecklistsFile::read(readFile(path), name);
    storage::ImportCounts counts;
    office.inTransaction([&] { counts = office.importChecklists(checklists, name); });
    return counts;
}

} // namespace tillsyn::reference
