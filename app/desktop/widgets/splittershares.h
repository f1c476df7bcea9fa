#pragma once

#include <QList>
#include <QObject>

class QSplitter;

namespace tillsyn::desktop {

// Gives a splitter's panes shares of the width it first gets (3 : 7, say). QSplitter::setSizes
// before the splitter is laid out is clamped to each pane's minimum size and the rest goes by
// size hints, so a pane with a wide form took nearly everything at 1366×768.
class SplitterShares : public QObject
{
    Q_OBJECT

public:
    // Once, when the splitter is first resized to a real width; after that the user's sizes hold.
    static void apply(QSplitter *splitter, QList<int> shares);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SplitterShares(QSplitter *splitter, QList<int> shares);
    QList<int> m_shares;
};

} // namespace tillsyn::desktop
