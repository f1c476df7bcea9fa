#include "facilitycsv.h"

#include "facilitiesfile.h"
#include "util/error.h"

#include <QHash>
#include <QStringDecoder>

#include <set>

namespace tillsyn::reference {

using domain::Facility;

namespace {

enum class Column {
    Id,
    Name,
    OperatorName,
    OrgNumber,
    Address,
    PostalCode,
    City,
    Category,
    RiskClass,
    ContactName,
    Phone,
    Email,
    Active,
    ExpClass,
    ControlHours
};

const QHash<QString, Column> &columnNames()
{
    static const QHash<QString, Column> names = {
        {QStringLiteral("id"), Column::Id},
        {QStringLiteral("objektid"), Column::Id},
        {QStringLiteral("anläggningsid"), Column::Id},
        {QStringLiteral("name"), Column::Name},
        {QStringLiteral("namn"), Column::Name},
        {QStringLiteral("anläggning"), Column::Name},
        {QStringLiteral("anläggningsnamn"), Column::Name},
        {QStringLiteral("operatorname"), Column::OperatorName},
        {QStringLiteral("verksamhetsutövare"), Column::OperatorName},
        {QStringLiteral("orgnumber"), Column::OrgNumber},
        {QStringLiteral("orgnr"), Column::OrgNumber},
        {QStringLiteral("organisationsnummer"), Column::OrgNumber},
        {QStringLiteral("address"), Column::Address},
        {QStringLiteral("adress"), Column::Address},
        {QStringLiteral("besöksadress"), Column::Address},
        {QStringLiteral("postalcode"), Column::PostalCode},
        {QStringLiteral("postnummer"), Column::PostalCode},
        {QStringLiteral("postnr"), Column::PostalCode},
        {QStringLiteral("city"), Column::City},
        {QStringLiteral("ort"), Column::City},
        {QStringLiteral("postort"), Column::City},
        {QStringLiteral("category"), Column::Category},
        {QStringLiteral("kategori"), Column::Category},
        {QStringLiteral("verksamhetstyp"), Column::Category},
        {QStringLiteral("riskclass"), Column::RiskClass},
        {QStringLiteral("riskklass"), Column::RiskClass},
        {QStringLiteral("contactname"), Column::ContactName},
        {QStringLiteral("kontaktperson"), Column::ContactName},
        {QStringLiteral("phone"), Column::Phone},
        {QStringLiteral("telefon"), Column::Phone},
        {QStringLiteral("email"), Column::Email},
        {QStringLiteral("epost"), Column::Email},
        {QStringLiteral("active"), Column::Active},
        {QStringLiteral("aktiv"), Column::Active},
        {QStringLiteral("expclass"), Column::ExpClass},
        {QStringLiteral("erfarenhetsklass"), Column::ExpClass},
        {QStringLiteral("controlhours"), Column::ControlHours},
        {QStringLiteral("kontrolltid"), Column::ControlHours},
    };
    return names;
}

QString normaliseHeader(QString h)
{
    h = h.trimmed().toLower();
    h.remove(u' ');
    h.remove(u'-');
    h.remove(u'_');
    h.remove(u'.');
    return h;
}

QString decode(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

using Record = FacilityCsv::Record;

// RFC 4180 with a chosen separator; quoted fields may span lines.
std::vector<Record> parseRecords(const QString &text, QChar sep, QStringList *errors)
{
    std::vector<Record> records;
    Record current{1, {}};
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == sep) {
            current.fields.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            current.fields.append(field);
            field.clear();
            fieldStarted = false;
            if (!(current.fields.size() == 1 && current.fields.first().isEmpty()))
                records.push_back(current);
            ++line;
            current = Record{line, {}};
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted)
        errors->append(FacilityCsv::tr("line %1: a quoted field is not closed").arg(current.line));
    current.fields.append(field);
    if (!(current.fields.size() == 1 && current.fields.first().isEmpty()))
        records.push_back(current);
    return records;
}

QChar detectSeparator(const QString &text)
{
    const QString header = text.left(text.indexOf(u'\n'));
    QChar best = u';';
    qsizetype bestCount = 0;
    for (QChar c : {u';', u',', u'\t'}) {
        if (header.count(c) > bestCount) {
            bestCount = header.count(c);
            best = c;
        }
    }
    return best;
}

} // namespace

std::vector<FacilityCsv::Record> FacilityCsv::records(const QByteArray &bytes, QStringList *errors)
{
    const QString text = decode(bytes);
    return parseRecords(text, detectSeparator(text), errors);
}

bool FacilityCsv::looksLikeCsv(const QByteArray &bytes)
{
    const QByteArray start = bytes.left(64).trimmed();
    return !start.startsWith('{') && !start.startsWith('[');
}

std::vector<Facility> FacilityCsv::read(const QByteArray &bytes, const QString &fileName)
{
    const QString text = decode(bytes);
    QStringList errors;
    const std::vector<Record> records = parseRecords(text, detectSeparator(text), &errors);
    if (records.empty())
        throw Error(tr("%1: the file is empty; expected a header row and one row per facility")
                        .arg(fileName));

    QHash<Column, int> index;
    const QStringList &header = records.front().fields;
    for (int i = 0; i < header.size(); ++i) {
        const auto it = columnNames().constFind(normaliseHeader(header.at(i)));
        if (it != columnNames().constEnd())
            index.insert(*it, i);
    }
    QStringList missing;
    if (!index.contains(Column::Id))
        missing << QStringLiteral("id");
    if (!index.contains(Column::Name))
        missing << QStringLiteral("name");
    if (!missing.isEmpty())
        throw Error(tr("%1: line 1: the header lacks the required column(s) %2 (also accepted: "
                       "Objekt-ID, Namn)")
                        .arg(fileName, missing.join(QStringLiteral(", "))));

    std::vector<Facility> out;
    std::set<QString> ids;
    for (size_t r = 1; r < records.size(); ++r) {
        const Record &rec = records[r];
        if (rec.fields.size() != header.size()) {
            errors.append(tr("line %1: %2 fields, but the header has %3")
                              .arg(rec.line)
                              .arg(rec.fields.size())
                              .arg(header.size()));
            continue;
        }
        auto field = [&](Column c) {
            return index.contains(c) ? rec.fields.at(index.value(c)).trimmed() : QString();
        };
        Facility f;
        f.id = field(Column::Id);
        f.name = field(Column::Name);
        f.operatorDetails.name = field(Column::OperatorName);
        f.operatorDetails.orgNumber = field(Column::OrgNumber);
        f.address = field(Column::Address);
        f.postalCode = field(Column::PostalCode);
        f.city = field(Column::City);
        f.category = field(Column::Category);
        f.operatorDetails.contactName = field(Column::ContactName);
        f.operatorDetails.phone = field(Column::Phone);
        f.operatorDetails.email = field(Column::Email);
        const QString active = field(Column::Active).toLower();
        f.active = !(active == u"0" || active == u"nej" || active == u"no" || active == u"false");
        if (const QString risk = field(Column::RiskClass); !risk.isEmpty()) {
            bool ok = false;
            f.riskClass = risk.toInt(&ok);
            if (!ok) {
                errors.append(
                    tr("line %1: the risk class \"%2\" is not a number").arg(rec.line).arg(risk));
                continue;
            }
        }
        f.expClass = field(Column::ExpClass).toUpper();
        if (const QString hours = field(Column::ControlHours); !hours.isEmpty()) {
            // Swedish exports write a decimal comma.
            bool ok = false;
            f.controlHours = QString(hours).replace(u',', u'.').toDouble(&ok);
            if (!ok) {
                errors.append(tr("line %1: the control time \"%2\" is not a number")
                                  .arg(rec.line)
                                  .arg(hours));
                continue;
            }
        }
        if (const QString problem = FacilitiesFile::validate(&f); !problem.isEmpty()) {
            errors.append(tr("line %1: %2").arg(rec.line).arg(problem));
            continue;
        }
        if (!ids.insert(f.id).second) {
            errors.append(
                tr("line %1: the id \"%2\" appears on an earlier line").arg(rec.line).arg(f.id));
            continue;
        }
        out.push_back(std::move(f));
    }
    if (!errors.isEmpty())
        throw Error(
            tr("%1: rows with errors: %2; nothing was imported").arg(fileName).arg(errors.size()),
            errors);
    return out;
}

} // namespace tillsyn::reference
