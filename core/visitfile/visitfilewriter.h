#pragma once

#include "domain/visit.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace tillsyn::visitfile {

// A finished visit revision as a `tillsyn-visit` file (formats.md). The bytes are produced once,
// when the revision is finished, and kept: every re-send is byte-identical and has the same name.
class VisitFileWriter
{
public:
    static constexpr int kFormatVersion = 1;

    // The visit must be finished and carry its photo bytes.
    static QByteArray write(const domain::Visit &visit);
    static QJsonObject toJson(const domain::Visit &visit);
    // A time as the format writes it: RFC 3339 in UTC.
    static QString timeText(const QDateTime &time);
    // visit-<visitId>-r<revision>-<first 8 hex of the SHA-256 of the bytes>.json
    static QString fileName(const domain::Visit &visit, const QByteArray &bytes);
};

} // namespace tillsyn::visitfile
