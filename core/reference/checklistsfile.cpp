#include "checklistsfile.h"

#include "domain/controlarea.h"
#include "json/objectreader.h"
#include "json/strictjson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <set>

namespace tillsyn::reference {

using domain::Checklist;
using json::ObjectReader;

namespace {

Checklist readChecklist(const ObjectReader &r)
{
    Checklist c;
    c.id = r.requiredId(QStringLiteral("id"));
    c.version = int(r.requiredInt(QStringLiteral("version"), 1, 1000000));
    c.title = r.requiredString(QStringLiteral("title"));
    if (!domain::areaFromString(r.requiredString(QStringLiteral("area")), &c.area))
        r.fail(QStringLiteral("area"),
               ChecklistsFile::tr("must be \"food\", \"health\" or \"environment\""));
    c.categories = r.optionalStringArray(QStringLiteral("categories"));
    for (qsizetype i = 0; i < c.categories.size(); ++i) {
        const QString &category = c.categories.at(i);
        if (category.trimmed().isEmpty() || category.size() > 200 ||
            std::any_of(category.begin(), category.end(),
                        [](QChar ch) { return ch.category() == QChar::Other_Control; }))
            r.fail(QStringLiteral("categories[%1]").arg(i),
                   ChecklistsFile::tr("must be a category name of 1 to 200 characters on one "
                                      "line"));
    }
    const QJsonArray sections = r.requiredArray(QStringLiteral("sections"));
    if (sections.isEmpty())
        r.fail(QStringLiteral("sections"), ChecklistsFile::tr("must hold at least one section"));
    std::set<QString> itemIds;
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const ObjectReader sr = r.element(sections, QStringLiteral("sections"), s);
        domain::ChecklistSection section;
        section.title = sr.requiredString(QStringLiteral("title"));
        const QJsonArray items = sr.requiredArray(QStringLiteral("items"));
        for (qsizetype i = 0; i < items.size(); ++i) {
            const ObjectReader ir = sr.element(items, QStringLiteral("items"), i);
            domain::ChecklistItem item;
            item.id = ir.requiredId(QStringLiteral("id"));
            if (!itemIds.insert(item.id).second)
                ir.fail(QStringLiteral("id"),
                        ChecklistsFile::tr("\"%1\" is used by another item of this checklist")
                            .arg(item.id));
            item.text = ir.requiredString(QStringLiteral("text"));
            item.guidance = ir.requiredString(QStringLiteral("guidance"), true);
            item.legalReference = ir.requiredString(QStringLiteral("legalReference"), true);
            if (ir.has(QStringLiteral("controlArea"))) {
                item.controlArea = ir.requiredString(QStringLiteral("controlArea"));
                if (!domain::ControlAreas::isValidCode(item.controlArea))
                    ir.fail(QStringLiteral("controlArea"),
                            ChecklistsFile::tr("must be a capital letter and two digits, like "
                                               "J08"));
            }
            section.items.push_back(item);
        }
        c.sections.push_back(section);
    }
    if (itemIds.empty())
        r.fail(QStringLiteral("sections"), ChecklistsFile::tr("must hold at least one item"));
    return c;
}

} // namespace

std::vector<Checklist> ChecklistsFile::read(const QByteArray &bytes, const QString &fileName)
{
    const ObjectReader root(json::StrictJson::parseObject(bytes, fileName), fileName);
    root.requireFormat(QStringLiteral("tillsyn-checklists"), kFormatVersion);
    if (!ObjectReader::isValidUtcTime(root.requiredString(QStringLiteral("publishedAt"))))
        root.fail(QStringLiteral("publishedAt"), tr("must be an RFC 3339 time in UTC"));
    const QJsonArray list = root.requiredArray(QStringLiteral("checklists"));
    std::vector<Checklist> out;
    std::set<std::pair<QString, int>> keys;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const ObjectReader r = root.element(list, QStringLiteral("checklists"), i);
        Checklist c = readChecklist(r);
        if (!keys.insert({c.id, c.version}).second)
            r.fail(QStringLiteral("id"), tr("checklist \"%1\" version %2 appears twice in the file")
                                             .arg(c.id)
                                             .arg(c.version));
        out.push_back(std::move(c));
    }
    return out;
}

QJsonObject ChecklistsFile::toJson(const Checklist &c)
{
    QJsonArray sections;
    for (const auto &s : c.sections) {
        QJsonArray items;
        for (const auto &it : s.items) {
            QJsonObject item{{QStringLiteral("id"), it.id},
                             {QStringLiteral("text"), it.text},
                             {QStringLiteral("guidance"), it.guidance},
                             {QStringLiteral("legalReference"), it.legalReference}};
            // Optional: an item without an area is written exactly as before.
            if (!it.controlArea.isEmpty())
                item.insert(QStringLiteral("controlArea"), it.controlArea);
            items.append(item);
        }
        sections.append(
            QJsonObject{{QStringLiteral("title"), s.title}, {QStringLiteral("items"), items}});
    }
    QJsonObject out{{QStringLiteral("id"), c.id},
                    {QStringLiteral("version"), c.version},
                    {QStringLiteral("title"), c.title},
                    {QStringLiteral("area"), domain::areaToString(c.area)},
                    {QStringLiteral("sections"), sections}};
    // Optional: a checklist without categories is written exactly as before.
    if (!c.categories.isEmpty())
        out.insert(QStringLiteral("categories"), QJsonArray::fromStringList(c.categories));
    return out;
}

QByteArray ChecklistsFile::write(const std::vector<Checklist> &checklists,
                                 const QDateTime &publishedAt)
{
    QJsonArray list;
    for (const Checklist &c : checklists)
        list.append(toJson(c));
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("tillsyn-checklists")},
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("publishedAt"), publishedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("checklists"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace tillsyn::reference
