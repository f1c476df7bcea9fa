#include "visitscan.h"

#include "storage/database.h"

#include <QDateTime>

namespace tillsyn::stats {

using domain::Result;

namespace {

// The stored times are UTC ISO text, so a local day's bounds compare as text.
QString utcText(const QDate &localDay)
{
    return localDay.startOfDay().toUTC().toString(Qt::ISODate);
}

struct Token
{
    QByteArrayView text;
    Result result;
};

// The results as stored. None is a suffix of another, so "<item id><result>" splits one way only.
constexpr Token kTokens[] = {{"ok", Result::Ok},
                             {"deviation", Result::Deviation},
                             {"not_checked", Result::NotChecked},
                             {"not_applicable", Result::NotApplicable}};

// Splits "<item id><result>"; false for anything else (the merge stores nothing else).
bool splitItem(QByteArrayView entry, ScannedAnswer *answer)
{
    for (const Token &t : kTokens) {
        if (entry.size() > t.text.size() && entry.endsWith(t.text)) {
            answer->itemId = entry.first(entry.size() - t.text.size());
            answer->result = t.result;
            return true;
        }
    }
    return false;
}

bool resultFrom(QByteArrayView token, ScannedAnswer *answer)
{
    for (const Token &t : kTokens) {
        if (token == t.text) {
            answer->result = t.result;
            return true;
        }
    }
    return false;
}

QString answersColumn(VisitScan::Answers answers)
{
    // Item ids are [A-Za-z0-9._-], so ',' and ' ' cannot occur in them or in a result; the
    // section, which is free text, is hex-encoded. No separator between an item id and its
    // result: one concatenation less per answer is a quarter of the query's time. The list is
    // read as bytes (all of it is ASCII), which spares converting it to UTF-16.
    QString entry;
    switch (answers) {
    case VisitScan::Answers::None:
        return QStringLiteral("NULL");
    case VisitScan::Answers::Results:
        entry = QStringLiteral("a.result");
        break;
    case VisitScan::Answers::Items:
        entry = QStringLiteral("a.item_id || a.result");
        break;
    case VisitScan::Answers::ItemsAndSections:
        entry = QStringLiteral("a.item_id || a.result || ' ' || hex(a.section)");
        break;
    }
    return QStringLiteral("CAST((SELECT group_concat(%1) FROM office_answer a"
                          " WHERE a.visit_id = v.visit_id) AS BLOB)")
        .arg(entry);
}

} // namespace

VisitScan::VisitScan(storage::Database &db, StatsFilter filter)
    : m_db(db)
    , m_filter(std::move(filter))
{}

QStringList VisitScan::inspectorListsMatching()
{
    // office_visit.inspectors holds the names joined by ", ". There are few distinct lists, so
    // they are matched here, where "any case" also holds for Å, Ä and Ö (SQLite's LIKE folds
    // only A-Z).
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT DISTINCT inspectors FROM office_visit"));
    m_db.exec(q);
    QStringList matching;
    while (q.next()) {
        const QString list = q.value(0).toString();
        for (const QString &name : list.split(QStringLiteral(", "))) {
            if (name.contains(m_filter.inspector, Qt::CaseInsensitive)) {
                matching.append(list);
                break;
            }
        }
    }
    return matching;
}

QString VisitScan::conditions(QVariantList *binds)
{
    QStringList where{QStringLiteral("v.in_conflict = 0")};
    if (m_filter.from.isValid()) {
        where << QStringLiteral("v.finished_at >= ?");
        binds->append(utcText(m_filter.from));
    }
    if (m_filter.to.isValid()) {
        where << QStringLiteral("v.finished_at < ?");
        binds->append(utcText(m_filter.to.addDays(1)));
    }
    if (!m_filter.checklistId.isEmpty()) {
        where << QStringLiteral("v.checklist_id = ?");
        binds->append(m_filter.checklistId);
    }
    if (m_filter.area) {
        where << QStringLiteral(
            "EXISTS (SELECT 1 FROM checklist c WHERE c.id = v.checklist_id AND c.area = ?)");
        binds->append(domain::areaToString(*m_filter.area));
    }
    if (m_filter.category) {
        where << QStringLiteral("v.facility_category = ?");
        binds->append(storage::Database::text(*m_filter.category));
    }
    if (m_filter.kind) {
        where << QStringLiteral("v.kind = ?");
        binds->append(domain::toString(*m_filter.kind));
    }
    if (!m_filter.inspector.isEmpty()) {
        const QStringList lists = inspectorListsMatching();
        where << (lists.isEmpty()
                      ? QStringLiteral("0")
                      : QStringLiteral("v.inspectors IN (%1)")
                            .arg(QStringList(lists.size(), QStringLiteral("?")).join(u',')));
        for (const QString &l : lists)
            binds->append(l);
    }
    return where.join(QStringLiteral(" AND "));
}

QString VisitScan::sql(Answers answers, bool withMonth, QVariantList *binds)
{
    // 'localtime': a visit finished at 00:30 on 1 April in Sweden belongs to April.
    return QStringLiteral("SELECT v.checklist_id, v.checklist_version, v.checklist_title,"
                          " v.facility_category, v.kind, v.finished_at,"
                          " v.minutes_spent, %1, %2 FROM office_visit v WHERE %3")
        .arg(withMonth ? QStringLiteral("strftime('%Y-%m', v.finished_at, 'localtime')")
                       : QStringLiteral("NULL"),
             answersColumn(answers), conditions(binds));
}

QString VisitScan::section(QByteArrayView hex)
{
    // Looked up without copying the key (most answers repeat the section before); copied once
    // when it is new.
    const QByteArray key = QByteArray::fromRawData(hex.data(), hex.size());
    auto it = m_sections.constFind(key);
    if (it == m_sections.constEnd()) {
        const QByteArray owned = hex.toByteArray();
        it = m_sections.insert(owned, QString::fromUtf8(QByteArray::fromHex(owned)));
    }
    return *it;
}

bool VisitScan::parseEntry(Answers answers, QByteArrayView entry, ScannedAnswer *answer)
{
    if (answers == Answers::Results)
        return resultFrom(entry, answer);
    if (answers == Answers::ItemsAndSections) {
        const qsizetype space = entry.lastIndexOf(' ');
        if (space < 0)
            return false;
        answer->section = section(entry.sliced(space + 1));
        entry = entry.first(space);
    }
    return splitItem(entry, answer);
}

void VisitScan::parse(Answers answers, QByteArrayView text, std::vector<ScannedAnswer> *out)
{
    out->clear();
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype comma = text.indexOf(',', from);
        if (comma < 0)
            comma = text.size();
        ScannedAnswer a;
        if (parseEntry(answers, text.sliced(from, comma - from), &a))
            out->push_back(std::move(a));
        from = comma + 1;
    }
}

void VisitScan::run(Answers answers, bool withMonth, const Callback &each)
{
    QVariantList binds;
    QSqlQuery q = m_db.prepare(sql(answers, withMonth, &binds));
    q.setForwardOnly(true);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    m_db.exec(q);
    ScannedVisit v;
    std::vector<ScannedAnswer> parsed;
    while (q.next()) {
        v.checklistId = q.value(0).toString();
        v.checklistVersion = q.value(1).toInt();
        v.checklistTitle = q.value(2).toString();
        v.category = q.value(3).toString();
        v.kind = q.value(4).toString();
        v.finishedAt = q.value(5).toString();
        v.minutesSpent = q.value(6).toInt();
        v.month = q.value(7).toString();
        const QByteArray text = q.value(8).toByteArray();
        parse(answers, text, &parsed);
        each(v, parsed);
    }
}

} // namespace tillsyn::stats
