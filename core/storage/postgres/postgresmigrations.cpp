#include "postgresmigrations.h"

#include "storage/postgres/postgresconnection.h"
#include "storage/storageerror.h"

namespace tillsyn::storage {

namespace {

const QString kRebuildItemCounts = QStringLiteral(
    "INSERT INTO office_item_count (checklist_id, item_id, ok, deviations, not_checked,"
    " not_applicable) SELECT v.checklist_id, a.item_id,"
    " count(*) FILTER (WHERE a.result = 'ok'), count(*) FILTER (WHERE a.result = 'deviation'),"
    " count(*) FILTER (WHERE a.result = 'not_checked'),"
    " count(*) FILTER (WHERE a.result = 'not_applicable')"
    " FROM office_visit v JOIN office_answer a ON a.visit_num = v.num WHERE NOT v.in_conflict"
    " GROUP BY v.checklist_id, a.item_id");

// The same per office (step 7 on): what rebuildItemCounts() writes; `condition` narrows the
// visits counted.
QString officeItemCounts(const QString &condition = {})
{
    return QStringLiteral(
               "INSERT INTO office_item_count (office, checklist_id, item_id, ok, deviations,"
               " not_checked, not_applicable) SELECT v.office, v.checklist_id, a.item_id,"
               " count(*) FILTER (WHERE a.result = 'ok'), count(*) FILTER (WHERE a.result ="
               " 'deviation'), count(*) FILTER (WHERE a.result = 'not_checked'),"
               " count(*) FILTER (WHERE a.result = 'not_applicable')"
               " FROM office_visit v JOIN office_answer a ON a.visit_num = v.num WHERE NOT"
               " v.in_conflict%1 GROUP BY v.office, v.checklist_id, a.item_id")
        .arg(condition);
}

// Every table that holds an office's rows (all but tillsyn_schema and the pool's list).
const QStringList &officeTables()
{
    static const QStringList tables = {
        QStringLiteral("setting"),           QStringLiteral("facility"),
        QStringLiteral("checklist"),         QStringLiteral("checklist_section"),
        QStringLiteral("checklist_item"),    QStringLiteral("publish_log"),
        QStringLiteral("office_revision"),   QStringLiteral("office_visit"),
        QStringLiteral("office_answer"),     QStringLiteral("office_resolution"),
        QStringLiteral("office_rejected"),   QStringLiteral("office_deviation_closure"),
        QStringLiteral("fee_rate"),          QStringLiteral("office_item_count")};
    return tables;
}

// Step 7: a county's pool. Every row is an office's (SCB's four-digit municipality code; '' in
// a database of one office), ids are unique per office, and row-level security lets a session
// see and write only the rows of the office it acts for (tillsyn.office), if its role may.
QStringList poolStatements()
{
    QStringList s;
    for (const QString &table : officeTables()) {
        // Existing rows are the one office's (''). The session's office only from now on: a
        // default that is not a constant would be evaluated for the rows already there.
        s << QStringLiteral("ALTER TABLE %1 ADD COLUMN office text COLLATE \"C\" NOT NULL"
                            " DEFAULT ''")
                 .arg(table);
        s << QStringLiteral("ALTER TABLE %1 ALTER COLUMN office SET DEFAULT"
                            " coalesce(current_setting('tillsyn.office', true), '')")
                 .arg(table);
    }
    // Keys that hold ids get the office, last: the lookups by id keep their index prefix.
    s << QStringLiteral(
        "DO $$ DECLARE c record; BEGIN FOR c IN SELECT conrelid::regclass AS t, conname FROM"
        " pg_constraint WHERE contype = 'f' AND conrelid IN ('checklist_section'::regclass,"
        " 'checklist_item'::regclass) LOOP EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I',"
        " c.t, c.conname); END LOOP; END $$");
    for (const auto &[table, columns] : PostgresMigrations::officeKeys())
        s << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %1_pkey, ADD PRIMARY KEY (%2, office)")
                 .arg(table, columns);
    s << QStringLiteral("ALTER TABLE checklist_section ADD FOREIGN KEY (checklist_id,"
                        " checklist_version, office) REFERENCES checklist (id, version, office)"
                        " ON DELETE CASCADE");
    s << QStringLiteral("ALTER TABLE checklist_item ADD FOREIGN KEY (checklist_id,"
                        " checklist_version, section_position, office) REFERENCES"
                        " checklist_section (checklist_id, checklist_version, position, office)"
                        " ON DELETE CASCADE");
    s << QStringLiteral("DROP INDEX office_rejected_pending");
    s << QStringLiteral("CREATE UNIQUE INDEX office_rejected_pending ON office_rejected"
                        " (share, file_name, content_hash, office) WHERE NOT moved");
    s << QStringLiteral("DROP INDEX facility_name");
    s << QStringLiteral("CREATE INDEX facility_name ON facility (office, (translate(name,"
                        " 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')), id)");
    // The statistics' index-only source: the office too, which the row security reads.
    s << QStringLiteral("DROP INDEX office_answer_item_result");
    s << QStringLiteral("CREATE INDEX office_answer_item_result ON office_answer"
                        " (item_id, result) INCLUDE (visit_num, office)");

    // The pool's offices (pool add-office): in a pool every row is an office's, so a session
    // that names none reads only what a county member may read, and writes nothing.
    s << QStringLiteral("CREATE TABLE tillsyn_pool_office ("
                        " code text COLLATE \"C\" PRIMARY KEY CHECK (code ~ '^[0-9]{4}$'),"
                        " added_at timestamptz NOT NULL DEFAULT now())");
    s << QStringLiteral("GRANT SELECT ON tillsyn_schema, tillsyn_pool_office TO PUBLIC");

    // The office this session may act for: the one it names (tillsyn.office) if its role is a
    // member of tillsyn_office_<code> or of tillsyn_county; '' in a database of one office when
    // it names none; else NULL, which no row's office equals. SECURITY INVOKER (the default), not
    // DEFINER: it needs no privilege (pg_roles is everyone's), and as the caller's it checks
    // current_user, the role the statement runs as (a definer's current_user is its owner).
    // Its search_path is fixed, temporary objects last, so no session can shadow the pool's
    // list. The policies call it in a scalar subquery: evaluated once per statement, not per row.
    // PARALLEL SAFE (it reads settings, catalogs and a table only): a function of the default,
    // UNSAFE, in a policy kept every statement of an ordinary role off parallel plans (the
    // statistics' GROUP BY over 2 million answers then took twice the superuser's time).
    s << QStringLiteral(
        "CREATE FUNCTION tillsyn_office() RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$"
        " SELECT CASE WHEN s.office = '' THEN"
        "  CASE WHEN EXISTS (SELECT 1 FROM tillsyn_pool_office) THEN NULL ELSE '' END"
        " WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname IN"
        "  ('tillsyn_office_' || s.office, 'tillsyn_county')"
        "  AND pg_catalog.pg_has_role(r.oid, 'MEMBER')) THEN s.office END"
        " FROM (SELECT coalesce(pg_catalog.current_setting('tillsyn.office', true), '')"
        "  AS office) s $$");
    // Whether this session reads every office's rows: a county member that names no office.
    s << QStringLiteral(
        "CREATE FUNCTION tillsyn_county_reads() RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE"
        " AS $$"
        " SELECT coalesce(pg_catalog.current_setting('tillsyn.office', true), '') = ''"
        " AND EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = 'tillsyn_county'"
        "  AND pg_catalog.pg_has_role(r.oid, 'MEMBER')) $$");
    s << QStringLiteral(
        "DO $$ BEGIN EXECUTE format('ALTER FUNCTION tillsyn_office() SET search_path = %I,"
        " pg_temp', current_schema()); EXECUTE format('ALTER FUNCTION tillsyn_county_reads()"
        " SET search_path = %I, pg_temp', current_schema()); END $$");

    // FORCE: the tables' owner is held too (superusers and BYPASSRLS roles are not: the
    // program refuses to act for an office with such a role).
    for (const QString &table : officeTables()) {
        s << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table);
        s << QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(table);
        s << QStringLiteral("CREATE POLICY office_rows ON %1 USING (office = (SELECT"
                            " tillsyn_office())) WITH CHECK (office = (SELECT tillsyn_office()))")
                 .arg(table);
        s << QStringLiteral("CREATE POLICY county_reads ON %1 FOR SELECT USING ((SELECT"
                            " tillsyn_county_reads()))")
                 .arg(table);
    }
    return s;
}

// Step 8: step 7's two functions, with the same answers, in PL/pgSQL. A SQL function whose body
// has a FROM or a subquery is not inlined: each call planned its body anew (about 0.3 ms), and
// every statement on an office table calls them once per policy it meets, so a clerk's merge
// (half a dozen statements a file) ran at 60 % of the superuser's speed. PL/pgSQL keeps its
// plans for the session: about 0.02 ms a call. Still invokers, with the fixed search_path.
QStringList poolFunctionsPlpgsql()
{
    return {QStringLiteral(
        "DO $do$ BEGIN EXECUTE format($f$"
        "CREATE OR REPLACE FUNCTION tillsyn_office() RETURNS text LANGUAGE plpgsql STABLE"
        " PARALLEL SAFE SET search_path = %1$I, pg_temp AS $b$"
        " DECLARE office text := coalesce(pg_catalog.current_setting('tillsyn.office', true), '');"
        " BEGIN"
        "  IF office = '' THEN"
        "   IF EXISTS (SELECT 1 FROM tillsyn_pool_office) THEN RETURN NULL; END IF;"
        "   RETURN '';"
        "  END IF;"
        "  IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname IN"
        "   ('tillsyn_office_' || office, 'tillsyn_county')"
        "   AND pg_catalog.pg_has_role(r.oid, 'MEMBER')) THEN RETURN office; END IF;"
        "  RETURN NULL;"
        " END $b$;"
        "CREATE OR REPLACE FUNCTION tillsyn_county_reads() RETURNS boolean LANGUAGE plpgsql"
        " STABLE PARALLEL SAFE SET search_path = %1$I, pg_temp AS $b$"
        " BEGIN"
        "  RETURN coalesce(pg_catalog.current_setting('tillsyn.office', true), '') = ''"
        "   AND EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = 'tillsyn_county'"
        "   AND pg_catalog.pg_has_role(r.oid, 'MEMBER'));"
        " END $b$"
        "$f$, current_schema()); END $do$")};
}

} // namespace

const QStringList &PostgresMigrations::officeTableNames()
{
    return officeTables();
}

const std::vector<std::pair<QString, QString>> &PostgresMigrations::officeKeys()
{
    static const std::vector<std::pair<QString, QString>> keys = {
        {QStringLiteral("setting"), QStringLiteral("key")},
        {QStringLiteral("facility"), QStringLiteral("id")},
        {QStringLiteral("checklist"), QStringLiteral("id, version")},
        {QStringLiteral("checklist_section"),
         QStringLiteral("checklist_id, checklist_version, position")},
        {QStringLiteral("checklist_item"),
         QStringLiteral("checklist_id, checklist_version, item_id")},
        {QStringLiteral("office_revision"), QStringLiteral("visit_id, revision, content_hash")},
        {QStringLiteral("office_visit"), QStringLiteral("visit_id")},
        {QStringLiteral("office_deviation_closure"), QStringLiteral("visit_id, item_id")},
        {QStringLiteral("fee_rate"), QStringLiteral("valid_from")},
        {QStringLiteral("office_item_count"), QStringLiteral("checklist_id, item_id")},
    };
    return keys;
}

const std::vector<PostgresMigrations::Step> &PostgresMigrations::steps()
{
    // Times are timestamptz, flags boolean, files bytea, ids identity columns. Text columns are
    // NOT NULL with '' for "none", as on SQLite, and compare byte-wise (COLLATE "C", SQLite's
    // BINARY) whatever the database's locale: both backends give the same values in the same
    // order.
    static const std::vector<Step> s = {
        {1,
         {
             QStringLiteral("CREATE TABLE setting (key text COLLATE \"C\" PRIMARY KEY, value text)"),
             // Such a database exists only to be an office's.
             QStringLiteral("INSERT INTO setting (key, value) VALUES ('role', 'office')"),

             // Reference data the office publishes. The search column is the facility's words
             // as one tsvector ('simple': names are not a language), kept by the server itself.
             QStringLiteral(
                 "CREATE TABLE facility ("
                 " id text COLLATE \"C\" PRIMARY KEY,"
                 " name text COLLATE \"C\" NOT NULL,"
                 " address text COLLATE \"C\" NOT NULL DEFAULT '',"
                 " postal_code text COLLATE \"C\" NOT NULL DEFAULT '',"
                 " city text COLLATE \"C\" NOT NULL DEFAULT '',"
                 " category text COLLATE \"C\" NOT NULL DEFAULT '',"
                 " risk_class integer,"
                 " operator_name text COLLATE \"C\" NOT NULL DEFAULT '',"
                 " org_number text COLLATE \"C\" NOT NULL DEFAULT '',"
                 " contact_name text COLLATE \"C\" NOT NULL DEFAULT '',"
                 " phone text COLLATE \"C\" NOT NULL DEFAULT '',"
                 " email text COLLATE \"C\" NOT NULL DEFAULT '',"
                 " active boolean NOT NULL DEFAULT true,"
                 " search tsvector GENERATED ALWAYS AS (to_tsvector('simple',"
                 "  name || ' ' || operator_name || ' ' || org_number || ' ' ||"
                 "  replace(org_number, '-', '') || ' ' || address || ' ' || postal_code ||"
                 "  ' ' || city)) STORED)"),
             QStringLiteral("CREATE INDEX facility_search ON facility USING gin (search)"),
             // The register's order: SQLite's (name COLLATE NOCASE, id), which folds A-Z only.
             QStringLiteral("CREATE INDEX facility_name ON facility ((translate(name,"
                            " 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')), id)"),
             QStringLiteral(
                 "CREATE TABLE checklist ("
                 " id text COLLATE \"C\" NOT NULL,"
                 " version integer NOT NULL CHECK (version >= 1),"
                 " title text COLLATE \"C\" NOT NULL,"
                 " area text COLLATE \"C\" NOT NULL CHECK (area IN ('food','health','environment')),"
                 " status text COLLATE \"C\" NOT NULL DEFAULT 'published'"
                 "  CHECK (status IN ('draft','published')),"
                 " published_at timestamptz,"
                 " PRIMARY KEY (id, version))"),
             QStringLiteral("CREATE TABLE checklist_section ("
                            " checklist_id text COLLATE \"C\" NOT NULL,"
                            " checklist_version integer NOT NULL,"
                            " position integer NOT NULL,"
                            " title text COLLATE \"C\" NOT NULL,"
                            " PRIMARY KEY (checklist_id, checklist_version, position),"
                            " FOREIGN KEY (checklist_id, checklist_version)"
                            "  REFERENCES checklist (id, version) ON DELETE CASCADE)"),
             QStringLiteral("CREATE TABLE checklist_item ("
                            " checklist_id text COLLATE \"C\" NOT NULL,"
                            " checklist_version integer NOT NULL,"
                            " section_position integer NOT NULL,"
                            " position integer NOT NULL,"
                            " item_id text COLLATE \"C\" NOT NULL,"
                            " text text COLLATE \"C\" NOT NULL,"
                            " guidance text COLLATE \"C\" NOT NULL DEFAULT '',"
                            " legal_reference text COLLATE \"C\" NOT NULL DEFAULT '',"
                            " PRIMARY KEY (checklist_id, checklist_version, item_id),"
                            " FOREIGN KEY (checklist_id, checklist_version, section_position)"
                            "  REFERENCES checklist_section (checklist_id, checklist_version,"
                            "  position) ON DELETE CASCADE)"),
             QStringLiteral("CREATE TABLE publish_log ("
                            " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                            " published_at timestamptz NOT NULL,"
                            " share text COLLATE \"C\" NOT NULL,"
                            " facilities bytea NOT NULL,"
                            " checklists bytea NOT NULL)"),

             // Every merged revision's exact bytes: the record.
             QStringLiteral("CREATE TABLE office_revision ("
                            " visit_id text COLLATE \"C\" NOT NULL,"
                            " revision integer NOT NULL CHECK (revision >= 1),"
                            " base_revision integer NOT NULL CHECK (base_revision >= 0),"
                            " content_hash text COLLATE \"C\" NOT NULL,"
                            " file_name text COLLATE \"C\" NOT NULL,"
                            " bytes bytea NOT NULL,"
                            " merged_at timestamptz NOT NULL,"
                            " finished_at timestamptz NOT NULL,"
                            " set_aside boolean NOT NULL DEFAULT false,"
                            " PRIMARY KEY (visit_id, revision, content_hash))"),
             // Derived from the revisions (merge::deriveCurrent decides, the repository writes).
             // num: a compact key for the answers (the statistics join two million answers to
             // their visits; an integer join takes half the time of one on the text id).
             QStringLiteral("CREATE TABLE office_visit ("
                            " visit_id text COLLATE \"C\" PRIMARY KEY,"
                            " num bigint GENERATED ALWAYS AS IDENTITY UNIQUE,"
                            " revision integer NOT NULL,"
                            " content_hash text COLLATE \"C\" NOT NULL,"
                            " in_conflict boolean NOT NULL,"
                            " facility_id text COLLATE \"C\" NOT NULL,"
                            " facility_name text COLLATE \"C\" NOT NULL,"
                            " facility_category text COLLATE \"C\" NOT NULL DEFAULT '',"
                            " checklist_id text COLLATE \"C\" NOT NULL,"
                            " checklist_version integer NOT NULL,"
                            " checklist_title text COLLATE \"C\" NOT NULL,"
                            " kind text COLLATE \"C\" NOT NULL CHECK (kind IN"
                            "  ('planned','follow_up','complaint','incident','other')),"
                            " announced boolean NOT NULL,"
                            " inspectors text COLLATE \"C\" NOT NULL,"
                            " started_at timestamptz NOT NULL,"
                            " finished_at timestamptz NOT NULL,"
                            " minutes_spent integer NOT NULL CHECK (minutes_spent >= 0),"
                            " deviations integer NOT NULL)"),
             QStringLiteral("CREATE INDEX office_visit_facility ON office_visit (facility_id)"),
             // Lists and period filters read the latest first.
             QStringLiteral(
                 "CREATE INDEX office_visit_finished ON office_visit (finished_at DESC, visit_id)"),
             QStringLiteral("CREATE TABLE office_answer ("
                            " visit_num bigint NOT NULL REFERENCES office_visit (num)"
                            "  ON DELETE CASCADE,"
                            " position integer NOT NULL,"
                            " item_id text COLLATE \"C\" NOT NULL,"
                            " section text COLLATE \"C\" NOT NULL,"
                            " text text COLLATE \"C\" NOT NULL,"
                            " legal_reference text COLLATE \"C\" NOT NULL,"
                            " result text COLLATE \"C\" NOT NULL CHECK (result IN"
                            "  ('ok','deviation','not_checked','not_applicable')),"
                            " comment text COLLATE \"C\" NOT NULL,"
                            " PRIMARY KEY (visit_num, item_id))"),
             // The statistics count answers GROUP BY item and result over a join with the
             // selected visits: an index-only source for the grouped columns.
             QStringLiteral("CREATE INDEX office_answer_item_result ON office_answer"
                            " (item_id, result) INCLUDE (visit_num)"),
             QStringLiteral("CREATE TABLE office_resolution ("
                            " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                            " visit_id text COLLATE \"C\" NOT NULL,"
                            " revision integer NOT NULL,"
                            " content_hash text COLLATE \"C\" NOT NULL,"
                            " reason text COLLATE \"C\" NOT NULL,"
                            " resolved_by text COLLATE \"C\" NOT NULL,"
                            " resolved_at timestamptz NOT NULL)"),
             QStringLiteral("CREATE INDEX office_resolution_visit ON office_resolution"
                            " (visit_id)"),
             // A rejection is recorded pending before its file moves; two clerks rejecting the
             // same file at once meet on this unique index (INSERT ... ON CONFLICT), so each
             // rejected file has one pending record.
             QStringLiteral("CREATE TABLE office_rejected ("
                            " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                            " file_name text COLLATE \"C\" NOT NULL,"
                            " reason text COLLATE \"C\" NOT NULL,"
                            " rejected_at timestamptz NOT NULL,"
                            " share text COLLATE \"C\" NOT NULL,"
                            " content_hash text COLLATE \"C\" NOT NULL,"
                            " stored_as text COLLATE \"C\" NOT NULL DEFAULT '',"
                            " moved boolean NOT NULL DEFAULT false)"),
             QStringLiteral("CREATE UNIQUE INDEX office_rejected_pending ON office_rejected"
                            " (share, file_name, content_hash) WHERE NOT moved"),
         }},
        // Deviations the office closed by hand (issue 17), one closure per visit and item; the
        // facility categories a checklist is meant for (a JSON array, as the reference file has
        // it: only ever read whole).
        {2,
         {
             QStringLiteral("ALTER TABLE checklist ADD COLUMN categories text COLLATE \"C\""
                            " NOT NULL DEFAULT '[]'"),
             QStringLiteral("CREATE TABLE office_deviation_closure ("
                            " visit_id text COLLATE \"C\" NOT NULL,"
                            " item_id text COLLATE \"C\" NOT NULL,"
                            " reason text COLLATE \"C\" NOT NULL,"
                            " closed_by text COLLATE \"C\" NOT NULL,"
                            " closed_at timestamptz NOT NULL,"
                            " PRIMARY KEY (visit_id, item_id))"),
         }},
        // Food control reporting areas (issue 19) on checklist items and on the current
        // revisions' answers ('' = none).
        {3,
         {
             QStringLiteral("ALTER TABLE checklist_item ADD COLUMN control_area text COLLATE \"C\""
                            " NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE office_answer ADD COLUMN control_area text COLLATE \"C\""
                            " NOT NULL DEFAULT ''"),
         }},
        // A facility's experience class and yearly control time (issue 19), as SQLite's step 15.
        {4,
         {
             QStringLiteral("ALTER TABLE facility ADD COLUMN exp_class text COLLATE \"C\""
                            " NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE facility ADD COLUMN control_hours double precision"),
         }},
        // The office's fee schedule (issue 18): from a date, the hourly rate in öre and the
        // rounding rule, as SQLite's fee_rate has it.
        {5,
         {
             QStringLiteral("CREATE TABLE fee_rate ("
                            " valid_from date PRIMARY KEY,"
                            " ore_per_hour bigint NOT NULL CHECK (ore_per_hour >= 0),"
                            " rounding text COLLATE \"C\" NOT NULL CHECK (rounding IN"
                            "  ('started-half-hour','started-hour','started-quarter','none')))"),
         }},
        // `stats --by item` over the whole database (the office's usual question) read 2
        // million answers and grouped them: 2.3 s on this machine. These counts per checklist
        // and item of the current answers of visits not in conflict are kept by the merge's own
        // statements (writeCurrent/clearCurrent), in its transaction, so they are exact.
        {6,
         {
             QStringLiteral("CREATE TABLE office_item_count ("
                            " checklist_id text COLLATE \"C\" NOT NULL,"
                            " item_id text COLLATE \"C\" NOT NULL,"
                            " ok bigint NOT NULL DEFAULT 0,"
                            " deviations bigint NOT NULL DEFAULT 0,"
                            " not_checked bigint NOT NULL DEFAULT 0,"
                            " not_applicable bigint NOT NULL DEFAULT 0,"
                            " PRIMARY KEY (checklist_id, item_id))"),
             kRebuildItemCounts,
         }},
        // A county's pool (issue 20): see poolStatements().
        {7, poolStatements()},
        // The row-security functions in PL/pgSQL (same answers): see poolFunctionsPlpgsql().
        {8, poolFunctionsPlpgsql()},
        // A merged file's bytes compressed with LZ4 instead of PostgreSQL's own pglz: pglz was
        // 7 % of the server's time in a merge, and storing a revision took 0.19 ms a file
        // against 0.12 ms with LZ4 (pg_stat_statements, 2,000 files). Rows written before keep
        // theirs (both are read alike). A server built without LZ4 keeps pglz.
        {9,
         {QStringLiteral("DO $$ BEGIN ALTER TABLE office_revision ALTER COLUMN bytes SET"
                         " COMPRESSION lz4; EXCEPTION WHEN feature_not_supported THEN NULL;"
                         " END $$")}},
    };
    return s;
}

void PostgresMigrations::rebuildItemCounts(PostgresConnection &db)
{
    db.inTransaction([&] {
        // The session's office's counts (row security: the rows it may write).
        db.exec(QStringLiteral("DELETE FROM office_item_count"));
        db.exec(officeItemCounts());
    });
}

void PostgresMigrations::recountOffice(PostgresConnection &db, const QString &office)
{
    db.query(QStringLiteral("DELETE FROM office_item_count WHERE office = ?"), {office});
    db.query(officeItemCounts(QStringLiteral(" AND v.office = ?")), {office});
}

int PostgresMigrations::latestVersion()
{
    return steps().back().version;
}

int PostgresMigrations::version(PostgresConnection &db)
{
    if (!db.value(QStringLiteral("SELECT to_regclass('tillsyn_schema') IS NOT NULL")).toBool())
        return 0;
    return db.value(QStringLiteral("SELECT coalesce(max(version), 0) FROM tillsyn_schema")).toInt();
}

void PostgresMigrations::migrate(PostgresConnection &db, int target)
{
    if (target < 0)
        target = latestVersion();
    db.inTransaction([&] {
        // Two programs opening a new database at once: the second waits here, then finds the
        // schema made (CREATE TABLE IF NOT EXISTS does not wait for an uncommitted one).
        db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7420000001)"));
        if (!db.value(QStringLiteral("SELECT to_regclass('tillsyn_schema') IS NOT NULL"))
                 .toBool()) {
            // A database holding other tables is another program's: not ours to add to.
            const int foreign = db.value(QStringLiteral(
                                             "SELECT count(*) FROM pg_tables WHERE schemaname ="
                                             " current_schema()"))
                                    .toInt();
            if (foreign > 0)
                throw Error(tr("%1 holds tables of another program (no Tillsyn schema). Use an "
                               "empty database for the office.")
                                .arg(db.locator().displayName()));
            db.exec(QStringLiteral("CREATE TABLE tillsyn_schema ("
                                   " version integer PRIMARY KEY,"
                                   " applied_at timestamptz NOT NULL DEFAULT now())"));
        }
        const int from = db.value(QStringLiteral("SELECT coalesce(max(version), 0)"
                                                 " FROM tillsyn_schema"))
                             .toInt();
        if (from > latestVersion())
            throw Error(tr("%1 was written by a newer Tillsyn (schema %2, this version knows "
                           "%3). Update Tillsyn.")
                            .arg(db.locator().displayName(), QString::number(from),
                                 QString::number(latestVersion())));
        for (const Step &step : steps()) {
            if (step.version <= from || step.version > target)
                continue;
            for (const QString &sql : step.statements)
                db.exec(sql);
            db.query(QStringLiteral("INSERT INTO tillsyn_schema (version) VALUES (?)"),
                     {step.version});
        }
    });
}

} // namespace tillsyn::storage
