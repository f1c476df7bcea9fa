#include "officestore.h"

#include "database.h"
#include "merge/mergedecision.h"
#include "util/error.h"
#include "visitfile/visitfilereader.h"

#include <algorithm>

namespace tillsyn::storage {

using namespace tillsyn::domain;

QSqlQuery &OfficeStore::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, m_db.prepare(sql)).first;
    return it->second;
}

std::vector<OfficeRevision> OfficeStore::revisions(const QString &visitId)
{
    QSqlQuery &q = statement(QStringLiteral(
        "SELECT revision, base_revision, content_hash, set_aside, file_name, merged_at, finished_at"
        " FROM office_revision WHERE visit_id = ? ORDER BY revision, merged_at, content_hash"));
    q.bindValue(0, visitId);
    m_db.exec(q);
    std::vector<OfficeRevision> out;
    while (q.next()) {
        out.push_back(
            {{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toBool()},
             q.value(4).toString(),
             Database::timeFrom(q.value(5)),
             Database::timeFrom(q.value(6))});
    }
    q.finish();
    return out;
}

void OfficeStore::insert(const Visit &v, const QString &contentHash, const QString &fileName,
                         const QByteArray &bytes, const QDateTime &mergedAt)
{
    QSqlQuery &q = statement(QStringLiteral(
        "INSERT INTO office_revision (visit_id, revision, base_revision, content_hash, file_name,"
        " bytes, merged_at, finished_at) VALUES (?,?,?,?,?,?,?,?)"));
    Database::bindAll(q, {v.visitId, v.revision, v.baseRevision, contentHash, fileName, bytes,
                          Database::timeText(mergedAt), Database::timeText(v.finishedAt)});
    m_db.exec(q);
}

QByteArray OfficeStore::bytes(const QString &visitId, int revision, const QString &contentHash)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT bytes FROM office_revision WHERE visit_id = "
                                              "? AND revision = ? AND content_hash = ?"));
    Database::bindAll(q, {visitId, revision, contentHash});
    m_db.exec(q);
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

void OfficeStore::setAside(const QString &visitId, int revision, const QString &contentHash,
                           bool aside)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE office_revision SET set_aside = ? WHERE visit_id = ? AND revision = ? AND"
        " content_hash = ?"));
    Database::bindAll(q, {aside ? 1 : 0, visitId, revision, contentHash});
    m_db.exec(q);
}

void OfficeStore::refresh(const QString &visitId, const Visit *parsed, const QString &parsedHash)
{
    const auto stored = revisions(visitId);
    std::vector<merge::StoredRevision> keys;
    for (const auto &r : stored)
        keys.push_back(r.key);
    const int current = merge::currentRevision(keys);
    // Of several contents at the current number (a conflict), the first merged stands until a
    // person chooses.
    const auto it = std::find_if(stored.begin(), stored.end(), [&](const OfficeRevision &r) {
        return r.key.revision == current && !r.key.setAside;
    });
    QSqlQuery &drop = statement(QStringLiteral("DELETE FROM office_visit WHERE visit_id = ?"));
    drop.bindValue(0, visitId);
    m_db.exec(drop);
    if (it == stored.end())
        return;
    const bool known = parsed && parsed->revision == current && parsedHash == it->key.contentHash;
    const Visit v = known ? *parsed
                          : visitfile::VisitFileReader::read(
                                bytes(visitId, current, it->key.contentHash), it->fileName);
    QStringList inspectors;
    for (const Inspector &i : v.inspectors)
        inspectors.append(i.name);
    QSqlQuery &q = statement(QStringLiteral(
        "INSERT INTO office_visit (visit_id, revision, content_hash, in_conflict, facility_id,"
        " facility_name, facility_category, checklist_id, checklist_version, checklist_title, kind,"
        " announced, inspectors, started_at, finished_at, minutes_spent, deviations)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    Database::bindAll(q, {visitId, current, it->key.contentHash, merge::inConflict(keys) ? 1 : 0,
                          v.facility.id, v.facility.name, v.facility.category, v.checklist.id,
                          v.checklist.version, v.checklist.title, toString(v.kind),
                          v.announced ? 1 : 0, inspectors.join(QStringLiteral(", ")),
                          Database::timeText(v.startedAt), Database::timeText(v.finishedAt),
                          v.minutesSpent, v.deviationCount()});
    m_db.exec(q);
    QSqlQuery &answer = statement(QStringLiteral(
        "INSERT INTO office_answer (visit_id, position, item_id, section, text, legal_reference,"
        " result, comment) VALUES (?,?,?,?,?,?,?,?)"));
    for (int i = 0; i < int(v.answers.size()); ++i) {
        const Answer &a = v.answers[size_t(i)];
        Database::bindAll(answer, {visitId, i, a.itemId, a.section, a.text, a.legalReference,
                                   toString(a.result.value_or(Result::NotChecked)), a.comment});
        m_db.exec(answer);
    }
}

void OfficeStore::addResolution(const Resolution &r)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO office_resolution (visit_id, revision, content_hash, reason, resolved_by,"
        " resolved_at) VALUES (?,?,?,?,?,?)"));
    Database::bindAll(q, {r.visitId, r.revision, r.contentHash, r.reason, r.resolvedBy,
                          Database::timeText(r.resolvedAt)});
    m_db.exec(q);
}

std::vector<Resolution> OfficeStore::resolutions(const QString &visitId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT revision, content_hash, reason, resolved_by, resolved_at FROM office_resolution"
        " WHERE visit_id = ? ORDER BY id"));
    q.addBindValue(visitId);
    m_db.exec(q);
    std::vector<Resolution> out;
    while (q.next())
        out.push_back({visitId, q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), Database::timeFrom(q.value(4))});
    return out;
}

qint64 OfficeStore::addRejected(const RejectedFile &f)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO office_rejected (file_name, reason, rejected_at, share,"
                       " content_hash, stored_as, moved) VALUES (?,?,?,?,?,?,?)"));
    Database::bindAll(q, {f.fileName, f.reason, Database::timeText(f.rejectedAt), f.share,
                          f.contentHash, f.storedAs, int(!f.storedAs.isEmpty())});
    m_db.exec(q);
    return q.lastInsertId().toLongLong();
}

qint64 OfficeStore::pendingRejection(const RejectedFile &f)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT id FROM office_rejected WHERE moved = 0 AND file_name = ? AND"
                       " content_hash = ? AND share = ? ORDER BY id LIMIT 1"));
    Database::bindAll(q, {f.fileName, f.contentHash, f.share});
    m_db.exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool OfficeStore::markRejectedMoved(qint64 id, const QString &storedAs)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE office_rejected SET stored_as = ?, moved = 1 WHERE id = ?"));
    Database::bindAll(q, {storedAs, id});
    m_db.exec(q);
    return q.numRowsAffected() > 0;
}

void OfficeStore::removePendingRejection(qint64 id)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("DELETE FROM office_rejected WHERE id = ? AND moved = 0"));
    Database::bindAll(q, {id});
    m_db.exec(q);
}

namespace {

const QString kRejectedColumns = QStringLiteral(
    "file_name, reason, rejected_at, share, content_hash, stored_as, id FROM office_rejected");

std::vector<RejectedFile> rejectedFrom(QSqlQuery &q)
{
    std::vector<RejectedFile> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), Database::timeFrom(q.value(2)),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                       q.value(6).toLongLong()});
    return out;
}

} // namespace

std::vector<RejectedFile> OfficeStore::pendingRejections(const QString &share)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 WHERE moved = 0 AND share = ? ORDER BY id")
                                   .arg(kRejectedColumns));
    Database::bindAll(q, {share});
    m_db.exec(q);
    return rejectedFrom(q);
}

QSet<QString> OfficeStore::rejectedPaths()
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT stored_as FROM office_rejected WHERE stored_as <> ''"));
    m_db.exec(q);
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

std::vector<RejectedFile> OfficeStore::rejected()
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 ORDER BY id DESC").arg(kRejectedColumns));
    m_db.exec(q);
    return rejectedFrom(q);
}

bool OfficeStore::hasVisits()
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM office_revision)"));
    m_db.exec(q);
    return q.next() && q.value(0).toBool();
}

std::vector<OfficeVisitSummary> OfficeStore::list()
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT v.visit_id, v.revision, v.in_conflict, v.facility_id, v.facility_name,"
        " v.checklist_id, v.checklist_title, v.kind, v.inspectors, v.started_at, v.finished_at,"
        " v.deviations, (SELECT group_concat(revision) FROM (SELECT DISTINCT revision FROM"
        " office_revision r WHERE r.visit_id = v.visit_id ORDER BY revision))"
        " FROM office_visit v ORDER BY v.finished_at DESC, v.visit_id"));
    q.setForwardOnly(true);
    m_db.exec(q);
    std::vector<OfficeVisitSummary> out;
    while (q.next()) {
        OfficeVisitSummary s;
        s.visitId = q.value(0).toString();
        s.revision = q.value(1).toInt();
        s.inConflict = q.value(2).toBool();
        s.facilityId = q.value(3).toString();
        s.facilityName = q.value(4).toString();
        s.checklistId = q.value(5).toString();
        s.checklistTitle = q.value(6).toString();
        fromString(q.value(7).toString(), &s.kind);
        s.inspectors = q.value(8).toString();
        s.startedAt = Database::timeFrom(q.value(9));
        s.finishedAt = Database::timeFrom(q.value(10));
        s.deviations = q.value(11).toInt();
        for (const QString &r : q.value(12).toString().split(u',', Qt::SkipEmptyParts))
            s.revisions.push_back(r.toInt());
        out.push_back(std::move(s));
    }
    return out;
}

Visit OfficeStore::content(const QString &visitId, const OfficeRevision &revision)
{
    return visitfile::VisitFileReader::read(
        bytes(visitId, revision.key.revision, revision.key.contentHash), revision.fileName);
}

std::optional<Visit> OfficeStore::current(const QString &visitId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT v.revision, v.content_hash, r.file_name, r.bytes FROM office_visit v JOIN"
        " office_revision r ON r.visit_id = v.visit_id AND r.revision = v.revision AND"
        " r.content_hash = v.content_hash WHERE v.visit_id = ?"));
    q.addBindValue(visitId);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return visitfile::VisitFileReader::read(q.value(3).toByteArray(), q.value(2).toString());
}

} // namespace tillsyn::storage
