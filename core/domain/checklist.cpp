#include "checklist.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace tillsyn::domain {

QString areaToString(Area area)
{
    switch (area) {
    case Area::Food:
        return QStringLiteral("food");
    case Area::Health:
        return QStringLiteral("health");
    case Area::Environment:
        return QStringLiteral("environment");
    }
    return {};
}

bool areaFromString(const QString &s, Area *area)
{
    for (Area a : {Area::Food, Area::Health, Area::Environment}) {
        if (areaToString(a) == s) {
            *area = a;
            return true;
        }
    }
    return false;
}

QString areaDisplayName(Area area)
{
    switch (area) {
    case Area::Food:
        return QCoreApplication::translate("tillsyn::domain", "Food control");
    case Area::Health:
        return QCoreApplication::translate("tillsyn::domain", "Health protection");
    case Area::Environment:
        return QCoreApplication::translate("tillsyn::domain", "Environmental protection");
    }
    return {};
}

int Checklist::itemCount() const
{
    int n = 0;
    for (const auto &s : sections)
        n += int(s.items.size());
    return n;
}

const ChecklistItem *Checklist::findItem(const QString &itemId, QString *sectionTitle) const
{
    for (const auto &s : sections) {
        for (const auto &item : s.items) {
            if (item.id == itemId) {
                if (sectionTitle)
                    *sectionTitle = s.title;
                return &item;
            }
        }
    }
    return nullptr;
}

namespace {

// The checklist without its classification members.
Checklist unclassified(Checklist c)
{
    c.categories.clear();
    for (auto &section : c.sections) {
        for (auto &item : section.items)
            item.controlArea.clear();
    }
    return c;
}

} // namespace

bool sameContent(const Checklist &a, const Checklist &b)
{
    return unclassified(a) == unclassified(b);
}

bool fillClassification(Checklist &stored, const Checklist &incoming)
{
    bool filled = false;
    if (stored.categories.isEmpty() && !incoming.categories.isEmpty()) {
        stored.categories = incoming.categories;
        filled = true;
    }
    // Same content: the same sections and items in the same order.
    for (size_t s = 0; s < stored.sections.size() && s < incoming.sections.size(); ++s) {
        auto &items = stored.sections[s].items;
        const auto &from = incoming.sections[s].items;
        for (size_t i = 0; i < items.size() && i < from.size(); ++i) {
            if (items[i].controlArea.isEmpty() && !from[i].controlArea.isEmpty()) {
                items[i].controlArea = from[i].controlArea;
                filled = true;
            }
        }
    }
    return filled;
}

std::vector<Checklist> newestVersions(const std::vector<Checklist> &versions)
{
    std::map<QString, const Checklist *> newest;
    std::map<QString, QString> smallestTitle;
    for (const Checklist &c : versions) {
        const Checklist *&n = newest[c.id];
        if (!n || c.version > n->version)
            n = &c;
        auto [title, added] = smallestTitle.try_emplace(c.id, c.title);
        if (!added && c.title < title->second)
            title->second = c.title;
    }
    std::vector<std::pair<std::pair<QString, QString>, const Checklist *>> keyed;
    for (const auto &[id, c] : newest)
        keyed.push_back({{smallestTitle[id], id}, c});
    std::sort(keyed.begin(), keyed.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<Checklist> out;
    for (const auto &k : keyed)
        out.push_back(*k.second);
    return out;
}

} // namespace tillsyn::domain
