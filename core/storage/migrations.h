#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tillsyn::storage {

class Database;

// The schema's history: ordered forward steps, each bringing the database to its version.
// PRAGMA user_version holds the version reached. All pending steps run in one transaction.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::storage::Migrations)

public:
    static int latestVersion();
    // Brings the database from its version up to `target` (default: the latest).
    static void migrate(Database &db, int target = -1);

    struct Step
    {
        int version;
        QStringList statements;
    };
    static const std::vector<Step> &steps();
};

} // namespace tillsyn::storage
