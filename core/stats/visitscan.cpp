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

Result resultFrom(QStringView token)
{
    if (token == u"ok")
        return Result::Ok;
    if (token == u"deviation")
        return Result::Deviation;
    if (token == u"not_applicable")
        return Result::NotApplicable;
    // The merge stores an unanswered item as not_checked; nothing else can be there.
    return Result::NotChecked;
}

QString answersColumn(VisitScan::Answers answers)
{
    // Item ids are [A-Za-z0-9._-] and results are tokens, so ' ' and ',' cannot occur in them;
    // the section, which is free text, is hex-encoded for the same reason.
    QString concatenated;
    switch (answers) {
    case VisitScan::Answers::None:
        return QStringLiteral("NULL");
    case VisitScan::Answers::Results:
        concatenated = QStringLiteral("a.result");
        break;
    case VisitScan::Answers::Items:
        concatenated = QStringLiteral("a.item_id || ' ' || a.result");
        break;
    case VisitScan::Answers::ItemsAndSections:
        concatenated = QStringLiteral("a.item_id || ' ' || a.result || ' ' || hex(a.section)");
        break;
    }
    return QStringLiteral(
               "(SELECT group_concat(%1) FROM office_answer a WHERE a.visit_id = v.visit_id)")
        .arg(concatenated);
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
    return QStringLiteral("SELECT v.visit_id, v.checklist_id, v.checklist_version,"
                          " v.checklist_title, v.facility_category, v.kind, v.finished_at,"
                          " v.minutes_spent, %1, %2 FROM office_visit v WHERE %3")
        .arg(withMonth ? QStringLiteral("strftime('%Y-%m', v.finished_at, 'localtime')")
                       : QStringLiteral("NULL"),
             answersColumn(answers), conditions(binds));
}

QString VisitScan::section(QStringView hex)
{
    const QString key = hex.toString();
    auto it = m_sections.constFind(key);
    if (it == m_sections.constEnd())
        it = m_sections.insert(key, QString::fromUtf8(QByteArray::fromHex(key.toLatin1())));
    return *it;
}

void VisitScan::parse(Answers answers, QStringView text, std::vector<ScannedAnswer> *out)
{
    out->clear();
    for (const QStringView entry : text.tokenize(u',', Qt::SkipEmptyParts)) {
        ScannedAnswer a;
        if (answers == Answers::Results) {
            a.result = resultFrom(entry);
        } else {
            const qsizetype space = entry.indexOf(u' ');
            const qsizetype second = entry.indexOf(u' ', space + 1);
            a.itemId = entry.left(space);
            a.result = resultFrom(entry.mid(space + 1, second < 0 ? -1 : second - space - 1));
            if (second >= 0)
                a.section = section(entry.mid(second + 1));
        }
        out->push_back(std::move(a));
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
        v.visitId = q.value(0).toString();
        v.checklistId = q.value(1).toString();
        v.checklistVersion = q.value(2).toInt();
        v.checklistTitle = q.value(3).toString();
        v.category = q.value(4).toString();
        v.kind = q.value(5).toString();
        v.finishedAt = q.value(6).toString();
        v.minutesSpent = q.value(7).toInt();
        v.month = q.value(8).toString();
        const QString text = q.value(9).toString();
        parse(answers, text, &parsed);
        each(v, parsed);
    }
}

} // namespace tillsyn::stats
