#include "safetext.h"

#include <QList>

namespace tillsyn {

namespace {

bool isHidden(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

} // namespace

QString escapeControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (!isHidden(c)) {
            out.append(QString::fromUcs4(&c, 1));
        } else if (c == u'\n') {
            out.append(QStringLiteral("\\n"));
        } else if (c == u'\r') {
            out.append(QStringLiteral("\\r"));
        } else if (c == u'\t') {
            out.append(QStringLiteral("\\t"));
        } else {
            out.append(QStringLiteral("\\u{%1}").arg(uint(c), 0, 16));
        }
    }
    return out;
}

QString safeFileNamePart(const QString &text, const QString &fallback, qsizetype maxBytes)
{
    static const QString forbidden = QStringLiteral("/\\<>:\"|?*");
    QString out;
    bool space = false;
    for (const char32_t c : text.toUcs4()) {
        if (QChar::isSpace(c) && !isHidden(c)) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out.append(u'-');
        space = false;
        if (isHidden(c) || (c < 0x80 && forbidden.contains(QChar(char16_t(c)))))
            out.append(u'_');
        else
            out.append(QString::fromUcs4(&c, 1));
    }
    const auto trim = [&out] {
        while (!out.isEmpty() && (out.front() == u'.' || out.front() == u'-'))
            out.remove(0, 1);
        while (!out.isEmpty() && (out.back() == u'.' || out.back() == u'-'))
            out.chop(1);
    };
    trim();
    while (out.toUtf8().size() > maxBytes)
        out.chop(out.size() > 1 && out.back().isLowSurrogate() ? 2 : 1);
    trim();
    return out.isEmpty() ? fallback : out;
}

} // namespace tillsyn
