#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tillsyn::storage {

class Database;

// The full-text index of the facility register, kept in name order. Each facility has a
// sort_key, increasing with (name COLLATE NOCASE, id), and its FTS5 row has that key as rowid:
// FTS5 returns matches in rowid order, so a search stops after the first page of matches in
// name order instead of sorting every match (a prefix may match 10,000 of 100,000 facilities).
// Keys are spaced apart, so a new or renamed facility takes a key between its neighbours; when
// there is no room left, or for a large import, the keys are renumbered and the index rebuilt.
class FacilitySearchIndex
{
public:
    explicit FacilitySearchIndex(Database &db)
        : m_db(db)
    {}

    // A key between the neighbours (name, id) would have; std::nullopt when there is no room.
    std::optional<qint64> keyFor(const QString &name, const QString &id);
    // A key after every other, for a row the next rebuild() puts in its place.
    qint64 provisionalKey();
    // Drops the index (its triggers and table): for a large import, rebuilt once at the end.
    void suspend();
    // Renumbers every key in name order and builds the index anew.
    void rebuild();

    // The statements of rebuild() (migrations use them too).
    static QStringList rebuildStatements();

private:
    qint64 neighbour(const QString &name, const QString &id, bool before);

    Database &m_db;
};

} // namespace tillsyn::storage
