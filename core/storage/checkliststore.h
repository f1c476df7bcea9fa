#pragma once

#include "domain/checklist.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace tillsyn::storage {

class Database;
struct ImportCounts;

class ChecklistStore
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::storage::ChecklistStore)

public:
    explicit ChecklistStore(Database &db)
        : m_db(db)
    {}

    // Stores checklist versions in one transaction. A version that is already stored with the
    // same content is left as it is; with other content the whole import is refused, because a
    // published version never changes.
    ImportCounts import(const std::vector<domain::Checklist> &checklists, const QString &source);
    std::optional<domain::Checklist> find(const QString &id, int version);
    std::optional<domain::Checklist> latest(const QString &id);
    // The newest version of every checklist, ordered by title.
    std::vector<domain::Checklist> latestVersions();

private:
    void insert(const domain::Checklist &checklist);
    Database &m_db;
};

} // namespace tillsyn::storage
