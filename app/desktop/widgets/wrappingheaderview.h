#pragma once

#include <QHeaderView>

namespace tillsyn::desktop {

// A horizontal header whose long labels take two lines: "Andel avvikelser" or "Median dagar
// till åtgärd" on one line make a column of short figures as wide as the words, and a table of
// nine such columns scrolls sideways on a 1366 px screen. A section is as wide as the wider of
// its two lines (ResizeToContents), and the header as tall as two lines when a label wraps.
class WrappingHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit WrappingHeaderView(QWidget *parent = nullptr);
    // `text` broken at the space nearest its middle (unchanged when it has no space or is short).
    static QString wrapped(const QString &text);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override;
};

} // namespace tillsyn::desktop
