#pragma once

#include "domain/followup.h"

#include <optional>
#include <vector>

namespace tillsyn::storage {

class Database;

// The office's closures of deviations by hand. Standard SQL only (it runs on SQLite and
// PostgreSQL alike), so it can move behind the office database interface as it is. Callers hold
// the transaction; whether a deviation may be closed is decided in merge/.
class DeviationClosureStore
{
public:
    explicit DeviationClosureStore(Database &db)
        : m_db(db)
    {}

    void add(const domain::DeviationClosure &closure);
    std::optional<domain::DeviationClosure> find(const QString &visitId, const QString &itemId);
    std::vector<domain::DeviationClosure> all();

private:
    Database &m_db;
};

} // namespace tillsyn::storage
