#pragma once

#include "domain/checklist.h"

#include <QCoreApplication>
#include <QDateTime>

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
    // The newest published version: what new visits use. With drafts: the newest of any status.
    std::optional<domain::Checklist> latest(const QString &id, bool includeDrafts = false);
    // The newest published version of every checklist, ordered by title.
    std::vector<domain::Checklist> latestVersions();
    // Every version (drafts too) of every checklist: what the office's editor lists.
    std::vector<domain::Checklist> allVersions();
    // Every published version of every checklist: what the field may use. Ordered as allVersions.
    std::vector<domain::Checklist> publishedVersions();

    enum class Status { Draft, Published };
    std::optional<Status> status(const QString &id, int version);
    // Stores a version; callers hold the transaction and have checked the rules.
    void insert(const domain::Checklist &checklist, Status status = Status::Published);
    void remove(const QString &id, int version);
    // Writes the classification members of a stored version (domain::fillClassification).
    void updateClassification(const domain::Checklist &checklist);
    void markPublished(const QString &id, int version, const QDateTime &at);

private:
    std::vector<domain::Checklist> versions(const QString &where);

    Database &m_db;
};

} // namespace tillsyn::storage
