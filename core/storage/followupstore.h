#pragma once

#include "domain/visit.h"

#include <QDate>

#include <optional>
#include <vector>

namespace tillsyn::storage {

class Database;

// The field database's follow-up data: deadlines of deviations, the earlier deviations a
// revision followed up, and the open deviations last pulled from the office. Callers hold the
// transaction; the rules live in field::VisitLifecycle and merge/deviations.
class FollowUpStore
{
public:
    explicit FollowUpStore(Database &db)
        : m_db(db)
    {}

    // Adds the revision's deadlines and follow-ups to a visit loaded without them.
    void load(domain::Visit &visit);
    // Stores them for a revision just inserted (its answers exist).
    void insert(const domain::Visit &visit);

    void setDeadline(const QString &visitId, int revision, const QString &itemId,
                     std::optional<QDate> deadline);
    void setFollowUp(const QString &visitId, int revision, const domain::FollowUp &followUp);
    void removeFollowUp(const QString &visitId, int revision, const QString &earlierVisitId,
                        const QString &itemId);

    // reference/followups.json as last pulled: replaces what was there.
    void replacePublished(const std::vector<domain::Deviation> &open, const QDateTime &publishedAt);
    // Of one facility, or all when facilityId is empty. `publishedAt` invalid: never pulled.
    std::vector<domain::Deviation> published(const QString &facilityId, QDateTime *publishedAt);
    // The newest finished revision of each of this laptop's visits to the facility.
    std::vector<domain::Visit> finishedVisits(const QString &facilityId);

private:
    Database &m_db;
};

} // namespace tillsyn::storage
