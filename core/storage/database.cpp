#include "database.h"

#include "filesystemcheck.h"
#include "migrations.h"
#include "util/error.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

namespace tillsyn::storage {

namespace {
QAtomicInt s_connectionCounter;
}

Database::Database(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_connectionName(QStringLiteral("tillsyn-%1").arg(s_connectionCounter.fetchAndAddOrdered(1)))
{
    checkFile();
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

void Database::checkFile()
{
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
    if (info.exists() && info.size() > 0) {
        QFile f(m_path);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(tr("%1: the file cannot be read: %2").arg(m_path, f.errorString()));
        if (f.read(16) != QByteArrayView("SQLite format 3\0", 16))
            throw Error(tr("%1: this is not a Tillsyn database (not an SQLite file). The file "
                           "was not changed.")
                            .arg(m_path));
    }
}

void Database::configure()
{
    // Read the version before anything that could write: a newer database stays untouched.
    const int version = schemaVersion();
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

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        throw Error(
            tr("%1: this is not a readable SQLite database: %2").arg(m_path, q.lastError().text()));
    return q.value(0).toInt();
}

QSqlQuery Database::prepare(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        throw Error(tr("%1: database error: %2 (in: %3)")
                        .arg(m_path, q.lastError().text(), sql.simplified().left(200)));
    return q;
}

void Database::exec(QSqlQuery &query)
{
    if (!query.exec())
        throw Error(tr("%1: database error: %2").arg(m_path, query.lastError().text()));
}

void Database::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        throw Error(tr("%1: database error: %2 (in: %3)")
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
