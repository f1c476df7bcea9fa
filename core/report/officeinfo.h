#pragma once

#include <QByteArray>
#include <QString>

namespace tillsyn::storage {
class Database;
class OfficeRepository;
}

namespace tillsyn::report {

// The office that sends the report: shown in every report's header. Kept in the database's
// settings so the GUI and the CLI print the same letterhead.
struct OfficeInfo
{
    QString name;
    QString address;
    QString phone;
    QString email;
    QString logoPath; // a PNG, JPEG or SVG file; empty for none

    static OfficeInfo load(storage::Database &db);
    void save(storage::Database &db) const;
    static OfficeInfo load(storage::OfficeRepository &office);
    void save(storage::OfficeRepository &office) const;
    // The fictional office of the demo data.
    static OfficeInfo demo();
    // The logo as a PNG the report can embed (SVGs are rasterised); empty when none or unreadable.
    QByteArray logoPng() const;
};

} // namespace tillsyn::report
