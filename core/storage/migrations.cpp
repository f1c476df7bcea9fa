#include "migrations.h"

#include "database.h"
#include "facilitysearchindex.h"

namespace tillsyn::storage {

const std::vector<Migrations::Step> &Migrations::steps()
{
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
        // Field visits: every revision of every visit, its answers and photos. Photo bytes are
        // kept once per content (a reopened revision shares them with the one it came from).
        {3,
         {
             QStringLiteral("CREATE TABLE visit ("
                            " visit_id TEXT NOT NULL,"
                            " revision INTEGER NOT NULL CHECK (revision >= 1),"
                            " base_revision INTEGER NOT NULL"
                            "  CHECK (base_revision >= 0 AND base_revision < revision),"
                            " status TEXT NOT NULL CHECK (status IN ('draft','finished')),"
                            " started_at TEXT NOT NULL,"
                            " finished_at TEXT,"
                            " device_id TEXT NOT NULL,"
                            " device_name TEXT NOT NULL,"
                            " facility_id TEXT NOT NULL,"
                            " facility_name TEXT NOT NULL,"
                            " facility_org_number TEXT NOT NULL DEFAULT '',"
                            " facility_address TEXT NOT NULL DEFAULT '',"
                            " facility_postal_code TEXT NOT NULL DEFAULT '',"
                            " facility_city TEXT NOT NULL DEFAULT '',"
                            " facility_category TEXT NOT NULL DEFAULT '',"
                            " operator_name TEXT NOT NULL DEFAULT '',"
                            " checklist_id TEXT NOT NULL,"
                            " checklist_version INTEGER NOT NULL,"
                            " checklist_title TEXT NOT NULL,"
                            " kind TEXT NOT NULL CHECK (kind IN"
                            "  ('planned','follow_up','complaint','incident','other')),"
                            " announced INTEGER NOT NULL,"
                            " minutes_spent INTEGER NOT NULL DEFAULT 0 CHECK (minutes_spent >= 0),"
                            " present_persons TEXT NOT NULL DEFAULT '[]',"
                            " summary TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (visit_id, revision))"),
             QStringLiteral("CREATE INDEX visit_facility ON visit(facility_id)"),
             QStringLiteral("CREATE TABLE visit_inspector ("
                            " visit_id TEXT NOT NULL,"
                            " revision INTEGER NOT NULL,"
                            " position INTEGER NOT NULL,"
                            " inspector_id TEXT NOT NULL,"
                            " name TEXT NOT NULL,"
                            " PRIMARY KEY (visit_id, revision, position),"
                            " FOREIGN KEY (visit_id, revision) REFERENCES visit(visit_id, revision)"
                            "  ON DELETE CASCADE)"),
             QStringLiteral("CREATE TABLE answer ("
                            " visit_id TEXT NOT NULL,"
                            " revision INTEGER NOT NULL,"
                            " position INTEGER NOT NULL,"
                            " item_id TEXT NOT NULL,"
                            " section TEXT NOT NULL,"
                            " text TEXT NOT NULL,"
                            " legal_reference TEXT NOT NULL DEFAULT '',"
                            " result TEXT CHECK (result IN"
                            "  ('ok','deviation','not_checked','not_applicable')),"
                            " comment TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (visit_id, revision, item_id),"
                            " FOREIGN KEY (visit_id, revision) REFERENCES visit(visit_id, revision)"
                            "  ON DELETE CASCADE)"),
             QStringLiteral("CREATE TABLE photo_data ("
                            " sha256 TEXT PRIMARY KEY,"
                            " data BLOB NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE photo ("
                 " visit_id TEXT NOT NULL,"
                 " revision INTEGER NOT NULL,"
                 " photo_id TEXT NOT NULL,"
                 " item_id TEXT NOT NULL,"
                 " position INTEGER NOT NULL,"
                 " media_type TEXT NOT NULL CHECK (media_type IN ('image/jpeg','image/png')),"
                 " bytes INTEGER NOT NULL,"
                 " sha256 TEXT NOT NULL REFERENCES photo_data(sha256),"
                 " caption TEXT NOT NULL DEFAULT '',"
                 " PRIMARY KEY (visit_id, revision, photo_id),"
                 " FOREIGN KEY (visit_id, revision, item_id)"
                 "  REFERENCES answer(visit_id, revision, item_id) ON DELETE CASCADE)"),
             // A finished revision is a record: the database itself refuses to change it.
             QStringLiteral("CREATE TRIGGER visit_finished_locked BEFORE UPDATE ON visit"
                            " WHEN old.status = 'finished' BEGIN"
                            " SELECT RAISE(ABORT, 'a finished visit revision cannot be changed');"
                            " END"),
             QStringLiteral("CREATE TRIGGER answer_finished_locked BEFORE UPDATE ON answer"
                            " WHEN (SELECT status FROM visit WHERE visit_id = old.visit_id AND"
                            " revision = old.revision) = 'finished' BEGIN"
                            " SELECT RAISE(ABORT, 'a finished visit revision cannot be changed');"
                            " END"),
             QStringLiteral("CREATE TRIGGER answer_insert_locked BEFORE INSERT ON answer"
                            " WHEN (SELECT status FROM visit WHERE visit_id = new.visit_id AND"
                            " revision = new.revision) = 'finished' BEGIN"
                            " SELECT RAISE(ABORT, 'a finished visit revision cannot be changed');"
                            " END"),
             QStringLiteral("CREATE TRIGGER answer_delete_locked BEFORE DELETE ON answer"
                            " WHEN (SELECT status FROM visit WHERE visit_id = old.visit_id AND"
                            " revision = old.revision) = 'finished' BEGIN"
                            " SELECT RAISE(ABORT, 'a finished visit revision cannot be changed');"
                            " END"),
             QStringLiteral("CREATE TRIGGER visit_delete_locked BEFORE DELETE ON visit"
                            " WHEN old.status = 'finished' BEGIN"
                            " SELECT RAISE(ABORT, 'a finished visit revision cannot be changed');"
                            " END"),
             QStringLiteral("CREATE TRIGGER photo_insert_locked BEFORE INSERT ON photo"
                            " WHEN (SELECT status FROM visit WHERE visit_id = new.visit_id AND"
                            " revision = new.revision) = 'finished' BEGIN"
                            " SELECT RAISE(ABORT, 'a finished visit revision cannot be changed');"
                            " END"),
             QStringLiteral("CREATE TRIGGER photo_update_locked BEFORE UPDATE ON photo"
                            " WHEN (SELECT status FROM visit WHERE visit_id = old.visit_id AND"
                            " revision = old.revision) = 'finished' BEGIN"
                            " SELECT RAISE(ABORT, 'a finished visit revision cannot be changed');"
                            " END"),
             QStringLiteral("CREATE TRIGGER photo_delete_locked BEFORE DELETE ON photo"
                            " WHEN (SELECT status FROM visit WHERE visit_id = old.visit_id AND"
                            " revision = old.revision) = 'finished' BEGIN"
                            " SELECT RAISE(ABORT, 'a finished visit revision cannot be changed');"
                            " END"),
         }},
        // The outbox: the exact bytes of every finished revision's visit file, made once, and
        // whether the share has confirmed them.
        {4,
         {
             QStringLiteral(
                 "CREATE TABLE outbox ("
                 " visit_id TEXT NOT NULL,"
                 " revision INTEGER NOT NULL,"
                 " file_name TEXT NOT NULL UNIQUE,"
                 " bytes BLOB NOT NULL,"
                 " created_at TEXT NOT NULL,"
                 " sent_at TEXT,"
                 " sent_to TEXT NOT NULL DEFAULT '',"
                 " attempts INTEGER NOT NULL DEFAULT 0,"
                 " last_attempt_at TEXT,"
                 " last_error TEXT NOT NULL DEFAULT '',"
                 " PRIMARY KEY (visit_id, revision),"
                 " FOREIGN KEY (visit_id, revision) REFERENCES visit(visit_id, revision))"),
             QStringLiteral("CREATE TRIGGER outbox_bytes_locked BEFORE UPDATE OF bytes, file_name"
                            " ON outbox BEGIN"
                            " SELECT RAISE(ABORT, 'a visit file never changes once made');"
                            " END"),
         }},
        // The office database: every merged revision's exact bytes, and query tables derived
        // from them (the current revision of each visit, its answers), resolutions, rejections.
        {5,
         {
             QStringLiteral("CREATE TABLE office_revision ("
                            " visit_id TEXT NOT NULL,"
                            " revision INTEGER NOT NULL,"
                            " base_revision INTEGER NOT NULL,"
                            " content_hash TEXT NOT NULL,"
                            " file_name TEXT NOT NULL,"
                            " bytes BLOB NOT NULL,"
                            " merged_at TEXT NOT NULL,"
                            " finished_at TEXT NOT NULL,"
                            " set_aside INTEGER NOT NULL DEFAULT 0,"
                            " PRIMARY KEY (visit_id, revision, content_hash))"),
             QStringLiteral("CREATE TABLE office_visit ("
                            " visit_id TEXT PRIMARY KEY,"
                            " revision INTEGER NOT NULL,"
                            " content_hash TEXT NOT NULL,"
                            " in_conflict INTEGER NOT NULL,"
                            " facility_id TEXT NOT NULL,"
                            " facility_name TEXT NOT NULL,"
                            " facility_category TEXT NOT NULL DEFAULT '',"
                            " checklist_id TEXT NOT NULL,"
                            " checklist_version INTEGER NOT NULL,"
                            " checklist_title TEXT NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " announced INTEGER NOT NULL,"
                            " inspectors TEXT NOT NULL,"
                            " started_at TEXT NOT NULL,"
                            " finished_at TEXT NOT NULL,"
                            " minutes_spent INTEGER NOT NULL,"
                            " deviations INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX office_visit_facility ON office_visit(facility_id)"),
             QStringLiteral("CREATE TABLE office_answer ("
                            " visit_id TEXT NOT NULL REFERENCES office_visit(visit_id)"
                            "  ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " item_id TEXT NOT NULL,"
                            " section TEXT NOT NULL,"
                            " text TEXT NOT NULL,"
                            " legal_reference TEXT NOT NULL,"
                            " result TEXT NOT NULL,"
                            " comment TEXT NOT NULL,"
                            " PRIMARY KEY (visit_id, item_id))"),
             QStringLiteral("CREATE TABLE office_resolution ("
                            " id INTEGER PRIMARY KEY,"
                            " visit_id TEXT NOT NULL,"
                            " revision INTEGER NOT NULL,"
                            " content_hash TEXT NOT NULL,"
                            " reason TEXT NOT NULL,"
                            " resolved_by TEXT NOT NULL,"
                            " resolved_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE office_rejected ("
                            " id INTEGER PRIMARY KEY,"
                            " file_name TEXT NOT NULL,"
                            " reason TEXT NOT NULL,"
                            " rejected_at TEXT NOT NULL,"
                            " share TEXT NOT NULL)"),
         }},
        // Checklist editing in the office: a version is a draft until published, then frozen.
        // What was last published to the field is kept to show what a new publish changes.
        {6,
         {
             QStringLiteral("ALTER TABLE checklist ADD COLUMN status TEXT NOT NULL DEFAULT"
                            " 'published' CHECK (status IN ('draft','published'))"),
             QStringLiteral("ALTER TABLE checklist ADD COLUMN published_at TEXT"),
             QStringLiteral("CREATE TABLE publish_log ("
                            " id INTEGER PRIMARY KEY,"
                            " published_at TEXT NOT NULL,"
                            " share TEXT NOT NULL,"
                            " facilities BLOB NOT NULL,"
                            " checklists BLOB NOT NULL)"),
         }},
        // Statistics: each visit's answers read in one index range with their results (no table
        // lookups), and the period filter as an index range.
        {7,
         {
             QStringLiteral("CREATE INDEX office_answer_result ON office_answer(visit_id, item_id,"
                            " result)"),
             QStringLiteral("CREATE INDEX office_visit_finished ON office_visit(finished_at)"),
         }},
        // A rejection is recorded before its file is moved to rejected/ (as every outcome is
        // committed before its move). A crash between the two, or two merges rejecting the same
        // file at once, find the pending record by the file's name and hash and reuse it, so each
        // rejected file has one record. stored_as is where the file went (rejected/NAME.2 when a
        // file of that name was there already).
        {8,
         {
             QStringLiteral("ALTER TABLE office_rejected ADD COLUMN content_hash TEXT NOT NULL"
                            " DEFAULT ''"),
             QStringLiteral("ALTER TABLE office_rejected ADD COLUMN stored_as TEXT NOT NULL"
                            " DEFAULT ''"),
             QStringLiteral("ALTER TABLE office_rejected ADD COLUMN moved INTEGER NOT NULL"
                            " DEFAULT 1"),
         }},
        // The full-text index in name order: a key per facility, the FTS rowid (see
        // FacilitySearchIndex), so a search reads its first page of matches in name order.
        {9,
         QStringList{
             QStringLiteral("ALTER TABLE facility ADD COLUMN sort_key INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("CREATE INDEX facility_sort_key ON facility(sort_key)"),
         } + FacilitySearchIndex::rebuildStatements()},
        // The database's role (Database::Role): an office database merges, resolves and
        // publishes, a field database may not. One that has merged visits or published is the
        // office's; a merge may already have recorded it.
        {10,
         {
             QStringLiteral("INSERT INTO setting (key, value) SELECT 'role', CASE WHEN"
                            " EXISTS (SELECT 1 FROM office_revision) OR"
                            " EXISTS (SELECT 1 FROM publish_log) THEN 'office' ELSE 'field' END"
                            " WHERE true ON CONFLICT(key) DO NOTHING"),
         }},
        // Issue 18: case number, time per activity, the operator's comment and signature on the
        // field side (locked with their revision like answers), and the office's fee schedule.
        // A draft's minutes become its inspection time, as `visit time` without an activity
        // sets it; finished revisions keep their plain minutes (their files are written).
        {11,
         {
             QStringLiteral("ALTER TABLE visit ADD COLUMN case_number TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE visit ADD COLUMN operator_comment TEXT NOT NULL"
                            " DEFAULT ''"),
             QStringLiteral("CREATE TABLE visit_time ("
                            " visit_id TEXT NOT NULL,"
                            " revision INTEGER NOT NULL,"
                            " activity TEXT NOT NULL CHECK (activity IN ('preparation','travel',"
                            "  'inspection','sampling','reporting','other')),"
                            " minutes INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 1440),"
                            " chargeable INTEGER NOT NULL,"
                            " PRIMARY KEY (visit_id, revision, activity),"
                            " FOREIGN KEY (visit_id, revision) REFERENCES visit(visit_id, revision)"
                            "  ON DELETE CASCADE)"),
             QStringLiteral("CREATE TABLE visit_signature ("
                            " visit_id TEXT NOT NULL,"
                            " revision INTEGER NOT NULL,"
                            " name TEXT NOT NULL,"
                            " role TEXT NOT NULL DEFAULT '',"
                            " signed_at TEXT NOT NULL,"
                            " declined INTEGER NOT NULL,"
                            " image BLOB,"
                            " PRIMARY KEY (visit_id, revision),"
                            " FOREIGN KEY (visit_id, revision) REFERENCES visit(visit_id, revision)"
                            "  ON DELETE CASCADE)"),
             QStringLiteral("CREATE TRIGGER visit_time_locked BEFORE UPDATE ON visit_time"
                            " WHEN (SELECT status FROM visit WHERE visit_id = old.visit_id AND"
                            " revision = old.revision) = 'finished' BEGIN"
                            " SELECT RAISE(ABORT, 'a finished visit revision cannot be changed');"
                            " END"),
             QStringLiteral("CREATE TRIGGER visit_time_insert_locked BEFORE INSERT ON visit_time"
                            " WHEN (SELECT status FROM visit WHERE visit_id = new.visit_id AND"
                            " revision = new.revision) = 'finished' BEGIN"
                            " SELECT RAISE(ABORT, 'a finished visit revision cannot be changed');"
                            " END"),
             QStringLiteral("CREATE TRIGGER visit_time_delete_locked BEFORE DELETE ON visit_time"
                            " WHEN (SELECT status FROM visit WHERE visit_id = old.visit_id AND"
                            " revision = old.revision) = 'finished' BEGIN"
                            " SELECT RAISE(ABORT, 'a finished visit revision cannot be changed');"
                            " END"),
             QStringLiteral("CREATE TRIGGER visit_signature_locked BEFORE UPDATE ON"
                            " visit_signature"
                            " WHEN (SELECT status FROM visit WHERE visit_id = old.visit_id AND"
                            " revision = old.revision) = 'finished' BEGIN"
                            " SELECT RAISE(ABORT, 'a finished visit revision cannot be changed');"
                            " END"),
             QStringLiteral("CREATE TRIGGER visit_signature_insert_locked BEFORE INSERT ON"
                            " visit_signature"
                            " WHEN (SELECT status FROM visit WHERE visit_id = new.visit_id AND"
                            " revision = new.revision) = 'finished' BEGIN"
                            " SELECT RAISE(ABORT, 'a finished visit revision cannot be changed');"
                            " END"),
             QStringLiteral("CREATE TRIGGER visit_signature_delete_locked BEFORE DELETE ON"
                            " visit_signature"
                            " WHEN (SELECT status FROM visit WHERE visit_id = old.visit_id AND"
                            " revision = old.revision) = 'finished' BEGIN"
                            " SELECT RAISE(ABORT, 'a finished visit revision cannot be changed');"
                            " END"),
             QStringLiteral("INSERT INTO visit_time (visit_id, revision, activity, minutes,"
                            " chargeable) SELECT visit_id, revision, 'inspection', minutes_spent, 1"
                            " FROM visit WHERE status = 'draft' AND minutes_spent BETWEEN 1 AND"
                            " 1440"),
             // The office's fee schedule (OfficeRepository::feeSchedule()): from a date, the hourly
             // rate in öre and the rounding rule.
             QStringLiteral("CREATE TABLE fee_rate ("
                            " valid_from TEXT PRIMARY KEY,"
                            " ore_per_hour INTEGER NOT NULL CHECK (ore_per_hour >= 0),"
                            " rounding TEXT NOT NULL CHECK (rounding IN ('started-half-hour',"
                            "  'started-hour','started-quarter','none')))"),
         }},
        // Follow-up of deviations (issue 17). Field: a deviation's deadline and the earlier
        // deviations a revision followed up, locked with their revision like its answers; the
        // open deviations last pulled from the office (reference/followups.json). Office: the
        // deviations closed by hand (portable SQL: it moves behind the office interface).
        {12,
         {
             QStringLiteral("CREATE TABLE IF NOT EXISTS answer_deadline ("
                            " visit_id TEXT NOT NULL,"
                            " revision INTEGER NOT NULL,"
                            " item_id TEXT NOT NULL,"
                            " deadline TEXT NOT NULL,"
                            " PRIMARY KEY (visit_id, revision, item_id),"
                            " FOREIGN KEY (visit_id, revision, item_id)"
                            "  REFERENCES answer(visit_id, revision, item_id) ON DELETE CASCADE)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS visit_follow_up ("
                            " visit_id TEXT NOT NULL,"
                            " revision INTEGER NOT NULL,"
                            " position INTEGER NOT NULL,"
                            " earlier_visit_id TEXT NOT NULL,"
                            " item_id TEXT NOT NULL,"
                            " status TEXT NOT NULL CHECK (status IN"
                            "  ('corrected','remains','not_checked')),"
                            " comment TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (visit_id, revision, earlier_visit_id, item_id),"
                            " FOREIGN KEY (visit_id, revision) REFERENCES visit(visit_id, revision)"
                            "  ON DELETE CASCADE)"),
             QStringLiteral("CREATE TRIGGER IF NOT EXISTS answer_deadline_insert_locked BEFORE "
                            "INSERT ON answer_deadline"
                            " WHEN (SELECT status FROM visit WHERE visit_id = new.visit_id AND"
                            " revision = new.revision) = 'finished' BEGIN"
                            " SELECT RAISE(ABORT, 'a finished visit revision cannot be changed');"
                            " END"),
             QStringLiteral("CREATE TRIGGER IF NOT EXISTS answer_deadline_update_locked BEFORE "
                            "UPDATE ON answer_deadline"
                            " WHEN (SELECT status FROM visit WHERE visit_id = old.visit_id AND"
                            " revision = old.revision) = 'finished' BEGIN"
                            " SELECT RAISE(ABORT, 'a finished visit revision cannot be changed');"
                            " END"),
             QStringLiteral("CREATE TRIGGER IF NOT EXISTS answer_deadline_delete_locked BEFORE "
                            "DELETE ON answer_deadline"
                            " WHEN (SELECT status FROM visit WHERE visit_id = old.visit_id AND"
                            " revision = old.revision) = 'finished' BEGIN"
                            " SELECT RAISE(ABORT, 'a finished visit revision cannot be changed');"
                            " END"),
             QStringLiteral("CREATE TRIGGER IF NOT EXISTS visit_follow_up_insert_locked BEFORE "
                            "INSERT ON visit_follow_up"
                            " WHEN (SELECT status FROM visit WHERE visit_id = new.visit_id AND"
                            " revision = new.revision) = 'finished' BEGIN"
                            " SELECT RAISE(ABORT, 'a finished visit revision cannot be changed');"
                            " END"),
             QStringLiteral("CREATE TRIGGER IF NOT EXISTS visit_follow_up_update_locked BEFORE "
                            "UPDATE ON visit_follow_up"
                            " WHEN (SELECT status FROM visit WHERE visit_id = old.visit_id AND"
                            " revision = old.revision) = 'finished' BEGIN"
                            " SELECT RAISE(ABORT, 'a finished visit revision cannot be changed');"
                            " END"),
             QStringLiteral("CREATE TRIGGER IF NOT EXISTS visit_follow_up_delete_locked BEFORE "
                            "DELETE ON visit_follow_up"
                            " WHEN (SELECT status FROM visit WHERE visit_id = old.visit_id AND"
                            " revision = old.revision) = 'finished' BEGIN"
                            " SELECT RAISE(ABORT, 'a finished visit revision cannot be changed');"
                            " END"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS reference_followup ("
                            " visit_id TEXT NOT NULL,"
                            " item_id TEXT NOT NULL,"
                            " facility_id TEXT NOT NULL,"
                            " revision INTEGER NOT NULL,"
                            " finished_at TEXT NOT NULL,"
                            " checklist_id TEXT NOT NULL,"
                            " checklist_version INTEGER NOT NULL,"
                            " section TEXT NOT NULL,"
                            " text TEXT NOT NULL,"
                            " legal_reference TEXT NOT NULL,"
                            " comment TEXT NOT NULL,"
                            " deadline TEXT,"
                            " control_area TEXT NOT NULL DEFAULT '',"
                            " photo_count INTEGER NOT NULL DEFAULT 0,"
                            " PRIMARY KEY (visit_id, item_id))"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS reference_followup_facility ON"
                            " reference_followup(facility_id)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS office_deviation_closure ("
                            " visit_id VARCHAR(36) NOT NULL,"
                            " item_id VARCHAR(128) NOT NULL,"
                            " reason TEXT NOT NULL,"
                            " closed_by TEXT NOT NULL,"
                            " closed_at VARCHAR(40) NOT NULL,"
                            " PRIMARY KEY (visit_id, item_id))"),
         }},
        // The facility categories a checklist is meant for (a JSON array of strings), from
        // which a new visit's checklist is suggested.
        {13,
         {
             QStringLiteral("ALTER TABLE checklist ADD COLUMN categories TEXT NOT NULL"
                            " DEFAULT '[]'"),
         }},
        // Food control reporting areas (issue 19): on a checklist item, copied to the answers of
        // the field's visits and of the office's current revisions ('' = none).
        {14,
         {
             QStringLiteral("ALTER TABLE checklist_item ADD COLUMN control_area TEXT NOT NULL"
                            " DEFAULT ''"),
             QStringLiteral("ALTER TABLE answer ADD COLUMN control_area TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE office_answer ADD COLUMN control_area TEXT NOT NULL"
                            " DEFAULT ''"),
         }},
        // A facility's experience class and yearly control time (issue 19): the due list plans
        // with them. NULL hours: no control time given (not the same as 0 hours).
        {15,
         {
             QStringLiteral("ALTER TABLE facility ADD COLUMN exp_class TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE facility ADD COLUMN control_hours REAL"),
         }},
    };
    return s;
}

int Migrations::latestVersion()
{
    return steps().back().version;
}

void Migrations::migrate(Database &db, int target)
{
    if (target < 0)
        target = latestVersion();
    Transaction tx(db);
    // Re-read inside the write lock: another process may have migrated meanwhile.
    const int from = db.schemaVersion();
    // A damaged database is not rewritten: a migration would spread the damage or fail half-way.
    if (from > 0 && from < target)
        db.checkIntegrity();
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
