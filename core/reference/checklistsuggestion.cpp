#include "checklistsuggestion.h"

namespace tillsyn::reference {

int suggestChecklist(const std::vector<domain::Checklist> &checklists,
                     const domain::Facility &facility)
{
    const QString category = facility.category.trimmed();
    if (category.isEmpty())
        return -1;
    for (int i = 0; i < int(checklists.size()); ++i) {
        for (const QString &c : checklists[size_t(i)].categories) {
            if (c.trimmed().compare(category, Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

} // namespace tillsyn::reference
