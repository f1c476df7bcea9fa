#include "splittershares.h"

#include <QEvent>
#include <QSplitter>

#include <numeric>

namespace tillsyn::desktop {

SplitterShares::SplitterShares(QSplitter *splitter, QList<int> shares)
    : QObject(splitter)
    , m_shares(std::move(shares))
{
    splitter->installEventFilter(this);
}

void SplitterShares::apply(QSplitter *splitter, QList<int> shares)
{
    new SplitterShares(splitter, std::move(shares));
}

bool SplitterShares::eventFilter(QObject *watched, QEvent *event)
{
    auto *splitter = qobject_cast<QSplitter *>(watched);
    if (!splitter || event->type() != QEvent::Resize || !splitter->isVisible())
        return false;
    const int total = splitter->orientation() == Qt::Horizontal ? splitter->width()
                                                                : splitter->height();
    const int weights = std::accumulate(m_shares.begin(), m_shares.end(), 0);
    if (total <= 0 || weights <= 0)
        return false;
    QList<int> sizes;
    for (int share : std::as_const(m_shares))
        sizes << total * share / weights;
    splitter->setSizes(sizes);
    splitter->removeEventFilter(this);
    deleteLater();
    return false;
}

} // namespace tillsyn::desktop
