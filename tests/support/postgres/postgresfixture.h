#pragma once

#include <QString>
#include <QStringList>
#include <QDir>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace tillsyn::test {

// A real PostgreSQL server for the tests: Debian's newest installed server
// (/usr/lib/postgresql/N/bin), initdb'd into a temporary folder and run as an unprivileged user
// (as root, the Debian package's `postgres` user through runuser; otherwise the caller). It
// listens only on a Unix socket inside that folder (listen_addresses = ''), so no port can be
// taken by someone else between choosing and binding it, and only this user (and root) can
// reach it. fsync stays on: the kill tests must mean something.
//
// One server per ctest run: ctest's setup test (tillsyn-test-pgserver start STATEFILE) starts it
// and its cleanup test stops it; every test process finds it through TILLSYN_TEST_PG_SHARED
// (the state file) and only attaches. initdb and a server start cost seconds of mostly disk
// waits, once per run instead of once for each of the ~30 PostgreSQL test processes.
// A test binary run by hand (no such variable, or no server answering there) starts a server
// of its own on first use: it is stopped (pg_ctl stop -m fast) and its folder removed when the
// process exits, whether tests passed or not. A server whose test process was killed (no exit
// hook ran) is stopped and removed by the next fixture that starts (its folder names its
// process). Each test takes a fresh database (PostgresDatabase), cheap to create; roles are the
// whole server's, so a test names its roles after itself.
//
// Roles: the bootstrap superuser (superuser()) is trusted on the socket; every other role logs
// in with its SCRAM password, so password handling is really exercised.
//
// Throws std::runtime_error with a clear message when PostgreSQL is not installed or the server
// does not come up: a PostgreSQL test then fails, it is never skipped. scripts/dev.sh installs
// the `postgresql` package.
class PostgresFixture
{
public:
    static PostgresFixture &instance();
    // The shared server of a ctest run: started into a new temporary folder whose path is
    // written to `stateFile` (a server left by an interrupted run is stopped first), and stopped
    // again (folder and state file removed). Throw std::runtime_error when they fail.
    static void startShared(const QString &stateFile);
    static void stopShared(const QString &stateFile);
    ~PostgresFixture();
    PostgresFixture(const PostgresFixture &) = delete;
    PostgresFixture &operator=(const PostgresFixture &) = delete;

    // The folder of the server's socket (the libpq "host"), and the port naming the socket file.
    QString socketDir() const { return m_dir.filePath(QStringLiteral("run")); }
    int port() const { return 5432; }
    QString superuser() const { return QStringLiteral("tillsyn_admin"); }
    QString logFile() const { return m_dir.filePath(QStringLiteral("server.log")); }
    // Folder of initdb, pg_ctl, psql, ... of the server in use.
    const QString &binDir() const { return m_binDir; }

    // postgresql://USER@%2F...socket...:PORT/DATABASE (the socket folder percent-encoded).
    QString uri(const QString &database, const QString &user = {}) const;

    // Runs SQL through psql as `user` (default: the superuser) on `database`, stops at the first
    // error (throws with psql's message), returns psql's unaligned, tuples-only output.
    QString psql(const QString &database, const QString &sql, const QString &user = {},
                 const QString &password = {}) const;

    // Runs SQL as the superuser on the `postgres` database through a connection of this
    // process (one per thread, kept open): the fixture's own work for every test, where psql
    // would cost a process each time. Throws with the server's message.
    void admin(const QString &sql) const;
    // The same, returning the first column of the first row (empty without a row).
    QString adminValue(const QString &sql) const;

    // A login role with a password (created once; later calls only set the password).
    void createRole(const QString &name, const QString &password) const;
    // A new, empty database owned by `owner` (default: the superuser), with a unique name; or,
    // given a template, a copy of the template (its objects keep their owner, the superuser).
    QString createDatabase(const QString &owner = {}, const QString &templateName = {}) const;
    // The name of a template database of this server, made on first use by `make` (given the
    // address of an empty database to fill) and kept until the server stops. The first process
    // of a run to ask makes it while the others wait; a `make` that fails leaves no template.
    QString templateDatabase(const QString &name,
                             const std::function<void(const QString &uri)> &make) const;
    void dropDatabase(const QString &name) const;

    // The newest Debian PostgreSQL bin folder, or an empty string when none is installed.
    static QString findBinDir();

private:
    // A new server's folder (a temporary one named after `prefix`), or an existing one's.
    explicit PostgresFixture(const QString &prefix);
    PostgresFixture(const QString &existingDir, bool);
    void start();
    void stop();
    // Whether the server answers on its socket now (one pg_isready).
    bool answers() const;
    // Program arguments that run `program` from binDir() as the server's user.
    QStringList asServerUser(const QString &program, const QStringList &args) const;
    QString run(const QString &program, const QStringList &args,
                const QString &password = {}) const;

    std::unique_ptr<QTemporaryDir> m_temp; // a folder this fixture made
    QDir m_dir;
    QString m_binDir;
    bool m_running = false;
};

// A fresh database for one test, dropped (with any connection left open) at its end.
class PostgresDatabase
{
public:
    explicit PostgresDatabase(const QString &owner = {});
    // A copy of a template database of the server (PostgresFixture::templateDatabase()).
    struct FromTemplate
    {
        QString name;
    };
    explicit PostgresDatabase(const FromTemplate &from);
    ~PostgresDatabase();
    PostgresDatabase(const PostgresDatabase &) = delete;
    PostgresDatabase &operator=(const PostgresDatabase &) = delete;

    const QString &name() const { return m_name; }
    QString uri(const QString &user = {}) const { return server().uri(m_name, user); }
    QString psql(const QString &sql) const { return server().psql(m_name, sql); }
    static PostgresFixture &server() { return PostgresFixture::instance(); }

private:
    QString m_name;
};

} // namespace tillsyn::test
