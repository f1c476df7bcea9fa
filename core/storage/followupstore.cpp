#include "followupstore.h"

#include "database.h"
#include "visitstore.h"

namespace tillsyn::storage {

using namespace tillsyn::domain;

namespace {
const QString kPublishedAt = QStringLiteral("followups/publishedAt");
}

void FollowUpStore::load(Visit &v)
{
    QSqlQuery d = m_db.prepare(QStringLiteral(
        "SELECT item_id, deadline FROM answer_deadline WHERE visit_id = ? AND revision = ?"));
    Database::bindAll(d, {v.visitId, v.revision});
    m_db.exec(d);
    while (d.next()) {
        for (Answer &a : v.answers) {
            if (a.itemId == d.value(0).toString())
                a.deadline = parseDeadline(d.value(1).toString());
        }
    }
    QSqlQuery f = m_db.prepare(
        QStringLiteral("SELECT earlier_visit_id, item_id, status, comment FROM visit_follow_up"
                       " WHERE visit_id = ? AND revision = ? ORDER BY position"));
    Database::bindAll(f, {v.visitId, v.revision});
    m_db.exec(f);
    while (f.next()) {
        FollowUp up{f.value(0).toString(), f.value(1).toString(), FollowUpStatus::NotChecked,
                    f.value(3).toString()};
        fromString(f.value(2).toString(), &up.status);
        v.followUps.push_back(std::move(up));
    }
}

void FollowUpStore::insert(const Visit &v)
{
    for (const Answer &a : v.answers) {
        if (a.deadline)
            setDeadline(v.visitId, v.revision, a.itemId, a.deadline);
    }
    for (const FollowUp &f : v.followUps)
        setFollowUp(v.visitId, v.revision, f);
}

void FollowUpStore::setDeadline(const QString &visitId, int revision, const QString &itemId,
                                std::optional<QDate> deadline)
{
    QSqlQuery del = m_db.prepare(QStringLiteral(
        "DELETE FROM answer_deadline WHERE visit_id = ? AND revision = ? AND item_id = ?"));
    Database::bindAll(del, {visitId, revision, itemId});
    m_db.exec(del);
    if (!deadline)
        return;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO answer_deadline (visit_id, revision, item_id, deadline) VALUES (?,?,?,?)"));
    Database::bindAll(q, {visitId, revision, itemId, deadlineText(*deadline)});
    m_db.exec(q);
}

void FollowUpStore::setFollowUp(const QString &visitId, int revision, const FollowUp &f)
{
    QSqlQuery update = m_db.prepare(
        QStringLiteral("UPDATE visit_follow_up SET status = ?, comment = ? WHERE visit_id = ? AND"
                       " revision = ? AND earlier_visit_id = ? AND item_id = ?"));
    Database::bindAll(update, {toString(f.status), Database::text(f.comment), visitId, revision,
                               f.visitId, f.itemId});
    m_db.exec(update);
    if (update.numRowsAffected() > 0)
        return;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO visit_follow_up (visit_id, revision, position, earlier_visit_id, item_id,"
        " status, comment) VALUES (?,?,(SELECT coalesce(max(position), -1) + 1 FROM"
        " visit_follow_up WHERE visit_id = ? AND revision = ?),?,?,?,?)"));
    Database::bindAll(q, {visitId, revision, visitId, revision, f.visitId, f.itemId,
                          toString(f.status), Database::text(f.comment)});
    m_db.exec(q);
}

void FollowUpStore::removeFollowUp(const QString &visitId, int revision,
                                   const QString &earlierVisitId, const QString &itemId)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("DELETE FROM visit_follow_up WHERE visit_id = ? AND revision = ? AND"
                       " earlier_visit_id = ? AND item_id = ?"));
    Database::bindAll(q, {visitId, revision, earlierVisitId, itemId});
    m_db.exec(q);
}

void FollowUpStore::replacePublished(const std::vector<Deviation> &open,
                                     const QDateTime &publishedAt)
{
    m_db.exec(QStringLiteral("DELETE FROM reference_followup"));
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO reference_followup (visit_id, item_id, facility_id, revision, finished_at,"
        " checklist_id, checklist_version, section, text, legal_reference, comment, deadline,"
        " control_area, photo_count) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const Deviation &d : open) {
        Database::bindAll(q, {d.visitId, d.itemId, d.facilityId, d.revision,
                              Database::timeText(d.finishedAt), d.checklistId, d.checklistVersion,
                              Database::text(d.section), d.text, Database::text(d.legalReference),
                              Database::text(d.comment),
                              d.deadline ? QVariant(deadlineText(*d.deadline)) : QVariant(),
                              Database::text(d.controlArea), d.photoCount});
        m_db.exec(q);
    }
    m_db.setSetting(kPublishedAt, Database::timeText(publishedAt));
}

std::vector<Deviation> FollowUpStore::published(const QString &facilityId, QDateTime *publishedAt)
{
    const QString at = m_db.setting(kPublishedAt);
    *publishedAt = at.isEmpty() ? QDateTime() : Database::timeFrom(at);
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT visit_id, item_id, facility_id, revision, finished_at,"
                       " checklist_id, checklist_version, section, text, legal_reference, comment,"
                       " deadline, control_area, photo_count FROM reference_followup%1"
                       " ORDER BY facility_id, finished_at, visit_id, rowid")
            .arg(facilityId.isEmpty() ? QString() : QStringLiteral(" WHERE facility_id = ?")));
    if (!facilityId.isEmpty())
        q.addBindValue(facilityId);
    m_db.exec(q);
    std::vector<Deviation> out;
    while (q.next()) {
        Deviation d;
        d.visitId = q.value(0).toString();
        d.itemId = q.value(1).toString();
        d.facilityId = q.value(2).toString();
        d.revision = q.value(3).toInt();
        d.finishedAt = Database::timeFrom(q.value(4));
        d.checklistId = q.value(5).toString();
        d.checklistVersion = q.value(6).toInt();
        d.section = q.value(7).toString();
        d.text = q.value(8).toString();
        d.legalReference = q.value(9).toString();
        d.comment = q.value(10).toString();
        if (!q.value(11).isNull())
            d.deadline = parseDeadline(q.value(11).toString());
        d.controlArea = q.value(12).toString();
        d.photoCount = q.value(13).toInt();
        out.push_back(std::move(d));
    }
    return out;
}

std::vector<Visit> FollowUpStore::finishedVisits(const QString &facilityId)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT visit_id, max(revision) FROM visit WHERE status = 'finished'%1 "
                       "GROUP BY visit_id"
                       " ORDER BY visit_id")
            .arg(facilityId.isEmpty() ? QString() : QStringLiteral(" AND facility_id = ?")));
    if (!facilityId.isEmpty())
        q.addBindValue(facilityId);
    m_db.exec(q);
    std::vector<std::pair<QString, int>> keys;
    while (q.next())
        keys.emplace_back(q.value(0).toString(), q.value(1).toInt());
    std::vector<Visit> out;
    VisitStore visits(m_db);
    for (const auto &[id, revision] : keys) {
        if (auto v = visits.load(id, revision))
            out.push_back(std::move(*v));
    }
    return out;
}

} // namespace tillsyn::storage
