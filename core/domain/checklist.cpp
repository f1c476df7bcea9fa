#include "checklist.h"

#include <QCoreApplication>

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

bool sameContent(const Checklist &a, const Checklist &b)
{
    Checklist left = a;
    left.categories = b.categories;
    return left == b;
}

bool fillClassification(Checklist &stored, const Checklist &incoming)
{
    if (!stored.categories.isEmpty() || incoming.categories.isEmpty())
        return false;
    stored.categories = incoming.categories;
    return true;
}

} // namespace tillsyn::domain
