#pragma once

#include "pdfametadata.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>

#include <vector>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace tillsyn::report {

// Lays a report document out on A4 pages and paints them with a footer ("Sida X av Y", the
// report's title and the date it was produced): into a PDF, onto a printer, or as page images
// for a preview. One layout, so the preview shows exactly what the PDF holds.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::report::ReportRenderer)

public:
    ReportRenderer(QTextDocument &document, QString footerText);

    int pageCount() const;
    // Paints every page onto a paged device (QPdfWriter, QPrinter) whose resolution is 72 dpi.
    void paint(QPagedPaintDevice &device);
    // A PDF/A-1b document (fonts embedded, XMP metadata from `metadata`) for the archive.
    QByteArray pdf(const PdfaMetadata &metadata = {});
    std::vector<QImage> pageImages(double scale = 1.5);
    static QPageLayout pageLayout();

private:
    void paintPage(QPainter &painter, int page);
    // Splits every paragraph that runs over a page break in two; false when there was none.
    bool endParagraphsAtPageBreaks();

    QTextDocument &m_document;
    QString m_footer;
    QRectF m_content; // the text area of a page, in points
    QImage m_layoutDevice;
};

} // namespace tillsyn::report
