#include "postgresconnection.h"

#include "storage/postgres/postgreslibpq.h"
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
    m_later.push_back({sql, values});
}

QString PostgresConnection::executeText(const Statement &statement)
{
    auto it = m_named.find(statement.sql);
    if (it == m_named.end()) {
        const QString name = QStringLiteral("tillsyn_stmt_%1").arg(++m_namedCount);
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
    if (m_later.empty())
        return;
    std::vector<Statement> statements;
    statements.swap(m_later);
    pipeline(statements);
}

namespace {

// A statement's values as libpq takes them: text in the server's input syntax, or the bytes of
// a byte array as they are (binary format, which for bytea is the bytes themselves).
struct Bound
{
    explicit Bound(const QVariantList &values)
    {
        data.reserve(size_t(values.size())); // the pointers into it stay valid
        for (const QVariant &v : values) {
            int format = 0;
            if (isNullValue(v)) {
                data.emplace_back();
                pointers.push_back(nullptr); // NULL
                lengths.push_back(0);
                formats.push_back(0);
                continue;
            }
            switch (v.metaType().id()) {
            case QMetaType::QByteArray:
                data.push_back(v.toByteArray());
                format = 1;
                break;
            case QMetaType::Bool:
                data.emplace_back(v.toBool() ? "t" : "f");
                break;
            case QMetaType::QDateTime:
                data.push_back(v.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8());
                break;
            default:
                data.push_back(v.toString().toUtf8());
                break;
            }
            pointers.push_back(data.back().constData());
            lengths.push_back(int(data.back().size()));
            formats.push_back(format);
        }
    }
    int count() const { return int(pointers.size()); }

    std::vector<QByteArray> data;
    std::vector<const char *> pointers;
    std::vector<int> lengths;
    std::vector<int> formats;
};

} // namespace

void PostgresConnection::pipeline(const std::vector<Statement> &statements)
{
    QString why;
    const LibPq *pq = LibPq::get(&why);
    PGconn *conn = LibPq::connectionOf(m_db);
    if (!pq || !conn)
        throw StorageError(StorageError::Kind::Connection,
                           tr("%1: cannot send statements through libpq: %2")
                               .arg(m_locator.displayName(),
                                    pq ? tr("Qt's driver gives no connection handle") : why));
    const auto lost = [&] {
        throw StorageError(
            StorageError::Kind::Connection,
            tr("%1: the connection was lost: %2")
                .arg(m_locator.displayName(),
                     QString::fromUtf8(pq->errorMessage(conn)).section(u'\n', 0, 0).trimmed()));
    };
    // The rows of a query nobody finished reading go first, as Qt's driver drops them before it
    // sends (that query then reads no more, as after any other statement).
    while (PGresult *r = pq->getResult(conn))
        pq->clear(r);
    if (!pq->enterPipelineMode(conn))
        lost();

    // Each command sent: a statement run, or the PREPARE of one new to this connection (named
    // in m_named once it succeeded).
    struct Command
    {
        const QString *sql;
        bool prepare;
        QString name;
    };
    std::vector<Command> sent;
    std::map<QString, QString> preparing; // SQL → name, prepared in this round trip
    bool sendFailed = false;
    for (const Statement &s : statements) {
        if (s.values.isEmpty()) { // COMMIT, say: nothing to prepare
            sendFailed = !pq->sendQueryParams(conn, s.sql.toUtf8().constData(), 0, nullptr, nullptr,
                                              nullptr, nullptr, 0);
            if (sendFailed)
                break;
            sent.push_back({&s.sql, false, {}});
            continue;
        }
        QString name;
        if (const auto it = m_named.find(s.sql); it != m_named.end()) {
            name = it->second;
        } else if (const auto p = preparing.find(s.sql); p != preparing.end()) {
            name = p->second;
        } else {
            name = QStringLiteral("tillsyn_stmt_%1").arg(++m_namedCount);
            sendFailed = !pq->sendPrepare(conn, name.toUtf8().constData(),
                                          numbered(s.sql).toUtf8().constData(), 0, nullptr);
            if (sendFailed)
                break;
            preparing.emplace(s.sql, name);
            sent.push_back({&s.sql, true, name});
        }
        const Bound bound(s.values);
        sendFailed = !pq->sendQueryPrepared(conn, name.toUtf8().constData(), bound.count(),
                                            bound.pointers.data(), bound.lengths.data(),
                                            bound.formats.data(), 0);
        if (sendFailed)
            break;
        sent.push_back({&s.sql, false, {}});
    }
    // The results are a few short messages, so the server never waits for this side to read
    // while this side still sends (what could deadlock a blocking connection in pipeline mode).
    if (!pq->pipelineSync(conn))
        lost();

    // Each command's results end with a null; after an error the server skips the rest (each
    // reports PGRES_PIPELINE_ABORTED) up to the sync.
    QString failedState, failedMessage;
    const QString *failedSql = nullptr;
    for (const Command &c : sent) {
        while (PGresult *r = pq->getResult(conn)) {
            const ExecStatusType status = pq->resultStatus(r);
            if (status == PGRES_FATAL_ERROR && !failedSql) {
                failedSql = c.sql;
                failedState = QString::fromLatin1(pq->resultErrorField(r, PG_DIAG_SQLSTATE));
                failedMessage = QString::fromUtf8(pq->resultErrorField(r, PG_DIAG_MESSAGE_PRIMARY));
            } else if (status == PGRES_COMMAND_OK && c.prepare) {
                m_named.emplace(*c.sql, c.name);
            }
            pq->clear(r);
        }
        if (pq->status(conn) == CONNECTION_BAD)
            lost();
    }
    PGresult *sync = pq->getResult(conn);
    const bool synced = sync && pq->resultStatus(sync) == PGRES_PIPELINE_SYNC;
    if (sync)
        pq->clear(sync);
    if (!synced || !pq->exitPipelineMode(conn))
        lost();
    if (failedSql)
        fail(QSqlError(QString(), failedMessage, QSqlError::StatementError, failedState),
             failedSql->simplified().left(80));
    if (sendFailed)
        lost();
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
            m_later.push_back({QStringLiteral("COMMIT"), {}});
            sendLater();
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
