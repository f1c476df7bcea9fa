#include "feeschedulestore.h"

#include "database.h"

namespace tillsyn::storage {

std::vector<fees::FeeRate> FeeScheduleStore::schedule()
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT valid_from, ore_per_hour, rounding FROM fee_rate ORDER BY valid_from"));
    m_db.exec(q);
    std::vector<fees::FeeRate> out;
    while (q.next()) {
        fees::FeeRate r;
        r.validFrom = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        r.orePerHour = q.value(1).toLongLong();
        fees::fromString(q.value(2).toString(), &r.rounding);
        out.push_back(r);
    }
    return out;
}

void FeeScheduleStore::set(const fees::FeeRate &rate)
{
    // ON CONFLICT … DO UPDATE: the same statement in SQLite (3.24+) and PostgreSQL (9.5+).
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO fee_rate (valid_from, ore_per_hour, rounding) VALUES (?, ?, ?)"
        " ON CONFLICT (valid_from) DO UPDATE SET ore_per_hour = excluded.ore_per_hour,"
        " rounding = excluded.rounding"));
    Database::bindAll(q, {rate.validFrom.toString(Qt::ISODate), rate.orePerHour,
                          fees::toString(rate.rounding)});
    m_db.exec(q);
}

void FeeScheduleStore::remove(const QDate &validFrom)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM fee_rate WHERE valid_from = ?"));
    Database::bindAll(q, {validFrom.toString(Qt::ISODate)});
    m_db.exec(q);
}

} // namespace tillsyn::storage
