#include "displaytext.h"

#include <QTextDocument>

namespace tillsyn {

namespace {

// The marker shown for a control character, or nullptr when it is not one of them.
const char *markerName(char16_t c)
{
    switch (c) {
    case 0x202A:
        return "LRE";
    case 0x202B:
        return "RLE";
    case 0x202C:
        return "PDF";
    case 0x202D:
        return "LRO";
    case 0x202E:
        return "RLO";
    case 0x2066:
        return "LRI";
    case 0x2067:
        return "RLI";
    case 0x2068:
        return "FSI";
    case 0x2069:
        return "PDI";
    default:
        return nullptr;
    }
}

} // namespace

bool hasBidiControls(const QString &text)
{
    for (const QChar c : text) {
        if (markerName(c.unicode()))
            return true;
    }
    return false;
}

QString inertBidi(const QString &text)
{
    if (!hasBidiControls(text))
        return text; // the usual case: no copy
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (const char *name = markerName(c.unicode()))
            out += QChar(0x2039) + QLatin1String(name) + QChar(0x203A);
        else
            out += c;
    }
    return out;
}

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {}; // no tooltip at all
    return Qt::convertFromPlainText(inertBidi(text), Qt::WhiteSpaceNormal);
}

} // namespace tillsyn
