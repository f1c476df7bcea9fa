#pragma once

#include "storage/facilitystore.h"

#include <QCoreApplication>

namespace tillsyn::storage {
class Database;
class OfficeRepository;
}

namespace tillsyn::reference {

// Imports a file into the database: the whole file is read and validated first, then stored in
// one transaction, so a bad file changes nothing. Used by the CLI and the GUI alike.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::reference::Importer)

public:
    explicit Importer(storage::Database &db)
        : m_db(db)
    {}

    // A tillsyn-facilities JSON file, CSV with a header row, or a file in the national open-data
    // format (JSON or CSV), told apart by content.
    storage::ImportCounts importFacilities(const QString &path);
    // A tillsyn-checklists JSON file.
    storage::ImportCounts importChecklists(const QString &path);

    // The same into an office database of either backend (one unit of work).
    static storage::ImportCounts importFacilities(storage::OfficeRepository &office,
                                                  const QString &path);
    static storage::ImportCounts importChecklists(storage::OfficeRepository &office,
                                                  const QString &path);

    static QByteArray readFile(const QString &path);
    // Reads and validates a facility list without storing it (for a preview).
    static std::vector<domain::Facility> readFacilities(const QString &path);

private:
    storage::Database &m_db;
};

} // namespace tillsyn::reference
