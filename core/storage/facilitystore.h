#pragma once

#include "domain/facility.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace tillsyn::storage {

class Database;

struct ImportCounts
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
};

class FacilityStore
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::storage::FacilityStore)

public:
    explicit FacilityStore(Database &db)
        : m_db(db)
    {}

    // Adds or updates by id, all in one transaction.
    ImportCounts upsert(const std::vector<domain::Facility> &facilities);
    std::optional<domain::Facility> find(const QString &id);
    // Deactivates every active facility not among these (hidden, not deleted: visits refer to
    // them); returns how many. Callers hold the transaction.
    int deactivateAllBut(const std::vector<domain::Facility> &kept);

    // Full-text search over name, operator, org. number, address and city; every word of `text`
    // must match as a prefix. An empty text lists everything. Ordered by name.
    std::vector<domain::Facility> search(const QString &text, int offset = 0, int limit = 200,
                                         bool includeInactive = false);
    int count(const QString &text, bool includeInactive = false);

    // The FTS5 MATCH expression for what a user typed (quoted prefix terms); empty if nothing
    // searchable was typed.
    static QString matchExpression(const QString &text);
    // The words of what a user typed, each to match as a prefix (the same for both backends).
    static QStringList searchWords(const QString &text);

private:
    struct StoredFacility
    {
        domain::Facility facility;
        qint64 sortKey = 0; // see FacilitySearchIndex
    };
    std::optional<StoredFacility> stored(const QString &id);

    Database &m_db;
};

} // namespace tillsyn::storage
