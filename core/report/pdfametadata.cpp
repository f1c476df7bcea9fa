#include "pdfametadata.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace tillsyn::report {

namespace {
const QString kRdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString kXmp = QStringLiteral("http://ns.adobe.com/xap/1.0/");
const QString kPdf = QStringLiteral("http://ns.adobe.com/pdf/1.3/");
const QString kPdfaId = QStringLiteral("http://www.aiim.org/pdfa/ns/id/");
const QString kExtension = QStringLiteral("http://www.aiim.org/pdfa/ns/extension/");
const QString kSchema = QStringLiteral("http://www.aiim.org/pdfa/ns/schema#");
const QString kProperty = QStringLiteral("http://www.aiim.org/pdfa/ns/property#");
const QString kTillsyn = QStringLiteral("https://tillsyn.example/ns/report/1.0/");
const QString kXml = QStringLiteral("http://www.w3.org/XML/1998/namespace");

struct Property
{
    const char *name;
    const char *valueType;
    const char *description;
};

const Property kProperties[] = {
    {"facility", "Text", "The inspected facility"},
    {"caseNumber", "Text", "The case number (diarienummer) in the case system"},
    {"checklistId", "Text", "The checklist used"},
    {"checklistTitle", "Text", "The title of the checklist used"},
    {"checklistVersion", "Integer", "The version of the checklist used"},
    {"visitId", "Text", "The visit reported on"},
    {"revision", "Integer", "The revision of the visit reported on"},
};
} // namespace

QString PdfaMetadata::xmpDate(const QDateTime &date)
{
    return date.toString(Qt::ISODate);
}

QByteArray PdfaMetadata::xmp(const QString &date, const QString &producer) const
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    buffer.write("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n");
    QXmlStreamWriter w(&buffer);
    w.setAutoFormatting(true);
    w.writeNamespace(QStringLiteral("adobe:ns:meta/"), QStringLiteral("x"));
    w.writeNamespace(kRdf, QStringLiteral("rdf"));
    w.writeStartElement(QStringLiteral("adobe:ns:meta/"), QStringLiteral("xmpmeta"));
    w.writeStartElement(kRdf, QStringLiteral("RDF"));
    const auto description = [&](const QString &ns, const QString &prefix) {
        w.writeStartElement(kRdf, QStringLiteral("Description"));
        w.writeNamespace(ns, prefix);
        w.writeAttribute(kRdf, QStringLiteral("about"), QString());
    };
    const auto alt = [&](const QString &ns, const QString &name, const QString &text) {
        w.writeStartElement(ns, name);
        w.writeStartElement(kRdf, QStringLiteral("Alt"));
        w.writeStartElement(kRdf, QStringLiteral("li"));
        w.writeAttribute(kXml, QStringLiteral("lang"), QStringLiteral("x-default"));
        w.writeCharacters(text);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    };

    QStringList about{facility};
    if (!caseNumber.isEmpty())
        about.append(QStringLiteral("Dnr ") + caseNumber);
    about.append(QStringLiteral("%1 v%2").arg(checklistTitle).arg(checklistVersion));
    description(kDc, QStringLiteral("dc"));
    alt(kDc, QStringLiteral("title"), title);
    alt(kDc, QStringLiteral("description"), about.join(QStringLiteral(" · ")));
    w.writeEndElement();

    const QString &when = date;
    description(kXmp, QStringLiteral("xmp"));
    w.writeAttribute(kXmp, QStringLiteral("CreatorTool"), creator);
    w.writeAttribute(kXmp, QStringLiteral("CreateDate"), when);
    w.writeAttribute(kXmp, QStringLiteral("ModifyDate"), when);
    w.writeAttribute(kXmp, QStringLiteral("MetadataDate"), when);
    w.writeEndElement();

    description(kPdf, QStringLiteral("pdf"));
    w.writeAttribute(kPdf, QStringLiteral("Producer"), producer);
    w.writeEndElement();

    description(kPdfaId, QStringLiteral("pdfaid"));
    w.writeAttribute(kPdfaId, QStringLiteral("part"), QStringLiteral("1"));
    w.writeAttribute(kPdfaId, QStringLiteral("conformance"), QStringLiteral("B"));
    w.writeEndElement();

    // The extension schema that PDF/A requires for properties outside the predefined schemas.
    description(kExtension, QStringLiteral("pdfaExtension"));
    w.writeNamespace(kSchema, QStringLiteral("pdfaSchema"));
    w.writeNamespace(kProperty, QStringLiteral("pdfaProperty"));
    w.writeStartElement(kExtension, QStringLiteral("schemas"));
    w.writeStartElement(kRdf, QStringLiteral("Bag"));
    w.writeStartElement(kRdf, QStringLiteral("li"));
    w.writeAttribute(kRdf, QStringLiteral("parseType"), QStringLiteral("Resource"));
    w.writeTextElement(kSchema, QStringLiteral("schema"),
                       QStringLiteral("Tillsyn control report"));
    w.writeTextElement(kSchema, QStringLiteral("namespaceURI"), kTillsyn);
    w.writeTextElement(kSchema, QStringLiteral("prefix"), QStringLiteral("tillsyn"));
    w.writeStartElement(kSchema, QStringLiteral("property"));
    w.writeStartElement(kRdf, QStringLiteral("Seq"));
    for (const Property &p : kProperties) {
        w.writeStartElement(kRdf, QStringLiteral("li"));
        w.writeAttribute(kRdf, QStringLiteral("parseType"), QStringLiteral("Resource"));
        w.writeTextElement(kProperty, QStringLiteral("name"), QLatin1String(p.name));
        w.writeTextElement(kProperty, QStringLiteral("valueType"), QLatin1String(p.valueType));
        w.writeTextElement(kProperty, QStringLiteral("category"), QStringLiteral("external"));
        w.writeTextElement(kProperty, QStringLiteral("description"),
                           QLatin1String(p.description));
        w.writeEndElement();
    }
    w.writeEndElement(); // Seq
    w.writeEndElement(); // property
    w.writeEndElement(); // li
    w.writeEndElement(); // Bag
    w.writeEndElement(); // schemas
    w.writeEndElement(); // Description

    description(kTillsyn, QStringLiteral("tillsyn"));
    const std::pair<const char *, QString> values[] = {
        {"facility", facility},
        {"caseNumber", caseNumber},
        {"checklistId", checklistId},
        {"checklistTitle", checklistTitle},
        {"checklistVersion", QString::number(checklistVersion)},
        {"visitId", visitId},
        {"revision", QString::number(revision)}};
    for (const auto &[name, value] : values) {
        if (!value.isEmpty())
            w.writeTextElement(kTillsyn, QLatin1String(name), value);
    }
    w.writeEndElement();

    w.writeEndElement(); // RDF
    w.writeEndElement(); // xmpmeta
    w.writeEndDocument();
    buffer.write("<?xpacket end='w'?>");
    return out;
}

void PdfaMetadata::alignDates(QByteArray &pdf, const QString &written)
{
    // /CreationDate (D:YYYYMMDDHHmmSS followed by Z or +HH'mm' / -HH'mm')
    static const QRegularExpression re(QStringLiteral(
        "/CreationDate \\(D:(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(Z|[+-]\\d{2}'\\d{2}')"));
    const auto m = re.match(QString::fromLatin1(pdf.left(4096)));
    if (!m.hasMatch())
        return;
    QString zone = m.captured(7);
    if (zone != u"Z")
        zone = zone.left(3) + u':' + zone.mid(4, 2);
    const QString actual = QStringLiteral("%1-%2-%3T%4:%5:%6%7")
                               .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4),
                                    m.captured(5), m.captured(6), zone);
    if (actual == written || actual.size() != written.size())
        return;
    pdf.replace(QByteArray("\"") + written.toLatin1() + '"',
                QByteArray("\"") + actual.toLatin1() + '"');
}

} // namespace tillsyn::report
