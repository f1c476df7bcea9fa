#include "visitstore.h"

#include "database.h"
#include "visitcasestore.h"
#include "followupstore.h"
#include "util/error.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tillsyn::storage {

using namespace tillsyn::domain;

namespace {

QString personsJson(const QStringList &persons)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(persons)).toJson(QJsonDocument::Compact));
}

QStringList personsFrom(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(v.toString());
    return out;
}

} // namespace

void VisitStore::insert(const Visit &v)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO visit (visit_id, revision, base_revision, status, started_at, finished_at,"
        " device_id, device_name, facility_id, facility_name, facility_org_number,"
        " facility_address, facility_postal_code, facility_city, facility_category, operator_name,"
        " checklist_id, checklist_version, checklist_title, kind, announced, minutes_spent,"
        " present_persons, summary) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    Database::bindAll(
        q, {v.visitId,
            v.revision,
            v.baseRevision,
            toString(v.status),
            Database::timeText(v.startedAt),
            v.finishedAt.isValid() ? QVariant(Database::timeText(v.finishedAt)) : QVariant(),
            v.device.id,
            v.device.name,
            v.facility.id,
            v.facility.name,
            v.facility.operatorDetails.orgNumber,
            v.facility.address,
            v.facility.postalCode,
            v.facility.city,
            v.facility.category,
            v.facility.operatorDetails.name,
            v.checklist.id,
            v.checklist.version,
            v.checklist.title,
            toString(v.kind),
            v.announced ? 1 : 0,
            v.minutesSpent,
            personsJson(v.presentPersons),
            v.summary});
    m_db.exec(q);

    QSqlQuery inspector = m_db.prepare(QStringLiteral(
        "INSERT INTO visit_inspector (visit_id, revision, position, inspector_id, name)"
        " VALUES (?,?,?,?,?)"));
    for (int i = 0; i < int(v.inspectors.size()); ++i) {
        Database::bindAll(inspector, {v.visitId, v.revision, i, v.inspectors[size_t(i)].id,
                                      v.inspectors[size_t(i)].name});
        m_db.exec(inspector);
    }
    QSqlQuery answer = m_db.prepare(
        QStringLiteral("INSERT INTO answer (visit_id, revision, position, item_id, section, text,"
                       " legal_reference, result, comment, control_area)"
                       " VALUES (?,?,?,?,?,?,?,?,?,?)"));
    for (int i = 0; i < int(v.answers.size()); ++i) {
        const Answer &a = v.answers[size_t(i)];
        Database::bindAll(answer,
                          {v.visitId, v.revision, i, a.itemId, a.section, a.text, a.legalReference,
                           a.result ? QVariant(toString(*a.result)) : QVariant(), a.comment,
                           a.controlArea});
        m_db.exec(answer);
    }
    for (const Photo &p : v.photos)
        insertPhoto(v.visitId, v.revision, p);
    VisitCaseStore(m_db).insert(v.visitId, v.revision, v.caseInfo);
    FollowUpStore(m_db).insert(v);
}

void VisitStore::insertPhoto(const QString &visitId, int revision, const Photo &p)
{
    if (!p.data.isEmpty()) {
        QSqlQuery data = m_db.prepare(
            QStringLiteral("INSERT OR IGNORE INTO photo_data (sha256, data) VALUES (?, ?)"));
        data.addBindValue(p.sha256);
        data.addBindValue(p.data);
        m_db.exec(data);
    }
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO photo (visit_id, revision, photo_id, item_id, position, media_type, bytes,"
        " sha256, caption) VALUES (?,?,?,?,"
        " (SELECT coalesce(max(position), -1) + 1 FROM photo WHERE visit_id = ? AND"
        " revision = ?),?,?,?,?)"));
    // Plain positional parameters only: Qt's SQLite driver refuses "?1" mixed with "?".
    Database::bindAll(q, {visitId, revision, p.id, p.itemId, visitId, revision, p.mediaType,
                          p.bytes, p.sha256, p.caption});
    m_db.exec(q);
}

std::optional<Visit> VisitStore::load(const QString &visitId, int revision, bool withPhotoData)
{
    if (revision == 0)
        revision = latestRevision(visitId);
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT base_revision, status, started_at, finished_at, device_id, device_name,"
        " facility_id, facility_name, facility_org_number, facility_address,"
        " facility_postal_code, facility_city, facility_category, operator_name, checklist_id,"
        " checklist_version, checklist_title, kind, announced, minutes_spent, present_persons,"
        " summary FROM visit WHERE visit_id = ? AND revision = ?"));
    q.addBindValue(visitId);
    q.addBindValue(revision);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    Visit v;
    v.visitId = visitId;
    v.revision = revision;
    v.baseRevision = q.value(0).toInt();
    v.status = q.value(1).toString() == u"finished" ? VisitStatus::Finished : VisitStatus::Draft;
    v.startedAt = Database::timeFrom(q.value(2));
    v.finishedAt = Database::timeFrom(q.value(3));
    v.device = {q.value(4).toString(), q.value(5).toString()};
    v.facility.id = q.value(6).toString();
    v.facility.name = q.value(7).toString();
    v.facility.operatorDetails.orgNumber = q.value(8).toString();
    v.facility.address = q.value(9).toString();
    v.facility.postalCode = q.value(10).toString();
    v.facility.city = q.value(11).toString();
    v.facility.category = q.value(12).toString();
    v.facility.operatorDetails.name = q.value(13).toString();
    v.checklist = {q.value(14).toString(), q.value(15).toInt(), q.value(16).toString()};
    fromString(q.value(17).toString(), &v.kind);
    v.announced = q.value(18).toBool();
    v.minutesSpent = q.value(19).toInt();
    v.presentPersons = personsFrom(q.value(20).toString());
    v.summary = q.value(21).toString();

    QSqlQuery inspectors = m_db.prepare(
        QStringLiteral("SELECT inspector_id, name FROM visit_inspector WHERE visit_id = ? AND"
                       " revision = ? ORDER BY position"));
    inspectors.addBindValue(visitId);
    inspectors.addBindValue(revision);
    m_db.exec(inspectors);
    while (inspectors.next())
        v.inspectors.push_back({inspectors.value(0).toString(), inspectors.value(1).toString()});
    loadAnswers(v);
    loadPhotos(v, withPhotoData);
    v.caseInfo = VisitCaseStore(m_db).load(visitId, revision);
    FollowUpStore(m_db).load(v);
    return v;
}

void VisitStore::loadAnswers(Visit &v)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT item_id, section, text, legal_reference, result, comment,"
                       " control_area FROM answer WHERE visit_id = ? AND revision = ?"
                       " ORDER BY position"));
    q.addBindValue(v.visitId);
    q.addBindValue(v.revision);
    m_db.exec(q);
    while (q.next()) {
        Answer a;
        a.itemId = q.value(0).toString();
        a.section = q.value(1).toString();
        a.text = q.value(2).toString();
        a.legalReference = q.value(3).toString();
        if (!q.value(4).isNull()) {
            Result r;
            if (fromString(q.value(4).toString(), &r))
                a.result = r;
        }
        a.comment = q.value(5).toString();
        a.controlArea = q.value(6).toString();
        v.answers.push_back(std::move(a));
    }
}

void VisitStore::loadPhotos(Visit &v, bool withData)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral(
            "SELECT p.photo_id, p.item_id, p.media_type, p.bytes, p.sha256, p.caption, %1"
            " FROM photo p %2 WHERE p.visit_id = ? AND p.revision = ? ORDER BY p.position")
            .arg(withData ? QStringLiteral("d.data") : QStringLiteral("NULL"),
                 withData ? QStringLiteral("JOIN photo_data d USING (sha256)") : QString()));
    q.addBindValue(v.visitId);
    q.addBindValue(v.revision);
    m_db.exec(q);
    while (q.next()) {
        Photo p;
        p.id = q.value(0).toString();
        p.itemId = q.value(1).toString();
        p.mediaType = q.value(2).toString();
        p.bytes = q.value(3).toLongLong();
        p.sha256 = q.value(4).toString();
        p.caption = q.value(5).toString();
        p.data = q.value(6).toByteArray();
        for (Answer &a : v.answers) {
            if (a.itemId == p.itemId)
                a.photoIds.append(p.id);
        }
        v.photos.push_back(std::move(p));
    }
}

int VisitStore::latestRevision(const QString &visitId)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT coalesce(max(revision), 0) FROM visit WHERE visit_id = ?"));
    q.addBindValue(visitId);
    m_db.exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

std::vector<int> VisitStore::revisions(const QString &visitId)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT revision FROM visit WHERE visit_id = ? ORDER BY revision"));
    q.addBindValue(visitId);
    m_db.exec(q);
    std::vector<int> out;
    while (q.next())
        out.push_back(q.value(0).toInt());
    return out;
}

VisitStore::EarlierDeviations VisitStore::earlierDeviations(const QString &facilityId,
                                                            const QString &excludeVisitId,
                                                            const QDateTime &before)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT v.visit_id, v.revision, v.started_at FROM visit v WHERE v.facility_id = ? AND"
        " v.visit_id <> ? AND v.started_at < ? AND v.status = 'finished' AND v.revision ="
        " (SELECT max(revision) FROM visit w WHERE w.visit_id = v.visit_id AND"
        " w.status = 'finished') ORDER BY v.started_at DESC LIMIT 1"));
    Database::bindAll(q, {facilityId, excludeVisitId, Database::timeText(before)});
    m_db.exec(q);
    EarlierDeviations out;
    if (!q.next())
        return out;
    out.startedAt = Database::timeFrom(q.value(2));
    QSqlQuery items = m_db.prepare(QStringLiteral(
        "SELECT item_id FROM answer WHERE visit_id = ? AND revision = ? AND result = 'deviation'"));
    Database::bindAll(items, {q.value(0), q.value(1)});
    m_db.exec(items);
    while (items.next())
        out.itemIds.push_back(items.value(0).toString());
    return out;
}

std::optional<VisitStatus> VisitStore::status(const QString &visitId, int revision)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT status FROM visit WHERE visit_id = ? AND revision = ?"));
    q.addBindValue(visitId);
    q.addBindValue(revision);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString() == u"finished" ? VisitStatus::Finished : VisitStatus::Draft;
}

QHash<QString, QDateTime> VisitStore::lastVisits()
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT facility_id, max(started_at) FROM visit GROUP BY facility_id"));
    q.setForwardOnly(true);
    m_db.exec(q);
    QHash<QString, QDateTime> out;
    while (q.next())
        out.insert(q.value(0).toString(), Database::timeFrom(q.value(1)));
    return out;
}

std::vector<VisitSummary> VisitStore::list(const QString &facilityId)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT v.visit_id, v.revision, v.base_revision, v.status, v.facility_id, "
                       "v.facility_name,"
                       " v.checklist_id, v.checklist_title, v.kind, v.started_at, v.finished_at,"
                       " (SELECT count(result) FROM answer a WHERE a.visit_id = v.visit_id AND"
                       "  a.revision = v.revision),"
                       " (SELECT count(*) FROM answer a WHERE a.visit_id = v.visit_id AND "
                       "a.revision = v.revision),"
                       " (SELECT count(*) FROM answer a WHERE a.visit_id = v.visit_id AND"
                       "  a.revision = v.revision AND a.result = 'deviation'),"
                       " o.file_name, o.sent_at, o.last_error"
                       " FROM visit v LEFT JOIN outbox o ON o.visit_id = v.visit_id AND"
                       " o.revision = v.revision"
                       " WHERE v.revision = (SELECT max(revision) FROM visit w WHERE"
                       " w.visit_id = v.visit_id)%1 ORDER BY v.started_at DESC, v.visit_id")
            .arg(facilityId.isEmpty() ? QString() : QStringLiteral(" AND v.facility_id = ?")));
    if (!facilityId.isEmpty())
        q.addBindValue(facilityId);
    q.setForwardOnly(true);
    m_db.exec(q);
    std::vector<VisitSummary> out;
    while (q.next()) {
        VisitSummary s;
        s.visitId = q.value(0).toString();
        s.revision = q.value(1).toInt();
        s.baseRevision = q.value(2).toInt();
        s.status =
            q.value(3).toString() == u"finished" ? VisitStatus::Finished : VisitStatus::Draft;
        s.facilityId = q.value(4).toString();
        s.facilityName = q.value(5).toString();
        s.checklistId = q.value(6).toString();
        s.checklistTitle = q.value(7).toString();
        fromString(q.value(8).toString(), &s.kind);
        s.startedAt = Database::timeFrom(q.value(9));
        s.finishedAt = Database::timeFrom(q.value(10));
        s.answered = q.value(11).toInt();
        s.items = q.value(12).toInt();
        s.deviations = q.value(13).toInt();
        if (!q.value(14).isNull()) {
            s.syncError = q.value(16).toString();
            s.sync = !q.value(15).isNull()   ? VisitSummary::Sync::Sent
                     : s.syncError.isEmpty() ? VisitSummary::Sync::Waiting
                                             : VisitSummary::Sync::Failed;
        }
        out.push_back(std::move(s));
    }
    return out;
}

void VisitStore::setAnswer(const QString &visitId, int revision, const QString &itemId,
                           std::optional<Result> result, const QString &comment)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE answer SET result = ?, comment = ? WHERE visit_id = ? AND revision = ? AND"
        " item_id = ?"));
    q.addBindValue(result ? QVariant(toString(*result)) : QVariant());
    q.addBindValue(Database::text(comment));
    q.addBindValue(visitId);
    q.addBindValue(revision);
    q.addBindValue(itemId);
    m_db.exec(q);
}

void VisitStore::setPhotoCaption(const QString &visitId, int revision, const QString &photoId,
                                 const QString &caption)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE photo SET caption = ? WHERE visit_id = ? AND revision = ? AND photo_id = ?"));
    Database::bindAll(q, {caption, visitId, revision, photoId});
    m_db.exec(q);
}

void VisitStore::removePhoto(const QString &visitId, int revision, const QString &photoId)
{
    QSqlQuery sha = m_db.prepare(QStringLiteral(
        "SELECT sha256 FROM photo WHERE visit_id = ? AND revision = ? AND photo_id = ?"));
    Database::bindAll(sha, {visitId, revision, photoId});
    m_db.exec(sha);
    if (!sha.next())
        return;
    const QString hash = sha.value(0).toString();
    QSqlQuery q = m_db.prepare(
        QStringLiteral("DELETE FROM photo WHERE visit_id = ? AND revision = ? AND photo_id = ?"));
    Database::bindAll(q, {visitId, revision, photoId});
    m_db.exec(q);
    QSqlQuery orphan =
        m_db.prepare(QStringLiteral("DELETE FROM photo_data WHERE sha256 = ? AND NOT EXISTS"
                                    " (SELECT 1 FROM photo WHERE sha256 = ?)"));
    orphan.bindValue(0, hash);
    orphan.bindValue(1, hash);
    m_db.exec(orphan);
}

bool VisitStore::deleteDraft(const QString &visitId, int revision)
{
    QSqlQuery photos = m_db.prepare(
        QStringLiteral("SELECT DISTINCT sha256 FROM photo WHERE visit_id = ? AND revision = ?"));
    Database::bindAll(photos, {visitId, revision});
    m_db.exec(photos);
    QStringList hashes;
    while (photos.next())
        hashes << photos.value(0).toString();
    // Answers, inspectors and photos go with the revision (ON DELETE CASCADE).
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "DELETE FROM visit WHERE visit_id = ? AND revision = ? AND status = 'draft'"));
    Database::bindAll(q, {visitId, revision});
    m_db.exec(q);
    const bool deleted = q.numRowsAffected() > 0;
    // Picture bytes are shared by content: only those no other photo uses go.
    for (const QString &hash : hashes) {
        QSqlQuery orphan =
            m_db.prepare(QStringLiteral("DELETE FROM photo_data WHERE sha256 = ? AND NOT EXISTS"
                                        " (SELECT 1 FROM photo WHERE sha256 = ?)"));
        orphan.bindValue(0, hash);
        orphan.bindValue(1, hash);
        m_db.exec(orphan);
    }
    return deleted;
}

QByteArray VisitStore::photoData(const QString &sha256)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT data FROM photo_data WHERE sha256 = ?"));
    q.addBindValue(sha256);
    m_db.exec(q);
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

void VisitStore::updateVisitColumn(const QString &visitId, int revision, const char *column,
                                   const QVariant &value)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("UPDATE visit SET %1 = ? WHERE visit_id = ? AND revision = ?")
                         .arg(QLatin1String(column)));
    Database::bindAll(q, {value, visitId, revision});
    m_db.exec(q);
}

void VisitStore::setMinutes(const QString &visitId, int revision, int minutes)
{
    updateVisitColumn(visitId, revision, "minutes_spent", minutes);
}

void VisitStore::setPresentPersons(const QString &visitId, int revision, const QStringList &persons)
{
    updateVisitColumn(visitId, revision, "present_persons", personsJson(persons));
}

void VisitStore::setSummary(const QString &visitId, int revision, const QString &summary)
{
    updateVisitColumn(visitId, revision, "summary", summary);
}

void VisitStore::markFinished(const QString &visitId, int revision, const QDateTime &finishedAt)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE visit SET status = 'finished', finished_at = ? WHERE visit_id = ? AND"
        " revision = ? AND status = 'draft'"));
    Database::bindAll(q, {Database::timeText(finishedAt), visitId, revision});
    m_db.exec(q);
}

} // namespace tillsyn::storage
