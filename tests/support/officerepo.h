#pragma once

#include "domain/visit.h"

#include <QString>

#include <optional>

namespace tillsyn::storage {
class Database;
class OfficeRepository;
} // namespace tillsyn::storage

namespace tillsyn::test {

// The current revision of a merged visit of a SQLite office database, parsed.
std::optional<domain::Visit> currentVisit(storage::Database &db, const QString &visitId);
// The same of an office database on either backend.
std::optional<domain::Visit> currentVisit(storage::OfficeRepository &office,
                                          const QString &visitId);

} // namespace tillsyn::test
