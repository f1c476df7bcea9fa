#include "postgresconnection.h"

#include "storage/postgres/postgrespasswords.h"
#include "storage/storageerror.h"

#include <QAtomicInt>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QThread>

namespace tillsyn::storage {

namespace {
QAtomicInt s_connectionCounter;

// The server's message without libpq's decoration ("ERROR:  ", the SQLSTATE Qt appends, the
// DETAIL lines): one line for a one-line reason.
QString serverText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        return error.text();
    text = text.section(u'\n', 0, 0).trimmed();
    for (const char *prefix : {"ERROR:", "FATAL:"})
        if (text.startsWith(QLatin1String(prefix)))
            text = text.mid(int(qstrlen(prefix))).trimmed();
    return text;
}
} // namespace

PostgresConnection::PostgresConnection(const PostgresLocator &locator)
    : m_locator(locator)
    , m_connectionName(
          QStringLiteral("tillsyn-pg-%1").arg(s_connectionCounter.fetchAndAddOrdered(1)))
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw StorageError(StorageError::Kind::Connection,
                           tr("%1: Qt's PostgreSQL driver (QPSQL) is not installed. Install the "
                              "package libqt6sql6-psql.")
                               .arg(m_locator.displayName()));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!m_locator.host.isEmpty())
        m_db.setHostName(m_locator.host);
    m_db.setPort(m_locator.port);
    m_db.setDatabaseName(m_locator.database);
    if (!m_locator.user.isEmpty())
        m_db.setUserName(m_locator.user);
    // libpq reads PGPASSWORD or the password file itself; only when it has neither does the
    // program's source (the keychain) give one, handed to libpq in memory only.
    QString passwordNote;
    if (!PostgresPasswords::libpqHasPassword(m_locator)) {
        if (const auto source = PostgresPasswords::source()) {
            const PostgresPasswordSource::Answer answer = source->password(m_locator);
            if (answer.password)
                m_db.setPassword(*answer.password);
            passwordNote = answer.note;
        } else {
            passwordNote = tr("no password in PGPASSWORD or ~/.pgpass");
        }
    }
    m_db.setConnectOptions(m_locator.connectOptions());
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        QString message =
            tr("Cannot connect to %1: %2").arg(m_locator.displayName(), serverText(error));
        if (!passwordNote.isEmpty())
            message += QStringLiteral(" (") + passwordNote + u')';
        throw StorageError(StorageError::Kind::Connection, message);
    }
    try {
        exec(QStringLiteral("SET TIME ZONE 'UTC'"));
        exec(QStringLiteral("SET DateStyle = 'ISO, YMD'"));
        if (!m_locator.office.isEmpty())
            setOffice(m_locator.office);
    } catch (...) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

void PostgresConnection::setOffice(const QString &office)
{
    // A bound value, never SQL written around the code.
    query(QStringLiteral("SELECT set_config('tillsyn.office', ?, false)"), {office});
    m_locator.office = office;
}

PostgresConnection::~PostgresConnection()
{
    m_reused.clear(); // before the connection they belong to
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void PostgresConnection::fail(const QSqlError &error, const QString &what) const
{
    const QString state = error.nativeErrorCode();
    StorageError::Kind kind = StorageError::kindOfSqlState(state);
    // A connection lost mid-session has no SQLSTATE from the server.
    if (state.isEmpty() && !m_db.isOpen())
        kind = StorageError::Kind::Connection;
    throw StorageError(kind,
                       tr("%1: %2 failed: %3").arg(m_locator.displayName(), what, serverText(error)));
}

QSqlQuery PostgresConnection::prepare(const QString &sql)
{
    sendLater(); // PREPARE is a statement too (QPSQL sends it at once)
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        fail(q.lastError(), sql.simplified().left(80));
    return q;
}

void PostgresConnection::exec(QSqlQuery &query)
{
    sendLater();
    if (!query.exec())
        fail(query.lastError(), query.lastQuery().simplified().left(80));
}

void PostgresConnection::exec(const QString &sql)
{
    sendLater();
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        fail(q.lastError(), sql.simplified().left(80));
}

QSqlQuery PostgresConnection::query(const QString &sql, const QVariantList &values)
{
    QSqlQuery q = prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    exec(q);
    return q;
}

QSqlQuery &PostgresConnection::reused(const QString &sql, const QVariantList &values)
{
    auto it = m_reused.find(sql);
    if (it == m_reused.end())
        it = m_reused.emplace(sql, prepare(sql)).first;
    QSqlQuery &q = it->second;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    exec(q);
    return q;
}

namespace {

// QPSQL's own test of a bound value for NULL (a null string, byte array or time is NULL too).
bool isNullValue(const QVariant &v)
{
    if (v.isNull())
        return true;
    switch (v.metaType().id()) {
    case QMetaType::QString:
        return v.toString().isNull();
    case QMetaType::QByteArray:
        return v.toByteArray().isNull();
    case QMetaType::QDateTime:
        return v.toDateTime().isNull();
    case QMetaType::QDate:
        return v.toDate().isNull();
    case QMetaType::QTime:
        return v.toTime().isNull();
    default:
        return false;
    }
}

// `?` placeholders as $1, $2, … (outside quoted text), for PREPARE.
QString numbered(const QString &sql)
{
    QString out;
    int n = 0;
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == u'\'')
            quoted = !quoted;
        if (c == u'?' && !quoted)
            out += u'$' + QString::number(++n);
        else
            out += c;
    }
    return out;
}

} // namespace

void PostgresConnection::later(const QString &sql, const QVariantList &values)
{
    if (m_depth == 0) {
        reused(sql, values);
        return;
    }
    m_later.append(executeText({sql, values}));
}

QString PostgresConnection::executeText(const Statement &statement)
{
    auto it = m_named.find(statement.sql);
    if (it == m_named.end()) {
        const QString name = QStringLiteral("tillsyn_stmt_%1").arg(m_named.size() + 1);
        exec(QStringLiteral("PREPARE %1 AS %2").arg(name, numbered(statement.sql)));
        it = m_named.emplace(statement.sql, name).first;
    }
    QStringList literals;
    QSqlField field;
    for (const QVariant &v : statement.values) {
        field.setMetaType(v.metaType());
        if (isNullValue(v))
            field.clear();
        else
            field.setValue(v);
        literals.append(m_db.driver()->formatValue(field));
    }
    return QStringLiteral("EXECUTE %1 (%2)").arg(it->second, literals.join(QStringLiteral(", ")));
}

void PostgresConnection::sendLater()
{
    if (m_later.isEmpty())
        return;
    const QString sql = m_later.join(QStringLiteral("; "));
    m_later.clear();
    execAll(sql, sql.left(80));
}

void PostgresConnection::execAll(const QString &sql, const QString &what)
{
    // Not forward-only: QPSQL keeps every statement's result. The server stops at the first
    // statement that fails; its error is among the results, maybe not the first.
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        fail(q.lastError(), what);
    while (q.nextResult()) {
    }
    if (q.lastError().isValid())
        fail(q.lastError(), what);
}

QVariant PostgresConnection::value(const QString &sql, const QVariantList &values)
{
    QSqlQuery q = query(sql, values);
    return q.next() ? q.value(0) : QVariant();
}

void PostgresConnection::inTransaction(const std::function<void()> &work)
{
    inTransaction(work, {}, {});
}

void PostgresConnection::inTransaction(const std::function<void()> &work,
                                       const std::vector<Statement> &afterBegin,
                                       const std::function<void(QSqlQuery &)> &begun)
{
    if (m_depth > 0) {
        work();
        return;
    }
    for (int attempt = 1;; ++attempt) {
        // Not forward-only: QPSQL then sends the text as one simple query (every statement in it
        // run in turn, each with a snapshot of its own) and keeps each statement's result.
        try {
            QStringList statements{QStringLiteral("BEGIN")};
            for (const Statement &s : afterBegin)
                statements.append(executeText(s)); // may PREPARE: before BEGIN, once
            const QString begin = statements.join(QStringLiteral("; "));
            QSqlQuery first(m_db);
            if (!first.exec(begin))
                fail(first.lastError(), begin.simplified().left(80)); // rolled back below
            m_depth = 1;
            if (begun)
                begun(first);
            work();
            // The writes later() kept and COMMIT in one round trip.
            m_later.append(QStringLiteral("COMMIT"));
            const QString commit = m_later.join(QStringLiteral("; "));
            m_later.clear();
            execAll(commit, QStringLiteral("COMMIT"));
            m_depth = 0;
            return;
        } catch (const StorageError &e) {
            m_depth = 0;
            m_later.clear(); // the unit's, rolled back with it
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            if (e.kind() != StorageError::Kind::Serialization || attempt >= kMaxAttempts)
                throw;
            // Two units that deadlocked would meet again at once: let them drift apart.
            QThread::usleep(QRandomGenerator::global()->bounded(1000u, 5000u) * attempt);
        } catch (...) {
            m_depth = 0;
            m_later.clear();
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            throw;
        }
    }
}

} // namespace tillsyn::storage
