#include "controlreport.h"

#include "reportdocument.h"
#include "reportrenderer.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/sqliteofficerepository.h"
#include "storage/visitstore.h"
#include "util/atomicfile.h"
#include "util/displaytext.h"
#include "util/error.h"
#include "visitfile/visitfilereader.h"

#include <QLocale>

namespace tillsyn::report {

using namespace tillsyn::domain;

ControlReport::ControlReport(storage::Database &db, const QString &visitId, int revision)
{
    storage::VisitStore store(db);
    auto visit = store.load(visitId, revision, true);
    if (!visit) {
        // An office database: the merged visit as its current revision's file holds it.
        if (const auto file = storage::SqliteOfficeRepository(db).currentFile(visitId))
            visit = visitfile::VisitFileReader::read(file->bytes, file->fileName);
        if (visit && revision && visit->revision != revision)
            visit.reset();
    }
    if (!visit)
        throw Error(revision ? tr("Visit %1 has no revision %2.").arg(visitId).arg(revision)
                             : tr("Unknown visit \"%1\".").arg(visitId));
    if (visit->status != VisitStatus::Finished)
        throw Error(tr("Visit %1 revision %2 is a draft: finish it before making its report.")
                        .arg(visitId)
                        .arg(visit->revision));
    m_visit = std::move(*visit);
    m_office = OfficeInfo::load(db);
    const auto checklist =
        storage::ChecklistStore(db).find(m_visit.checklist.id, m_visit.checklist.version);
    m_options.foodControl =
        checklist ? checklist->area == Area::Food
                  : m_visit.checklist.title.contains(u"livsmedel", Qt::CaseInsensitive);
    if (m_visit.kind == VisitKind::FollowUp) {
        const auto earlier =
            store.earlierDeviations(m_visit.facility.id, m_visit.visitId, m_visit.startedAt);
        m_options.earlierVisit = earlier.startedAt;
        m_options.followUpItemIds = {earlier.itemIds.begin(), earlier.itemIds.end()};
    }
}

std::unique_ptr<ReportDocument> ControlReport::document(const QDateTime &producedAt) const
{
    return ReportBuilder(m_visit, m_office, m_options).build(producedAt);
}

QString ControlReport::footer(const QDateTime &producedAt) const
{
    return tr("%1 · %2 · produced %3")
        .arg(ReportBuilder::title(m_options), inertBidi(m_visit.facility.name),
             QLocale().toString(producedAt.toLocalTime().date(), QLocale::ShortFormat));
}

QByteArray ControlReport::pdf(const QDateTime &producedAt) const
{
    const auto doc = document(producedAt);
    return ReportRenderer(*doc, footer(producedAt)).pdf();
}

void ControlReport::writePdf(const QString &path, const QDateTime &producedAt) const
{
    const QByteArray bytes = pdf(producedAt);
    if (const QString problem = writeFileAtomically(path, bytes); !problem.isEmpty())
        throw Error(tr("%1: the report cannot be written: %2").arg(path, problem));
}

} // namespace tillsyn::report
