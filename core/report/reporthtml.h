#pragma once

#include <QString>

namespace tillsyn::report {

// The report's HTML pieces that more than one of its sections writes.
class ReportHtml
{
public:
    // User text → HTML: escaped, bidi controls made inert, line breaks kept.
    static QString text(const QString &text);
    // A row of a facts table: the label escaped, the value already HTML.
    static QString row(const QString &label, const QString &valueHtml);
};

} // namespace tillsyn::report
