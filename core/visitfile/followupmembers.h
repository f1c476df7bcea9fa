#pragma once

#include "domain/visit.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tillsyn::json {
class ObjectReader;
}

namespace tillsyn::visitfile {

// The follow-up members of a visit file (formats.md, "Additions to version 1"): `deadline` on an
// answer and `followUps` at the top level. Both optional; present and broken, the file is
// invalid. Kept apart from the reader and writer so other additions merge beside them.
class FollowUpMembers
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::visitfile::FollowUpMembers)

public:
    // `deadline`: a YYYY-MM-DD date, only on a deviation. Call after the answer's result is read.
    static void readDeadline(const json::ObjectReader &answer, domain::Answer &a);
    // `followUps`: each visitId (UUID, not this visit's), itemId, status, comment; the pair
    // visitId, itemId unique. Call after visitId is read.
    static void readFollowUps(const json::ObjectReader &root, domain::Visit &v);

    static void writeDeadline(QJsonObject &answer, const domain::Answer &a);
    static void writeFollowUps(QJsonObject &root, const domain::Visit &v);
};

} // namespace tillsyn::visitfile
