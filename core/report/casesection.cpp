#include "casesection.h"

#include "reporthtml.h"

#include <QBuffer>
#include <QImageReader>
#include <QLocale>
#include <QPainter>

namespace tillsyn::report {

using namespace tillsyn::domain;

const QString CaseSection::kSignatureImage = QStringLiteral("tillsyn-signature:operator");

namespace {

QString hours(int minutes)
{
    return QLocale().toString(minutes / 60.0, 'f', 2);
}

// The signature printed at most this size, in points.
constexpr QSizeF kSignatureBox(220, 80);

} // namespace

QString CaseSection::caseRow(const Visit &visit)
{
    if (visit.caseInfo.caseNumber.isEmpty())
        return {};
    return ReportHtml::row(
        tr("Case number (Dnr)"),
        QStringLiteral("<b>%1</b>").arg(ReportHtml::text(visit.caseInfo.caseNumber)));
}

QString CaseSection::timeRows(const Visit &visit)
{
    const VisitCase &c = visit.caseInfo;
    QStringList parts;
    for (const TimeEntry &e : c.timeEntries) {
        QString part = tr("%1 %2 min").arg(displayName(e.activity)).arg(e.minutes);
        if (!e.chargeable)
            part += u' ' + tr("(not chargeable)");
        parts.append(ReportHtml::text(part));
    }
    return ReportHtml::row(tr("Time per activity"), parts.join(QStringLiteral(" · "))) +
           ReportHtml::row(tr("Chargeable time"),
                           ReportHtml::text(tr("%1 h (%2 minutes; in all %3 minutes)")
                                                .arg(hours(c.chargeableMinutes()))
                                                .arg(c.chargeableMinutes())
                                                .arg(c.totalMinutes())));
}

QString CaseSection::acknowledgement(const Visit &visit)
{
    const VisitCase &c = visit.caseInfo;
    if (c.operatorComment.trimmed().isEmpty() && !c.signature)
        return {};
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("The operator's acknowledgement"));
    if (!c.operatorComment.trimmed().isEmpty())
        html += QStringLiteral("<p><i>%1</i> %2</p>")
                    .arg(tr("The operator's comment:").toHtmlEscaped(),
                         ReportHtml::text(c.operatorComment));
    if (c.signature) {
        const OperatorSignature &s = *c.signature;
        const QString when = QLocale().toString(s.signedAt.toLocalTime(), QLocale::ShortFormat);
        QStringList who{s.name};
        if (!s.role.isEmpty())
            who.append(s.role);
        if (s.declined) {
            html += QStringLiteral("<p><b>%1</b></p>")
                        .arg(ReportHtml::text(tr("The operator declined to sign.")));
            html += QStringLiteral("<p>%1</p>")
                        .arg(ReportHtml::text(who.join(QStringLiteral(", ")) +
                                              QStringLiteral(" · ") + when));
        } else {
            const QImage image = signatureImage(visit);
            if (!image.isNull()) {
                const QSizeF shown =
                    QSizeF(image.size()).scaled(kSignatureBox, Qt::KeepAspectRatio);
                html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                            .arg(kSignatureImage)
                            .arg(qMax(1, qRound(shown.width())))
                            .arg(qMax(1, qRound(shown.height())));
            }
            html += QStringLiteral("<p>%1</p>")
                        .arg(ReportHtml::text(
                            tr("Signed by %1 · %2").arg(who.join(QStringLiteral(", ")), when)));
        }
    }
    return html;
}

QImage CaseSection::signatureImage(const Visit &visit)
{
    const auto &s = visit.caseInfo.signature;
    if (!s || s->declined || s->data.isEmpty())
        return {};
    // Decoded no larger than the report can show (the box at print resolution): a small PNG
    // may declare tens of megapixels, which would cost hundreds of megabytes for a 220 pt box.
    QBuffer buffer;
    buffer.setData(s->data);
    QImageReader reader(&buffer, "png");
    const QSize declared = reader.size();
    if (!declared.isValid())
        return {};
    const QSize largest(1600, 600);
    if (declared.width() > largest.width() || declared.height() > largest.height())
        reader.setScaledSize(declared.scaled(largest, Qt::KeepAspectRatio));
    const QImage drawn = reader.read();
    if (drawn.isNull())
        return {};
    QImage flat(drawn.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, drawn);
    painter.end();
    return flat;
}

} // namespace tillsyn::report
