#include "strictjson.h"

#include "util/error.h"

#include <QJsonDocument>

#include <charconv>
#include <set>
#include <string>

namespace tillsyn::json {

namespace {

struct Failure
{
    const char *at;
    QString message;
};

class Scanner
{
public:
    Scanner(const QByteArray &bytes, const Limits &limits)
        : m_begin(bytes.constData())
        , m_p(bytes.constData())
        , m_end(bytes.constData() + bytes.size())
        , m_limits(limits)
    {}

    void document()
    {
        skipWs();
        if (m_p == m_end)
            fail(StrictJson::tr("the file is empty"));
        if (*m_p != '{')
            fail(StrictJson::tr("the top level must be a JSON object"));
        value(0, {});
        skipWs();
        if (m_p != m_end)
            fail(StrictJson::tr("unexpected text after the end of the document"));
    }

    const char *begin() const { return m_begin; }

private:
    [[noreturn]] void fail(const QString &message) { throw Failure{m_p, message}; }

    void skipWs()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    void value(int depth, const std::string &memberName)
    {
        skipWs();
        if (m_p == m_end)
            fail(StrictJson::tr("unexpected end of the document"));
        switch (*m_p) {
        case '{':
            object(depth + 1);
            break;
        case '[':
            array(depth + 1, memberName);
            break;
        case '"':
            string(nullptr, maxStringFor(memberName));
            break;
        case 't':
            literal("true");
            break;
        case 'f':
            literal("false");
            break;
        case 'n':
            literal("null");
            break;
        default:
            number();
        }
    }

    qsizetype maxStringFor(const std::string &memberName) const
    {
        if (!m_limits.longStringMember.isEmpty() &&
            memberName == m_limits.longStringMember.toStdString())
            return m_limits.maxLongStringBytes;
        return m_limits.maxStringBytes;
    }

    void checkDepth(int depth)
    {
        if (depth > m_limits.maxDepth)
            fail(StrictJson::tr("nesting is deeper than the limit of %1 levels")
                     .arg(m_limits.maxDepth));
    }

    void object(int depth)
    {
        checkDepth(depth);
        ++m_p; // '{'
        skipWs();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return;
        }
        std::set<std::string> names;
        for (;;) {
            skipWs();
            if (m_p == m_end || *m_p != '"')
                fail(StrictJson::tr("expected a member name in double quotes"));
            const char *nameStart = m_p;
            std::string name;
            string(&name, m_limits.maxStringBytes);
            if (!names.insert(name).second) {
                m_p = nameStart;
                fail(StrictJson::tr("the member \"%1\" appears twice in one object")
                         .arg(QString::fromStdString(name)));
            }
            skipWs();
            if (m_p == m_end || *m_p != ':')
                fail(StrictJson::tr("expected ':' after a member name"));
            ++m_p;
            value(depth, name);
            skipWs();
            if (m_p == m_end)
                fail(StrictJson::tr("unexpected end of the document inside an object"));
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == '}') {
                ++m_p;
                return;
            }
            fail(StrictJson::tr("expected ',' or '}' in an object"));
        }
    }

    void array(int depth, const std::string &memberName)
    {
        checkDepth(depth);
        ++m_p; // '['
        skipWs();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return;
        }
        for (;;) {
            value(depth, memberName);
            skipWs();
            if (m_p == m_end)
                fail(StrictJson::tr("unexpected end of the document inside an array"));
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == ']') {
                ++m_p;
                return;
            }
            fail(StrictJson::tr("expected ',' or ']' in an array"));
        }
    }

    void literal(const char *word)
    {
        const std::string_view w(word);
        if (size_t(m_end - m_p) < w.size() || std::string_view(m_p, w.size()) != w)
            fail(StrictJson::tr("invalid value"));
        m_p += w.size();
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    void number()
    {
        const char *start = m_p;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p == m_end || !isDigit(*m_p)) {
            m_p = start;
            fail(StrictJson::tr("invalid value"));
        }
        if (*m_p == '0') {
            ++m_p;
        } else {
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (m_p == m_end || !isDigit(*m_p))
                fail(StrictJson::tr("invalid number"));
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p == m_end || !isDigit(*m_p))
                fail(StrictJson::tr("invalid number"));
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p - start > 64) {
            m_p = start;
            fail(StrictJson::tr("number is too long"));
        }
        // QJsonDocument refuses what a double cannot hold (1e400, 1e-400); say so here, with
        // the position, rather than in its message without one.
        double parsed = 0;
        if (std::from_chars(start, m_p, parsed).ec == std::errc::result_out_of_range) {
            m_p = start;
            fail(StrictJson::tr("number is out of range"));
        }
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    char32_t hex4()
    {
        if (m_end - m_p < 4)
            fail(StrictJson::tr("incomplete \\u escape"));
        char32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(m_p[i]);
            if (h < 0)
                fail(StrictJson::tr("invalid \\u escape"));
            v = v * 16 + char32_t(h);
        }
        m_p += 4;
        return v;
    }

    static void appendUtf8(std::string *out, char32_t cp)
    {
        if (cp < 0x80) {
            out->push_back(char(cp));
        } else if (cp < 0x800) {
            out->push_back(char(0xC0 | (cp >> 6)));
            out->push_back(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out->push_back(char(0xE0 | (cp >> 12)));
            out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            out->push_back(char(0x80 | (cp & 0x3F)));
        } else {
            out->push_back(char(0xF0 | (cp >> 18)));
            out->push_back(char(0x80 | ((cp >> 12) & 0x3F)));
            out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            out->push_back(char(0x80 | (cp & 0x3F)));
        }
    }

    // Validates one multi-byte UTF-8 sequence starting at m_p; rejects overlong forms,
    // encoded surrogates and code points above U+10FFFF.
    void utf8Sequence(std::string *out)
    {
        const auto b0 = static_cast<unsigned char>(*m_p);
        int len;
        char32_t cp;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            len = 2;
            cp = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            len = 3;
            cp = b0 & 0x0F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            len = 4;
            cp = b0 & 0x07;
        } else {
            fail(StrictJson::tr("invalid UTF-8"));
        }
        if (m_end - m_p < len)
            fail(StrictJson::tr("invalid UTF-8"));
        for (int i = 1; i < len; ++i) {
            const auto b = static_cast<unsigned char>(m_p[i]);
            if ((b & 0xC0) != 0x80)
                fail(StrictJson::tr("invalid UTF-8"));
            cp = (cp << 6) | (b & 0x3F);
        }
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            fail(StrictJson::tr("invalid UTF-8"));
        if (out)
            out->append(m_p, size_t(len));
        m_p += len;
    }

    void string(std::string *out, qsizetype maxBytes)
    {
        const char *start = ++m_p; // opening quote
        for (;;) {
            // Fast path: plain ASCII runs (base64 photo data is nothing else).
            const char *run = m_p;
            while (m_p < m_end) {
                const auto c = static_cast<unsigned char>(*m_p);
                if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
                    break;
                ++m_p;
            }
            if (out)
                out->append(run, size_t(m_p - run));
            if (m_p - start > maxBytes) {
                m_p = start - 1;
                fail(StrictJson::tr("a string is longer than the limit of %1 bytes").arg(maxBytes));
            }
            if (m_p == m_end)
                fail(StrictJson::tr("unterminated string"));
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                ++m_p;
                return;
            }
            if (c < 0x20)
                fail(StrictJson::tr("control character inside a string"));
            if (c >= 0x80) {
                utf8Sequence(out);
                continue;
            }
            escape(out);
        }
    }

    void escape(std::string *out)
    {
        ++m_p; // backslash
        if (m_p == m_end)
            fail(StrictJson::tr("unterminated string"));
        const char e = *m_p++;
        char plain = 0;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            plain = e;
            break;
        case 'b':
            plain = '\b';
            break;
        case 'f':
            plain = '\f';
            break;
        case 'n':
            plain = '\n';
            break;
        case 'r':
            plain = '\r';
            break;
        case 't':
            plain = '\t';
            break;
        case 'u': {
            char32_t cp = hex4();
            // JSON allows it, but no text of these formats holds a NUL, a PostgreSQL office
            // database cannot store one, and C-based tools cut text at it: refused here, so a
            // file with one is that file's rejection on every backend alike.
            if (cp == 0)
                fail(StrictJson::tr("\\u0000 (a NUL character) is not allowed in text"));
            if (cp >= 0xDC00 && cp <= 0xDFFF)
                fail(StrictJson::tr("a lone surrogate (\\u%1) is not valid Unicode")
                         .arg(uint(cp), 4, 16, QChar(u'0')));
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                    fail(StrictJson::tr("a lone surrogate (\\u%1) is not valid Unicode")
                             .arg(uint(cp), 4, 16, QChar(u'0')));
                m_p += 2;
                const char32_t low = hex4();
                if (low < 0xDC00 || low > 0xDFFF)
                    fail(StrictJson::tr("a lone surrogate (\\u%1) is not valid Unicode")
                             .arg(uint(cp), 4, 16, QChar(u'0')));
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            if (out)
                appendUtf8(out, cp);
            return;
        }
        default:
            --m_p;
            fail(StrictJson::tr("invalid escape sequence in a string"));
        }
        if (out)
            out->push_back(plain);
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    const Limits &m_limits;
};

} // namespace

QJsonObject StrictJson::parseObject(const QByteArray &bytes, const QString &fileName,
                                    const Limits &limits)
{
    if (bytes.size() > limits.maxBytes)
        throw Error(tr("%1: the file is larger than the limit of %2 bytes")
                        .arg(fileName)
                        .arg(limits.maxBytes));
    Scanner scanner(bytes, limits);
    try {
        scanner.document();
    } catch (const Failure &f) {
        const QByteArrayView before(scanner.begin(), f.at - scanner.begin());
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = before.size() - (before.lastIndexOf('\n') + 1) + 1;
        throw Error(tr("%1: not valid JSON at line %2, column %3: %4")
                        .arg(fileName)
                        .arg(line)
                        .arg(column)
                        .arg(f.message));
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(tr("%1: not valid JSON: %2").arg(fileName, err.errorString()));
    return doc.object();
}

} // namespace tillsyn::json
