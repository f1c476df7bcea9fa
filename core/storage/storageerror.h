#pragma once

#include "util/error.h"

namespace tillsyn::storage {

// A database operation failed. The kind tells callers what they may do about it without
// knowing the backend: Busy (another writer held the lock past the timeout; try later),
// Constraint (a row broke a unique or foreign key rule), Serialization (PostgreSQL aborted a
// transaction that raced another; the unit of work is retried by the repository itself),
// Connection (the server is gone or refused us), Other (anything else, e.g. a damaged file).
// The message is translated and names the database, as every tillsyn::Error's.
class StorageError : public Error
{
public:
    enum class Kind { Busy, Constraint, Serialization, Connection, Other };

    StorageError(Kind kind, QString message)
        : Error(std::move(message))
        , m_kind(kind)
    {}

    Kind kind() const { return m_kind; }

    // SQLite's (extended) result code, as QSqlError::nativeErrorCode() gives it.
    static Kind kindOfSqlite(int code)
    {
        switch (code & 0xff) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return Kind::Busy;
        case 19: // SQLITE_CONSTRAINT
            return Kind::Constraint;
        case 14: // SQLITE_CANTOPEN
            return Kind::Connection;
        default:
            return Kind::Other;
        }
    }

    // PostgreSQL's SQLSTATE (five characters).
    static Kind kindOfSqlState(const QString &state)
    {
        if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
            return Kind::Serialization;
        if (state.startsWith(QLatin1String("23")))
            return Kind::Constraint;
        if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01"))
            return Kind::Connection;
        if (state == QLatin1String("55P03")) // lock_not_available
            return Kind::Busy;
        return Kind::Other;
    }

private:
    Kind m_kind;
};

} // namespace tillsyn::storage
