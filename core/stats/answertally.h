#pragma once

#include "stats/counts.h"
#include "stats/visitscan.h"

#include <QHash>
#include <QString>

#include <utility>
#include <vector>

namespace tillsyn::stats {

// Tallies answers per (visit key, item id), where the visit key is whatever the caller groups
// visits by (the checklist id; the checklist id and version; …). Visits of one checklist version
// list the same items in the same order, so each answer is first compared with the answer at the
// same place in the previous visit of that key: the hash is only consulted when they differ.
class AnswerTally
{
public:
    struct Group
    {
        QString visitKey;
        QString itemId;
        Counts counts;    // visits = answers (one per visit)
        QString latestAt; // finished_at of the latest visit that answered the item
        QString latestVisitId;
    };

    void add(const QString &visitKey, const ScannedVisit &visit,
             const std::vector<ScannedAnswer> &answers);
    const std::vector<Group> &groups() const { return m_groups; }

private:
    struct Layout
    {
        QHash<QString, int> byItem;
        std::vector<std::pair<QString, int>> previous; // item id and group, by place
    };
    int groupOf(Layout &layout, const QString &visitKey, size_t place, QStringView itemId);

    QHash<QString, Layout> m_layouts;
    std::vector<Group> m_groups;
};

} // namespace tillsyn::stats
