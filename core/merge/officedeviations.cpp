#include "officedeviations.h"

#include "officevisits.h"
#include "storage/officerepository.h"
#include "util/error.h"
#include "visitfile/visitfilereader.h"

#include <QSet>

namespace tillsyn::merge {

using namespace tillsyn::domain;

std::vector<DeviationState> OfficeDeviations::all()
{
    // Every current file in one query, not one query per visit: the statistics by item ask this
    // of every visit (50,000 round trips took 15 s on PostgreSQL). The visits in conflict (a
    // few) are named by a query of their own: the visit summaries of every visit cost more.
    QSet<QString> inConflict;
    storage::VisitFilter conflicted;
    conflicted.conflicts = storage::VisitFilter::Conflicts::Only;
    m_office.eachCurrentFile(conflicted, [&](const QString &visitId, const storage::StoredFile &) {
        inConflict.insert(visitId);
    });
    std::vector<CurrentVisit> visits;
    m_office.eachCurrentFile({}, [&](const QString &visitId, const storage::StoredFile &file) {
        Visit visit = visitfile::VisitFileReader::read(file.bytes, file.fileName);
        // Only the answers and follow-ups count here: the photos' bytes go at once.
        visit.photos.clear();
        visits.push_back({std::move(visit), inConflict.contains(visitId)});
    });
    return deriveDeviations(std::move(visits), m_office.deviationClosures());
}

std::vector<Deviation> OfficeDeviations::open()
{
    std::vector<Deviation> out;
    for (DeviationState &s : all()) {
        if (s.open)
            out.push_back(std::move(s.deviation));
    }
    return out;
}

void OfficeDeviations::close(const QString &visitId, const QString &itemId, const QString &reason,
                             const QString &closedBy, const QDateTime &at)
{
    if (reason.trimmed().isEmpty())
        throw Error(tr("A deviation is closed by hand only with a reason."));
    m_office.inTransaction([&] {
        const auto states = all();
        const auto it = std::find_if(states.begin(), states.end(), [&](const DeviationState &s) {
            return s.deviation.visitId == visitId && s.deviation.itemId == itemId;
        });
        if (it == states.end())
            throw Error(tr("Visit %1 has no deviation \"%2\" in its current revision (or the visit "
                           "is in conflict).")
                            .arg(visitId, itemId));
        if (!it->open)
            throw Error(
                it->closedByHand
                    ? tr("The deviation \"%1\" of visit %2 was already closed by %3 on %4: %5")
                          .arg(itemId, visitId, it->closedByHand->closedBy,
                               it->closedByHand->closedAt.toString(Qt::ISODate),
                               it->closedByHand->reason)
                    : tr("The deviation \"%1\" of visit %2 was already closed by visit %3.")
                          .arg(itemId, visitId, it->closedByVisit));
        m_office.addDeviationClosure({visitId, itemId, reason.trimmed(), closedBy, at.toUTC()});
    });
}

} // namespace tillsyn::merge
