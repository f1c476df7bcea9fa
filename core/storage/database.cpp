#include "database.h"

#include "storageerror.h"

#include "filesystemcheck.h"
#include "migrations.h"
#include "util/error.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace tillsyn::storage {

namespace {
QAtomicInt s_connectionCounter;
}

Database::Database(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_connectionName(QStringLiteral("tillsyn-%1").arg(s_connectionCounter.fetchAndAddOrdered(1)))
{
    checkFolder();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open())
        throw Error(
            tr("%1: the database cannot be opened: %2").arg(m_path, m_db.lastError().text()));
    try {
        configure();
    } catch (...) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("tillsyn.db"));
}

void Database::checkFolder()
{
    // Only the folder is looked at here, and the file only by name (stat, access): see the rule
    // in database.h. The header is checked by SQLite itself when configure() first reads.
    const QFileInfo info(m_path);
    const QString dir = info.absolutePath();
    if (!QDir().mkpath(dir))
        throw Error(tr("%1: the folder cannot be created").arg(dir));
    const QString fs = FileSystemCheck::networkFileSystemOf(dir);
    if (!fs.isEmpty())
        throw Error(tr("%1: the database lies on a network file system (%2). SQLite cannot keep "
                       "it safe there: a crash or a second computer could corrupt it. Keep the "
                       "database on this computer's own disk (use --db with a local path); "
                       "use the network folder only as a sync share.")
                        .arg(m_path, fs));
    // SQLite would open a file it may not write read-only and fail later with an obscure
    // message (WAL needs to write its index); say what it is instead.
    const auto readOnly = [](const QString &path) {
        if (::access(QFile::encodeName(path).constData(), W_OK) == 0)
            return QString();
        const int e = errno;
        return e == EACCES || e == EPERM || e == EROFS ? QString::fromLocal8Bit(std::strerror(e))
                                                       : QString();
    };
    if (const QString why = info.exists() ? readOnly(m_path) : QString(); !why.isEmpty())
        throw Error(tr("%1: the database file is read-only (%2). Tillsyn needs to write to its "
                       "database; make the file writable or use a copy. The file was not changed.")
                        .arg(m_path, why));
    if (const QString why = readOnly(dir); !why.isEmpty())
        throw Error(tr("%1: the folder is read-only (%2). SQLite keeps its journal beside the "
                       "database and needs to write there.")
                        .arg(dir, why));
}

void Database::configure()
{
    // Read the version before anything that could write: a database that is not ours, or is
    // newer, stays untouched (not even switched to WAL).
    const int version = schemaVersion();
    refuseForeign(version);
    if (version > Migrations::latestVersion())
        throw Error(tr("%1: the database was created by a newer version of Tillsyn (schema "
                       "version %2; this version knows up to %3). Install the newer Tillsyn to "
                       "open it. The file was not changed.")
                        .arg(m_path)
                        .arg(version)
                        .arg(Migrations::latestVersion()));
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    // A larger page cache keeps search over a big register in memory.
    exec(QStringLiteral("PRAGMA cache_size=-32000"));
    if (version < Migrations::latestVersion())
        Migrations::migrate(*this);
}

void Database::refuseForeign(int version)
{
    // Every Tillsyn schema has the setting table from version 1 on, and version 0 is a new, empty
    // file: anything else with tables is another program's database.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*), coalesce(sum(type = 'table' AND name = 'setting'),"
                               " 0) FROM sqlite_master")) ||
        !q.next())
        throw Error(
            tr("%1: this is not a readable SQLite database: %2").arg(m_path, q.lastError().text()));
    const bool hasTables = q.value(0).toInt() > 0;
    const bool hasSetting = q.value(1).toInt() > 0;
    if (hasTables && (version == 0 || !hasSetting))
        throw Error(tr("%1: this is an SQLite database of another program, not a Tillsyn "
                       "database. The file was not changed.")
                        .arg(m_path));
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        // SQLITE_NOTADB: SQLite read the header and it is not an SQLite file.
        if ((q.lastError().nativeErrorCode().toInt() & 0xff) == 26)
            throw Error(tr("%1: this is not a Tillsyn database (not an SQLite file). The file "
                           "was not changed.")
                            .arg(m_path));
        throw Error(
            tr("%1: this is not a readable SQLite database: %2").arg(m_path, q.lastError().text()));
    }
    return q.value(0).toInt();
}

Database::Role Database::role()
{
    return setting(QStringLiteral("role")) == u"office" ? Role::Office : Role::Field;
}

void Database::setRole(Role role)
{
    setSetting(QStringLiteral("role"),
               role == Role::Office ? QStringLiteral("office") : QStringLiteral("field"));
}

void Database::requireOffice()
{
    if (role() != Role::Office)
        throw Error(tr("%1 is a field database; this works only on an office database (one made "
                       "with \"tillsyn-cli init --office\"). Nothing was read or changed.")
                        .arg(m_path));
}

void Database::checkIntegrity()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next())
        throw Error(tr("%1: the database is damaged (SQLite's quick check failed: %2). Nothing "
                       "was changed; restore the database from a backup.")
                        .arg(m_path, q.lastError().text()));
    const QString result = q.value(0).toString();
    if (result != u"ok")
        throw Error(tr("%1: the database is damaged (SQLite's quick check found: %2). Nothing "
                       "was changed; restore the database from a backup.")
                        .arg(m_path, result));
}

namespace {

// The kind callers may act on (busy, constraint, …), from SQLite's result code.
StorageError::Kind kindOf(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? StorageError::kindOfSqlite(code) : StorageError::Kind::Other;
}

} // namespace

QSqlQuery Database::prepare(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        throw StorageError(kindOf(q.lastError()),
                           tr("%1: database error: %2 (in: %3)")
                               .arg(m_path, q.lastError().text(), sql.simplified().left(200)));
    return q;
}

void Database::exec(QSqlQuery &query)
{
    if (!query.exec())
        throw StorageError(kindOf(query.lastError()),
                           tr("%1: database error: %2").arg(m_path, query.lastError().text()));
}

void Database::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        throw StorageError(kindOf(q.lastError()),
                           tr("%1: database error: %2 (in: %3)")
                               .arg(m_path, q.lastError().text(), sql.simplified().left(200)));
}

QString Database::setting(const QString &key)
{
    QSqlQuery q = prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    exec(q);
    return q.next() ? q.value(0).toString() : QString();
}

QString Database::timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime Database::timeFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODate).toUTC();
}

void Database::bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        q.bindValue(i, v.typeId() == QMetaType::QString ? text(v.toString()) : v);
    }
}

void Database::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q = prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"
                                         " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    exec(q);
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_level(db.m_transactionDepth)
{
    m_db.exec(m_level == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                           : QStringLiteral("SAVEPOINT tillsyn_%1").arg(m_level));
    ++m_db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    --m_db.m_transactionDepth;
    QSqlQuery q(m_db.connection());
    if (m_level == 0) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO tillsyn_%1").arg(m_level));
        q.exec(QStringLiteral("RELEASE tillsyn_%1").arg(m_level));
    }
}

void Transaction::commit()
{
    m_db.exec(m_level == 0 ? QStringLiteral("COMMIT")
                           : QStringLiteral("RELEASE tillsyn_%1").arg(m_level));
    m_done = true;
    --m_db.m_transactionDepth;
}

} // namespace tillsyn::storage
