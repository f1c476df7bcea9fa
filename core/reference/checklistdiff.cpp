#include "checklistdiff.h"

namespace tillsyn::reference {

using domain::ChecklistItem;

ChecklistDiff ChecklistDiff::compare(const domain::Checklist &from, const domain::Checklist &to)
{
    ChecklistDiff diff;
    for (const auto &s : to.sections) {
        for (const auto &i : s.items) {
            const ChecklistItem *old = from.findItem(i.id);
            if (!old) {
                diff.added.push_back({i.id, {}, i.text, {}});
                continue;
            }
            QStringList what;
            if (old->text != i.text)
                what << tr("wording");
            if (old->guidance != i.guidance)
                what << tr("guidance");
            if (old->legalReference != i.legalReference)
                what << tr("legal reference");
            if (old->controlArea != i.controlArea)
                what << tr("control area");
            if (!what.isEmpty())
                diff.reworded.push_back({i.id, old->text, i.text, what.join(QStringLiteral(", "))});
        }
    }
    for (const auto &s : from.sections) {
        for (const auto &i : s.items) {
            if (!to.findItem(i.id))
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
