#pragma once

#include "domain/facility.h"

#include <QCoreApplication>

#include <vector>

namespace tillsyn::reference {

// Facility lists exported from a case-management system as CSV with a header row. Separator
// (';', ',' or tab) is taken from the header; quoting as RFC 4180; UTF-8 (with or without BOM),
// falling back to Latin-1 for old Windows exports. Column names are matched in Swedish or English.
class FacilityCsv
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::reference::FacilityCsv)

public:
    // All rows, or throws tillsyn::Error with one detail line per bad row ("line N: ...").
    static std::vector<domain::Facility> read(const QByteArray &bytes, const QString &fileName);
    static bool looksLikeCsv(const QByteArray &bytes);

    // The file's records by the same rules (decoding, the header's separator, RFC 4180 quoting):
    // for other CSV forms, e.g. the open-data format. Problems are appended to `errors`.
    struct Record
    {
        int line;
        QStringList fields;
    };
    static std::vector<Record> records(const QByteArray &bytes, QStringList *errors);
};

} // namespace tillsyn::reference
