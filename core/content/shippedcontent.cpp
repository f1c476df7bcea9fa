#include "shippedcontent.h"

#include "reference/checklistsfile.h"
#include "reference/facilitiesfile.h"
#include "report/officeinfo.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/facilitystore.h"
#include "storage/officerepository.h"
#include "util/error.h"

#include <QDir>
#include <QFile>

namespace tillsyn::content {

namespace {
QByteArray readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: missing from the build").arg(path));
    return f.readAll();
}
} // namespace

std::vector<domain::Checklist> ShippedContent::checklists()
{
    std::vector<domain::Checklist> out;
    const QDir dir(QStringLiteral(":/tillsyn/checklists"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto list = reference::ChecklistsFile::read(readResource(dir.filePath(name)), name);
        out.insert(out.end(), list.begin(), list.end());
    }
    return out;
}

std::vector<domain::Facility> ShippedContent::demoFacilities()
{
    return reference::FacilitiesFile::read(
        readResource(QStringLiteral(":/tillsyn/demo/facilities.json")),
        QStringLiteral("facilities.json"));
}

void ShippedContent::install(storage::Database &db, bool demo)
{
    // Installed once per release: the application starts without parsing the shipped files.
    const QString key = QStringLiteral("shippedContentVersion");
    const QString version = QStringLiteral(TILLSYN_VERSION);
    if (db.setting(key) != version) {
        storage::ChecklistStore(db).import(checklists(), QStringLiteral("Tillsyn"));
        db.setSetting(key, version);
    }
    if (demo) {
        storage::FacilityStore(db).upsert(demoFacilities());
        if (report::OfficeInfo::load(db).name.isEmpty())
            report::OfficeInfo::demo().save(db);
    }
}

void ShippedContent::install(storage::OfficeRepository &office, bool demo)
{
    const QString key = QStringLiteral("shippedContentVersion");
    const QString version = QStringLiteral(TILLSYN_VERSION);
    if (office.setting(key) != version) {
        office.importChecklists(checklists(), QStringLiteral("Tillsyn"));
        office.setSetting(key, version);
    }
    if (demo) {
        office.upsertFacilities(demoFacilities());
        if (report::OfficeInfo::load(office).name.isEmpty())
            report::OfficeInfo::demo().save(office);
    }
}

} // namespace tillsyn::content
