#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <utility>
#include <vector>

namespace tillsyn::storage {

class PostgresConnection;

// The office schema on PostgreSQL, written for PostgreSQL (its types, a tsvector for facility
// search, indexes for the statistics' GROUP BY) rather than translated from SQLite's steps. Its
// own version numbers: each applied step is a row of tillsyn_schema. All pending steps run in
// one transaction holding an exclusive lock on that table, so two programs starting at once
// migrate once. A database whose version is newer than this build's, or one holding tables of
// another program, is refused untouched. Such a database is always an office's (role = office).
class PostgresMigrations
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::storage::PostgresMigrations)

public:
    struct Step
    {
        int version;
        QStringList statements;
    };
    static const std::vector<Step> &steps();
    static int latestVersion();
    // The version the database is at (0: no Tillsyn schema yet).
    static int version(PostgresConnection &db);
    // Brings the database up to `target` (default: the latest).
    static void migrate(PostgresConnection &db, int target = -1);
    // Counts office_item_count anew from the visits and answers (the migration that made it
    // does; so may a program that filled those tables by other means, e.g. the benchmark).
    static void rebuildItemCounts(PostgresConnection &db);
    // Counts office_item_count of `office` anew (a session that sees that office's rows).
    static void recountOffice(PostgresConnection &db, const QString &office);
    // The tables whose rows are an office's (step 7: a column `office`, row-level security):
    // what a pool's office role is granted.
    static const QStringList &officeTableNames();
    // The office tables whose keys hold ids, each with its key's columns but the office (step 7
    // put the office last in each).
    static const std::vector<std::pair<QString, QString>> &officeKeys();
};

} // namespace tillsyn::storage
