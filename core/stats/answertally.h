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
        Counts counts; // visits = answers (one per visit)
    };

    void add(const QString &visitKey, const std::vector<ScannedAnswer> &answers);
    const std::vector<Group> &groups() const { return m_groups; }

private:
    struct Layout
    {
        QHash<QByteArray, int> byItem;
        std::vector<std::pair<QByteArray, int>> previous; // item id and group, by place
    };
    int groupOf(Layout &layout, const QString &visitKey, size_t place, QByteArrayView itemId);

    QHash<QString, Layout> m_layouts;
    std::vector<Group> m_groups;
};

} // namespace tillsyn::stats
