#include "statisticsreport.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace tillsyn::desktop {

namespace {

// Points: the writer's resolution is 72 dpi, so a font's point size is its size on paper.
constexpr int kResolution = 72;
constexpr qreal kGap = 6;

class Pages
{
public:
    Pages(QPdfWriter &writer, QPainter &painter)
        : m_writer(writer)
        , m_painter(painter)
        , m_area(writer.pageLayout().paintRectPixels(kResolution).translated(
              -writer.pageLayout().paintRectPixels(kResolution).topLeft()))
    {}

    QRectF area() const { return m_area; }
    qreal y() const { return m_y; }
    void advance(qreal height) { m_y += height; }
    qreal left() const { return m_area.bottom() - m_y; }
    void newPage()
    {
        m_writer.newPage();
        m_y = 0;
    }
    // Starts a new page unless `height` fits on this one.
    void need(qreal height)
    {
        if (m_y > 0 && height > left())
            newPage();
    }
    // A paragraph of wrapped text in the current font.
    void paragraph(const QString &text)
    {
        const QRectF box(0, m_y, m_area.width(), m_area.height());
        const QRectF used = m_painter.boundingRect(box, Qt::TextWordWrap, text);
        need(used.height());
        m_painter.drawText(QRectF(0, m_y, m_area.width(), used.height()), Qt::TextWordWrap,
                           text);
        m_y += used.height() + kGap;
    }

private:
    QPdfWriter &m_writer;
    QPainter &m_painter;
    QRectF m_area;
    qreal m_y = 0;
};

void drawTable(QPainter &painter, Pages &pages, const QStringList &header,
               const std::vector<QStringList> &rows)
{
    if (header.isEmpty())
        return;
    // The first column (what is counted) takes what the number columns leave.
    const qreal width = pages.area().width();
    const qreal numberWidth = qMin<qreal>(80, width / (2 * header.size()));
    std::vector<qreal> widths(size_t(header.size()), numberWidth);
    widths[0] = width - numberWidth * (header.size() - 1);
    const auto rowHeight = [&](const QStringList &cells) {
        qreal h = 0;
        for (int c = 0; c < cells.size() && c < header.size(); ++c)
            h = qMax(h, painter
                            .boundingRect(QRectF(0, 0, widths[size_t(c)] - 4, 10000),
                                          Qt::TextWordWrap, cells.at(c))
                            .height());
        return h + 4;
    };
    const auto drawRow = [&](const QStringList &cells, bool bold) {
        QFont font = painter.font();
        font.setBold(bold);
        painter.setFont(font);
        const qreal h = rowHeight(cells);
        pages.need(h);
        qreal x = 0;
        for (int c = 0; c < cells.size() && c < header.size(); ++c) {
            const Qt::Alignment align = c == 0 ? Qt::AlignLeft : Qt::AlignRight;
            painter.drawText(QRectF(x + 2, pages.y() + 2, widths[size_t(c)] - 4, h - 4),
                             int(align) | Qt::TextWordWrap, cells.at(c));
            x += widths[size_t(c)];
        }
        painter.drawLine(QPointF(0, pages.y() + h), QPointF(width, pages.y() + h));
        pages.advance(h);
        font.setBold(false);
        painter.setFont(font);
    };
    drawRow(header, true);
    for (const QStringList &row : rows) {
        if (rowHeight(row) > pages.left()) {
            pages.newPage();
            drawRow(header, true); // every page of the table has its header
        }
        drawRow(row, false);
    }
    pages.advance(kGap);
}

} // namespace

QString shortChartLabel(const QString &text, int max)
{
    const QString simple = text.simplified();
    if (simple.size() <= max)
        return simple;
    QString cut = simple.left(max - 1);
    const qsizetype space = cut.lastIndexOf(u' ');
    if (space > max / 2)
        cut.truncate(space);
    return cut + u'…';
}

bool StatisticsReport::writePdf(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QPdfWriter writer(&file);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    writer.setResolution(kResolution);
    writer.setCreator(QStringLiteral("Tillsyn"));
    writer.setTitle(title);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    Pages pages(writer, painter);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(16);
    font.setBold(true);
    painter.setFont(font);
    pages.paragraph(title);
    font.setPointSizeF(10);
    font.setBold(false);
    painter.setFont(font);
    if (!office.isEmpty())
        pages.paragraph(office);
    pages.paragraph(period);
    for (const QString &f : filters)
        pages.paragraph(f);
    pages.paragraph(grouping);
    font.setPointSizeF(8.5);
    painter.setFont(font);
    drawTable(painter, pages, header, rows);

    // Each chart on a page of its own, laid out for the page and drawn by the scene: vectors
    // and text, not a screenshot.
    for (QChart *chart : charts) {
        if (!chart || !chart->scene())
            continue;
        pages.newPage();
        const QSizeF onScreen = chart->size();
        const QRectF target = pages.area();
        chart->resize(target.size());
        chart->scene()->render(&painter, target, chart->sceneBoundingRect(),
                               Qt::KeepAspectRatio);
        chart->resize(onScreen);
    }
    return painter.end() && file.commit();
}

} // namespace tillsyn::desktop
