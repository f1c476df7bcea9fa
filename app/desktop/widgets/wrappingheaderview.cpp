#include "wrappingheaderview.h"

#include <QStyleOptionHeader>

#include <algorithm>
#include <cstdlib>

namespace tillsyn::desktop {

WrappingHeaderView::WrappingHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    // The base class does not wrap; this only centres both lines.
    setDefaultAlignment(Qt::AlignCenter);
}

QString WrappingHeaderView::wrapped(const QString &text)
{
    // Labels of one or two short words stay on one line.
    if (text.size() < 12 || text.contains(u'\n'))
        return text;
    const qsizetype middle = text.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u' ' && (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
            best = i;
    }
    if (best < 0)
        return text;
    QString result = text;
    result[best] = u'\n';
    return result;
}

QSize WrappingHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    if (!model())
        return size;
    const QString text = model()->headerData(logicalIndex, orientation()).toString();
    const QString lines = wrapped(text);
    if (lines == text)
        return size;
    // The base size is one line of the whole label: replace that line by the wider of two.
    const QFontMetrics metrics(font());
    int widest = 0;
    for (const QString &line : lines.split(u'\n'))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    size.setWidth(size.width() - metrics.horizontalAdvance(text) + widest);
    size.setHeight(size.height() + metrics.lineSpacing());
    return size;
}

void WrappingHeaderView::initStyleOptionForIndex(QStyleOptionHeader *option,
                                                 int logicalIndex) const
{
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    option->text = wrapped(option->text);
}

} // namespace tillsyn::desktop
