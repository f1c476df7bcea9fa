#include "deviationclosurestore.h"

#include "database.h"

namespace tillsyn::storage {

using domain::DeviationClosure;

namespace {
const QString kClosureColumns =
    QStringLiteral("visit_id, item_id, reason, closed_by, closed_at FROM office_deviation_closure");

std::vector<DeviationClosure> closuresFrom(QSqlQuery &q)
{
    std::vector<DeviationClosure> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), Database::timeFrom(q.value(4))});
    return out;
}
} // namespace

void DeviationClosureStore::add(const DeviationClosure &c)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO office_deviation_closure (visit_id, item_id, reason, closed_by,"
                       " closed_at) VALUES (?,?,?,?,?)"));
    Database::bindAll(q, {c.visitId, c.itemId, c.reason, Database::text(c.closedBy),
                          Database::timeText(c.closedAt)});
    m_db.exec(q);
}

std::optional<DeviationClosure> DeviationClosureStore::find(const QString &visitId,
                                                            const QString &itemId)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT %1 WHERE visit_id = ? AND item_id = ?").arg(kClosureColumns));
    Database::bindAll(q, {visitId, itemId});
    m_db.exec(q);
    auto found = closuresFrom(q);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::vector<DeviationClosure> DeviationClosureStore::all()
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT %1 ORDER BY visit_id, item_id").arg(kClosureColumns));
    m_db.exec(q);
    return closuresFrom(q);
}

} // namespace tillsyn::storage
