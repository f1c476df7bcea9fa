#pragma once

#include "domain/facility.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <vector>

namespace tillsyn::reference {

// The `tillsyn-facilities` exchange format (formats.md). Adds the optional members
// `operatorName` and `active` to the contract's set.
class FacilitiesFile
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::reference::FacilitiesFile)

public:
    static constexpr int kFormatVersion = 1;

    // `keepFlaggedOrgNumbers`: org. numbers that are shaped right but fail their check digit are
    // kept as given (see validate()). Only for what an office published (the laptop's pull, the
    // publisher's last file): it may hold numbers imported from case systems (issue 19); a file
    // imported by hand is checked strictly as before.
    static std::vector<domain::Facility> read(const QByteArray &bytes, const QString &fileName,
                                              bool keepFlaggedOrgNumbers = false);
    static QByteArray write(const std::vector<domain::Facility> &facilities,
                            const QDateTime &publishedAt);
    static QJsonObject toJson(const domain::Facility &facility);
    // The checks every facility passes whatever its source (JSON, CSV, the editor). Returns an
    // empty string when valid, otherwise what is wrong; normalises the org. number. With
    // `keepFlaggedOrgNumber` an org. number that is shaped right but fails its check digit (or is
    // masked) is kept as given instead of refused (domain::OrgNumber::isFlagged marks it): what
    // the published file and the open-data import accept, since case systems hold such numbers.
    static QString validate(domain::Facility *facility, bool keepFlaggedOrgNumber = false);
};

} // namespace tillsyn::reference
