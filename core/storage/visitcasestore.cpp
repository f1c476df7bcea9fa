#include "visitcasestore.h"

#include "database.h"
#include "util/sha256.h"

namespace tillsyn::storage {

using namespace tillsyn::domain;

void VisitCaseStore::insert(const QString &visitId, int revision, const VisitCase &c)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE visit SET case_number = ?, operator_comment = ? WHERE visit_id = ? AND"
        " revision = ?"));
    Database::bindAll(
        q, {Database::text(c.caseNumber), Database::text(c.operatorComment), visitId, revision});
    m_db.exec(q);
    for (const TimeEntry &e : c.timeEntries)
        setTime(visitId, revision, e);
    if (c.signature)
        setSignature(visitId, revision, c.signature);
}

VisitCase VisitCaseStore::load(const QString &visitId, int revision)
{
    VisitCase c;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT case_number, operator_comment, minutes_spent, status FROM visit WHERE"
        " visit_id = ? AND revision = ?"));
    Database::bindAll(q, {visitId, revision});
    m_db.exec(q);
    int plainMinutes = 0;
    if (q.next()) {
        c.caseNumber = q.value(0).toString();
        c.operatorComment = q.value(1).toString();
        if (q.value(3).toString() == QLatin1String("draft"))
            plainMinutes = q.value(2).toInt();
    }
    QSqlQuery t = m_db.prepare(
        QStringLiteral("SELECT activity, minutes, chargeable FROM visit_time WHERE visit_id = ? AND"
                       " revision = ?"));
    Database::bindAll(t, {visitId, revision});
    m_db.exec(t);
    while (t.next()) {
        TimeEntry e;
        if (!fromString(t.value(0).toString(), &e.activity))
            continue;
        e.minutes = t.value(1).toInt();
        e.chargeable = t.value(2).toBool();
        c.timeEntries.push_back(e);
    }
    // A draft from before time per activity (reopened from an old revision, or over the
    // migration's limit) shows its time as setTime() will keep it.
    if (c.timeEntries.empty() && plainMinutes > 0)
        c.timeEntries = VisitCase::fromPlainMinutes(plainMinutes);
    // In the order of a visit's work, whatever the order of the rows.
    std::sort(c.timeEntries.begin(), c.timeEntries.end(),
              [](const TimeEntry &a, const TimeEntry &b) { return a.activity < b.activity; });
    QSqlQuery s = m_db.prepare(QStringLiteral(
        "SELECT name, role, signed_at, declined, image FROM visit_signature WHERE visit_id = ?"
        " AND revision = ?"));
    Database::bindAll(s, {visitId, revision});
    m_db.exec(s);
    if (s.next()) {
        OperatorSignature sig;
        sig.name = s.value(0).toString();
        sig.role = s.value(1).toString();
        sig.signedAt = Database::timeFrom(s.value(2));
        sig.declined = s.value(3).toBool();
        if (!sig.declined) {
            sig.data = s.value(4).toByteArray();
            sig.mediaType = QStringLiteral("image/png");
            sig.sha256 = sha256Hex(sig.data);
        }
        c.signature = sig;
    }
    return c;
}

void VisitCaseStore::setCaseNumber(const QString &visitId, int revision, const QString &caseNumber)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE visit SET case_number = ? WHERE visit_id = ? AND revision = ?"));
    Database::bindAll(q, {Database::text(caseNumber), visitId, revision});
    m_db.exec(q);
}

void VisitCaseStore::setOperatorComment(const QString &visitId, int revision,
                                        const QString &comment)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE visit SET operator_comment = ? WHERE visit_id = ? AND revision = ?"));
    Database::bindAll(q, {Database::text(comment), visitId, revision});
    m_db.exec(q);
}

void VisitCaseStore::setTime(const QString &visitId, int revision, const TimeEntry &e)
{
    // The first activity set on a revision with plain minutes only: those minutes become
    // entries first, so the sum below does not drop them.
    QSqlQuery plain = m_db.prepare(QStringLiteral(
        "SELECT minutes_spent FROM visit WHERE visit_id = ? AND revision = ? AND NOT EXISTS"
        " (SELECT 1 FROM visit_time WHERE visit_id = ? AND revision = ?)"));
    Database::bindAll(plain, {visitId, revision, visitId, revision});
    m_db.exec(plain);
    const int plainMinutes = plain.next() ? plain.value(0).toInt() : 0;
    plain.finish();
    for (const TimeEntry &seed : VisitCase::fromPlainMinutes(plainMinutes)) {
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "INSERT INTO visit_time (visit_id, revision, activity, minutes, chargeable)"
            " VALUES (?,?,?,?,1)"));
        Database::bindAll(q, {visitId, revision, toString(seed.activity), seed.minutes});
        m_db.exec(q);
    }
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO visit_time (visit_id, revision, activity, minutes, chargeable)"
        " VALUES (?,?,?,?,?) ON CONFLICT (visit_id, revision, activity) DO UPDATE SET"
        " minutes = excluded.minutes, chargeable = excluded.chargeable"));
    Database::bindAll(q,
                      {visitId, revision, toString(e.activity), e.minutes, e.chargeable ? 1 : 0});
    m_db.exec(q);
    QSqlQuery sum = m_db.prepare(QStringLiteral(
        "UPDATE visit SET minutes_spent = (SELECT coalesce(sum(minutes), 0) FROM visit_time"
        " WHERE visit_id = ? AND revision = ?) WHERE visit_id = ? AND revision = ?"));
    Database::bindAll(sum, {visitId, revision, visitId, revision});
    m_db.exec(sum);
}

void VisitCaseStore::setSignature(const QString &visitId, int revision,
                                  const std::optional<OperatorSignature> &signature)
{
    QSqlQuery del = m_db.prepare(
        QStringLiteral("DELETE FROM visit_signature WHERE visit_id = ? AND revision = ?"));
    Database::bindAll(del, {visitId, revision});
    m_db.exec(del);
    if (!signature)
        return;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO visit_signature (visit_id, revision, name, role, signed_at, declined, image)"
        " VALUES (?,?,?,?,?,?,?)"));
    Database::bindAll(q, {visitId, revision, signature->name, Database::text(signature->role),
                          Database::timeText(signature->signedAt), signature->declined ? 1 : 0,
                          signature->declined ? QVariant(QMetaType(QMetaType::QByteArray))
                                              : QVariant(signature->data)});
    m_db.exec(q);
}

QString VisitCaseStore::lastCaseNumber(const QString &facilityId, const QString &excludeVisitId)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT case_number FROM visit WHERE facility_id = ? AND visit_id <> ? AND"
                       " case_number <> '' ORDER BY started_at DESC, revision DESC LIMIT 1"));
    Database::bindAll(q, {facilityId, excludeVisitId});
    m_db.exec(q);
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace tillsyn::storage
