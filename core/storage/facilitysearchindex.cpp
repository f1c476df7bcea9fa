#include "facilitysearchindex.h"

#include "database.h"

#include <QSqlQuery>

#include <limits>

namespace tillsyn::storage {

namespace {

// Room between neighbouring keys after a rebuild: 32 halvings before a rebuild is needed.
constexpr qint64 kSpacing = qint64(1) << 32;
constexpr qint64 kNone = std::numeric_limits<qint64>::min();

QStringList dropStatements()
{
    return {QStringLiteral("DROP TRIGGER IF EXISTS facility_fts_insert"),
            QStringLiteral("DROP TRIGGER IF EXISTS facility_fts_delete"),
            QStringLiteral("DROP TRIGGER IF EXISTS facility_fts_update"),
            QStringLiteral("DROP TABLE IF EXISTS facility_fts")};
}

// What the index holds of a facility (%1: the row's prefix): the org. number both as written
// and as bare digits.
QString indexed(const QString &row)
{
    return QStringLiteral("%1name, %1operator_name, %1org_number || ' ' || replace(%1org_number,"
                          " '-', ''), %1address || ' ' || %1postal_code, %1city")
        .arg(row);
}

} // namespace

QStringList FacilitySearchIndex::rebuildStatements()
{
    const QString insertRow =
        QStringLiteral("INSERT INTO facility_fts(rowid, name, operator_name, org_number, address,"
                       " city) VALUES (new.sort_key, %1);")
            .arg(indexed(QStringLiteral("new.")));
    const QString deleteRow =
        QStringLiteral("DELETE FROM facility_fts WHERE rowid = old.sort_key;");
    return dropStatements() +
           QStringList{
               QStringLiteral("UPDATE facility SET sort_key = r.k FROM (SELECT num, row_number()"
                              " OVER (ORDER BY name COLLATE NOCASE, id) * %1 AS k FROM facility)"
                              " AS r WHERE r.num = facility.num")
                   .arg(kSpacing),
               QStringLiteral("CREATE VIRTUAL TABLE facility_fts USING fts5("
                              " name, operator_name, org_number, address, city,"
                              " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),
               QStringLiteral("INSERT INTO facility_fts(rowid, name, operator_name, org_number,"
                              " address, city) SELECT sort_key, %1 FROM facility")
                   .arg(indexed(QString())),
               QStringLiteral("CREATE TRIGGER facility_fts_insert AFTER INSERT ON facility BEGIN"
                              " %1 END")
                   .arg(insertRow),
               QStringLiteral("CREATE TRIGGER facility_fts_delete AFTER DELETE ON facility BEGIN"
                              " %1 END")
                   .arg(deleteRow),
               // Not on a change of the other columns (deactivating, a phone number).
               QStringLiteral("CREATE TRIGGER facility_fts_update AFTER UPDATE OF name,"
                              " operator_name, org_number, address, postal_code, city, sort_key"
                              " ON facility BEGIN %1 %2 END")
                   .arg(deleteRow, insertRow),
           };
}

qint64 FacilitySearchIndex::neighbour(const QString &name, const QString &id, bool before)
{
    // (name COLLATE NOCASE, id) just below or above (name, id), not the row itself: a range on
    // the name index. (A row value comparison would not use the index with the collation.)
    const QString sql =
        before ? QStringLiteral("SELECT sort_key FROM facility WHERE name <= ? COLLATE NOCASE AND"
                                " NOT (name = ? COLLATE NOCASE AND id >= ?)"
                                " ORDER BY name COLLATE NOCASE DESC, id DESC LIMIT 1")
               : QStringLiteral("SELECT sort_key FROM facility WHERE name >= ? COLLATE NOCASE AND"
                                " NOT (name = ? COLLATE NOCASE AND id <= ?)"
                                " ORDER BY name COLLATE NOCASE, id LIMIT 1");
    QSqlQuery q = m_db.prepare(sql);
    q.addBindValue(Database::text(name));
    q.addBindValue(Database::text(name));
    q.addBindValue(Database::text(id));
    m_db.exec(q);
    return q.next() ? q.value(0).toLongLong() : kNone;
}

std::optional<qint64> FacilitySearchIndex::keyFor(const QString &name, const QString &id)
{
    const qint64 below = neighbour(name, id, true);
    const qint64 above = neighbour(name, id, false);
    constexpr qint64 kLimit = std::numeric_limits<qint64>::max() / 2;
    if (below == kNone && above == kNone)
        return kSpacing;
    if (above == kNone)
        return below < kLimit ? std::optional<qint64>(below + kSpacing) : std::nullopt;
    if (below == kNone)
        return above > -kLimit ? std::optional<qint64>(above - kSpacing) : std::nullopt;
    if (above - below < 2)
        return std::nullopt;
    return below + (above - below) / 2;
}

qint64 FacilitySearchIndex::provisionalKey()
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT max(sort_key) FROM facility"));
    m_db.exec(q);
    const qint64 max = q.next() ? q.value(0).toLongLong() : 0;
    return max + 1;
}

void FacilitySearchIndex::suspend()
{
    for (const QString &sql : dropStatements())
        m_db.exec(sql);
}

void FacilitySearchIndex::rebuild()
{
    for (const QString &sql : rebuildStatements())
        m_db.exec(sql);
}

} // namespace tillsyn::storage
