#include "canonicaljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace tillsyn::json {

namespace {

void writeValue(QByteArray &out, const QJsonValue &value);

// Qt's escaping, character by character: the rare path (non-ASCII, quotes, control characters).
void writeEscaped(QByteArray &out, QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c >= 0x80) {
            // Everything else (the reader refused lone surrogates): UTF-8 of the code point.
            const qsizetype units = QChar::isHighSurrogate(c) && i + 1 < s.size() &&
                                            QChar::isLowSurrogate(s[i + 1].unicode())
                                        ? 2
                                        : 1;
            out += s.sliced(i, units).toUtf8();
            i += units - 1;
            continue;
        }
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            } else {
                out += char(c);
            }
        }
    }
}

void writeString(QByteArray &out, QStringView s)
{
    out += '"';
    // Copy as Latin-1 while checking that nothing needs escaping (one branch-free pass the
    // compiler vectorises); only a string that does is written again, escaped.
    const qsizetype at = out.size();
    out.resize(at + s.size());
    char *dst = out.data() + at;
    const char16_t *src = s.utf16();
    unsigned special = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = src[i];
        special |=
            unsigned(c < 0x20) | unsigned(c >= 0x80) | unsigned(c == u'"') | unsigned(c == u'\\');
        dst[i] = char(c);
    }
    if (special) {
        out.truncate(at);
        writeEscaped(out, s);
    }
    out += '"';
}

void writeObject(QByteArray &out, const QJsonObject &object)
{
    out += '{';
    bool first = true;
    // QJsonObject iterates in key order, as QJsonDocument writes it.
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!first)
            out += ',';
        first = false;
        writeString(out, it.key());
        out += ':';
        writeValue(out, it.value());
    }
    out += '}';
}

void writeArray(QByteArray &out, const QJsonArray &array)
{
    out += '[';
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (i > 0)
            out += ',';
        writeValue(out, array.at(i));
    }
    out += ']';
}

void writeValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        writeObject(out, value.toObject());
        break;
    case QJsonValue::Array:
        writeArray(out, value.toArray());
        break;
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    default: {
        // Numbers, booleans and null are few: Qt writes them, so integers and doubles come out
        // exactly as QJsonDocument formats them.
        const QByteArray one = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        out.append(one.constData() + 1, one.size() - 2);
    }
    }
}

} // namespace

QByteArray CanonicalJson::write(const QJsonObject &object, qsizetype sizeHint)
{
    QByteArray out;
    out.reserve(sizeHint > 0 ? sizeHint + 64 : 1024);
    writeObject(out, object);
    return out;
}

} // namespace tillsyn::json
