#include "visitsession.h"

#include "storage/checkliststore.h"
#include "storage/visitstore.h"
#include "util/error.h"

namespace tillsyn::desktop {

using namespace tillsyn::domain;

VisitSession::VisitSession(storage::Database &db, const QString &visitId, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_lifecycle(db)
    , m_visit(m_lifecycle.current(visitId))
    , m_checklist(storage::ChecklistStore(db).find(m_visit.checklist.id, m_visit.checklist.version))
{}

QString VisitSession::guidance(const QString &itemId) const
{
    const domain::ChecklistItem *item = m_checklist ? m_checklist->findItem(itemId) : nullptr;
    return item ? item->guidance : QString();
}

template <typename F> bool VisitSession::commit(F &&change)
{
    try {
        change();
        return true;
    } catch (const Error &e) {
        emit failed(e.message());
        return false;
    }
}

void VisitSession::reload()
{
    m_visit = m_lifecycle.current(m_visit.visitId);
}

bool VisitSession::setAnswer(const QString &itemId, std::optional<Result> result,
                             const QString &comment)
{
    const bool ok =
        commit([&] { m_lifecycle.setAnswer(m_visit.visitId, itemId, result, comment); });
    if (ok) {
        for (Answer &a : m_visit.answers) {
            if (a.itemId == itemId) {
                a.result = result;
                a.comment = comment;
                if (result != Result::Deviation)
                    a.deadline.reset(); // as the lifecycle does
            }
        }
        emit answerChanged(itemId);
    }
    return ok;
}

bool VisitSession::setDeadline(const QString &itemId, std::optional<QDate> deadline)
{
    const bool ok = commit([&] { m_lifecycle.setDeadline(m_visit.visitId, itemId, deadline); });
    if (ok) {
        reload();
        emit answerChanged(itemId);
    }
    return ok;
}

bool VisitSession::setFollowUp(const FollowUp &followUp)
{
    const bool ok = commit([&] { m_lifecycle.setFollowUp(m_visit.visitId, followUp); });
    if (ok) {
        reload();
        emit followUpsChanged();
    }
    return ok;
}

std::vector<Deviation> VisitSession::earlierDeviations()
{
    try {
        return m_lifecycle.openDeviations(m_visit.facility.id, m_visit.visitId);
    } catch (const Error &e) {
        emit failed(e.message());
        return {};
    }
}

bool VisitSession::addPhoto(const QString &itemId, const QString &filePath)
{
    const bool ok = commit([&] { m_lifecycle.addPhoto(m_visit.visitId, itemId, filePath); });
    if (ok) {
        reload();
        emit photosChanged(itemId);
    }
    return ok;
}

bool VisitSession::setPhotoCaption(const QString &photoId, const QString &caption)
{
    const Photo *photo = m_visit.photo(photoId);
    const QString itemId = photo ? photo->itemId : QString();
    const bool ok = commit([&] { m_lifecycle.setPhotoCaption(m_visit.visitId, photoId, caption); });
    if (ok) {
        reload();
        emit photosChanged(itemId);
    }
    return ok;
}

bool VisitSession::removePhoto(const QString &photoId)
{
    const Photo *photo = m_visit.photo(photoId);
    const QString itemId = photo ? photo->itemId : QString();
    const bool ok = commit([&] { m_lifecycle.removePhoto(m_visit.visitId, photoId); });
    if (ok) {
        reload();
        emit photosChanged(itemId);
    }
    return ok;
}

bool VisitSession::restorePhoto(const Photo &photo)
{
    const bool ok = commit([&] { m_lifecycle.restorePhoto(m_visit.visitId, photo); });
    if (ok) {
        reload();
        emit photosChanged(photo.itemId);
    }
    return ok;
}

bool VisitSession::setMinutes(int minutes)
{
    // The inspection's minutes (the visit's total is the sum of its activities).
    const bool ok = commit([&] { m_lifecycle.setMinutes(m_visit.visitId, minutes); });
    if (ok) {
        reload();
        emit minutesChanged();
    }
    return ok;
}

bool VisitSession::setPresentPersons(const QStringList &persons)
{
    const bool ok = commit([&] { m_lifecycle.setPresentPersons(m_visit.visitId, persons); });
    if (ok)
        reload();
    return ok;
}

bool VisitSession::setSummary(const QString &summary)
{
    if (summary == m_visit.summary)
        return true;
    const bool ok = commit([&] { m_lifecycle.setSummary(m_visit.visitId, summary); });
    if (ok)
        m_visit.summary = summary;
    return ok;
}

bool VisitSession::finish()
{
    const bool ok = commit([&] { m_lifecycle.finish(m_visit.visitId); });
    if (ok) {
        reload();
        emit visitChanged();
    }
    return ok;
}

bool VisitSession::reopen()
{
    const bool ok = commit([&] { m_lifecycle.reopen(m_visit.visitId); });
    if (ok) {
        reload();
        emit visitChanged();
    }
    return ok;
}

QByteArray VisitSession::photoData(const QString &photoId)
{
    const Photo *photo = m_visit.photo(photoId);
    return photo ? storage::VisitStore(m_db).photoData(photo->sha256) : QByteArray();
}

// Issue 18: case number, time per activity, the operator's comment and signature.

bool VisitSession::setTime(Activity activity, int minutes, bool chargeable)
{
    const TimeEntry *entry = m_visit.caseInfo.entry(activity);
    if (entry && entry->minutes == minutes && entry->chargeable == chargeable)
        return true;
    const bool ok =
        commit([&] { m_lifecycle.setTime(m_visit.visitId, activity, minutes, chargeable); });
    if (ok) {
        reload();
        emit minutesChanged();
    }
    return ok;
}

bool VisitSession::setCaseNumber(const QString &caseNumber)
{
    if (caseNumber.trimmed() == m_visit.caseInfo.caseNumber)
        return true;
    const bool ok = commit([&] { m_lifecycle.setCaseNumber(m_visit.visitId, caseNumber); });
    if (ok) {
        reload();
        emit visitChanged();
    }
    return ok;
}

bool VisitSession::sign(const QString &name, const QString &role, const QByteArray &png,
                        bool declined, const QString &comment)
{
    const bool ok = commit(
        [&] { m_lifecycle.sign(m_visit.visitId, name, role, png, declined, comment); });
    if (ok) {
        reload();
        emit visitChanged();
    }
    return ok;
}

bool VisitSession::setOperatorComment(const QString &comment)
{
    const bool ok = commit([&] { m_lifecycle.setOperatorComment(m_visit.visitId, comment); });
    if (ok)
        reload();
    return ok;
}

QString VisitSession::lastCaseNumber()
{
    QString number;
    commit([&] { number = m_lifecycle.lastCaseNumber(m_visit.visitId); });
    return number;
}

} // namespace tillsyn::desktop
