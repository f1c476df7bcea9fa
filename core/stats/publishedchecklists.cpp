#include "publishedchecklists.h"

#include "storage/officerepository.h"

#include <algorithm>
#include <tuple>

namespace tillsyn::stats {

PublishedChecklists::PublishedChecklists(storage::OfficeRepository &repository)
{
    std::vector<domain::Checklist> published = repository.publishedChecklists();
    // By version, so that a later version overwrites an earlier one.
    std::sort(published.begin(), published.end(),
              [](const domain::Checklist &a, const domain::Checklist &b) {
                  return std::tie(a.id, a.version) < std::tie(b.id, b.version);
              });
    int order = 0;
    for (const domain::Checklist &c : published) {
        for (size_t s = 0; s < c.sections.size(); ++s) {
            const domain::ChecklistSection &section = c.sections[s];
            for (const domain::ChecklistItem &item : section.items) {
                // Only sections with items count, as everything here is about items.
                m_titles.insert(c.id, c.title);
                m_latestVersions.insert(c.id, c.version);
                m_sections.insert(key(c.id, section.title, c.version), int(s));
                m_latestItems.insert(key(c.id, item.id), {item.text, order++});
                m_itemTexts.insert(key(c.id, item.id, c.version), item.text);
            }
        }
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
