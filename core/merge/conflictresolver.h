#pragma once

#include <QCoreApplication>
#include <QDateTime>

namespace tillsyn::storage {
class OfficeRepository;
}

namespace tillsyn::merge {

// A person's choice of the revision that stands in a conflict (formats.md): revisions that are
// not the chosen one or one of its bases (following baseRevision down) are set aside — kept,
// shown as set aside, no longer part of the conflict rules. The resolution is recorded.
class ConflictResolver
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::merge::ConflictResolver)

public:
    explicit ConflictResolver(storage::OfficeRepository &repository)
        : m_repo(repository)
    {}

    // `content` picks among several contents claiming the revision: a content hash (or its
    // start) or a file name; may be empty when only one content has that number.
    void resolve(const QString &visitId, int revision, const QString &content,
                 const QString &reason, const QString &resolvedBy,
                 const QDateTime &at = QDateTime::currentDateTimeUtc());

private:
    void choose(const QString &visitId, int revision, const QString &content,
                const QString &reason, const QString &resolvedBy, const QDateTime &at);

    storage::OfficeRepository &m_repo;
};

} // namespace tillsyn::merge
