#pragma once

#include "deviations.h"

#include <QCoreApplication>

namespace tillsyn::storage {
class OfficeRepository;
}

namespace tillsyn::merge {

// The office's deviations: reads the current revision of every merged visit and the closures by
// hand (the one place that reads them for this), and derives with deriveDeviations().
class OfficeDeviations
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::merge::OfficeDeviations)

public:
    explicit OfficeDeviations(storage::OfficeRepository &office)
        : m_office(office)
    {}

    std::vector<DeviationState> all();
    std::vector<domain::Deviation> open();
    // Closes an open deviation by hand; throws tillsyn::Error for an unknown or closed one.
    void close(const QString &visitId, const QString &itemId, const QString &reason,
               const QString &closedBy, const QDateTime &at = QDateTime::currentDateTimeUtc());

private:
    storage::OfficeRepository &m_office;
};

} // namespace tillsyn::merge
