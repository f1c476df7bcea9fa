#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace tillsyn::json {

// The canonical JSON of formats.md (keys sorted, no insignificant white space), byte for byte
// what QJsonDocument::toJson(QJsonDocument::Compact) writes, several times faster for the long
// ASCII strings of a visit file (its base64 photos): they are copied, not escaped per character.
class CanonicalJson
{
public:
    // `sizeHint`: the expected output size (the input file's), to allocate once.
    static QByteArray write(const QJsonObject &object, qsizetype sizeHint = 0);
};

} // namespace tillsyn::json
