#include "checkliststore.h"

#include "database.h"
#include "facilitystore.h"
#include "util/error.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tillsyn::storage {

using domain::Checklist;

ImportCounts ChecklistStore::import(const std::vector<Checklist> &checklists, const QString &source)
{
    ImportCounts counts;
    Transaction tx(m_db);
    for (const Checklist &c : checklists) {
        std::optional<Checklist> existing = find(c.id, c.version);
        if (existing) {
            if (!domain::sameContent(*existing, c))
                throw Error(tr("%1: checklist \"%2\" version %3 already exists with other "
                               "content. A published version never changes: give the edited "
                               "checklist the next version number. Nothing was imported.")
                                .arg(source, c.id)
                                .arg(c.version));
            if (domain::fillClassification(*existing, c)) {
                updateClassification(*existing);
                ++counts.updated;
            } else {
                ++counts.unchanged;
            }
            continue;
        }
        insert(c);
        ++counts.added;
    }
    tx.commit();
    return counts;
}

void ChecklistStore::updateClassification(const Checklist &c)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE checklist SET categories = ? WHERE id = ? AND version = ?"));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(c.categories)).toJson(QJsonDocument::Compact)));
    q.addBindValue(c.id);
    q.addBindValue(c.version);
    m_db.exec(q);
    QSqlQuery item = m_db.prepare(QStringLiteral(
        "UPDATE checklist_item SET control_area = ? WHERE checklist_id = ? AND"
        " checklist_version = ? AND item_id = ?"));
    for (const auto &section : c.sections) {
        for (const auto &it : section.items) {
            item.bindValue(0, Database::text(it.controlArea));
            item.bindValue(1, c.id);
            item.bindValue(2, c.version);
            item.bindValue(3, it.id);
            m_db.exec(item);
        }
    }
}

void ChecklistStore::insert(const Checklist &c, Status status)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO checklist (id, version, title, area, status, categories)"
        " VALUES (?,?,?,?,?,?)"));
    q.addBindValue(c.id);
    q.addBindValue(c.version);
    q.addBindValue(c.title);
    q.addBindValue(domain::areaToString(c.area));
    q.addBindValue(status == Status::Draft ? QStringLiteral("draft") : QStringLiteral("published"));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(c.categories)).toJson(QJsonDocument::Compact)));
    m_db.exec(q);
    QSqlQuery section = m_db.prepare(QStringLiteral(
        "INSERT INTO checklist_section (checklist_id, checklist_version, position, title)"
        " VALUES (?,?,?,?)"));
    QSqlQuery item = m_db.prepare(QStringLiteral(
        "INSERT INTO checklist_item (checklist_id, checklist_version, section_position, position,"
        " item_id, text, guidance, legal_reference, control_area) VALUES (?,?,?,?,?,?,?,?,?)"));
    int itemPosition = 0;
    for (int s = 0; s < int(c.sections.size()); ++s) {
        section.bindValue(0, c.id);
        section.bindValue(1, c.version);
        section.bindValue(2, s);
        section.bindValue(3, c.sections[s].title);
        m_db.exec(section);
        for (const auto &it : c.sections[s].items) {
            const QVariantList values = {c.id,  c.version, s,           itemPosition++,
                                         it.id, it.text,   it.guidance, it.legalReference,
                                         it.controlArea};
            for (int i = 0; i < values.size(); ++i) {
                const QVariant &v = values.at(i);
                item.bindValue(i,
                               v.typeId() == QMetaType::QString ? Database::text(v.toString()) : v);
            }
            m_db.exec(item);
        }
    }
}

std::optional<Checklist> ChecklistStore::find(const QString &id, int version)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT title, area, categories FROM checklist WHERE id = ? AND"
                       " version = ?"));
    q.addBindValue(id);
    q.addBindValue(version);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    Checklist c;
    c.id = id;
    c.version = version;
    c.title = q.value(0).toString();
    domain::areaFromString(q.value(1).toString(), &c.area);
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array())
        c.categories.append(v.toString());

    QSqlQuery sections =
        m_db.prepare(QStringLiteral("SELECT title FROM checklist_section WHERE checklist_id = ? AND"
                                    " checklist_version = ? ORDER BY position"));
    sections.addBindValue(id);
    sections.addBindValue(version);
    m_db.exec(sections);
    while (sections.next())
        c.sections.push_back({sections.value(0).toString(), {}});

    QSqlQuery items = m_db.prepare(QStringLiteral(
        "SELECT section_position, item_id, text, guidance, legal_reference, control_area FROM"
        " checklist_item WHERE checklist_id = ? AND checklist_version = ? ORDER BY position"));
    items.addBindValue(id);
    items.addBindValue(version);
    m_db.exec(items);
    while (items.next()) {
        const int s = items.value(0).toInt();
        if (s >= 0 && s < int(c.sections.size()))
            c.sections[size_t(s)].items.push_back(
                {items.value(1).toString(), items.value(2).toString(), items.value(3).toString(),
                 items.value(4).toString(), items.value(5).toString()});
    }
    return c;
}

std::optional<Checklist> ChecklistStore::latest(const QString &id, bool includeDrafts)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT max(version) FROM checklist WHERE id = ?%1")
            .arg(includeDrafts ? QString() : QStringLiteral(" AND status = 'published'")));
    q.addBindValue(id);
    m_db.exec(q);
    if (!q.next() || q.value(0).isNull())
        return std::nullopt;
    return find(id, q.value(0).toInt());
}

std::vector<Checklist> ChecklistStore::latestVersions()
{
    // One rule for both backends (the office repository's lists go through it too).
    return domain::newestVersions(publishedVersions());
}

std::vector<Checklist> ChecklistStore::allVersions()
{
    return versions(QString());
}

std::vector<Checklist> ChecklistStore::publishedVersions()
{
    return versions(QStringLiteral(" WHERE status = 'published'"));
}

std::vector<Checklist> ChecklistStore::versions(const QString &where)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT id, version FROM checklist%1 ORDER BY title, id, version")
            .arg(where));
    m_db.exec(q);
    std::vector<std::pair<QString, int>> keys;
    while (q.next())
        keys.emplace_back(q.value(0).toString(), q.value(1).toInt());
    std::vector<Checklist> out;
    for (const auto &[id, version] : keys)
        out.push_back(*find(id, version));
    return out;
}

std::optional<ChecklistStore::Status> ChecklistStore::status(const QString &id, int version)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT status FROM checklist WHERE id = ? AND version = ?"));
    q.addBindValue(id);
    q.addBindValue(version);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString() == u"draft" ? Status::Draft : Status::Published;
}

void ChecklistStore::remove(const QString &id, int version)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("DELETE FROM checklist WHERE id = ? AND version = ?"));
    q.addBindValue(id);
    q.addBindValue(version);
    m_db.exec(q);
}

void ChecklistStore::markPublished(const QString &id, int version, const QDateTime &at)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE checklist SET status = 'published', "
                                              "published_at = ? WHERE id = ? AND version = ?"));
    q.addBindValue(at.toUTC().toString(Qt::ISODate));
    q.addBindValue(id);
    q.addBindValue(version);
    m_db.exec(q);
}

} // namespace tillsyn::storage
