#include "controlreport.h"

#include "reportdocument.h"
#include "reportrenderer.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/sqliteofficerepository.h"
#include "storage/followupstore.h"
#include "storage/officerepository.h"
#include "storage/visitstore.h"
#include "util/atomicfile.h"
#include "util/displaytext.h"
#include "util/error.h"
#include "visitfile/visitfilereader.h"

#include <QLocale>

namespace tillsyn::report {

using namespace tillsyn::domain;

Visit ControlReport::finishedVisit(std::optional<Visit> visit, const QString &visitId,
                                   int revision)
{
    if (!visit)
        throw Error(revision ? tr("Visit %1 has no revision %2.").arg(visitId).arg(revision)
                             : tr("Unknown visit \"%1\".").arg(visitId));
    if (visit->status != VisitStatus::Finished)
        throw Error(tr("Visit %1 revision %2 is a draft: finish it before making its report.")
                        .arg(visitId)
                        .arg(visit->revision));
    return std::move(*visit);
}

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
    m_visit = finishedVisit(std::move(visit), visitId, revision);
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
    m_options.followUps = followUpLines(db, m_visit);
}

ControlReport::ControlReport(storage::OfficeRepository &office, const QString &visitId,
                             int revision)
{
    // A session reading every office of a pool (a county member's) sees each office's
    // letterhead, checklists and closures under the same keys: the report is made in a session
    // acting for the office that holds the visit. A visit two offices hold is refused by the
    // reads, naming both.
    const QStringList holders = office.officesOf(visitId);
    if (holders.size() == 1 && !holders.front().isEmpty() && office.offices().size() > 1) {
        const auto own = storage::OfficeRepository::open(office.describe(), holders.front());
        load(*own, visitId, revision);
    } else {
        load(office, visitId, revision);
    }
}

void ControlReport::load(storage::OfficeRepository &office, const QString &visitId, int revision)
{
    std::optional<Visit> visit;
    if (const auto file = office.currentFile(visitId))
        visit = visitfile::VisitFileReader::read(file->bytes, file->fileName);
    if (visit && revision && visit->revision != revision)
        visit.reset();
    m_visit = finishedVisit(std::move(visit), visitId, revision);
    m_office = OfficeInfo::load(office);
    const auto checklist = office.checklist(m_visit.checklist.id, m_visit.checklist.version);
    m_options.foodControl =
        checklist ? checklist->area == Area::Food
                  : m_visit.checklist.title.contains(u"livsmedel", Qt::CaseInsensitive);
    // The earlier visit of a follow-up comes from the field's own visits, which an office
    // database does not hold (as on an office database file).
    m_options.followUps = followUpLines(office, m_visit);
}

std::vector<FollowUpLine> ControlReport::followUpLines(storage::OfficeRepository &office,
                                                       const Visit &visit)
{
    std::vector<FollowUpLine> out;
    for (const FollowUp &f : visit.followUps) {
        FollowUpLine line{f.itemId, {}, f.status, f.comment};
        if (const auto file = office.currentFile(f.visitId)) {
            const Visit earlier = visitfile::VisitFileReader::read(file->bytes, file->fileName);
            line.earlierVisit = earlier.startedAt;
            if (const Answer *a = earlier.answer(f.itemId))
                line.itemText = a->text;
        }
        out.push_back(std::move(line));
    }
    return out;
}

std::vector<FollowUpLine> ControlReport::followUpLines(storage::Database &db, const Visit &visit)
{
    std::vector<FollowUpLine> out;
    if (visit.followUps.empty())
        return out;
    // The earlier deviation as this database knows it: a visit of this laptop, the office's
    // current revision, or the open deviations the laptop pulled.
    QDateTime publishedAt;
    const auto published = storage::FollowUpStore(db).published(visit.facility.id, &publishedAt);
    for (const FollowUp &f : visit.followUps) {
        FollowUpLine line{f.itemId, {}, f.status, f.comment};
        auto earlier = storage::VisitStore(db).load(f.visitId);
        if (!earlier)
            if (const auto file = storage::SqliteOfficeRepository(db).currentFile(f.visitId))
                earlier = visitfile::VisitFileReader::read(file->bytes, file->fileName);
        if (earlier) {
            line.earlierVisit = earlier->startedAt;
            if (const Answer *a = earlier->answer(f.itemId))
                line.itemText = a->text;
        } else {
            for (const Deviation &d : published) {
                if (d.visitId == f.visitId && d.itemId == f.itemId) {
                    line.itemText = d.text;
                    line.earlierVisit = d.finishedAt;
                }
            }
        }
        out.push_back(std::move(line));
    }
    return out;
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
    PdfaMetadata meta;
    meta.facility = m_visit.facility.name;
    meta.caseNumber = m_visit.caseInfo.caseNumber;
    meta.checklistId = m_visit.checklist.id;
    meta.checklistTitle = m_visit.checklist.title;
    meta.checklistVersion = m_visit.checklist.version;
    meta.visitId = m_visit.visitId;
    meta.revision = m_visit.revision;
    return ReportRenderer(*doc, footer(producedAt)).pdf(meta);
}

void ControlReport::writePdf(const QString &path, const QDateTime &producedAt) const
{
    const QByteArray bytes = pdf(producedAt);
    if (const QString problem = writeFileAtomically(path, bytes); !problem.isEmpty())
        throw Error(tr("%1: the report cannot be written: %2").arg(path, problem));
}

} // namespace tillsyn::report
