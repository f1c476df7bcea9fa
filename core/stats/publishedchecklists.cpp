#include "publishedchecklists.h"

#include "storage/database.h"

namespace tillsyn::stats {

PublishedChecklists::PublishedChecklists(storage::Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT c.id, c.version, c.title, s.position, s.title, i.position, i.item_id, i.text"
        " FROM checklist c JOIN checklist_section s ON s.checklist_id = c.id AND"
        " s.checklist_version = c.version JOIN checklist_item i ON i.checklist_id = c.id AND"
        " i.checklist_version = c.version AND i.section_position = s.position"
        " WHERE c.status = 'published' ORDER BY c.id, c.version, s.position, i.position"));
    q.setForwardOnly(true);
    db.exec(q);
    int order = 0;
    while (q.next()) {
        const QString id = q.value(0).toString();
        const int version = q.value(1).toInt();
        const QString itemId = q.value(6).toString();
        const QString text = q.value(7).toString();
        // Rows come by version, so a later version overwrites an earlier one.
        m_titles.insert(id, q.value(2).toString());
        m_latestVersions.insert(id, version);
        m_sections.insert(key(id, q.value(4).toString(), version), q.value(3).toInt());
        m_latestItems.insert(key(id, itemId), {text, order++});
        m_itemTexts.insert(key(id, itemId, version), text);
    }
}

QString PublishedChecklists::key(const QString &a, const QString &b, int version)
{
    return a + QChar(0) + b + QChar(0) + QString::number(version);
}

std::optional<PublishedChecklists::Item>
PublishedChecklists::latestItem(const QString &checklistId, const QString &itemId) const
{
    const auto it = m_latestItems.constFind(key(checklistId, itemId));
    return it == m_latestItems.constEnd() ? std::nullopt : std::optional<Item>(*it);
}

std::optional<QString> PublishedChecklists::itemText(const QString &checklistId, int version,
                                                     const QString &itemId) const
{
    const auto it = m_itemTexts.constFind(key(checklistId, itemId, version));
    return it == m_itemTexts.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

QString PublishedChecklists::latestTitle(const QString &checklistId) const
{
    return m_titles.value(checklistId);
}

std::optional<int> PublishedChecklists::sectionOrder(const QString &checklistId,
                                                     const QString &title) const
{
    const auto it =
        m_sections.constFind(key(checklistId, title, m_latestVersions.value(checklistId)));
    return it == m_sections.constEnd() ? std::nullopt : std::optional<int>(*it);
}

} // namespace tillsyn::stats
