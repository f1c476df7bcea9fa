#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace tillsyn::storage {

// One connection to the Tillsyn SQLite file: WAL, foreign keys, busy timeout, schema migrated to
// the version this build knows. Opening refuses (throws tillsyn::Error, file untouched) a file that
// is not SQLite, an SQLite database of another program, one written by a newer Tillsyn, a
// read-only file, one on a network file system, and (before migrating) a damaged one.
//
// THE RULE: nothing in Tillsyn opens, reads or closes the database file, its -wal or its -shm
// except through SQLite (QSqlDatabase / this class), not even "just to peek at the header" or to
// copy it. SQLite's locks are POSIX advisory locks, which belong to the process: closing ANY
// descriptor of the file drops every lock this process holds on it, including those of other
// open connections (a second Database, a worker thread's). Another program then believes it is
// the last user, checkpoints and deletes the WAL while this process keeps writing into the
// unlinked file, and those commits are lost (SQLite's "How to corrupt an SQLite database", 2.2).
// Looking at the file by name only (stat, access, statfs of the folder) is harmless. The header
// is checked by SQLite itself (an open that fails with SQLITE_NOTADB).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::storage::Database)

public:
    explicit Database(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static QString defaultPath();

    // A field database is an inspector's laptop; an office database merges the share's inbox,
    // resolves conflicts and publishes. Recorded in the database (setting "role").
    enum class Role { Field, Office };
    Role role();
    void setRole(Role role);
    // Throws (naming the file and its role) unless this is an office database: office work on a
    // field database must neither read the share nor change anything.
    void requireOffice();
    // PRAGMA quick_check; throws (naming the file and SQLite's first finding) when the database
    // is damaged. Run before work that rewrites much of it (a migration, a merge).
    void checkIntegrity();

    const QString &path() const { return m_path; }
    int schemaVersion();

    // Prepares a statement; throws on a syntax error (a programming error, but named clearly).
    QSqlQuery prepare(const QString &sql);
    // Executes a prepared statement; throws with the statement's error.
    void exec(QSqlQuery &query);
    // Runs one statement without parameters.
    void exec(const QString &sql);
    QSqlDatabase &connection() { return m_db; }
    // Small values kept with the data (not per user): e.g. which shipped content is installed.
    QString setting(const QString &key);
    void setSetting(const QString &key, const QString &value);
    // Qt binds a null QString as SQL NULL; text columns here are NOT NULL with '' for "none".
    static QString text(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }
    // Times are stored as UTC ISO 8601 text; an invalid time as a null string.
    static QString timeText(const QDateTime &t);
    static QDateTime timeFrom(const QVariant &v);
    // Binds positionally; an invalid QVariant binds SQL NULL, every string binds as text.
    static void bindAll(QSqlQuery &q, const QVariantList &values);

private:
    void checkFolder();
    void configure();
    void refuseForeign(int version);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    // Transaction nesting depth (an inner Transaction becomes a SAVEPOINT); Transaction's only.
    int m_transactionDepth = 0;
    friend class Transaction;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back when destroyed uncommitted (an exception unwound it).
// Inside another Transaction it is a SAVEPOINT, so stores that guard their own writes compose
// into one larger transaction.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    int m_level;
    bool m_done = false;
};

} // namespace tillsyn::storage
