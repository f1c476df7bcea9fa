#pragma once

#include "domain/facility.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <vector>

namespace tillsyn::reference {

// The facilities of a file in the national open-data format for food controls (Sambruk / NSÖD /
// ÖDIS version 2, see opendata.md), JSON or CSV, as case systems write it: numbers may be
// written as strings ("12"), and an organisation number that fails its check digit (or is
// masked) is kept as given, to be flagged (domain::OrgNumber::isFlagged), not refused.
class OpenDataFacilities
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::reference::OpenDataFacilities)

public:
    // Whether the bytes are in this format (by content: a JSON object with `facilities` and
    // `lang` or `inspecOrg` and no Tillsyn `format`; a CSV whose header has facility.idLocal).
    static bool isOpenData(const QByteArray &bytes);
    // All facilities (one per idLocal), or throws tillsyn::Error naming the file, with one detail
    // line per problem; nothing is returned from a file with a problem.
    static std::vector<domain::Facility> read(const QByteArray &bytes, const QString &fileName);
};

} // namespace tillsyn::reference
