#pragma once

#include "merge/deviations.h"

#include <QCoreApplication>

namespace tillsyn::report {

// The office's follow-up list for Excel (the CsvExport form: UTF-8 with BOM, ';').
class DeviationsCsv
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::report::DeviationsCsv)

public:
    static QByteArray document(const std::vector<merge::DeviationState> &states,
                               const QDate &today);
    // The status in words: open, open (overdue), closed by visit …, closed by hand.
    static QString status(const merge::DeviationState &state, const QDate &today);
};

} // namespace tillsyn::report
