#pragma once

#include "deviations.h"

#include <QCoreApplication>

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::merge {

// The office's deviations: reads the current revision of every merged visit and the closures by
// hand (the one place that reads them for this), and derives with deriveDeviations().
class OfficeDeviations
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::merge::OfficeDeviations)

public:
    explicit OfficeDeviations(storage::Database &db)
        : m_db(db)
    {}

    std::vector<DeviationState> all();
    std::vector<domain::Deviation> open();
    // Closes an open deviation by hand; throws tillsyn::Error for an unknown or closed one.
    void close(const QString &visitId, const QString &itemId, const QString &reason,
               const QString &closedBy, const QDateTime &at = QDateTime::currentDateTimeUtc());

private:
    storage::Database &m_db;
};

} // namespace tillsyn::merge
