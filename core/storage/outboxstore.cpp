#include "outboxstore.h"

#include "database.h"

namespace tillsyn::storage {

void OutboxStore::add(const QString &visitId, int revision, const QString &fileName,
                      const QByteArray &bytes, const QDateTime &createdAt)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO outbox (visit_id, revision, file_name, "
                                              "bytes, created_at) VALUES (?,?,?,?,?)"));
    q.addBindValue(visitId);
    q.addBindValue(revision);
    q.addBindValue(fileName);
    q.addBindValue(bytes);
    q.addBindValue(Database::timeText(createdAt));
    m_db.exec(q);
}

std::vector<OutboxEntry> OutboxStore::select(const QString &where, bool withBytes,
                                             const QVariantList &binds)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral(
            "SELECT visit_id, revision, file_name, %1, created_at, sent_at, sent_to,"
            " attempts, last_error FROM outbox %2 ORDER BY created_at, visit_id, revision")
            .arg(withBytes ? QStringLiteral("bytes") : QStringLiteral("NULL"), where));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.setForwardOnly(true);
    m_db.exec(q);
    std::vector<OutboxEntry> out;
    while (q.next()) {
        out.push_back({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                       q.value(3).toByteArray(), Database::timeFrom(q.value(4)),
                       Database::timeFrom(q.value(5)), q.value(6).toString(), q.value(7).toInt(),
                       q.value(8).toString()});
    }
    return out;
}

std::optional<OutboxEntry> OutboxStore::find(const QString &visitId, int revision, bool withBytes)
{
    auto rows = select(QStringLiteral("WHERE visit_id = ? AND revision = ?"), withBytes,
                       {visitId, revision});
    if (rows.empty())
        return std::nullopt;
    return rows.front();
}

std::vector<OutboxEntry> OutboxStore::pending(bool withBytes)
{
    return select(QStringLiteral("WHERE sent_at IS NULL"), withBytes);
}

std::vector<OutboxEntry> OutboxStore::all()
{
    return select({}, false);
}

int OutboxStore::pendingCount()
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE sent_at IS NULL"));
    m_db.exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

void OutboxStore::markSent(const QString &visitId, int revision, const QDateTime &when,
                           const QString &to)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE outbox SET sent_at = ?, sent_to = ?, last_attempt_at = ?, last_error = '',"
        " attempts = attempts + 1 WHERE visit_id = ? AND revision = ?"));
    q.addBindValue(Database::timeText(when));
    q.addBindValue(Database::text(to));
    q.addBindValue(Database::timeText(when));
    q.addBindValue(visitId);
    q.addBindValue(revision);
    m_db.exec(q);
}

void OutboxStore::markFailed(const QString &visitId, int revision, const QDateTime &when,
                             const QString &error)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE outbox SET last_attempt_at = ?, last_error = ?, attempts = attempts + 1"
        " WHERE visit_id = ? AND revision = ?"));
    q.addBindValue(Database::timeText(when));
    q.addBindValue(Database::text(error));
    q.addBindValue(visitId);
    q.addBindValue(revision);
    m_db.exec(q);
}

std::vector<std::pair<QString, int>> OutboxStore::finishedWithoutFile()
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT v.visit_id, v.revision FROM visit v WHERE v.status = 'finished' AND NOT EXISTS"
        " (SELECT 1 FROM outbox o WHERE o.visit_id = v.visit_id AND o.revision = v.revision)"));
    m_db.exec(q);
    std::vector<std::pair<QString, int>> out;
    while (q.next())
        out.emplace_back(q.value(0).toString(), q.value(1).toInt());
    return out;
}

} // namespace tillsyn::storage
