#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace tillsyn::storage {
class OfficeRepository;
}

namespace tillsyn::stats {

// The office's published checklists (drafts are not the office's word yet), as the statistics
// need them: item wordings, titles and the order to list items and sections in.
class PublishedChecklists
{
public:
    struct Item
    {
        QString text;
        int order = 0; // place in its checklist version, sections first
    };

    explicit PublishedChecklists(storage::OfficeRepository &repository);

    // The item as the latest published version that has it words it.
    std::optional<Item> latestItem(const QString &checklistId, const QString &itemId) const;
    // The item's wording in exactly this published version.
    std::optional<QString> itemText(const QString &checklistId, int version,
                                    const QString &itemId) const;
    QString latestTitle(const QString &checklistId) const;
    // The section's place in the latest published version (none when it has no such section).
    std::optional<int> sectionOrder(const QString &checklistId, const QString &title) const;

private:
    static QString key(const QString &a, const QString &b, int version = 0);

    QHash<QString, Item> m_latestItems;   // (checklist, item)
    QHash<QString, QString> m_itemTexts;  // (checklist, item, version)
    QHash<QString, QString> m_titles;     // checklist
    QHash<QString, int> m_latestVersions; // checklist
    QHash<QString, int> m_sections;       // (checklist, title, version)
};

} // namespace tillsyn::stats
