#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace tillsyn::domain {

enum class Area { Food, Health, Environment };

QString areaToString(Area area); // the format's token: food, health, environment
bool areaFromString(const QString &s, Area *area);
QString areaDisplayName(Area area); // translated

struct ChecklistItem
{
    QString id;
    QString text;
    QString guidance;       // handledning: how to assess the item
    QString legalReference; // may be empty
    // The food control reporting area (formats.md, "Additions to version 1"), e.g. J08; empty
    // when none. Initialised so aggregate inits may omit it.
    QString controlArea = {};

    bool operator==(const ChecklistItem &) const = default;
};

struct ChecklistSection
{
    QString title;
    std::vector<ChecklistItem> items;

    bool operator==(const ChecklistSection &) const = default;
};

// One version of a checklist. A published version never changes; an edit makes the next one.
struct Checklist
{
    QString id;
    int version = 1;
    QString title;
    Area area = Area::Food;
    // The facility categories it is meant for (formats.md, "Additions to version 1"): a new
    // visit at a facility of one of them suggests this checklist. May be empty.
    QStringList categories;
    std::vector<ChecklistSection> sections;

    int itemCount() const;
    const ChecklistItem *findItem(const QString &itemId, QString *sectionTitle = nullptr) const;

    bool operator==(const Checklist &) const = default;
};

// What a published version fixes: everything an inspector reads and answers. The classification
// members of formats.md's additions (`categories`, items' `controlArea`) are left out: they came after version 1 of
// the shipped checklists, so the same version exists with and without them on laptops and office
// databases of different ages, and refusing it would stop every later sync (formats.md says a
// version never changes; these members only describe it).
bool sameContent(const Checklist &a, const Checklist &b);

// The newest of each checklist's versions, ordered by the smallest title among its versions,
// then id (what `tillsyn-cli checklists` lists).
std::vector<Checklist> newestVersions(const std::vector<Checklist> &versions);
// Fills in the classification `stored` lacks from `incoming` (of the same content); a stored
// classification is kept, so an older file cannot take one away. True when anything changed.
bool fillClassification(Checklist &stored, const Checklist &incoming);

} // namespace tillsyn::domain
