#include "facilitystore.h"

#include "database.h"
#include "facilitysearchindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlRecord>

namespace tillsyn::storage {

using domain::Facility;

namespace {

const QString kColumns = QStringLiteral(
    "f.id, f.name, f.address, f.postal_code, f.city, f.category, f.risk_class, f.operator_name,"
    " f.org_number, f.contact_name, f.phone, f.email, f.active, f.exp_class, f.control_hours");

Facility facilityFrom(const QSqlQuery &q)
{
    Facility f;
    f.id = q.value(0).toString();
    f.name = q.value(1).toString();
    f.address = q.value(2).toString();
    f.postalCode = q.value(3).toString();
    f.city = q.value(4).toString();
    f.category = q.value(5).toString();
    if (!q.value(6).isNull())
        f.riskClass = q.value(6).toInt();
    f.operatorDetails.name = q.value(7).toString();
    f.operatorDetails.orgNumber = q.value(8).toString();
    f.operatorDetails.contactName = q.value(9).toString();
    f.operatorDetails.phone = q.value(10).toString();
    f.operatorDetails.email = q.value(11).toString();
    f.active = q.value(12).toBool();
    f.expClass = q.value(13).toString();
    if (!q.value(14).isNull())
        f.controlHours = q.value(14).toDouble();
    return f;
}

} // namespace

QStringList FacilityStore::searchWords(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    return text.split(separators, Qt::SkipEmptyParts);
}

QString FacilityStore::matchExpression(const QString &text)
{
    QStringList terms;
    for (const QString &word : searchWords(text))
        terms.append(u'"' + word + QStringLiteral("\"*"));
    return terms.join(u' ');
}

ImportCounts FacilityStore::upsert(const std::vector<Facility> &facilities)
{
    ImportCounts counts;
    Transaction tx(m_db);
    FacilitySearchIndex index(m_db);
    // A large import builds the search index once at the end rather than row by row.
    const bool bulk = facilities.size() > 1000 && int(facilities.size()) > count({}, true) / 10;
    bool rebuild = bulk;
    if (bulk)
        index.suspend();
    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT INTO facility (id, name, address, postal_code, city, category, risk_class,"
        " operator_name, org_number, contact_name, phone, email, active, sort_key, exp_class,"
        " control_hours)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT(id) DO UPDATE SET name=excluded.name, address=excluded.address,"
        " postal_code=excluded.postal_code, city=excluded.city, category=excluded.category,"
        " risk_class=excluded.risk_class, operator_name=excluded.operator_name,"
        " org_number=excluded.org_number, contact_name=excluded.contact_name,"
        " phone=excluded.phone, email=excluded.email, active=excluded.active,"
        " sort_key=excluded.sort_key, exp_class=excluded.exp_class,"
        " control_hours=excluded.control_hours"));
    for (const Facility &f : facilities) {
        const std::optional<StoredFacility> existing = stored(f.id);
        if (existing && existing->facility == f) {
            ++counts.unchanged;
            continue;
        }
        ++(existing ? counts.updated : counts.added);
        // The key keeps the register in name order (see FacilitySearchIndex).
        std::optional<qint64> key;
        if (existing && existing->facility.name == f.name)
            key = existing->sortKey;
        else if (!rebuild)
            key = index.keyFor(f.name, f.id);
        if (!key) {
            rebuild = true;
            key = index.provisionalKey();
        }
        const QVariantList values = {f.id,
                                     f.name,
                                     f.address,
                                     f.postalCode,
                                     f.city,
                                     f.category,
                                     f.riskClass ? QVariant(*f.riskClass)
                                                 : QVariant(QMetaType(QMetaType::Int)),
                                     f.operatorDetails.name,
                                     f.operatorDetails.orgNumber,
                                     f.operatorDetails.contactName,
                                     f.operatorDetails.phone,
                                     f.operatorDetails.email,
                                     f.active ? 1 : 0,
                                     *key,
                                     f.expClass,
                                     f.controlHours ? QVariant(*f.controlHours)
                                                    : QVariant(QMetaType(QMetaType::Double))};
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values.at(i);
            insert.bindValue(i,
                             v.typeId() == QMetaType::QString ? Database::text(v.toString()) : v);
        }
        m_db.exec(insert);
    }
    if (rebuild)
        index.rebuild();
    tx.commit();
    return counts;
}

int FacilityStore::deactivateAllBut(const std::vector<Facility> &kept)
{
    QJsonArray ids;
    for (const Facility &f : kept)
        ids.append(f.id);
    // One statement, the kept ids as one JSON array: no limit on the number of bound values.
    QSqlQuery q =
        m_db.prepare(QStringLiteral("UPDATE facility SET active = 0 WHERE active = 1 AND id NOT IN"
                                    " (SELECT value FROM json_each(?))"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    m_db.exec(q);
    return q.numRowsAffected();
}

std::optional<Facility> FacilityStore::find(const QString &id)
{
    auto row = stored(id);
    return row ? std::optional<Facility>(std::move(row->facility)) : std::nullopt;
}

std::optional<FacilityStore::StoredFacility> FacilityStore::stored(const QString &id)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1, f.sort_key FROM facility f WHERE f.id = ?").arg(kColumns));
    q.addBindValue(id);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    // facilityFrom reads the first 15 columns; the key follows them.
    return StoredFacility{facilityFrom(q), q.value(15).toLongLong()};
}

namespace {

// One typed character matches too much for a full-text prefix query to stay instant over a large
// register (every match must be sorted by name), so it narrows by the start of the name instead:
// a range scan on the name index.
bool isNamePrefixQuery(const QString &text, QString *prefix)
{
    const QString t = text.trimmed();
    if (t.size() != 1 || !t.at(0).isLetterOrNumber())
        return false;
    *prefix = t;
    return true;
}

struct Filter
{
    QString fromWhere;
    QVariantList binds;
    // Name order: the full-text index's rowids are in name order (FacilitySearchIndex), so its
    // matches are read in that order and the first page needs no sort of all of them.
    QString orderBy = QStringLiteral("f.name COLLATE NOCASE, f.id");
};

Filter filterFor(const QString &text, bool includeInactive)
{
    const QString active = includeInactive ? QString() : QStringLiteral(" AND f.active = 1");
    QString prefix;
    if (isNamePrefixQuery(text, &prefix)) {
        // x'f48fbfbf' is U+10FFFF: the upper bound of every name starting with the prefix.
        // NOCASE folds ASCII only, so a non-ASCII letter is looked up as the capital names start
        // with.
        const QString p = prefix.at(0).unicode() < 0x80 ? prefix : prefix.toUpper();
        return {QStringLiteral("FROM facility f WHERE f.name >= ? COLLATE NOCASE"
                               " AND f.name < ? || x'f48fbfbf' COLLATE NOCASE") +
                    active,
                {p, p}};
    }
    const QString match = FacilityStore::matchExpression(text);
    if (match.isEmpty())
        return {QStringLiteral("FROM facility f WHERE 1") + active, {}};
    return {QStringLiteral("FROM facility_fts JOIN facility f ON f.sort_key = facility_fts.rowid"
                           " WHERE facility_fts MATCH ?") +
                active,
            {match},
            QStringLiteral("facility_fts.rowid")};
}

QSqlQuery prepared(Database &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.setForwardOnly(true);
    db.exec(q);
    return q;
}

} // namespace

std::vector<Facility> FacilityStore::search(const QString &text, int offset, int limit,
                                            bool includeInactive)
{
    Filter filter = filterFor(text, includeInactive);
    filter.binds << limit << offset;
    QSqlQuery q = prepared(m_db,
                           QStringLiteral("SELECT %1 %2 ORDER BY %3 LIMIT ? OFFSET ?")
                               .arg(kColumns, filter.fromWhere, filter.orderBy),
                           filter.binds);
    std::vector<Facility> out;
    while (q.next())
        out.push_back(facilityFrom(q));
    return out;
}

int FacilityStore::count(const QString &text, bool includeInactive)
{
    const Filter filter = filterFor(text, includeInactive);
    QSqlQuery q =
        prepared(m_db, QStringLiteral("SELECT count(*) ") + filter.fromWhere, filter.binds);
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace tillsyn::storage
