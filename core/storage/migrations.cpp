#include "migrations.h"

#include "database.h"

namespace tillsyn::storage {

const std::vector<Migrations::Step> &Migrations::steps() {
    static const std::vector<Step> s = {
        {1,
         {
             QStringLiteral("CREATE TABLE facility ("
                            " num INTEGER PRIMARY KEY,"
                            " id TEXT NOT NULL UNIQUE,"
                            " name TEXT NOT NULL,"
                            " address TEXT NOT NULL DEFAULT '',"
                            " postal_code TEXT NOT NULL DEFAULT '',"
                            " city TEXT NOT NULL DEFAULT '',"
                            " category TEXT NOT NULL DEFAULT '',"
                            " risk_class INTEGER,"
                            " operator_name TEXT NOT NULL DEFAULT '',"
                            " org_number TEXT NOT NULL DEFAULT '',"
                            " contact_name TEXT NOT NULL DEFAULT '',"
                            " phone TEXT NOT NULL DEFAULT '',"
                            " email TEXT NOT NULL DEFAULT '',"
                            " active INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX facility_name ON facility(name)"),
             QStringLiteral("CREATE TABLE checklist ("
                            " id TEXT NOT NULL,"
                            " version INTEGER NOT NULL CHECK (version >= 1),"
                            " title TEXT NOT NULL,"
                            " area TEXT NOT NULL CHECK (area IN ('food','health','environment')),"
                            " PRIMARY KEY (id, version))"),
             QStringLiteral("CREATE TABLE checklist_section ("
                            " checklist_id TEXT NOT NULL,"
                            " checklist_version INTEGER NOT NULL,"
                            " position INTEGER NOT NULL,"
                            " title TEXT NOT NULL,"
                            " PRIMARY KEY (checklist_id, checklist_version, position),"
                            " FOREIGN KEY (checklist_id, checklist_version)"
                            "  REFERENCES checklist(id, version) ON DELETE CASCADE)"),
             QStringLiteral("CREATE TABLE checklist_item ("
                            " checklist_id TEXT NOT NULL,"
                            " checklist_version INTEGER NOT NULL,"
                            " section_position INTEGER NOT NULL,"
                            " position INTEGER NOT NULL,"
                            " item_id TEXT NOT NULL,"
                            " text TEXT NOT NULL,"
                            " guidance TEXT NOT NULL DEFAULT '',"
                            " legal_reference TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (checklist_id, checklist_version, item_id),"
                            " FOREIGN KEY (checklist_id, checklist_version, section_position)"
                            "  REFERENCES checklist_section(checklist_id, checklist_version,"
                            "  position) ON DELETE CASCADE)"),
             QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT)"),
         }},
        // Full-text facility search. A plain FTS5 table (not external content) so the org.
        // number can be indexed both as written and as bare digits.
        {2,
         {
             // Case-insensitive name order, usable for a one-letter search as a range scan.
             QStringLiteral("DROP INDEX facility_name"),
             QStringLiteral(
                 "CREATE INDEX facility_name_nocase ON facility(name COLLATE NOCASE, id)"),
             QStringLiteral("CREATE VIRTUAL TABLE facility_fts USING fts5("
                            " name, operator_name, org_number, address, city,"
                            " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),
             QStringLiteral("CREATE TRIGGER facility_fts_insert AFTER INSERT ON facility BEGIN"
                            " INSERT INTO facility_fts(rowid, name, operator_name, org_number,"
                            "  address, city) VALUES (new.num, new.name, new.operator_name,"
                            "  new.org_number || ' ' || replace(new.org_number, '-', ''),"
                            "  new.address || ' ' || new.postal_code, new.city);"
                            " END"),
             QStringLiteral("CREATE TRIGGER facility_fts_delete AFTER DELETE ON facility BEGIN"
                            " DELETE FROM facility_fts WHERE rowid = old.num;"
                            " END"),
             QStringLiteral("CREATE TRIGGER facility_fts_update AFTER UPDATE ON facility BEGIN"
                            " DELETE FROM facility_fts WHERE rowid = old.num;"
                            " INSERT INTO facility_fts(rowid, name, operator_name, org_number,"
                            "  address, city) VALUES (new.num, new.name, new.operator_name,"
                            "  new.org_number || ' ' || replace(new.org_number, '-', ''),"
                            "  new.address || ' ' || new.postal_code, new.city);"
                            " END"),
             QStringLiteral("INSERT INTO facility_fts(rowid, name, operator_name, org_number,"
                            " address, city) SELECT num, name, operator_name,"
                            " org_number || ' ' || replace(org_number, '-', ''),"
                            " address || ' ' || postal_code, city FROM facility"),
         }},
    };
    return s;
}

int Migrations::latestVersion() {
    return steps().back().version;
}

void Migrations::migrate(Database &db, int target) {
    if (target < 0)
        target = latestVersion();
    Transaction tx(db);
    // Re-read inside the write lock: another process may have migrated meanwhile.
    const int from = db.schemaVersion();
    for (const Step &step : steps()) {
        if (step.version <= from || step.version > target)
            continue;
        for (const QString &sql : step.statements)
            db.exec(sql);
    }
    if (target > from)
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(target));
    tx.commit();
}

} // namespace tillsyn::storage
