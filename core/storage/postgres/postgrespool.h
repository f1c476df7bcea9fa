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

    // Rows under no office (''): a database of one office's, from before it became a pool. In a
    // pool nobody acting for an office sees them.
    struct Rows
    {
        qint64 visits = 0;
        qint64 facilities = 0;
        qint64 checklists = 0;  // versions
        qint64 other = 0;       // answers, revisions, settings, fees, … (not the counts kept)
        bool any() const { return visits + facilities + checklists + other > 0; }
    };
    struct Added
    {
        bool officeRoleCreated = false;
        bool countyRoleCreated = false;
        Rows unassigned; // left under no office
        Rows adopted;    // given to this office
    };
    // Adds an office to the pool: brings the schema up to date, creates its role (and the
    // county's) when missing, grants them the office tables, records the code, and makes
    // `members` (login roles) members of the office's role. With `adopt` the rows under no
    // office become this office's: rows the office already has with the same key and values are
    // dropped as copies; the same key with other values refuses it all. Run by the database's
    // owner with CREATEROLE, or a superuser. Throws tillsyn::Error (translated) for a code that
    // is not four digits, a member role that does not exist or rows that collide; nothing is
    // changed then.
    static Added addOffice(const PostgresLocator &locator, const QString &code,
                           const QStringList &members, bool adopt = false);
    // Makes `members` (login roles) members of tillsyn_county (created when missing).
    static void addCountyMembers(const PostgresLocator &locator, const QStringList &members);

    // Called once the schema is current: throws a translated Error when this session may not
    // act as it asks — it names an office whose role it is not a member of (or that does not
    // exist), or it names one while its role bypasses row-level security (a superuser or
    // BYPASSRLS role would see every office), or it names none in a pool without being the
    // county's (such a role naming none reads every office and its session is made read-only).
    // An office session's first connection records the office's database role
    // (setting role = office) as `init --office` does for a database of one office. Returns
    // whether the session reads every office of a pool (a county member naming none).
    static bool checkSession(PostgresConnection &db);

private:
    static Rows unassignedRows(PostgresConnection &db);
    static void adoptRows(PostgresConnection &db, const QString &code);
    static void grantTo(PostgresConnection &db, const QString &role);
    static void addMembers(PostgresConnection &db, const QString &role, const QStringList &members);
};

} // namespace tillsyn::storage
