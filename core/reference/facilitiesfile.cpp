#include "facilitiesfile.h"

#include "domain/orgnumber.h"
#include "json/objectreader.h"
#include "json/strictjson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <set>

namespace tillsyn::reference {

using domain::Facility;
using json::ObjectReader;

QString FacilitiesFile::validate(Facility *f, bool keepFlaggedOrgNumber)
{
    if (!ObjectReader::isValidId(f->id))
        return tr("the id \"%1\" must be 1 to 128 characters of A-Z, a-z, 0-9, '.', '_' or '-'")
            .arg(f->id);
    if (f->name.trimmed().isEmpty())
        return tr("the name is empty");
    if (!f->operatorDetails.orgNumber.isEmpty()) {
        QString normalised;
        if (domain::OrgNumber::normalise(f->operatorDetails.orgNumber, &normalised))
            f->operatorDetails.orgNumber = normalised;
        else if (keepFlaggedOrgNumber &&
                 domain::OrgNumber::isShapedButInvalid(f->operatorDetails.orgNumber))
            f->operatorDetails.orgNumber = f->operatorDetails.orgNumber.trimmed();
        else
            return tr("\"%1\" is not a valid organisation number (NNNNNN-NNNN with a correct "
                      "check digit)")
                .arg(f->operatorDetails.orgNumber);
    }
    if (f->riskClass && (*f->riskClass < 1 || *f->riskClass > 8))
        return tr("the risk class must be between 1 and 8");
    if (!f->expClass.isEmpty() && f->expClass != u"A" && f->expClass != u"B" &&
        f->expClass != u"C")
        return tr("the experience class \"%1\" must be A, B or C").arg(f->expClass);
    if (f->controlHours && !(std::isfinite(*f->controlHours) && *f->controlHours >= 0))
        return tr("the control time must be a number of hours of at least 0");
    return {};
}

std::vector<Facility> FacilitiesFile::read(const QByteArray &bytes, const QString &fileName,
                                           bool keepFlaggedOrgNumbers)
{
    const ObjectReader root(json::StrictJson::parseObject(bytes, fileName), fileName);
    root.requireFormat(QStringLiteral("tillsyn-facilities"), kFormatVersion);
    if (!ObjectReader::isValidUtcTime(root.requiredString(QStringLiteral("publishedAt"))))
        root.fail(QStringLiteral("publishedAt"), tr("must be an RFC 3339 time in UTC"));
    const QJsonArray list = root.requiredArray(QStringLiteral("facilities"));
    std::vector<Facility> out;
    std::set<QString> ids;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const ObjectReader r = root.element(list, QStringLiteral("facilities"), i);
        Facility f;
        f.id = r.requiredId(QStringLiteral("id"));
        if (!ids.insert(f.id).second)
            r.fail(QStringLiteral("id"), tr("\"%1\" is used by another facility").arg(f.id));
        f.name = r.requiredString(QStringLiteral("name"));
        f.address = r.optionalString(QStringLiteral("address"));
        f.postalCode = r.optionalString(QStringLiteral("postalCode"));
        f.city = r.optionalString(QStringLiteral("city"));
        f.category = r.optionalString(QStringLiteral("category"));
        if (const auto risk = r.optionalInt(QStringLiteral("riskClass"), 1, 8))
            f.riskClass = int(*risk);
        f.operatorDetails.name = r.optionalString(QStringLiteral("operatorName"));
        f.operatorDetails.orgNumber = r.optionalString(QStringLiteral("orgNumber"));
        f.operatorDetails.contactName = r.optionalString(QStringLiteral("contactName"));
        f.operatorDetails.phone = r.optionalString(QStringLiteral("phone"));
        f.operatorDetails.email = r.optionalString(QStringLiteral("email"));
        f.active = r.optionalBool(QStringLiteral("active")).value_or(true);
        f.expClass = r.optionalString(QStringLiteral("expClass"));
        if (r.has(QStringLiteral("expClass")) && f.expClass != u"A" && f.expClass != u"B" &&
            f.expClass != u"C")
            r.fail(QStringLiteral("expClass"), tr("must be \"A\", \"B\" or \"C\""));
        if (r.has(QStringLiteral("controlHours"))) {
            const QJsonValue hours = r.object().value(QStringLiteral("controlHours"));
            if (!hours.isDouble() || hours.toDouble() < 0)
                r.fail(QStringLiteral("controlHours"), tr("must be a number of at least 0"));
            f.controlHours = hours.toDouble();
        }
        if (const QString problem = validate(&f, keepFlaggedOrgNumbers); !problem.isEmpty())
            r.fail(QStringLiteral("orgNumber"), problem);
        out.push_back(std::move(f));
    }
    return out;
}

QJsonObject FacilitiesFile::toJson(const Facility &f)
{
    QJsonObject o{{QStringLiteral("id"), f.id}, {QStringLiteral("name"), f.name}};
    const std::pair<const char *, QString> optional[] = {
        {"orgNumber", f.operatorDetails.orgNumber},
        {"operatorName", f.operatorDetails.name},
        {"address", f.address},
        {"postalCode", f.postalCode},
        {"city", f.city},
        {"category", f.category},
        {"contactName", f.operatorDetails.contactName},
        {"phone", f.operatorDetails.phone},
        {"email", f.operatorDetails.email}};
    for (const auto &[key, value] : optional) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    }
    if (f.riskClass)
        o.insert(QStringLiteral("riskClass"), *f.riskClass);
    if (!f.expClass.isEmpty())
        o.insert(QStringLiteral("expClass"), f.expClass);
    if (f.controlHours)
        o.insert(QStringLiteral("controlHours"), *f.controlHours);
    o.insert(QStringLiteral("active"), f.active);
    return o;
}

QByteArray FacilitiesFile::write(const std::vector<Facility> &facilities,
                                 const QDateTime &publishedAt)
{
    QJsonArray list;
    for (const Facility &f : facilities)
        list.append(toJson(f));
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("tillsyn-facilities")},
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("publishedAt"), publishedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("facilities"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace tillsyn::reference
