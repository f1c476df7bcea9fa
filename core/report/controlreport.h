#pragma once

#include "reportbuilder.h"

#include <QCoreApplication>

#include <optional>

namespace tillsyn::storage {
class Database;
class OfficeRepository;
}

namespace tillsyn::report {

class ReportDocument;

// The report of one finished visit revision, as the CLI and the GUI produce it: gathers the
// visit, the office letterhead, whether it is food control and which items follow up an earlier
// visit, then builds and renders it.
class ControlReport
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::report::ControlReport)

public:
    // revision 0: the newest. Throws tillsyn::Error for an unknown visit or a draft.
    ControlReport(storage::Database &db, const QString &visitId, int revision = 0);
    // The report of a merged visit from an office database of either backend (a PostgreSQL one
    // has no field tables): the stored revision's file, the office's letterhead and checklists.
    // It gives what the constructor above gives on an office database file. A county member
    // reading a pool whole gets the report of the office that holds the visit (its letterhead,
    // checklists and follow-ups), read in a session acting for that office.
    ControlReport(storage::OfficeRepository &office, const QString &visitId, int revision = 0);

    const domain::Visit &visit() const { return m_visit; }
    std::unique_ptr<ReportDocument> document(const QDateTime &producedAt) const;
    // The footer line: the report's title, facility and date produced.
    QString footer(const QDateTime &producedAt) const;
    QByteArray pdf(const QDateTime &producedAt = QDateTime::currentDateTimeUtc()) const;
    // Writes the PDF atomically (QSaveFile): a reader never sees half a report.
    void writePdf(const QString &path,
                  const QDateTime &producedAt = QDateTime::currentDateTimeUtc()) const;

private:
    void load(storage::OfficeRepository &office, const QString &visitId, int revision);
    // The visit a report is made of: found, and finished (a draft has no report).
    static domain::Visit finishedVisit(std::optional<domain::Visit> visit, const QString &visitId,
                                       int revision);
    static std::vector<FollowUpLine> followUpLines(storage::Database &db,
                                                   const domain::Visit &visit);
    static std::vector<FollowUpLine> followUpLines(storage::OfficeRepository &office,
                                                   const domain::Visit &visit);

    domain::Visit m_visit;
    OfficeInfo m_office;
    ReportOptions m_options;
};

} // namespace tillsyn::report
