#include "reportbuilder.h"

#include "casesection.h"
#include "reportdocument.h"
#include "reporthtml.h"
#include "visitfile/photocheck.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QLocale>
#include <QTextCursor>
#include <QTextOption>

namespace tillsyn::report {

using namespace tillsyn::domain;

namespace {

QString photoName(const QString &id)
{
    return QStringLiteral("tillsyn-photo:") + QString::fromLatin1(id.toUtf8().toHex());
}

const QString kLogoName = QStringLiteral("tillsyn-logo:office");
// The boxes photos are printed in, in points: large under a deviation, small under an item
// without deviation. A photo keeps its aspect ratio and fills its box's width or height.
constexpr QSizeF kLargePhoto(230, 300);
constexpr QSizeF kSmallPhoto(120, 120);
// Pixels decoded per point printed: 250 dpi keeps a photo sharp on paper (a large one is decoded
// at most 800 px wide), whatever the size of the picture in the visit.
constexpr double kPixelsPerPoint = 250.0 / 72.0;

const char *const kStyle = R"(
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; color: #1a1a1a; }
h1 { font-size: 18pt; margin-top: 6pt; margin-bottom: 2pt; color: #1f4e5f; }
h2 { font-size: 12.5pt; margin-top: 14pt; margin-bottom: 4pt; color: #1f4e5f; }
h3 { font-size: 10.5pt; margin-top: 10pt; margin-bottom: 3pt; }
td.label { color: #555555; padding-right: 10pt; }
table.facts td { padding: 1pt 4pt 1pt 0pt; }
table.items { border-collapse: collapse; }
table.items th { background-color: #e6eef0; text-align: left; padding: 3pt; }
table.items td { padding: 3pt; border-bottom: 1px solid #cccccc; }
p.revised { color: #a03000; font-weight: bold; }
p.caption { font-size: 8pt; color: #444444; }
p.note { color: #444444; }
span.remark { color: #333333; }
span.caption { font-size: 8pt; color: #444444; }
.followup { color: #1f4e5f; font-weight: bold; }
)";

} // namespace

ReportBuilder::ReportBuilder(const Visit &visit, const OfficeInfo &office, ReportOptions options)
    : m_visit(visit)
    , m_office(office)
    , m_options(std::move(options))
    , m_logo(office.logoPng())
{}

QString ReportBuilder::title(const ReportOptions &options)
{
    return options.foodControl ? tr("Control report") : tr("Inspection report");
}

QString ReportBuilder::header() const
{
    QStringList contact{m_office.phone, m_office.email};
    contact.removeAll(QString());
    const bool logo = !m_logo.isEmpty();
    return QStringLiteral("<table width=\"100%\"><tr><td>%1</td><td "
                          "align=\"right\"><b>%2</b><br>%3<br>%4</td></tr></table>")
        .arg(logo ? QStringLiteral("<img src=\"%1\" height=\"48\">").arg(kLogoName) : QString(),
             ReportHtml::text(m_office.name), ReportHtml::text(m_office.address),
             ReportHtml::text(contact.join(QStringLiteral(" · "))));
}

QString ReportBuilder::facts() const
{
    const Facility &f = m_visit.facility;
    const QLocale locale;
    QStringList address{f.address, (f.postalCode + u' ' + f.city).trimmed()};
    address.removeAll(QString());
    QStringList inspectors;
    for (const Inspector &i : m_visit.inspectors)
        inspectors.append(i.name);
    QString html = QStringLiteral("<table class=\"facts\">");
    html += CaseSection::caseRow(m_visit);
    html +=
        ReportHtml::row(tr("Facility"), QStringLiteral("<b>%1</b>").arg(ReportHtml::text(f.name)));
    if (!f.operatorDetails.name.isEmpty())
        html += ReportHtml::row(tr("Operator"), ReportHtml::text(f.operatorDetails.name));
    if (!f.operatorDetails.orgNumber.isEmpty())
        html += ReportHtml::row(tr("Org. number"), ReportHtml::text(f.operatorDetails.orgNumber));
    if (!address.isEmpty())
        html +=
            ReportHtml::row(tr("Address"), ReportHtml::text(address.join(QStringLiteral(", "))));
    html += ReportHtml::row(tr("Date of visit"),
                            ReportHtml::text(locale.toString(m_visit.startedAt.toLocalTime().date(),
                                                             QLocale::LongFormat)));
    html += ReportHtml::row(tr("Announced"), m_visit.announced ? tr("Yes, announced in advance")
                                                               : tr("No, unannounced"));
    html += ReportHtml::row(tr("Reason"), ReportHtml::text(displayName(m_visit.kind)));
    html +=
        ReportHtml::row(tr("Inspectors"), ReportHtml::text(inspectors.join(QStringLiteral(", "))));
    html +=
        ReportHtml::row(tr("Present for the operator"),
                        m_visit.presentPersons.isEmpty()
                            ? tr("Not recorded")
                            : ReportHtml::text(m_visit.presentPersons.join(QStringLiteral(", "))));
    if (m_visit.caseInfo.timeEntries.empty())
        html += ReportHtml::row(tr("Time spent"),
                                tr("%1 minutes (%2 h)")
                                    .arg(m_visit.minutesSpent)
                                    .arg(locale.toString(m_visit.minutesSpent / 60.0, 'f', 2)));
    else
        html += CaseSection::timeRows(m_visit);
    html += QStringLiteral("</table>");
    return html;
}

QString ReportBuilder::purposeAndMethod() const
{
    QString purpose;
    switch (m_visit.kind) {
    case VisitKind::Planned:
        purpose = tr("A planned control to check whether the business meets the requirements of "
                     "the legislation.");
        break;
    case VisitKind::FollowUp:
        purpose = tr("A follow-up of deviations found at an earlier visit.");
        break;
    case VisitKind::Complaint:
        purpose = tr("A control prompted by a complaint.");
        break;
    case VisitKind::Incident:
        purpose = tr("A control prompted by an incident.");
        break;
    case VisitKind::Other:
        purpose = tr("A control for another reason.");
        break;
    }
    int assessed = 0;
    for (const Answer &a : m_visit.answers)
        assessed += a.result == Result::Ok || a.result == Result::Deviation;
    return QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p>")
        .arg(
            tr("Purpose and method"), ReportHtml::text(purpose),
            ReportHtml::text(
                tr("The control was made on site by inspection and conversation with the staff, "
                   "following the checklist \"%1\" (version %2). %3 of its %4 items were assessed.")
                    .arg(m_visit.checklist.title)
                    .arg(m_visit.checklist.version)
                    .arg(assessed)
                    .arg(m_visit.answers.size())));
}

QString ReportBuilder::followUpNote(const Answer &a) const
{
    if (m_visit.kind != VisitKind::FollowUp || !m_options.followUpItemIds.count(a.itemId))
        return {};
    return QStringLiteral(" <span class=\"followup\">[%1]</span>")
        .arg(ReportHtml::text(
            tr("Follow-up of a deviation from the visit of %1")
                .arg(QLocale().toString(m_options.earlierVisit.toLocalTime().date(),
                                        QLocale::ShortFormat))));
}

QString ReportBuilder::followUpSection() const
{
    if (m_options.followUps.empty())
        return {};
    QString rows;
    for (const FollowUpLine &f : m_options.followUps) {
        const QString date =
            f.earlierVisit.isValid()
                ? QLocale().toString(f.earlierVisit.toLocalTime().date(), QLocale::ShortFormat)
                : tr("unknown date");
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td><b>%3</b></td><td>%4</td></tr>")
                    .arg(ReportHtml::text(f.itemText), ReportHtml::text(date),
                         ReportHtml::text(displayName(f.status)), ReportHtml::text(f.comment));
    }
    return QStringLiteral("<h2>%1</h2><table class=\"items\" width=\"100%\" cellspacing=\"0\">"
                          "<thead><tr><th width=\"40%\">%2</th><th>%3</th><th>%4</th>"
                          "<th>%5</th></tr></thead>%6</table>")
        .arg(tr("Follow-up of earlier deviations").toHtmlEscaped(), tr("Item").toHtmlEscaped(),
             tr("Earlier visit").toHtmlEscaped(), tr("Status").toHtmlEscaped(),
             tr("Comment").toHtmlEscaped(), rows);
}

QString ReportBuilder::deviation(const Answer &a) const
{
    QString html = QStringLiteral("<h3>%1 — %2%3</h3>")
                       .arg(ReportHtml::text(a.section), ReportHtml::text(a.text), followUpNote(a));
    if (!a.legalReference.isEmpty())
        html +=
            QStringLiteral("<p><span class=\"label\">%1</span> %2</p>")
                .arg(tr("Legal reference:").toHtmlEscaped(), ReportHtml::text(a.legalReference));
    if (a.deadline)
        html +=
            QStringLiteral("<p><b>%1</b></p>")
                .arg(ReportHtml::text(tr("To be corrected by %1").arg(deadlineText(*a.deadline))));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(a.comment.trimmed().isEmpty() ? tr("(No comment was recorded.)").toHtmlEscaped()
                                               : ReportHtml::text(a.comment));
    for (const QString &photoId : a.photoIds) {
        if (const Photo *p = m_visit.photo(photoId)) {
            html += QStringLiteral("<p>%1</p>").arg(photo(*p, kLargePhoto));
            if (!p->caption.isEmpty())
                html +=
                    QStringLiteral("<p class=\"caption\">%1</p>").arg(ReportHtml::text(p->caption));
        }
    }
    return html;
}

QString ReportBuilder::photo(const Photo &p, QSizeF box) const
{
    // Decoded here, once per size it is printed at, and only because it is printed: the header
    // is checked before any pixel is decoded, and the decoder scales while it decodes, so a
    // photo takes the memory of what the page shows, not of what the camera recorded.
    const visitfile::PhotoHeader header = visitfile::PhotoCheck::check(p.data);
    if (!header.ok())
        return QStringLiteral("<span class=\"remark\">%1</span>")
            .arg(ReportHtml::text(tr("(This photo cannot be shown: it %1.)").arg(header.problem)));
    QBuffer buffer;
    buffer.setData(p.data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, header.mediaType == u"image/png" ? "png" : "jpeg");
    reader.setAutoDetectImageFormat(false);
    reader.setAutoTransform(true); // as the photo import does (EXIF orientation)
    const bool turned = reader.transformation() & QImageIOHandler::TransformationRotate90;
    const QSize stored = header.size;
    const QSizeF shown =
        QSizeF(turned ? stored.transposed() : stored).scaled(box, Qt::KeepAspectRatio);
    const QSize printed(qMax(1, qRound(shown.width())), qMax(1, qRound(shown.height())));
    // The pixels to decode, in the stored orientation: what the print needs, never more than
    // the photo has.
    QSize pixels = (QSizeF(turned ? printed.transposed() : printed) * kPixelsPerPoint).toSize();
    pixels = pixels.boundedTo(stored).expandedTo(QSize(1, 1));
    const QString name =
        photoName(p.id) + QStringLiteral("@%1x%2").arg(pixels.width()).arg(pixels.height());
    if (!m_images.count(name)) {
        reader.setScaledSize(pixels);
        QImage image = reader.read();
        if (image.isNull())
            return QStringLiteral("<span class=\"remark\">%1</span>")
                .arg(ReportHtml::text(
                    tr("(This photo cannot be shown: %1.)").arg(reader.errorString())));
        m_images.emplace(name, std::move(image));
    }
    return QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">")
        .arg(name)
        .arg(printed.width())
        .arg(printed.height());
}

QString ReportBuilder::remarks(const Answer &a) const
{
    QString html;
    if (!a.comment.trimmed().isEmpty())
        html += QStringLiteral("<br><span class=\"remark\"><i>%1</i> %2</span>")
                    .arg(tr("Comment:").toHtmlEscaped(), ReportHtml::text(a.comment));
    for (const QString &photoId : a.photoIds) {
        if (const Photo *p = m_visit.photo(photoId)) {
            html += QStringLiteral("<br>") + photo(*p, kSmallPhoto);
            if (!p->caption.isEmpty())
                html += QStringLiteral("<br><span class=\"caption\">%1</span>")
                            .arg(ReportHtml::text(p->caption));
        }
    }
    return html;
}

QString ReportBuilder::otherPhotos() const
{
    // A visit file may hold photos that no answer names: they are part of the revision too.
    std::set<QString> named;
    for (const Answer &a : m_visit.answers)
        named.insert(a.photoIds.begin(), a.photoIds.end());
    QString html;
    for (const Photo &p : m_visit.photos) {
        if (named.count(p.id))
            continue;
        html += QStringLiteral("<p>%1</p>").arg(photo(p, kLargePhoto));
        if (!p.caption.isEmpty())
            html += QStringLiteral("<p class=\"caption\">%1</p>").arg(ReportHtml::text(p.caption));
    }
    if (html.isEmpty())
        return {};
    return QStringLiteral("<h2>%1</h2>").arg(tr("Other photos").toHtmlEscaped()) + html;
}

QString ReportBuilder::outcome() const
{
    int checked = 0;
    std::vector<const Answer *> deviations;
    for (const Answer &a : m_visit.answers) {
        checked += a.result == Result::Ok || a.result == Result::Deviation;
        if (a.result == Result::Deviation)
            deviations.push_back(&a);
    }
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Outcome"));
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(ReportHtml::text(tr("%1 items were checked and %2 deviations were found.")
                                          .arg(checked)
                                          .arg(deviations.size())));
    if (deviations.empty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(ReportHtml::text(tr("No deviations were found at the control.")));
    } else {
        html += QStringLiteral("<h2>%1</h2><p class=\"note\">%2</p>")
                    .arg(tr("Deviations"),
                         ReportHtml::text(
                             tr("Each deviation below must be corrected. The office may follow up "
                                "that this has been done.")));
        for (const Answer *a : deviations)
            html += deviation(*a);
    }
    html += compliantItems();
    html += uncheckedItems();
    html += otherPhotos();
    if (!m_visit.summary.trimmed().isEmpty())
        html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                    .arg(tr("Overall assessment"), ReportHtml::text(m_visit.summary));
    return html;
}

QString ReportBuilder::compliantItems() const
{
    QString rows;
    QString section;
    for (const Answer &a : m_visit.answers) {
        if (a.result != Result::Ok)
            continue;
        if (a.section != section) {
            section = a.section;
            rows += QStringLiteral("<tr><td colspan=\"2\"><b>%1</b></td></tr>")
                        .arg(ReportHtml::text(section));
        }
        rows += QStringLiteral("<tr><td>%1%2%3</td><td>%4</td></tr>")
                    .arg(ReportHtml::text(a.text), followUpNote(a), remarks(a),
                         ReportHtml::text(a.legalReference));
    }
    if (rows.isEmpty())
        return {};
    return QStringLiteral("<h2>%1</h2><table class=\"items\" width=\"100%\" cellspacing=\"0\">"
                          "<thead><tr><th width=\"68%\">%2</th><th>%3</th></tr></thead>%4</table>")
        .arg(tr("Checked without deviation"), tr("Item"), tr("Legal reference"), rows);
}

QString ReportBuilder::uncheckedItems() const
{
    // Items without comment or photo as one compact line per group; those with them each on
    // their own, the comment and photos under the item.
    struct Group
    {
        QString heading;
        QStringList plain;
        QString withRemarks;
    };
    Group groups[] = {{tr("Not checked at this visit"), {}, {}},
                      {tr("Not applicable to this business"), {}, {}},
                      {tr("Not assessed"), {}, {}}};
    for (const Answer &a : m_visit.answers) {
        Group *group = a.result == Result::NotChecked      ? &groups[0]
                       : a.result == Result::NotApplicable ? &groups[1]
                       : !a.result                         ? &groups[2]
                                                           : nullptr;
        if (!group)
            continue;
        const QString more = remarks(a);
        if (more.isEmpty())
            group->plain.append(ReportHtml::text(a.text));
        else
            group->withRemarks += QStringLiteral("<p>%1%2</p>").arg(ReportHtml::text(a.text), more);
    }
    QString html;
    for (const Group &g : groups) {
        if (g.plain.isEmpty() && g.withRemarks.isEmpty())
            continue;
        html += QStringLiteral("<h3>%1</h3>").arg(g.heading.toHtmlEscaped());
        if (!g.plain.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(g.plain.join(QStringLiteral(" · ")));
        html += g.withRemarks;
    }
    return html;
}

QString ReportBuilder::closing(const QDateTime &producedAt) const
{
    QStringList inspectors;
    for (const Inspector &i : m_visit.inspectors)
        inspectors.append(i.name);
    return QStringLiteral("<h2>%1</h2><p>%2</p><p class=\"note\">%3</p>")
        .arg(tr("Contact"),
             ReportHtml::text(tr("Questions about this report: %1, %2.")
                                  .arg(inspectors.join(QStringLiteral(", ")), m_office.name)),
             ReportHtml::text(
                 tr("Report produced %1.")
                     .arg(QLocale().toString(producedAt.toLocalTime(), QLocale::ShortFormat))));
}

QString ReportBuilder::html(const QDateTime &producedAt) const
{
    m_images.clear();
    QString body = header();
    body += QStringLiteral("<h1>%1</h1>").arg(title(m_options).toHtmlEscaped());
    if (m_visit.revision > 1)
        body += QStringLiteral("<p class=\"revised\">%1</p>")
                    .arg(ReportHtml::text(tr("Revised report, version %1").arg(m_visit.revision)));
    if (m_visit.kind == VisitKind::FollowUp || !m_visit.followUps.empty())
        body += QStringLiteral("<p class=\"followup\">%1</p>")
                    .arg(ReportHtml::text(
                        tr("Follow-up visit: this visit checked deviations found earlier.")));
    body += facts();
    body += purposeAndMethod();
    body += followUpSection();
    body += outcome();
    body += CaseSection::acknowledgement(m_visit);
    body += closing(producedAt);
    return QStringLiteral("<html><head><style>%1</style></head><body>%2</body></html>")
        .arg(QString::fromLatin1(kStyle), body);
}

std::unique_ptr<ReportDocument> ReportBuilder::build(const QDateTime &producedAt) const
{
    auto doc = std::make_unique<ReportDocument>();
    doc->setUndoRedoEnabled(false); // a report is not edited: no history of its edits
    doc->setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    QTextOption option = doc->defaultTextOption();
    // A comment of one endless word must still wrap inside the page.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    if (!m_logo.isEmpty())
        doc->addImage(kLogoName, QImage::fromData(m_logo));
    const QString text = html(producedAt); // decodes the photos it shows into m_images
    for (const auto &[name, image] : m_images)
        doc->addImage(name, image);
    if (const QImage signature = CaseSection::signatureImage(m_visit); !signature.isNull())
        doc->addImage(CaseSection::kSignatureImage, signature);
    m_images.clear();
    doc->setHtml(text);
    // No ligatures: "fi" stays two letters, so the PDF's text is the text that was written
    // (searchable, and what pdftotext gives back).
    QTextCharFormat plain;
    plain.setFontStyleStrategy(QFont::PreferNoShaping);
    QTextCursor all(doc.get());
    all.select(QTextCursor::Document);
    all.mergeCharFormat(plain);
    return doc;
}

} // namespace tillsyn::report
