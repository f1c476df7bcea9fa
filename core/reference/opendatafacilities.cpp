#include "opendatafacilities.h"

#include "facilitiesfile.h"
#include "facilitycsv.h"
#include "json/strictjson.h"
#include "util/error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace tillsyn::reference {

using domain::Facility;

namespace {

const QString kIdColumn = QStringLiteral("facility.idLocal");

// A JSON value as text: strings as they are, numbers as written (case systems write both).
QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

// One facility's members by their path below `facility` ("name", "address.locality", …):
// the JSON object flattened, or the CSV row's facility.* cells.
using Members = std::map<QString, QJsonValue>;

void flatten(const QJsonObject &o, const QString &prefix, Members *out)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it->isObject())
            flatten(it->toObject(), prefix + it.key() + u'.', out);
        else
            (*out)[prefix + it.key()] = *it;
    }
}

// A number written as a number or as a string ("12", "12,5"); none when absent or empty.
std::optional<double> number(const Members &m, const QString &key, bool *ok)
{
    *ok = true;
    const auto it = m.find(key);
    if (it == m.end() || it->second.isNull())
        return std::nullopt;
    if (it->second.isDouble())
        return it->second.toDouble();
    const QString t = text(it->second);
    if (t.isEmpty() && it->second.isString())
        return std::nullopt;
    const double value = QString(t).replace(u',', u'.').toDouble(ok);
    return *ok ? std::optional<double>(value) : std::nullopt;
}

QString member(const Members &m, const QString &key)
{
    const auto it = m.find(key);
    return it == m.end() ? QString() : text(it->second);
}

// The facility of one entry, or the reason it cannot be imported.
QString facilityFrom(const Members &m, Facility *f)
{
    using T = OpenDataFacilities;
    f->id = member(m, QStringLiteral("idLocal"));
    f->name = member(m, QStringLiteral("name"));
    f->operatorDetails.orgNumber = member(m, QStringLiteral("organizationNumber"));
    f->address = member(m, QStringLiteral("address.streetAddress"));
    f->postalCode = member(m, QStringLiteral("address.postalCode"));
    f->city = member(m, QStringLiteral("address.locality"));
    // The most general of Livsmedelsverket's facility types comes first.
    if (const auto type = m.find(QStringLiteral("type")); type != m.end()) {
        QJsonValue types = type->second;
        if (types.isString() && types.toString().trimmed().startsWith(u'['))
            types = QJsonDocument::fromJson(types.toString().toUtf8()).array();
        f->category = types.isArray() ? text(types.toArray().first()) : text(types);
    }
    const QString risk = member(m, QStringLiteral("riskClass"));
    if (!risk.isEmpty()) {
        // "Riskklass 5", "5" or 5.
        static const QRegularExpression digits(QStringLiteral("^(?:riskklass\\s*)?(\\d+)\\z"),
                                               QRegularExpression::CaseInsensitiveOption);
        const auto match = digits.match(risk);
        if (!match.hasMatch())
            return T::tr("the risk class \"%1\" is not a number from 1 to 8").arg(risk);
        f->riskClass = match.captured(1).toInt();
    }
    f->expClass = member(m, QStringLiteral("expClass")).toUpper();
    bool ok = true;
    if (const auto hours = number(m, QStringLiteral("inspecTime"), &ok))
        f->controlHours = *hours;
    if (!ok)
        return T::tr("the control time (inspecTime) \"%1\" is not a number")
            .arg(member(m, QStringLiteral("inspecTime")));
    if (const auto active = m.find(QStringLiteral("active")); active != m.end()) {
        const QString a = text(active->second).toLower();
        f->active = active->second.isBool() ? active->second.toBool()
                                            : !(a == u"false" || a == u"0" || a == u"nej");
    }
    if (f->name.isEmpty())
        return T::tr("the facility \"%1\" has no name").arg(f->id);
    return FacilitiesFile::validate(f, true);
}

std::vector<Facility> readJson(const QByteArray &bytes, const QString &fileName,
                               QStringList *errors)
{
    const QJsonObject root = json::StrictJson::parseObject(bytes, fileName);
    const QJsonValue list = root.value(QStringLiteral("facilities"));
    if (!list.isArray()) {
        errors->append(OpenDataFacilities::tr("\"facilities\" must be an array"));
        return {};
    }
    std::vector<Facility> out;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            errors->append(OpenDataFacilities::tr("facilities[%1]: must be an object").arg(i));
            continue;
        }
        Members m;
        flatten(array.at(i).toObject(), {}, &m);
        Facility f;
        if (const QString problem = facilityFrom(m, &f); !problem.isEmpty())
            errors->append(QStringLiteral("facilities[%1]: %2").arg(i).arg(problem));
        else
            out.push_back(std::move(f));
    }
    return out;
}

std::vector<Facility> readCsv(const QByteArray &bytes, QStringList *errors)
{
    const auto records = FacilityCsv::records(bytes, errors);
    if (records.empty())
        return {};
    const QStringList &header = records.front().fields;
    std::vector<Facility> out;
    for (size_t r = 1; r < records.size(); ++r) {
        const auto &rec = records[r];
        if (rec.fields.size() != header.size()) {
            errors->append(OpenDataFacilities::tr("line %1: %2 fields, but the header has %3")
                               .arg(rec.line)
                               .arg(rec.fields.size())
                               .arg(header.size()));
            continue;
        }
        Members m;
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString name = header.at(c).trimmed();
            if (name.startsWith(QStringLiteral("facility.")))
                m[name.mid(9)] = rec.fields.at(c);
        }
        Facility f;
        if (const QString problem = facilityFrom(m, &f); !problem.isEmpty()) {
            errors->append(OpenDataFacilities::tr("line %1: %2").arg(rec.line).arg(problem));
            continue;
        }
        // One row per inspection: a facility with several inspections repeats on each.
        const auto same = std::find_if(out.begin(), out.end(),
                                       [&](const Facility &o) { return o.id == f.id; });
        if (same == out.end())
            out.push_back(std::move(f));
        else if (!(*same == f))
            errors->append(OpenDataFacilities::tr("line %1: the facility \"%2\" differs from "
                                                  "its earlier row")
                               .arg(rec.line)
                               .arg(f.id));
    }
    return out;
}

} // namespace

bool OpenDataFacilities::isOpenData(const QByteArray &bytes)
{
    if (FacilityCsv::looksLikeCsv(bytes)) {
        QStringList ignored;
        const QByteArray firstLine = bytes.left(bytes.indexOf('\n'));
        const auto records = FacilityCsv::records(firstLine, &ignored);
        return !records.empty() && records.front().fields.contains(kIdColumn);
    }
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    return !root.contains(QStringLiteral("format")) &&
           root.contains(QStringLiteral("facilities")) &&
           (root.contains(QStringLiteral("lang")) || root.contains(QStringLiteral("inspecOrg")));
}

std::vector<Facility> OpenDataFacilities::read(const QByteArray &bytes, const QString &fileName)
{
    QStringList errors;
    std::vector<Facility> out = FacilityCsv::looksLikeCsv(bytes) ? readCsv(bytes, &errors)
                                                                 : readJson(bytes, fileName, &errors);
    if (out.empty() && errors.isEmpty())
        errors.append(tr("the file lists no facilities"));
    std::map<QString, int> seen;
    if (errors.isEmpty() && !FacilityCsv::looksLikeCsv(bytes)) {
        for (const Facility &f : out) {
            if (++seen[f.id] == 2)
                errors.append(tr("the idLocal \"%1\" is used by more than one facility").arg(f.id));
        }
    }
    if (!errors.isEmpty())
        throw Error(tr("%1: not a usable open-data file (%2 problems); nothing was imported")
                        .arg(fileName)
                        .arg(errors.size()),
                    errors);
    return out;
}

} // namespace tillsyn::reference
