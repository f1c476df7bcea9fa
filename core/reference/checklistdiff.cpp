#include "checklistdiff.h"

#include <map>

namespace tillsyn::reference {

using domain::ChecklistItem;

ChecklistDiff ChecklistDiff::compare(const domain::Checklist &from, const domain::Checklist &to)
{
    std::map<QString, const ChecklistItem *> before;
    std::map<QString, const ChecklistItem *> after;
    for (const auto &s : from.sections)
        for (const auto &i : s.items)
            before[i.id] = &i;
    for (const auto &s : to.sections)
        for (const auto &i : s.items)
            after[i.id] = &i;
    ChecklistDiff diff;
    for (const auto &s : to.sections) {
        for (const auto &i : s.items) {
            const auto it = before.find(i.id);
            if (it == before.end()) {
                diff.added.push_back({i.id, {}, i.text, {}});
                continue;
            }
            QStringList what;
            if (it->second->text != i.text)
                what << tr("wording");
            if (it->second->guidance != i.guidance)
                what << tr("guidance");
            if (it->second->legalReference != i.legalReference)
                what << tr("legal reference");
            if (!what.isEmpty())
                diff.reworded.push_back(
                    {i.id, it->second->text, i.text, what.join(QStringLiteral(", "))});
        }
    }
    for (const auto &s : from.sections) {
        for (const auto &i : s.items) {
            if (!after.count(i.id))
                diff.removed.push_back({i.id, i.text, {}, {}});
        }
    }
    return diff;
}

QStringList ChecklistDiff::describe() const
{
    QStringList lines;
    for (const Change &c : added)
        lines << tr("Added %1: %2").arg(c.itemId, c.after);
    for (const Change &c : removed)
        lines << tr("Removed %1: %2").arg(c.itemId, c.before);
    for (const Change &c : reworded)
        lines << tr("Changed %1 (%2): %3").arg(c.itemId, c.what, c.after);
    if (lines.isEmpty())
        lines << tr("No item was added, removed or changed.");
    return lines;
}

} // namespace tillsyn::reference
