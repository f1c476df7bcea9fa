#pragma once

#include <QDateTime>
#include <QDialog>

#include <memory>

class QLabel;
class QScrollArea;

namespace tillsyn::storage {
class Database;
class OfficeRepository;
}

namespace tillsyn::report {
class ControlReport;
}

namespace tillsyn::desktop {

// "Create report": the finished visit's report as rendered pages, then save as PDF or print.
// The pages shown are painted by the same renderer that writes the PDF.
class ReportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // Throws tillsyn::Error when the visit has no finished revision to report.
    ReportPreviewDialog(storage::Database &db, const QString &visitId, int revision,
                        QWidget *parent = nullptr);
    // A merged visit's report from an office database of either backend.
    ReportPreviewDialog(storage::OfficeRepository &office, const QString &visitId, int revision,
                        QWidget *parent = nullptr);
    ~ReportPreviewDialog() override;

    int pageCount() const { return m_pages; }
    // Writes the PDF; returns false (after telling the user) on failure.
    bool saveTo(const QString &path);
    // The path the Save dialog suggests: in Documents, a file name made safe from the facility's
    // name (which may hold "/.." or control characters).
    QString suggestedPath() const;

private:
    ReportPreviewDialog(std::unique_ptr<report::ControlReport> report, QWidget *parent);
    void save();
    void print();

    std::unique_ptr<report::ControlReport> m_report;
    QDateTime m_producedAt;
    int m_pages = 0;
};

} // namespace tillsyn::desktop
