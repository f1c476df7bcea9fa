#pragma once

#include <QString>

#include <libpq-fe.h>

class QSqlDatabase;

namespace tillsyn::storage {

// The few libpq functions a connection uses beside Qt's driver (PostgresConnection::pipeline()),
// taken from the libpq that driver has loaded. Qt's QPSQL is a plugin, loaded only when a program
// opens a PostgreSQL database; linking libpq into core instead would load it, and the dozen
// libraries it needs (Kerberos, LDAP, TLS), into every start of every program, most of which
// never speak to a server.
struct LibPq
{
    decltype(&::PQenterPipelineMode) enterPipelineMode;
    decltype(&::PQexitPipelineMode) exitPipelineMode;
    decltype(&::PQpipelineSync) pipelineSync;
    decltype(&::PQsendPrepare) sendPrepare;
    decltype(&::PQsendQueryPrepared) sendQueryPrepared;
    decltype(&::PQsendQueryParams) sendQueryParams;
    decltype(&::PQgetResult) getResult;
    decltype(&::PQresultStatus) resultStatus;
    decltype(&::PQresultErrorField) resultErrorField;
    decltype(&::PQclear) clear;
    decltype(&::PQntuples) ntuples;
    decltype(&::PQgetisnull) getisnull;
    decltype(&::PQgetvalue) getvalue;
    decltype(&::PQgetlength) getlength;
    decltype(&::PQstatus) status;
    decltype(&::PQerrorMessage) errorMessage;

    // Resolved once per process; nullptr, with the reason in `why`, when libpq cannot be loaded
    // or lacks pipeline mode (before PostgreSQL 14's libpq).
    static const LibPq *get(QString *why);
    // The connection under a QPSQL database, or nullptr when it is not one (or not open).
    static PGconn *connectionOf(const QSqlDatabase &db);
};

} // namespace tillsyn::storage
