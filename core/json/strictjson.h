#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace tillsyn::json {

struct Limits
{
    qsizetype maxBytes = 64 * 1024 * 1024;
    int maxDepth = 16;
    qsizetype maxStringBytes = 64 * 1024;
    // One member name whose string values may be longer (a visit file's base64 photo "data").
    QByteArray longStringMember;
    qsizetype maxLongStringBytes = 0;
};

// Parses a JSON document from outside, rejecting what QJsonDocument silently accepts or alters:
// duplicate member names, lone surrogates, invalid UTF-8, excessive nesting and oversized strings.
// The top level must be an object. Throws tillsyn::Error naming the file, position and problem.
class StrictJson
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::json::StrictJson)

public:
    static QJsonObject parseObject(const QByteArray &bytes, const QString &fileName,
                                   const Limits &limits = {});
};

} // namespace tillsyn::json
