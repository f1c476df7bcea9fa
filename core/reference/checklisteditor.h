#pragma once

#include "domain/checklist.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tillsyn::storage {
class OfficeRepository;
} // namespace tillsyn::storage

namespace tillsyn::reference {

// The office's rules for changing checklists: a published version never changes; editing a
// published checklist makes the next version as a draft; publishing freezes a draft; only
// drafts can be deleted. Each call is one unit of work of the office database (a file or a
// server); failures throw tillsyn::Error.
class ChecklistEditor
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::reference::ChecklistEditor)

public:
    explicit ChecklistEditor(storage::OfficeRepository &office)
        : m_office(office)
    {}

    // A new checklist, version 1, as a draft with one empty section.
    domain::Checklist create(const QString &id, const QString &title, domain::Area area);
    // The draft to edit for a checklist: its existing draft, or a new next version copied from
    // the newest published one.
    domain::Checklist edit(const QString &id);
    // Replaces a draft's content (same id and version); refused for a published version.
    void save(const domain::Checklist &draft);
    void publish(const QString &id, int version,
                 const QDateTime &at = QDateTime::currentDateTimeUtc());
    void deleteDraft(const QString &id, int version);
    // A copy of a checklist's newest version under a new id, as a draft version 1.
    domain::Checklist duplicate(const QString &id, const QString &newId, const QString &newTitle);

private:
    void validate(const domain::Checklist &checklist);
    // The newest version of a checklist, draft or published; throws for an unknown id.
    domain::Checklist newestVersion(const QString &id);
    storage::OfficeRepository &m_office;
};

} // namespace tillsyn::reference
