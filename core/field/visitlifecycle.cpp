#include "visitlifecycle.h"

#include "merge/deviations.h"
#include "photoimport.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/facilitystore.h"
#include "storage/followupstore.h"
#include "storage/outboxstore.h"
#include "storage/visitstore.h"
#include "util/error.h"
#include "visitfile/visitfilewriter.h"

#include <QSysInfo>
#include <QUuid>

namespace tillsyn::field {

using namespace tillsyn::domain;
using storage::Transaction;
using storage::VisitStore;

namespace {
QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
}

// The format's times have whole seconds.
QDateTime wholeSeconds(QDateTime t)
{
    t = t.toUTC();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t;
}
} // namespace

VisitLifecycle::VisitLifecycle(storage::Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{}

QDateTime VisitLifecycle::now() const
{
    return wholeSeconds(m_clock ? m_clock() : QDateTime::currentDateTimeUtc());
}

Device VisitLifecycle::device()
{
    QString id = m_db.setting(QStringLiteral("deviceId"));
    if (id.isEmpty()) {
        id = newUuid();
        m_db.setSetting(QStringLiteral("deviceId"), id);
    }
    QString name = m_db.setting(QStringLiteral("deviceName"));
    if (name.isEmpty())
        name = QSysInfo::machineHostName();
    return {id, name.isEmpty() ? QStringLiteral("laptop") : name};
}

QString VisitLifecycle::start(const StartRequest &request)
{
    const auto facility = storage::FacilityStore(m_db).find(request.facilityId);
    if (!facility)
        throw Error(tr("Unknown facility \"%1\".").arg(request.facilityId));
    storage::ChecklistStore checklists(m_db);
    const auto checklist = request.checklistVersion > 0
                               ? checklists.find(request.checklistId, request.checklistVersion)
                               : checklists.latest(request.checklistId);
    if (!checklist)
        throw Error(request.checklistVersion > 0
                        ? tr("Unknown checklist \"%1\" version %2.")
                              .arg(request.checklistId)
                              .arg(request.checklistVersion)
                        : tr("Unknown checklist \"%1\".").arg(request.checklistId));
    if (request.inspectors.empty())
        throw Error(tr("A visit needs at least one inspector."));

    Visit v;
    v.visitId = newUuid();
    v.startedAt = now();
    v.device = device();
    v.inspectors = request.inspectors;
    v.facility = *facility;
    v.checklist = {checklist->id, checklist->version, checklist->title};
    v.kind = request.kind;
    v.announced = request.announced;
    if (!request.caseNumber.isEmpty()) {
        const QString problem = caseNumberProblem(request.caseNumber);
        if (!problem.isEmpty())
            throw Error(tr("The case number %1.").arg(problem));
        v.caseInfo.caseNumber = request.caseNumber;
    }
    for (const auto &section : checklist->sections) {
        for (const auto &item : section.items) {
            v.answers.push_back(
                {item.id, section.title, item.text, item.legalReference, std::nullopt, {}, {}});
            // The area travels with the answer: statistics and open data count by it even
            // after the checklist changes.
            v.answers.back().controlArea = item.controlArea;
        }
    }
    Transaction tx(m_db);
    VisitStore(m_db).insert(v);
    tx.commit();
    return v.visitId;
}

Visit VisitLifecycle::current(const QString &visitId)
{
    auto v = VisitStore(m_db).load(visitId);
    if (!v)
        throw Error(tr("Unknown visit \"%1\".").arg(visitId));
    return *v;
}

int VisitLifecycle::draftRevision(const QString &visitId)
{
    VisitStore store(m_db);
    const int revision = store.latestRevision(visitId);
    if (revision == 0)
        throw Error(tr("Unknown visit \"%1\".").arg(visitId));
    if (store.status(visitId, revision) != VisitStatus::Draft)
        throw Error(tr("Visit %1 revision %2 is finished and cannot be changed. Reopen it to "
                       "make revision %3.")
                        .arg(visitId)
                        .arg(revision)
                        .arg(revision + 1));
    return revision;
}

void VisitLifecycle::requireItem(const QString &visitId, int revision, const QString &itemId)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT 1 FROM answer WHERE visit_id = ? AND revision = ? AND item_id = ?"));
    q.addBindValue(visitId);
    q.addBindValue(revision);
    q.addBindValue(itemId);
    m_db.exec(q);
    if (!q.next())
        throw Error(
            tr("The item \"%1\" is not part of the checklist of visit %2.").arg(itemId, visitId));
}

void VisitLifecycle::setAnswer(const QString &visitId, const QString &itemId,
                               std::optional<Result> result, const QString &comment)
{
    Transaction tx(m_db);
    const int revision = draftRevision(visitId);
    requireItem(visitId, revision, itemId);
    VisitStore(m_db).setAnswer(visitId, revision, itemId, result, comment);
    if (result != Result::Deviation)
        storage::FollowUpStore(m_db).setDeadline(visitId, revision, itemId, std::nullopt);
    tx.commit();
}

void VisitLifecycle::setResult(const QString &visitId, const QString &itemId,
                               std::optional<Result> result)
{
    Transaction tx(m_db);
    const int revision = draftRevision(visitId);
    requireItem(visitId, revision, itemId);
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE answer SET result = ? WHERE visit_id = ? AND revision = ? AND item_id = ?"));
    q.addBindValue(result ? QVariant(toString(*result)) : QVariant());
    q.addBindValue(visitId);
    q.addBindValue(revision);
    q.addBindValue(itemId);
    m_db.exec(q);
    if (result != Result::Deviation)
        storage::FollowUpStore(m_db).setDeadline(visitId, revision, itemId, std::nullopt);
    tx.commit();
}

void VisitLifecycle::setComment(const QString &visitId, const QString &itemId,
                                const QString &comment)
{
    Transaction tx(m_db);
    const int revision = draftRevision(visitId);
    requireItem(visitId, revision, itemId);
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE answer SET comment = ? WHERE visit_id = ? AND revision = ? AND item_id = ?"));
    q.addBindValue(storage::Database::text(comment));
    q.addBindValue(visitId);
    q.addBindValue(revision);
    q.addBindValue(itemId);
    m_db.exec(q);
    tx.commit();
}

QString VisitLifecycle::addPhoto(const QString &visitId, const QString &itemId,
                                 const QString &filePath, const QString &caption)
{
    // Decode and scale before taking the write lock: it is the slow part.
    Photo photo = PhotoImport::fromFile(filePath);
    photo.itemId = itemId;
    photo.caption = caption;
    photo.id = QStringLiteral("photo-") + newUuid().left(8);
    Transaction tx(m_db);
    const int revision = draftRevision(visitId);
    requireItem(visitId, revision, itemId);
    VisitStore store(m_db);
    const Visit visit = *store.load(visitId, revision);
    if (visit.photos.size() >= 200)
        throw Error(tr("A visit can hold at most 200 photos."));
    while (visit.photo(photo.id))
        photo.id = QStringLiteral("photo-") + newUuid().left(8);
    store.insertPhoto(visitId, revision, photo);
    tx.commit();
    return photo.id;
}

void VisitLifecycle::setPhotoCaption(const QString &visitId, const QString &photoId,
                                     const QString &caption)
{
    Transaction tx(m_db);
    const int revision = draftRevision(visitId);
    VisitStore store(m_db);
    if (!store.load(visitId, revision)->photo(photoId))
        throw Error(tr("Visit %1 has no photo \"%2\".").arg(visitId, photoId));
    store.setPhotoCaption(visitId, revision, photoId, caption);
    tx.commit();
}

void VisitLifecycle::removePhoto(const QString &visitId, const QString &photoId)
{
    Transaction tx(m_db);
    const int revision = draftRevision(visitId);
    VisitStore store(m_db);
    if (!store.load(visitId, revision)->photo(photoId))
        throw Error(tr("Visit %1 has no photo \"%2\".").arg(visitId, photoId));
    store.removePhoto(visitId, revision, photoId);
    tx.commit();
}

void VisitLifecycle::restorePhoto(const QString &visitId, const domain::Photo &photo)
{
    if (photo.data.isEmpty())
        throw Error(tr("Photo \"%1\" cannot be put back: its picture is missing.").arg(photo.id));
    Transaction tx(m_db);
    const int revision = draftRevision(visitId);
    requireItem(visitId, revision, photo.itemId);
    VisitStore store(m_db);
    const Visit visit = *store.load(visitId, revision);
    if (visit.photo(photo.id))
        throw Error(tr("Visit %1 already has a photo \"%2\".").arg(visitId, photo.id));
    if (visit.photos.size() >= 200)
        throw Error(tr("A visit can hold at most 200 photos."));
    store.insertPhoto(visitId, revision, photo);
    tx.commit();
}

int VisitLifecycle::deleteDraft(const QString &visitId)
{
    Transaction tx(m_db);
    const int revision = draftRevision(visitId); // throws for a finished revision
    VisitStore store(m_db);
    if (!store.deleteDraft(visitId, revision))
        throw Error(tr("Visit %1 revision %2 could not be deleted.").arg(visitId).arg(revision));
    tx.commit();
    return revision - 1;
}

void VisitLifecycle::setMinutes(const QString &visitId, int minutes)
{
    // The time of a visit is kept per activity now; plain minutes are its inspection time.
    const Visit v = current(visitId);
    const TimeEntry *inspection = v.caseInfo.entry(Activity::Inspection);
    setTime(visitId, Activity::Inspection, minutes, inspection ? inspection->chargeable : true);
}

void VisitLifecycle::setPresentPersons(const QString &visitId, const QStringList &persons)
{
    QStringList cleaned;
    for (const QString &p : persons) {
        if (!p.trimmed().isEmpty())
            cleaned.append(p.trimmed());
    }
    Transaction tx(m_db);
    VisitStore(m_db).setPresentPersons(visitId, draftRevision(visitId), cleaned);
    tx.commit();
}

void VisitLifecycle::setSummary(const QString &visitId, const QString &summary)
{
    Transaction tx(m_db);
    VisitStore(m_db).setSummary(visitId, draftRevision(visitId), summary);
    tx.commit();
}

void VisitLifecycle::setDeadline(const QString &visitId, const QString &itemId,
                                 std::optional<QDate> deadline)
{
    Transaction tx(m_db);
    const int revision = draftRevision(visitId);
    requireItem(visitId, revision, itemId);
    if (deadline) {
        // The visit is kept while its answer is looked at (answer() points into it).
        const auto visit = VisitStore(m_db).load(visitId, revision);
        const Answer *a = visit ? visit->answer(itemId) : nullptr;
        if (!a || a->result != Result::Deviation)
            throw Error(tr("The item \"%1\" is not a deviation: only a deviation has a deadline.")
                            .arg(itemId));
    }
    storage::FollowUpStore(m_db).setDeadline(visitId, revision, itemId, deadline);
    tx.commit();
}

std::vector<Deviation> VisitLifecycle::openDeviations(const QString &facilityId,
                                                      const QString &excludeVisitId)
{
    storage::FollowUpStore store(m_db);
    QDateTime publishedAt;
    const auto published = store.published(facilityId, &publishedAt);
    auto local = store.finishedVisits(facilityId);
    std::erase_if(local, [&](const Visit &v) { return v.visitId == excludeVisitId; });
    std::map<QString, QDateTime> sentAt;
    storage::OutboxStore outbox(m_db);
    for (const Visit &v : local) {
        if (const auto entry = outbox.find(v.visitId, v.revision, false))
            sentAt[v.visitId] = entry->sentAt;
    }
    auto open = merge::knownOpenDeviations(published, publishedAt, local, sentAt);
    std::erase_if(open, [&](const Deviation &d) { return d.visitId == excludeVisitId; });
    return open;
}

void VisitLifecycle::setFollowUp(const QString &visitId, const FollowUp &followUp)
{
    Transaction tx(m_db);
    const int revision = draftRevision(visitId);
    if (followUp.visitId == visitId)
        throw Error(tr("Visit %1 cannot follow up its own deviation \"%2\": a visit follows up "
                       "earlier visits.")
                        .arg(visitId, followUp.itemId));
    const Visit visit = *VisitStore(m_db).load(visitId, revision);
    const auto open = openDeviations(visit.facility.id, visitId);
    const bool known = std::any_of(open.begin(), open.end(), [&](const Deviation &d) {
        return d.visitId == followUp.visitId && d.itemId == followUp.itemId;
    });
    // One this visit already followed up stays editable even when the laptop learnt meanwhile
    // that it was closed.
    if (!known && !visit.followUp(followUp.visitId, followUp.itemId))
        throw Error(tr("Visit %1 has no open deviation \"%2\" known to this computer for %3.")
                        .arg(followUp.visitId, followUp.itemId, visit.facility.name));
    storage::FollowUpStore(m_db).setFollowUp(visitId, revision, followUp);
    tx.commit();
}

void VisitLifecycle::clearFollowUp(const QString &visitId, const QString &earlierVisitId,
                                   const QString &itemId)
{
    Transaction tx(m_db);
    storage::FollowUpStore(m_db).removeFollowUp(visitId, draftRevision(visitId), earlierVisitId,
                                                itemId);
    tx.commit();
}

FinishCheck VisitLifecycle::check(const QString &visitId)
{
    FinishCheck check;
    for (const Answer &a : current(visitId).answers) {
        if (!a.result)
            check.unanswered.push_back(a);
        else if (*a.result == Result::Deviation && a.comment.trimmed().isEmpty())
            check.deviationsWithoutComment.push_back(a);
    }
    return check;
}

int VisitLifecycle::finish(const QString &visitId)
{
    // A finished visit is a record the operator is given: it must survive a power cut, not only
    // a crash, so this one commit waits for the disk.
    m_db.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    try {
        Transaction tx(m_db);
        const int revision = draftRevision(visitId);
        // The format has no "unanswered": what was not assessed is recorded as not checked
        // (the finish dialog has listed those items).
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "UPDATE answer SET result = 'not_checked' WHERE visit_id = ? AND revision = ? AND"
            " result IS NULL"));
        q.addBindValue(visitId);
        q.addBindValue(revision);
        m_db.exec(q);
        VisitStore(m_db).markFinished(visitId, revision, now());
        writeVisitFile(visitId, revision);
        tx.commit();
        m_db.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        return revision;
    } catch (...) {
        m_db.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        throw;
    }
}

void VisitLifecycle::writeVisitFile(const QString &visitId, int revision)
{
    const Visit visit = *VisitStore(m_db).load(visitId, revision, true);
    const QByteArray bytes = visitfile::VisitFileWriter::write(visit);
    storage::OutboxStore(m_db).add(
        visitId, revision, visitfile::VisitFileWriter::fileName(visit, bytes), bytes, now());
}

void VisitLifecycle::writeMissingVisitFiles()
{
    storage::OutboxStore outbox(m_db);
    for (const auto &[visitId, revision] : outbox.finishedWithoutFile()) {
        Transaction tx(m_db);
        writeVisitFile(visitId, revision);
        tx.commit();
    }
}

int VisitLifecycle::reopen(const QString &visitId)
{
    Transaction tx(m_db);
    VisitStore store(m_db);
    const int latest = store.latestRevision(visitId);
    if (latest == 0)
        throw Error(tr("Unknown visit \"%1\".").arg(visitId));
    if (store.status(visitId, latest) == VisitStatus::Draft)
        throw Error(tr("Visit %1 is already open as revision %2.").arg(visitId).arg(latest));
    Visit next = *store.load(visitId, latest);
    next.baseRevision = latest;
    next.revision = latest + 1;
    next.status = VisitStatus::Draft;
    next.finishedAt = {};
    // The operator signed the finished revision; the next one is signed again (or declined).
    next.caseInfo.signature.reset();
    next.device = device(); // the revision is edited on this laptop, whoever made the last one
    // Photo bytes are shared by content (photo_data), so the copy only names them.
    store.insert(next);
    tx.commit();
    return next.revision;
}

} // namespace tillsyn::field
