#pragma once

#include "domain/visit.h"

#include <QString>

#include <optional>

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::test {

// The current revision of a merged visit of a SQLite office database, parsed.
std::optional<domain::Visit> currentVisit(storage::Database &db, const QString &visitId);

} // namespace tillsyn::test
