#include "postgreslibpq.h"

#include <QLibrary>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

namespace tillsyn::storage {

namespace {

struct Loaded
{
    LibPq functions{};
    QString error; // empty: every function was found
};

Loaded load()
{
    Loaded out;
    // The soname Qt's driver was linked against: the library already in the process when a
    // QPSQL connection is open, so this finds it rather than loading a second one.
    QLibrary library(QStringLiteral("pq"), 5);
    if (!library.load()) {
        out.error = library.errorString();
        return out;
    }
    const auto resolve = [&](auto &function, const char *name) {
        function =
            reinterpret_cast<std::remove_reference_t<decltype(function)>>(library.resolve(name));
        if (!function && out.error.isEmpty())
            out.error = QStringLiteral("libpq has no %1 (libpq 14 or newer is needed)")
                            .arg(QLatin1String(name));
    };
    LibPq &f = out.functions;
    resolve(f.enterPipelineMode, "PQenterPipelineMode");
    resolve(f.exitPipelineMode, "PQexitPipelineMode");
    resolve(f.pipelineSync, "PQpipelineSync");
    resolve(f.sendPrepare, "PQsendPrepare");
    resolve(f.sendQueryPrepared, "PQsendQueryPrepared");
    resolve(f.sendQueryParams, "PQsendQueryParams");
    resolve(f.getResult, "PQgetResult");
    resolve(f.resultStatus, "PQresultStatus");
    resolve(f.resultErrorField, "PQresultErrorField");
    resolve(f.clear, "PQclear");
    resolve(f.ntuples, "PQntuples");
    resolve(f.getisnull, "PQgetisnull");
    resolve(f.getvalue, "PQgetvalue");
    resolve(f.getlength, "PQgetlength");
    resolve(f.status, "PQstatus");
    resolve(f.errorMessage, "PQerrorMessage");
    // Never unloaded: QLibrary's destructor leaves the library loaded, and Qt's driver holds it
    // anyway.
    return out;
}

} // namespace

const LibPq *LibPq::get(QString *why)
{
    static const Loaded loaded = load(); // thread-safe, once
    if (!loaded.error.isEmpty()) {
        if (why)
            *why = loaded.error;
        return nullptr;
    }
    return &loaded.functions;
}

PGconn *LibPq::connectionOf(const QSqlDatabase &db)
{
    // Qt's documented way to the native handle (QSqlDriver::handle()). Qt 6 names the type as
    // the compiler spells it (PGconn is a typedef of struct pg_conn); Qt 5 named it PGconn*.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace tillsyn::storage
