#include "reportrenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace tillsyn::report {

namespace {
constexpr double kFooterHeight = 24; // points below the text area
}

QPageLayout ReportRenderer::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(50, 45, 50, 40),
                       QPageLayout::Point);
}

ReportRenderer::ReportRenderer(QTextDocument &document, QString footerText)
    : m_document(document)
    , m_footer(std::move(footerText))
{
    const QRectF paint = pageLayout().paintRect(QPageLayout::Point);
    m_content = QRectF(0, 0, paint.width(), paint.height() - kFooterHeight);
    // Lay out in points: a 72 dpi device makes 1 unit = 1 pt on paper for fonts, images and
    // the page alike, whatever the screen's resolution.
    m_layoutDevice = QImage(1, 1, QImage::Format_RGB32);
    m_layoutDevice.setDotsPerMeterX(2835);
    m_layoutDevice.setDotsPerMeterY(2835);
    m_document.documentLayout()->setPaintDevice(&m_layoutDevice);
    m_document.setPageSize(m_content.size());
    // The splits below are not for undoing: no undo history (its memory grows with the text).
    m_document.setUndoRedoEnabled(false);
    for (int pass = 0; pass < 3 && endParagraphsAtPageBreaks(); ++pass) {
    }
}

bool ReportRenderer::endParagraphsAtPageBreaks()
{
    // QTextLayout::draw also paints the line just above a page's clip rectangle: clipped away,
    // but its text would be in the PDF twice (search, copy and pdftotext would read it twice).
    // A paragraph that ends at the page break has no such line.
    QAbstractTextDocumentLayout *layout = m_document.documentLayout();
    const auto pageOf = [this](qreal y) { return int(y / m_content.height()); };
    std::vector<int> breaks;
    for (QTextBlock block = m_document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *lines = block.layout();
        const qreal top = layout->blockBoundingRect(block).top();
        for (int i = 1; i < lines->lineCount(); ++i) {
            if (pageOf(top + lines->lineAt(i).y()) != pageOf(top + lines->lineAt(i - 1).y()))
                breaks.push_back(block.position() + lines->lineAt(i).textStart());
        }
    }
    // All splits in one edit block: the layout hears of one change and lays the document out
    // once more, instead of once per split (which made a long report quadratic in its text).
    // Backwards, so the positions not yet split stay valid.
    QTextCursor cursor(&m_document);
    cursor.beginEditBlock();
    for (auto it = breaks.rbegin(); it != breaks.rend(); ++it) {
        cursor.setPosition(*it);
        QTextBlockFormat before = cursor.blockFormat();
        QTextBlockFormat after = before;
        before.setBottomMargin(0);
        after.setTopMargin(0);
        cursor.setBlockFormat(before);
        if (m_document.characterAt(*it - 1) == QChar::LineSeparator)
            cursor.deletePreviousChar();
        cursor.insertBlock(after);
    }
    cursor.endEditBlock();
    return !breaks.empty();
}

int ReportRenderer::pageCount() const
{
    return m_document.pageCount();
}

void ReportRenderer::paintPage(QPainter &painter, int page)
{
    const int pages = pageCount();
    painter.save();
    painter.translate(0, -page * m_content.height());
    m_document.drawContents(
        &painter, QRectF(0, page * m_content.height(), m_content.width(), m_content.height()));
    painter.restore();

    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7.5);
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QRectF footer(0, m_content.height() + 8, m_content.width(), kFooterHeight - 8);
    painter.drawLine(QPointF(0, m_content.height() + 4),
                     QPointF(m_content.width(), m_content.height() + 4));
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                     tr("Page %1 of %2").arg(page + 1).arg(pages));
}

void ReportRenderer::paint(QPagedPaintDevice &device)
{
    QPainter painter(&device);
    const int pages = pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        paintPage(painter, page);
    }
}

QByteArray ReportRenderer::pdf(const PdfaMetadata &metadata)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageLayout(pageLayout());
    // Reports are archived for years: PDF/A-1b, the newest PDF/A Qt 6.4 writes.
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setCreator(QStringLiteral("Tillsyn"));
    writer.setTitle(m_footer);
    PdfaMetadata meta = metadata;
    meta.title = m_footer; // the same as the document information's /Title (PDF/A 6.7.3)
    meta.creator = QStringLiteral("Tillsyn");
    // As Qt stamps /CreationDate: local time with its offset.
    const QString date = PdfaMetadata::xmpDate(QDateTime::currentDateTime());
    writer.setDocumentXmpMetadata(meta.xmp(date, QStringLiteral("Qt " QT_VERSION_STR)));
    paint(writer);
    buffer.close();
    PdfaMetadata::alignDates(bytes, date);
    return bytes;
}

std::vector<QImage> ReportRenderer::pageImages(double scale)
{
    const QRectF full = pageLayout().fullRect(QPageLayout::Point);
    const QRectF paintRect = pageLayout().paintRect(QPageLayout::Point);
    std::vector<QImage> images;
    for (int page = 0; page < pageCount(); ++page) {
        QImage image((full.size() * scale).toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.scale(scale, scale);
        painter.translate(paintRect.topLeft());
        paintPage(painter, page);
        images.push_back(image);
    }
    return images;
}

} // namespace tillsyn::report
