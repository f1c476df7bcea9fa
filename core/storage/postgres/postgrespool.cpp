#include "postgrespool.h"

#include "storage/postgres/postgresconnection.h"
#include "storage/postgres/postgresmigrations.h"
#include "util/error.h"

#include <QSqlQuery>

namespace tillsyn::storage {

namespace {

// A statement naming roles, schemas or databases: written by the server's format() (%I quotes
// an identifier), so no name is ever pasted into SQL by the program.
void execFormatted(PostgresConnection &db, const QString &format, const QVariantList &names)
{
    db.exec(db.value(QStringLiteral("SELECT format(CAST(? AS text)%1)")
                         .arg(QStringLiteral(", CAST(? AS text)").repeated(int(names.size()))),
                     QVariantList{format} + names)
                .toString());
}

bool roleExists(PostgresConnection &db, const QString &role)
{
    return db
        .value(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)"), {role})
        .toBool();
}

// Whether the session's role (current_user) is a member of `role`; false when it does not exist.
bool isMember(PostgresConnection &db, const QString &role)
{
    return db
        .value(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ? AND"
                              " pg_has_role(oid, 'MEMBER'))"),
               {role})
        .toBool();
}

bool createRole(PostgresConnection &db, const QString &role)
{
    if (roleExists(db, role))
        return false;
    execFormatted(db, QStringLiteral("CREATE ROLE %I NOLOGIN"), {role});
    return true;
}

// Whether row security holds the tables' owner too (FORCE, as step 7 leaves them). Lifted only
// inside the set-up's transaction, so no other session ever sees the tables without it.
void forceRowSecurity(PostgresConnection &db, bool force)
{
    for (const QString &table : PostgresMigrations::officeTableNames())
        db.exec(QStringLiteral("ALTER TABLE %1 %2 ROW LEVEL SECURITY")
                    .arg(table, force ? QStringLiteral("FORCE") : QStringLiteral("NO FORCE")));
}

// "o.a, o.b" of the key columns "a, b".
QString columnsOf(const QString &alias, const QString &columns)
{
    QStringList out;
    for (const QString &column : columns.split(u','))
        out << alias + u'.' + column.trimmed();
    return out.join(QStringLiteral(", "));
}

} // namespace

QString PostgresPool::officeRole(const QString &code)
{
    return QStringLiteral("tillsyn_office_") + code;
}

QString PostgresPool::countyRole()
{
    return QStringLiteral("tillsyn_county");
}

void PostgresPool::grantTo(PostgresConnection &db, const QString &role)
{
    // The office tables (row security decides which rows), their identity sequences, and what a
    // session must read to connect and check its schema.
    execFormatted(db,
                  QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ") +
                      PostgresMigrations::officeTableNames().join(QStringLiteral(", ")) +
                      QStringLiteral(" TO %I"),
                  {role});
    execFormatted(db, QStringLiteral("GRANT SELECT ON tillsyn_schema, tillsyn_pool_office TO %I"),
                  {role});
    db.exec(db.value(QStringLiteral("SELECT format('GRANT USAGE ON SCHEMA %I TO %I;"
                                    " GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I;"
                                    " GRANT CONNECT ON DATABASE %I TO %I',"
                                    " current_schema(), CAST(? AS text), current_schema(),"
                                    " CAST(? AS text), current_database(), CAST(? AS text))"),
                     {role, role, role})
                .toString());
}

void PostgresPool::addMembers(PostgresConnection &db, const QString &role,
                              const QStringList &members)
{
    for (const QString &member : members) {
        if (!roleExists(db, member))
            throw Error(tr("%1: there is no role \"%2\" to make a member of %3. Create the "
                           "clerk's login role first (CREATE ROLE … LOGIN PASSWORD …). Nothing "
                           "was changed.")
                            .arg(db.locator().displayName(), member, role));
        execFormatted(db, QStringLiteral("GRANT %I TO %I"), {role, member});
    }
}

PostgresPool::Rows PostgresPool::unassignedRows(PostgresConnection &db)
{
    // The step-1 row every database starts with ('role' = 'office') is nobody's data.
    QStringList other;
    for (const QString &table : PostgresMigrations::officeTableNames()) {
        if (table == u"office_visit" || table == u"facility" || table == u"checklist" ||
            table == u"office_item_count")
            continue;
        other << QStringLiteral("(SELECT count(*) FROM %1 WHERE office = ''%2)")
                     .arg(table, table == u"setting" ? QStringLiteral(" AND key <> 'role'")
                                                     : QString());
    }
    QSqlQuery q = db.query(QStringLiteral("SELECT (SELECT count(*) FROM office_visit WHERE office ="
                                          " ''), (SELECT count(*) FROM facility WHERE office ="
                                          " ''), (SELECT count(*) FROM checklist WHERE office ="
                                          " ''), %1")
                               .arg(other.join(QStringLiteral(" + "))));
    q.next();
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
            q.value(3).toLongLong()};
}

void PostgresPool::adoptRows(PostgresConnection &db, const QString &code)
{
    const auto &keys = PostgresMigrations::officeKeys();
    // Copies of rows the office already has (same key, same values; the step-1 setting, a
    // checklist imported again): dropped. The counts are made anew below.
    for (const auto &[table, key] : keys) {
        if (table == u"office_item_count")
            continue;
        db.query(QStringLiteral("DELETE FROM %1 u USING %1 o WHERE u.office = '' AND o.office = ?"
                                " AND (%2) = (%3) AND to_jsonb(o) - 'office' = to_jsonb(u) -"
                                " 'office'")
                     .arg(table, columnsOf(QStringLiteral("o"), key),
                          columnsOf(QStringLiteral("u"), key)),
                 {code});
    }
    db.exec(QStringLiteral("DELETE FROM office_item_count WHERE office = ''"));
    // The same key with other values: which is right is the office's to decide, not this
    // command's.
    for (const auto &[table, key] : keys) {
        QSqlQuery q = db.query(
            QStringLiteral("SELECT count(*), min(concat_ws(', ', %2)) FROM %1 u WHERE u.office ="
                           " '' AND EXISTS (SELECT 1 FROM %1 o WHERE o.office = ? AND (%3) ="
                           " (%2))")
                .arg(table, columnsOf(QStringLiteral("u"), key),
                     columnsOf(QStringLiteral("o"), key)),
            {code});
        q.next();
        if (q.value(0).toLongLong() > 0)
            throw Error(tr("%1: office %2 already has %3 row(s) of the table %4 with the same key "
                           "(%5) as rows under no office, but other values (the first: %6). "
                           "Nothing was changed: decide which rows to keep, then run this "
                           "again.")
                            .arg(db.locator().displayName(), code,
                                 QString::number(q.value(0).toLongLong()), table, key,
                                 q.value(1).toString()));
    }
    // One statement: the foreign keys between the checklist tables are checked at its end,
    // when parents and children both carry the office.
    QStringList updates;
    QVariantList values;
    int n = 0;
    for (const QString &table : PostgresMigrations::officeTableNames()) {
        if (table == u"office_item_count")
            continue;
        updates << QStringLiteral("u%1 AS (UPDATE %2 SET office = ? WHERE office = '' RETURNING"
                                  " 1)")
                       .arg(n++)
                       .arg(table);
        values << code;
    }
    db.query(QStringLiteral("WITH %1 SELECT 1").arg(updates.join(QStringLiteral(", "))), values);
    PostgresMigrations::recountOffice(db, code);
}

PostgresPool::Added PostgresPool::addOffice(const PostgresLocator &locator, const QString &code,
                                            const QStringList &members, bool adopt)
{
    PostgresLocator::requireOfficeCode(code);
    PostgresLocator plain = locator;
    plain.office.clear(); // the set-up acts for no office
    PostgresConnection db(plain);
    PostgresMigrations::migrate(db);
    Added added;
    db.inTransaction([&] {
        added = {};
        added.countyRoleCreated = createRole(db, countyRole());
        added.officeRoleCreated = createRole(db, officeRole(code));
        grantTo(db, countyRole());
        grantTo(db, officeRole(code));
        db.query(QStringLiteral("INSERT INTO tillsyn_pool_office (code) VALUES (?)"
                                " ON CONFLICT DO NOTHING"),
                 {code});
        addMembers(db, officeRole(code), members);
        // The owner is held by row security too: lifted in this transaction to see and move
        // the rows under no office.
        forceRowSecurity(db, false);
        const Rows unassigned = unassignedRows(db);
        if (adopt && unassigned.any()) {
            adoptRows(db, code);
            added.adopted = unassigned;
        } else {
            added.unassigned = unassigned;
        }
        forceRowSecurity(db, true);
    });
    return added;
}

void PostgresPool::addCountyMembers(const PostgresLocator &locator, const QStringList &members)
{
    PostgresLocator plain = locator;
    plain.office.clear();
    PostgresConnection db(plain);
    PostgresMigrations::migrate(db);
    db.inTransaction([&] {
        createRole(db, countyRole());
        grantTo(db, countyRole());
        addMembers(db, countyRole(), members);
    });
}

bool PostgresPool::checkSession(PostgresConnection &db)
{
    const QString office = db.locator().office;
    // One round trip for what every connection asks.
    QSqlQuery q = db.query(
        QStringLiteral("SELECT current_user, coalesce((SELECT rolsuper OR rolbypassrls FROM"
                       " pg_roles WHERE rolname = current_user), false),"
                       " EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ? AND"
                       " pg_has_role(oid, 'MEMBER')),"
                       " (SELECT string_agg(code, ', ' ORDER BY code) FROM tillsyn_pool_office)"),
        {countyRole()});
    q.next();
    const QString user = q.value(0).toString();
    const bool bypasses = q.value(1).toBool();
    const bool county = q.value(2).toBool();
    const QString pool = q.value(3).toString();
    if (office.isEmpty()) {
        if (pool.isEmpty())
            return false; // a database of one office
        if (!bypasses && !county)
            throw Error(tr("%1 is a county pool of the offices %2: name the office you act for "
                           "with --office CODE (or ?office=CODE in the address).")
                            .arg(db.locator().displayName(), pool));
        // Reading every office, as the county does. A role that bypasses row security would
        // write across offices (the program's statements find rows by id, and ids repeat
        // between offices): its session writes nothing, as row security holds the county's.
        if (bypasses)
            db.exec(QStringLiteral("SET default_transaction_read_only = on"));
        return true;
    }
    if (bypasses)
        throw Error(tr("%1: the role %2 bypasses row-level security (a superuser or BYPASSRLS "
                       "role) and would see every office's rows: it cannot act for office %3. "
                       "Connect as a clerk's role.")
                        .arg(db.locator().displayName(), user, office));
    const QString role = officeRole(office);
    if (!isMember(db, role) && !(county && roleExists(db, role))) {
        throw Error(tr("You are not a member of office %1's role %2 in %3 (you are %4%5), so you "
                       "cannot act for that office. The county's database administrator adds "
                       "the office and its clerks with: tillsyn-cli pool add-office %1 --member "
                       "ROLE.")
                        .arg(office, role, db.locator().displayName(), user,
                             roleExists(db, role) ? QString() : tr("; the role does not exist")));
    }
    // The database's role is the office's (PostgreSQL databases are only ever offices'): each
    // office of a pool keeps its own settings, this one too.
    if (db.value(QStringLiteral("SELECT value FROM setting WHERE key = 'role'")).isNull())
        db.query(QStringLiteral("INSERT INTO setting (key, value) VALUES ('role', 'office')"
                                " ON CONFLICT DO NOTHING"));
    return false;
}

} // namespace tillsyn::storage
