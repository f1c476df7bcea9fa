#pragma once

#include "domain/visit.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tillsyn::json {
class ObjectReader;
}

namespace tillsyn::visitfile {

// The visit file's case and billing members (formats.md, "Additions to version 1"): caseNumber,
// timeEntries, operatorComment and signature. All are optional; present, each must keep its rule.
class CaseMembers
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::visitfile::CaseMembers)

public:
    // The most a signature image may hold, decoded.
    static constexpr qsizetype kSignatureBytes = 1024 * 1024;

    // Reads the members into visit.caseInfo; needs visit.startedAt and visit.minutesSpent read.
    // A broken rule throws tillsyn::Error naming the member and the rule.
    static void read(const json::ObjectReader &root, domain::Visit &visit);
    // Adds the members that have a value to the file's object.
    static void write(const domain::Visit &visit, QJsonObject &root);
};

} // namespace tillsyn::visitfile
