#include "reporthtml.h"

#include "util/displaytext.h"

namespace tillsyn::report {

QString ReportHtml::text(const QString &text)
{
    QString s = inertBidi(text).toHtmlEscaped();
    s.replace(u'\n', QStringLiteral("<br>"));
    return s;
}

QString ReportHtml::row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

} // namespace tillsyn::report
