#pragma once

#include <QCoreApplication>
#include <QString>

namespace tillsyn::storage {

// Where an office database on a PostgreSQL server is:
//   postgresql://USER@HOST:PORT/DBNAME[?sslmode=MODE&sslrootcert=FILE&office=CODE]
// HOST may be a name, an address ([::1] for IPv6) or, as libpq allows, a percent-encoded folder
// holding the server's Unix socket (%2Fvar%2Frun%2Fpostgresql). USER and PORT may be left out
// (libpq's defaults: this system user, 5432).
//
// A password in the URI is refused: it would end up in shell histories, process lists and logs.
// The password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), which libpq reads itself when
// Qt passes none.
struct PostgresLocator
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::storage::PostgresLocator)

public:
    QString user;
    QString host; // empty: libpq's default socket
    int port = 5432;
    QString database;
    QString sslMode;     // empty: libpq's default (prefer)
    QString sslRootCert; // a file of trusted CA certificates
    // The office of a county's pool the session acts for: SCB's four-digit municipality code;
    // empty for a database of one office (or a county member reading every office).
    QString office;

    // Whether the text names a PostgreSQL database (postgresql:// or postgres://) rather than a
    // file.
    static bool isUri(const QString &text);
    // Throws tillsyn::Error (translated, naming the URI without any password) when the text is
    // not a usable locator.
    static PostgresLocator parse(const QString &uri);
    // Any text given as a locator as it may be shown: a password replaced by ***, and without
    // its query (it may hold password=…), whatever the case of the scheme.
    static QString redacted(const QString &uri);
    // Whether a text is an office code: exactly four digits (SCB's municipality code).
    static bool isOfficeCode(const QString &code);
    // Throws tillsyn::Error (translated, naming the text) unless it is an office code.
    static void requireOfficeCode(const QString &code);

    // "DBNAME on HOST:PORT", for messages (never a password: the locator holds none).
    QString displayName() const;
    QString serverName() const;
    // The locator written back (percent-encoded), e.g. to start a child process.
    QString toUri() const;
    // QPSQL's connect options (libpq keywords, each value quoted as libpq wants).
    QString connectOptions() const;
};

} // namespace tillsyn::storage
