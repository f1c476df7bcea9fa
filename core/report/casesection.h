#pragma once

#include "domain/visit.h"

#include <QCoreApplication>
#include <QImage>

namespace tillsyn::report {

// The report's parts for the case and billing members (issue 18): the case number (Dnr) and the
// time per activity among the facts, and the operator's comment and signature (or that the
// operator declined to sign) before the closing. HTML fragments for ReportBuilder; user text
// escaped as everywhere in the report.
class CaseSection
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::report::CaseSection)

public:
    // The name the signature's <img> uses; ReportDocument serves it.
    static const QString kSignatureImage;

    // Table rows (label, value) for the facts table: the case number first when there is one.
    static QString caseRow(const domain::Visit &visit);
    // The time rows of a visit with time entries: per activity and the chargeable total in
    // hours (the locale's decimal separator: a comma in Swedish).
    static QString timeRows(const domain::Visit &visit);
    // The operator's comment and signature; empty when the visit has neither.
    static QString acknowledgement(const domain::Visit &visit);
    // The drawn signature on white (PDF/A-1 allows no transparency); null when there is none.
    static QImage signatureImage(const domain::Visit &visit);
};

} // namespace tillsyn::report
