#pragma once

#include "domain/checklist.h"

#include <QCoreApplication>
#include <QStringList>

namespace tillsyn::reference {

// What changed between two versions of a checklist, by item id: items added, removed, and
// reworded (the wording, guidance or legal reference changed).
struct ChecklistDiff
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::reference::ChecklistDiff)

public:
    struct Change
    {
        QString itemId;
        QString before; // empty for an added item
        QString after;  // empty for a removed item
        QString what;   // for a reworded item: which fields changed
    };

    std::vector<Change> added;
    std::vector<Change> removed;
    std::vector<Change> reworded;

    static ChecklistDiff compare(const domain::Checklist &from, const domain::Checklist &to);
    bool isEmpty() const { return added.empty() && removed.empty() && reworded.empty(); }
    // A few lines for people.
    QStringList describe() const;
};

} // namespace tillsyn::reference
