#include "postgresconnection.h"

#include "storage/postgres/postgreslibpq.h"
#include "storage/postgres/postgrespasswords.h"
#include "storage/storageerror.h"

#include <QAtomicInt>
#include <QRandomGenerator>
#include <QSqlError>
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
    m_later.push_back({sql, values});
    if (m_depth == 0)
        sendLater(); // outside a unit: at once, on its own
}

void PostgresConnection::sendLater()
{
    if (m_later.empty())
        return;
    std::vector<Statement> statements;
    statements.swap(m_later);
    pipeline(statements);
}

PostgresConnection::Rows PostgresConnection::rows(const QString &sql, const QVariantList &values)
{
    std::vector<Statement> statements;
    statements.swap(m_later);
    statements.push_back({sql, values});
    return pipeline(statements).back();
}

int PostgresConnection::Rows::size() const
{
    return m_result ? m_pq->ntuples(m_result.get()) : 0;
}

bool PostgresConnection::Rows::isNull(int row, int column) const
{
    return m_pq->getisnull(m_result.get(), row, column) != 0;
}

QString PostgresConnection::Rows::text(int row, int column) const
{
    return QString::fromUtf8(m_pq->getvalue(m_result.get(), row, column),
                             m_pq->getlength(m_result.get(), row, column));
}

qint64 PostgresConnection::Rows::number(int row, int column) const
{
    return QByteArray::fromRawData(m_pq->getvalue(m_result.get(), row, column),
                                   m_pq->getlength(m_result.get(), row, column))
        .toLongLong();
}

bool PostgresConnection::Rows::flag(int row, int column) const
{
    return *m_pq->getvalue(m_result.get(), row, column) == 't';
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

std::vector<PostgresConnection::Rows>
PostgresConnection::pipeline(const std::vector<Statement> &statements)
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

    // Each command sent: a statement run (its index), or the PREPARE of one new to this
    // connection (named in m_named once it succeeded).
    struct Command
    {
        const QString *sql;
        int statement; // -1: a PREPARE
        QByteArray name;
    };
    std::vector<Command> sent;
    std::map<QString, QByteArray> preparing; // SQL → name, prepared in this round trip
    bool sendFailed = false;
    for (int i = 0; i < int(statements.size()); ++i) {
        const Statement &s = statements[size_t(i)];
        if (s.values.isEmpty()) { // COMMIT, say: nothing to prepare
            sendFailed = !pq->sendQueryParams(conn, s.sql.toUtf8().constData(), 0, nullptr, nullptr,
                                              nullptr, nullptr, 0);
            if (sendFailed)
                break;
            sent.push_back({&s.sql, i, {}});
            continue;
        }
        QByteArray name;
        if (const auto it = m_named.find(s.sql); it != m_named.end()) {
            name = it->second;
        } else if (const auto p = preparing.find(s.sql); p != preparing.end()) {
            name = p->second;
        } else {
            name = "tillsyn_stmt_" + QByteArray::number(++m_namedCount);
            sendFailed = !pq->sendPrepare(conn, name.constData(),
                                          numbered(s.sql).toUtf8().constData(), 0, nullptr);
            if (sendFailed)
                break;
            preparing.emplace(s.sql, name);
            sent.push_back({&s.sql, -1, name});
        }
        const Bound bound(s.values);
        sendFailed =
            !pq->sendQueryPrepared(conn, name.constData(), bound.count(), bound.pointers.data(),
                                   bound.lengths.data(), bound.formats.data(), 0);
        if (sendFailed)
            break;
        sent.push_back({&s.sql, i, {}});
    }
    // A blocking connection in pipeline mode could deadlock if the server, its socket full of
    // rows, waited for this side to read while this side waited to send. Here a round trip's
    // statements that return rows come last (the history after the lock, rows() after the kept
    // writes), so what the server sends before all is sent is a few short replies; and libpq
    // takes in what arrives while it waits to send.
    if (!pq->pipelineSync(conn))
        lost();

    // Each command's results end with a null; after an error the server skips the rest (each
    // reports PGRES_PIPELINE_ABORTED) up to the sync.
    std::vector<Rows> out(statements.size());
    QString failedState, failedMessage;
    const QString *failedSql = nullptr;
    for (const Command &c : sent) {
        while (PGresult *r = pq->getResult(conn)) {
            const ExecStatusType status = pq->resultStatus(r);
            if (status == PGRES_TUPLES_OK && c.statement >= 0) {
                Rows &rows = out[size_t(c.statement)];
                rows.m_pq = pq;
                rows.m_result.reset(r, pq->clear);
                continue; // kept
            }
            if (status == PGRES_FATAL_ERROR && !failedSql) {
                failedSql = c.sql;
                failedState = QString::fromLatin1(pq->resultErrorField(r, PG_DIAG_SQLSTATE));
                failedMessage = QString::fromUtf8(pq->resultErrorField(r, PG_DIAG_MESSAGE_PRIMARY));
            } else if (status == PGRES_COMMAND_OK && c.statement < 0) {
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
    return out;
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
                                       const std::function<void(const std::vector<Rows> &)> &begun)
{
    if (m_depth > 0) {
        work();
        return;
    }
    for (int attempt = 1;; ++attempt) {
        try {
            // BEGIN and what follows it in one round trip, each statement run in turn with a
            // snapshot of its own.
            std::vector<Statement> statements{{QStringLiteral("BEGIN"), {}}};
            statements.insert(statements.end(), afterBegin.begin(), afterBegin.end());
            std::vector<Rows> rows = pipeline(statements); // on failure, rolled back below
            m_depth = 1;
            if (begun)
                begun({rows.begin() + 1, rows.end()});
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
