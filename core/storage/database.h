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
// is not SQLite, one written by a newer Tillsyn, and one on a network file system.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::storage::Database)

public:
    explicit Database(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static QString defaultPath();

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
    void checkFile();
    void configure();

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
