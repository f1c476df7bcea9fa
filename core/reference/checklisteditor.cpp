#include "checklisteditor.h"

#include "domain/controlarea.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "util/error.h"
#include "json/objectreader.h"

#include <set>

namespace tillsyn::reference {

using domain::Checklist;
using storage::ChecklistStore;

void ChecklistEditor::validate(const Checklist &c)
{
    if (!json::ObjectReader::isValidId(c.id))
        throw Error(tr("The checklist id \"%1\" must be 1 to 128 characters of A-Z, a-z, 0-9, "
                       "'.', '_' or '-'.")
                        .arg(c.id));
    if (c.title.trimmed().isEmpty())
        throw Error(tr("The checklist needs a title."));
    std::set<QString> ids;
    for (const auto &s : c.sections) {
        if (s.title.trimmed().isEmpty())
            throw Error(tr("Every section needs a title."));
        for (const auto &i : s.items) {
            if (!json::ObjectReader::isValidId(i.id))
                throw Error(tr("The item id \"%1\" must be 1 to 128 characters of A-Z, a-z, 0-9, "
                               "'.', '_' or '-'.")
                                .arg(i.id));
            if (!ids.insert(i.id).second)
                throw Error(tr("The item id \"%1\" is used twice.").arg(i.id));
            if (i.text.trimmed().isEmpty())
                throw Error(tr("The item %1 has no text.").arg(i.id));
            if (!i.controlArea.isEmpty() && !domain::ControlAreas::isValidCode(i.controlArea))
                throw Error(tr("The item %1 has the control area \"%2\"; it must be a capital "
                               "letter and two digits, like J08.")
                                .arg(i.id, i.controlArea));
        }
    }
}

Checklist ChecklistEditor::newestVersion(ChecklistStore &store, const QString &id)
{
    const std::optional<Checklist> newest = store.latest(id, true);
    if (!newest)
        throw Error(tr("Unknown checklist \"%1\".").arg(id));
    return *newest;
}

Checklist ChecklistEditor::create(const QString &id, const QString &title, domain::Area area)
{
    Checklist c{id, 1, title, area, {}, {{tr("Section 1"), {}}}};
    validate(c);
    storage::Transaction tx(m_db);
    ChecklistStore store(m_db);
    if (store.status(id, 1))
        throw Error(tr("A checklist with the id \"%1\" already exists.").arg(id));
    store.insert(c, ChecklistStore::Status::Draft);
    tx.commit();
    return c;
}

Checklist ChecklistEditor::edit(const QString &id)
{
    storage::Transaction tx(m_db);
    ChecklistStore store(m_db);
    const Checklist newest = newestVersion(store, id);
    if (store.status(id, newest.version) == ChecklistStore::Status::Draft)
        return newest;
    Checklist next = newest;
    next.version = newest.version + 1;
    store.insert(next, ChecklistStore::Status::Draft);
    tx.commit();
    return next;
}

void ChecklistEditor::save(const Checklist &draft)
{
    validate(draft);
    storage::Transaction tx(m_db);
    ChecklistStore store(m_db);
    const auto status = store.status(draft.id, draft.version);
    if (!status)
        throw Error(tr("Unknown checklist \"%1\" version %2.").arg(draft.id).arg(draft.version));
    if (*status == ChecklistStore::Status::Published)
        throw Error(tr("Checklist \"%1\" version %2 is published and never changes; edit it to "
                       "make version %3.")
                        .arg(draft.id)
                        .arg(draft.version)
                        .arg(draft.version + 1));
    store.remove(draft.id, draft.version);
    store.insert(draft, ChecklistStore::Status::Draft);
    tx.commit();
}

void ChecklistEditor::publish(const QString &id, int version, const QDateTime &at)
{
    storage::Transaction tx(m_db);
    ChecklistStore store(m_db);
    const auto status = store.status(id, version);
    if (!status)
        throw Error(tr("Unknown checklist \"%1\" version %2.").arg(id).arg(version));
    if (*status == ChecklistStore::Status::Published)
        throw Error(tr("Checklist \"%1\" version %2 is already published.").arg(id).arg(version));
    const Checklist c = *store.find(id, version);
    validate(c);
    if (c.itemCount() == 0)
        throw Error(tr("Checklist \"%1\" has no items: add some before publishing.").arg(id));
    store.markPublished(id, version, at);
    tx.commit();
}

void ChecklistEditor::deleteDraft(const QString &id, int version)
{
    storage::Transaction tx(m_db);
    ChecklistStore store(m_db);
    if (store.status(id, version) != ChecklistStore::Status::Draft)
        throw Error(tr("Only a draft can be deleted; checklist \"%1\" version %2 is not one.")
                        .arg(id)
                        .arg(version));
    store.remove(id, version);
    tx.commit();
}

Checklist ChecklistEditor::duplicate(const QString &id, const QString &newId,
                                     const QString &newTitle)
{
    storage::Transaction tx(m_db);
    ChecklistStore store(m_db);
    const Checklist newest = newestVersion(store, id);
    Checklist copy = newest;
    copy.id = newId;
    copy.version = 1;
    copy.title = newTitle;
    validate(copy);
    if (store.status(newId, 1))
        throw Error(tr("A checklist with the id \"%1\" already exists.").arg(newId));
    store.insert(copy, ChecklistStore::Status::Draft);
    tx.commit();
    return copy;
}

} // namespace tillsyn::reference
