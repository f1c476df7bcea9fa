#include "reportpreviewdialog.h"

#include "report/controlreport.h"
#include "report/reportdocument.h"
#include "report/reportrenderer.h"
#include "util/error.h"
#include "util/safetext.h"
#include "widgets/plainmessage.h"
#include "widgets/windowgeometry.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace tillsyn::desktop {

ReportPreviewDialog::ReportPreviewDialog(storage::Database &db, const QString &visitId,
                                         int revision, QWidget *parent)
    : ReportPreviewDialog(std::make_unique<report::ControlReport>(db, visitId, revision), parent)
{}

ReportPreviewDialog::ReportPreviewDialog(storage::OfficeRepository &office, const QString &visitId,
                                         int revision, QWidget *parent)
    : ReportPreviewDialog(std::make_unique<report::ControlReport>(office, visitId, revision),
                          parent)
{}

ReportPreviewDialog::ReportPreviewDialog(std::unique_ptr<report::ControlReport> report,
                                         QWidget *parent)
    : QDialog(parent)
    , m_report(std::move(report))
    , m_producedAt(QDateTime::currentDateTimeUtc())
{
    setWindowTitle(tr("Report — %1").arg(m_report->visit().facility.name));
    auto *pages = new QWidget;
    auto *pagesLayout = new QVBoxLayout(pages);
    pagesLayout->setSpacing(16);
    const auto document = m_report->document(m_producedAt);
    report::ReportRenderer renderer(*document, m_report->footer(m_producedAt));
    for (const QImage &image : renderer.pageImages(devicePixelRatioF() * 1.2)) {
        auto *page = new QLabel(pages);
        QPixmap pixmap = QPixmap::fromImage(image);
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        page->setPixmap(pixmap);
        page->setFrameShape(QFrame::Box);
        pagesLayout->addWidget(page, 0, Qt::AlignHCenter);
        ++m_pages;
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(pages);
    scroll->setWidgetResizable(false);
    scroll->setBackgroundRole(QPalette::Dark);
    scroll->setAlignment(Qt::AlignHCenter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    save->setDefault(true);
    connect(save, &QPushButton::clicked, this, &ReportPreviewDialog::save);
    connect(print, &QPushButton::clicked, this, &ReportPreviewDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    fitWindowToScreen(this, QStringLiteral("reportPreview"), QSize(760, 900));
}

ReportPreviewDialog::~ReportPreviewDialog() = default;

bool ReportPreviewDialog::saveTo(const QString &path)
{
    try {
        m_report->writePdf(path, m_producedAt);
        return true;
    } catch (const Error &e) {
        showPlainMessage(this, QMessageBox::Warning, tr("Save report"), e.message());
        return false;
    }
}

QString ReportPreviewDialog::suggestedPath() const
{
    const auto &v = m_report->visit();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
           tr("report-%1-%2-r%3.pdf")
               .arg(safeFileNamePart(v.facility.name, tr("facility")),
                    v.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")))
               .arg(v.revision);
}

void ReportPreviewDialog::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save report"), suggestedPath(),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty() && saveTo(path))
        accept();
}

void ReportPreviewDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(report::ReportRenderer::pageLayout());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    printer.setResolution(72);
    const auto document = m_report->document(m_producedAt);
    report::ReportRenderer(*document, m_report->footer(m_producedAt)).paint(printer);
}

} // namespace tillsyn::desktop
