#include "checklisteditor.h"

#include "domain/controlarea.h"
#include "storage/officerepository.h"
#include "util/error.h"
#include "json/objectreader.h"

#include <set>

namespace tillsyn::reference {

using domain::Checklist;
using Status = storage::OfficeRepository::ChecklistStatus;

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

Checklist ChecklistEditor::newestVersion(const QString &id)
{
    std::optional<Checklist> newest;
    for (Checklist &c : m_office.allChecklists())
        if (c.id == id && (!newest || c.version > newest->version))
            newest = std::move(c);
    if (!newest)
        throw Error(tr("Unknown checklist \"%1\".").arg(id));
    return *newest;
}

// Each operation is one unit of work, which a server may run again: it only reads and writes
// through the repository and recomputes what it returns.
Checklist ChecklistEditor::create(const QString &id, const QString &title, domain::Area area)
{
    Checklist c{id, 1, title, area, {}, {{tr("Section 1"), {}}}};
    validate(c);
    m_office.inTransaction([&] {
        if (m_office.checklistStatus(id, 1))
            throw Error(tr("A checklist with the id \"%1\" already exists.").arg(id));
        m_office.insertChecklist(c, Status::Draft);
    });
    return c;
}

Checklist ChecklistEditor::edit(const QString &id)
{
    Checklist out;
    m_office.inTransaction([&] {
        const Checklist newest = newestVersion(id);
        if (m_office.checklistStatus(id, newest.version) == Status::Draft) {
            out = newest;
            return;
        }
        out = newest;
        out.version = newest.version + 1;
        m_office.insertChecklist(out, Status::Draft);
    });
    return out;
}

void ChecklistEditor::save(const Checklist &draft)
{
    validate(draft);
    m_office.inTransaction([&] {
        const auto status = m_office.checklistStatus(draft.id, draft.version);
        if (!status)
            throw Error(
                tr("Unknown checklist \"%1\" version %2.").arg(draft.id).arg(draft.version));
        if (*status == Status::Published)
            throw Error(tr("Checklist \"%1\" version %2 is published and never changes; edit it "
                           "to make version %3.")
                            .arg(draft.id)
                            .arg(draft.version)
                            .arg(draft.version + 1));
        m_office.removeChecklist(draft.id, draft.version);
        m_office.insertChecklist(draft, Status::Draft);
    });
}

void ChecklistEditor::publish(const QString &id, int version, const QDateTime &at)
{
    m_office.inTransaction([&] {
        const auto status = m_office.checklistStatus(id, version);
        if (!status)
            throw Error(tr("Unknown checklist \"%1\" version %2.").arg(id).arg(version));
        if (*status == Status::Published)
            throw Error(
                tr("Checklist \"%1\" version %2 is already published.").arg(id).arg(version));
        const Checklist c = *m_office.checklist(id, version);
        validate(c);
        if (c.itemCount() == 0)
            throw Error(tr("Checklist \"%1\" has no items: add some before publishing.").arg(id));
        m_office.markChecklistPublished(id, version, at);
    });
}

void ChecklistEditor::deleteDraft(const QString &id, int version)
{
    m_office.inTransaction([&] {
        if (m_office.checklistStatus(id, version) != Status::Draft)
            throw Error(tr("Only a draft can be deleted; checklist \"%1\" version %2 is not one.")
                            .arg(id)
                            .arg(version));
        m_office.removeChecklist(id, version);
    });
}

Checklist ChecklistEditor::duplicate(const QString &id, const QString &newId,
                                     const QString &newTitle)
{
    Checklist copy;
    m_office.inTransaction([&] {
        copy = newestVersion(id);
        copy.id = newId;
        copy.version = 1;
        copy.title = newTitle;
        validate(copy);
        if (m_office.checklistStatus(newId, 1))
            throw Error(tr("A checklist with the id \"%1\" already exists.").arg(newId));
        m_office.insertChecklist(copy, Status::Draft);
    });
    return copy;
}

} // namespace tillsyn::reference
