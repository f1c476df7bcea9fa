#pragma once

#include "storage/postgres/postgreslocator.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tillsyn::storage {

class PostgresConnection;

// A county's pool: one PostgreSQL database holding several offices' rows, each under its
// office's code (SCB's four-digit municipality code). The schema (PostgresMigrations step 7)
// gives every office table a column `office` and row-level security: a session acts for the
// office it names (tillsyn.office, from the locator's ?office=CODE) when its role is a member of
// tillsyn_office_CODE or of tillsyn_county, and then sees and writes only that office's rows; a
// member of tillsyn_county that names no office reads every office's rows and writes none. The
// server enforces this, not the program: a clerk's own SQL is held the same way.
//
// This sets a pool up (so a county's DBA needs no table names) and checks a session when it
// connects, so that a refusal reads as one, not as an empty database.
class PostgresPool
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::storage::PostgresPool)

public:
    // tillsyn_office_CODE: the group role (NOLOGIN) whose members act for the office.
    static QString officeRole(const QString &code);
    // tillsyn_county: the group role whose members act for any office and read them all.
    static QString countyRole();

    struct Added
    {
        bool officeRoleCreated = false;
        bool countyRoleCreated = false;
    };
    // Adds an office to the pool: brings the schema up to date, creates its role (and the
    // county's) when missing, grants them the office tables, records the code, and makes
    // `members` (login roles) members of the office's role. Run by the database's owner with
    // CREATEROLE, or a superuser. Throws tillsyn::Error (translated) for a code that is not four
    // digits or a member role that does not exist; nothing is changed then.
    static Added addOffice(const PostgresLocator &locator, const QString &code,
                           const QStringList &members);
    // Makes `members` (login roles) members of tillsyn_county (created when missing).
    static void addCountyMembers(const PostgresLocator &locator, const QStringList &members);

    // Called once the schema is current: throws a translated Error when this session may not
    // act as it asks — it names an office whose role it is not a member of (or that does not
    // exist), or it names one while its role bypasses row-level security (a superuser or
    // BYPASSRLS role would see every office), or it names none in a pool without being the
    // county's (such a role naming none reads every office and its session is made read-only).
    // An office session's first connection records the office's database role
    // (setting role = office) as `init --office` does for a database of one office.
    static void checkSession(PostgresConnection &db);

private:
    static void grantTo(PostgresConnection &db, const QString &role);
    static void addMembers(PostgresConnection &db, const QString &role, const QStringList &members);
};

} // namespace tillsyn::storage
