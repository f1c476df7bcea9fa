#pragma once

#include "storage/postgres/postgreslocator.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <map>
#include <memory>
#include <vector>

class QSqlError;
struct pg_result; // libpq's PGresult

namespace tillsyn::storage {

struct LibPq;

// One connection to an office database on a PostgreSQL server through Qt's QPSQL driver. The
// password is libpq's: it takes it from PGPASSWORD or ~/.pgpass (PGPASSFILE); only when it finds
// none there does the program's PostgresPasswordSource (the system keychain) give one, kept in
// memory. So it is in no command line, no locator and no message. Every failure throws StorageError
// with the kind its SQLSTATE says (40001/40P01 serialisation, 23xxx constraint, 08xxx connection),
// a translated message naming the database and the server.
//
// The session runs in UTC with ISO dates, so times read back are the times written.
class PostgresConnection
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::storage::PostgresConnection)

public:
    explicit PostgresConnection(const PostgresLocator &locator);
    ~PostgresConnection();
    PostgresConnection(const PostgresConnection &) = delete;
    PostgresConnection &operator=(const PostgresConnection &) = delete;

    const PostgresLocator &locator() const { return m_locator; }
    // The office of a county's pool this session acts for (tillsyn.office, which the schema's
    // row-level security reads); '' for none. Set when connecting from the locator's office.
    void setOffice(const QString &office);
    QSqlDatabase &connection() { return m_db; }

    QSqlQuery prepare(const QString &sql);
    void exec(QSqlQuery &query);
    void exec(const QString &sql);
    // Runs a statement with positional values and returns it positioned before the first row.
    QSqlQuery query(const QString &sql, const QVariantList &values = {});
    // The first column of the first row, or an invalid QVariant when there is no row.
    QVariant value(const QString &sql, const QVariantList &values = {});
    // For writes whose result nobody reads inside a unit of work (a merged file's revision and
    // visit rows): inside inTransaction() the statement waits and goes with the unit's next
    // statement or with its COMMIT, in the same round trip (pipeline()). Its error then comes
    // with that round trip, and the unit rolls back as for any error. Outside a unit it runs at
    // once.
    void later(const QString &sql, const QVariantList &values);

    // A statement with `?` placeholders and its values, for the forms that send several at once.
    struct Statement
    {
        QString sql;
        QVariantList values;
    };

    // The rows one statement of a round trip through libpq returned (rows(), inTransaction()'s
    // `begun`), in the server's text form: read by row and column.
    class Rows
    {
    public:
        int size() const;
        bool isNull(int row, int column) const;
        QString text(int row, int column) const;
        qint64 number(int row, int column) const;
        bool flag(int row, int column) const;

    private:
        friend class PostgresConnection;
        const LibPq *m_pq = nullptr;
        std::shared_ptr<pg_result> m_result; // none: the statement returned no rows
    };
    // A statement's rows, sent with the writes later() kept in one round trip.
    Rows rows(const QString &sql, const QVariantList &values = {});

    // Runs `work` in one transaction (READ COMMITTED; units that need more take their own locks),
    // committing when it returns. When the server aborts it for serialisation or a deadlock
    // (40001, 40P01) the whole unit runs again, up to a bound; other errors roll back and
    // propagate. Nested calls join the outer transaction.
    void inTransaction(const std::function<void()> &work);
    // The same, with `afterBegin` sent in BEGIN's round trip (each statement with a snapshot of
    // its own); `begun` reads their rows (one Rows a statement, in order), on each attempt.
    void inTransaction(const std::function<void()> &work, const std::vector<Statement> &afterBegin,
                       const std::function<void(const std::vector<Rows> &)> &begun);
    bool inTransaction() const { return m_depth > 0; }

    // Throws StorageError for a failed statement or connection: the kind from the SQLSTATE.
    [[noreturn]] void fail(const QSqlError &error, const QString &what) const;

    static constexpr int kMaxAttempts = 20;

private:
    // Sends the statements later() kept, before any other statement.
    void sendLater();
    // Runs `statements` in one round trip through libpq's pipeline mode, each prepared on the
    // server once per connection and executed with its values bound in the extended protocol:
    // text, except byte arrays, which go as they are (binary). A merged file (its bytes, its
    // answers) is then neither escaped here nor lexed by the server, as it would be written into
    // the SQL. Returns each statement's rows; throws for the first statement that failed (the
    // server skips the rest).
    std::vector<Rows> pipeline(const std::vector<Statement> &statements);

    PostgresLocator m_locator;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_depth = 0;
    // SQL → the name it is prepared under on the server (pipeline()).
    std::map<QString, QByteArray> m_named;
    int m_namedCount = 0;
    std::vector<Statement> m_later; // waiting for the next statement or COMMIT
};

} // namespace tillsyn::storage
