#include "opendata.h"

#include "merge/officevisits.h"
#include "storage/officerepository.h"
#include "util/atomicfile.h"
#include "util/error.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <map>
#include <set>

namespace tillsyn::report {

using domain::Facility;
using domain::Result;
using domain::Visit;
using domain::VisitKind;

namespace {

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// The format's inspection type: 0 routine, 1 follow-up, 2 event or complaint. A visit of kind
// "other" was not caused by an event, so it counts as routine.
int inspectionType(VisitKind kind)
{
    switch (kind) {
    case VisitKind::FollowUp:
        return 1;
    case VisitKind::Complaint:
    case VisitKind::Incident:
        return 2;
    case VisitKind::Planned:
    case VisitKind::Other:
        break;
    }
    return 0;
}

// The value at a dotted path of an object (null when any step is missing).
QJsonValue valueAt(const QJsonObject &object, const QString &path)
{
    QJsonValue v = object;
    for (const QString &step : path.split(u'.')) {
        if (!v.isObject())
            return QJsonValue::Null;
        v = v.toObject().value(step);
    }
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

QString cellText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::fromUtf8(
                   QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

// RFC 4180 quoting: a cell holding a comma, a quote or a line break is quoted, its quotes
// doubled. No spreadsheet-formula escaping: this is a data format read by programs, and a
// leading apostrophe would change the published value.
QString csvCell(const QString &text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
        text.contains(u'\r'))
        return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
    return text;
}

const QStringList &facilityColumns()
{
    static const QStringList columns = {
        QStringLiteral("organizationNumber"),
        QStringLiteral("name"),
        QStringLiteral("type"),
        QStringLiteral("expClass"),
        QStringLiteral("riskClass"),
        QStringLiteral("inspecTime"),
        QStringLiteral("idLocal"),
        QStringLiteral("idNational"),
        QStringLiteral("active"),
        QStringLiteral("created"),
        QStringLiteral("modified"),
        QStringLiteral("address.streetAddress"),
        QStringLiteral("address.postalCode"),
        QStringLiteral("address.locality"),
        QStringLiteral("address.region"),
        QStringLiteral("address.country"),
        QStringLiteral("location.wgs84.type"),
        QStringLiteral("location.wgs84.coordinates"),
        QStringLiteral("location.sweref99.type"),
        QStringLiteral("location.sweref99.coordinates"),
        QStringLiteral("location.sweref99local.type"),
        QStringLiteral("location.sweref99local.coordinates"),
    };
    return columns;
}

const QStringList &inspectionColumns()
{
    static const QStringList columns = {
        QStringLiteral("idLocal"),
        QStringLiteral("idNational"),
        QStringLiteral("prenotified"),
        QStringLiteral("type"),
        QStringLiteral("inspectionPoints.passed"),
        QStringLiteral("inspectionPoints.remark"),
        QStringLiteral("assessment"),
        QStringLiteral("ownerComment"),
        QStringLiteral("date"),
        QStringLiteral("modified"),
    };
    return columns;
}

const QStringList &headerColumns()
{
    static const QStringList columns = {
        QStringLiteral("lang"),
        QStringLiteral("generator"),
        QStringLiteral("inspecOrg.name"),
        QStringLiteral("inspecOrg.id"),
        QStringLiteral("inspecOrg.sweref99local"),
    };
    return columns;
}

} // namespace

QString OpenData::publishedOrgNumber(const QString &orgNumber)
{
    QString digits;
    for (QChar c : orgNumber) {
        if (c.isDigit())
            digits.append(c);
    }
    // A twelve-digit form carries the century first.
    if (digits.size() == 12)
        digits = digits.mid(2);
    if (digits.size() != 10)
        return {};
    // The third digit of a personal identity number is the first of its month (0 or 1); an
    // organisation number's is 2 or more.
    if (digits.at(2) == u'0' || digits.at(2) == u'1')
        return digits.left(6) + QStringLiteral("XXXX");
    return digits;
}

QJsonObject OpenData::facilityObject(const Facility &f, const QString &orgId)
{
    QJsonObject o{{QStringLiteral("name"), f.name},
                  {QStringLiteral("idLocal"), f.id},
                  {QStringLiteral("idNational"), QStringLiteral("F-%1-%2").arg(orgId, f.id)},
                  {QStringLiteral("active"), f.active}};
    const QString orgNumber = publishedOrgNumber(f.operatorDetails.orgNumber);
    if (!orgNumber.isEmpty())
        o.insert(QStringLiteral("organizationNumber"), orgNumber);
    // The format's types are Livsmedelsverket's facility types, most general first; the office's
    // category is the one Tillsyn has.
    QJsonArray types;
    if (!f.category.trimmed().isEmpty())
        types.append(f.category.trimmed());
    o.insert(QStringLiteral("type"), types);
    if (f.riskClass)
        o.insert(QStringLiteral("riskClass"), QStringLiteral("Riskklass %1").arg(*f.riskClass));
    if (!f.expClass.isEmpty())
        o.insert(QStringLiteral("expClass"), f.expClass);
    if (f.controlHours)
        o.insert(QStringLiteral("inspecTime"), *f.controlHours);
    QJsonObject address{{QStringLiteral("country"), QStringLiteral("SE")}};
    if (!f.address.isEmpty())
        address.insert(QStringLiteral("streetAddress"), f.address);
    QString postalCode = f.postalCode;
    postalCode.remove(u' ');
    if (!postalCode.isEmpty())
        address.insert(QStringLiteral("postalCode"), postalCode);
    if (!f.city.isEmpty())
        address.insert(QStringLiteral("locality"), f.city);
    o.insert(QStringLiteral("address"), address);
    return o;
}

std::pair<QStringList, QStringList> OpenData::inspectionPoints(const Visit &v)
{
    std::set<QString> checked, deviating;
    for (const domain::Answer &a : v.answers) {
        if (a.controlArea.isEmpty() || !a.result)
            continue;
        if (*a.result == Result::Deviation)
            deviating.insert(a.controlArea);
        else if (*a.result == Result::Ok)
            checked.insert(a.controlArea);
    }
    QStringList passed, remark;
    for (const QString &code : checked) {
        if (!deviating.count(code))
            passed.append(code);
    }
    for (const QString &code : deviating)
        remark.append(code);
    return {passed, remark};
}

QJsonObject OpenData::inspectionObject(const Visit &v, const QString &orgId)
{
    const auto [passed, remark] = inspectionPoints(v);
    return {
        {QStringLiteral("idLocal"), v.visitId},
        {QStringLiteral("idNational"), QStringLiteral("I-%1-%2").arg(orgId, v.visitId)},
        // Not part of the format: names the facility, which the JSON form otherwise does not
        // (readers of the format ignore it; the CSV form has both on one row).
        {QStringLiteral("facilityIdNational"),
         QStringLiteral("F-%1-%2").arg(orgId, v.facility.id)},
        {QStringLiteral("prenotified"), v.announced},
        {QStringLiteral("type"), inspectionType(v.kind)},
        {QStringLiteral("inspectionPoints"),
         QJsonObject{{QStringLiteral("passed"), QJsonArray::fromStringList(passed)},
                     {QStringLiteral("remark"), QJsonArray::fromStringList(remark)}}},
        {QStringLiteral("assessment"), v.summary},
        // The case number (diarienummer), which the format names as one thing this may hold;
        // never the operator's comment.
        {QStringLiteral("ownerComment"), v.caseInfo.caseNumber},
        {QStringLiteral("date"), isoTime(v.startedAt)},
        {QStringLiteral("modified"), isoTime(v.finishedAt)},
    };
}

OpenDataSet OpenData::collect(storage::OfficeRepository &repository,
                              const OpenDataOptions &options)
{
    storage::VisitFilter filter;
    filter.from = options.from;
    filter.to = options.to;
    filter.area = domain::Area::Food;
    filter.conflicts = storage::VisitFilter::Conflicts::Excluded;
    std::vector<Visit> visits = merge::OfficeVisits(repository).currentVisits(filter);
    std::sort(visits.begin(), visits.end(), [](const Visit &a, const Visit &b) {
        return std::tie(a.startedAt, a.visitId) < std::tie(b.startedAt, b.visitId);
    });

    OpenDataSet set;
    QJsonObject org{{QStringLiteral("name"), options.orgName},
                    {QStringLiteral("id"), options.orgId}};
    if (!options.sweref99local.isEmpty())
        org.insert(QStringLiteral("sweref99local"), options.sweref99local);
    set.header = {{QStringLiteral("lang"), QStringLiteral("sv")},
                  {QStringLiteral("generator"), QStringLiteral("Tillsyn")},
                  {QStringLiteral("inspecOrg"), org}};
    // The office's facility record where it has one (what it publishes); else the facility as
    // the visit recorded it.
    std::map<QString, QJsonObject> facilities;
    for (const Visit &v : visits) {
        auto it = facilities.find(v.facility.id);
        if (it == facilities.end()) {
            const std::optional<Facility> stored = repository.facility(v.facility.id);
            it = facilities
                     .emplace(v.facility.id,
                              facilityObject(stored ? *stored : v.facility, options.orgId))
                     .first;
        }
        set.rows.push_back({it->second, inspectionObject(v, options.orgId)});
    }
    for (auto &[id, facility] : facilities)
        set.facilities.push_back(std::move(facility));
    return set;
}

QByteArray OpenData::json(const OpenDataSet &set)
{
    QJsonObject root = set.header;
    QJsonArray facilities, inspections;
    for (const QJsonObject &f : set.facilities)
        facilities.append(f);
    for (const OpenDataRow &r : set.rows)
        inspections.append(r.inspection);
    root.insert(QStringLiteral("facilities"), facilities);
    root.insert(QStringLiteral("inspections"), inspections);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList OpenData::csvColumns()
{
    QStringList out = headerColumns();
    for (const QString &c : facilityColumns())
        out.append(QStringLiteral("facility.") + c);
    for (const QString &c : inspectionColumns())
        out.append(QStringLiteral("inspection.") + c);
    return out;
}

QByteArray OpenData::csv(const OpenDataSet &set)
{
    QString text = csvColumns().join(u',') + QStringLiteral("\r\n");
    for (const OpenDataRow &r : set.rows) {
        QStringList cells;
        for (const QString &c : headerColumns())
            cells.append(csvCell(cellText(valueAt(set.header, c))));
        for (const QString &c : facilityColumns())
            cells.append(csvCell(cellText(valueAt(r.facility, c))));
        for (const QString &c : inspectionColumns())
            cells.append(csvCell(cellText(valueAt(r.inspection, c))));
        text += cells.join(u',') + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

bool OpenData::knownForm(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"json" || suffix == u"csv";
}

void OpenData::write(const QString &path, const OpenDataSet &set)
{
    if (!knownForm(path))
        throw Error(tr("%1: the file name must end in .json or .csv (the form to write).")
                        .arg(path));
    const bool asCsv = QFileInfo(path).suffix().toLower() == u"csv";
    const QString problem = writeFileAtomically(path, asCsv ? csv(set) : json(set));
    if (!problem.isEmpty())
        throw Error(tr("%1: could not be written: %2").arg(path, problem));
}

} // namespace tillsyn::report
