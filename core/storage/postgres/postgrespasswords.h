#pragma once

#include "storage/postgres/postgreslocator.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace tillsyn::storage {

// Where a program finds a PostgreSQL password that libpq does not find itself (the system
// keychain, or what the desktop asked for once). core knows no keychain: the CLI and the desktop
// program set a source at start; core only asks it, and only when libpq has no password of its
// own (PGPASSWORD, the password file), so those always come first and scripts never wait.
class PostgresPasswordSource
{
public:
    virtual ~PostgresPasswordSource() = default;

    struct Answer
    {
        std::optional<QString> password;
        // Why there is none, when the user should know (translated, e.g. "the system keychain
        // is unavailable: …"); added to a failed connection's message. Never the password.
        QString note;
    };
    // Called from any thread that opens a connection.
    virtual Answer password(const PostgresLocator &locator) = 0;
};

class PostgresPasswords
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::storage::PostgresPasswords)

public:
    // The process's source (none by default). Set it before the first connection.
    static void setSource(std::shared_ptr<PostgresPasswordSource> source);
    static std::shared_ptr<PostgresPasswordSource> source();

    // The name a password is kept under: the locator written back (it never holds a password),
    // without the office it acts for: one login has one password whichever office of a pool it
    // acts for (and a county member's report opens a session for the visit's office).
    static QString key(const PostgresLocator &locator)
    {
        PostgresLocator login = locator;
        login.office.clear();
        return login.toUri();
    }

    // Whether libpq will find a password for this locator itself: a non-empty PGPASSWORD, or a
    // matching line of the password file (PGPASSFILE, else ~/.pgpass) that libpq would read
    // (a regular file that neither group nor others may access), matched as libpq matches it.
    static bool libpqHasPassword(const PostgresLocator &locator);
};

} // namespace tillsyn::storage
