#include "answertally.h"

namespace tillsyn::stats {

int AnswerTally::groupOf(Layout &layout, const QString &visitKey, size_t place,
                         QByteArrayView itemId)
{
    if (place < layout.previous.size() && layout.previous[place].first == itemId)
        return layout.previous[place].second;
    const QByteArray id = itemId.toByteArray();
    auto it = layout.byItem.constFind(id);
    if (it == layout.byItem.constEnd()) {
        it = layout.byItem.insert(id, int(m_groups.size()));
        m_groups.push_back({visitKey, QString::fromLatin1(id), {}});
    }
    if (place >= layout.previous.size())
        layout.previous.resize(place + 1);
    layout.previous[place] = {id, *it};
    return *it;
}

void AnswerTally::add(const QString &visitKey, const std::vector<ScannedAnswer> &answers)
{
    Layout &layout = m_layouts[visitKey];
    for (size_t i = 0; i < answers.size(); ++i) {
        Group &g = m_groups[size_t(groupOf(layout, visitKey, i, answers[i].itemId))];
        ++g.counts.visits;
        g.counts.add(answers[i].result);
    }
}

} // namespace tillsyn::stats
