#pragma once

#include "domain/visit.h"

#include <QDate>

#include <optional>
#include <map>
#include <vector>

namespace tillsyn::merge {

// What the office knows of one visit: its current revision (not set aside) and whether the visit
// is in conflict.
struct CurrentVisit
{
    domain::Visit visit;
    bool inConflict = false;
};

struct DeviationState
{
    domain::Deviation deviation;
    bool open = true;
    QString closedByVisit; // the visit whose current revision marked it corrected
    std::optional<domain::DeviationClosure> closedByHand;
    QDateTime closedAt; // the closing visit's start, or the closure by hand's time

    bool overdue(const QDate &today) const
    {
        return open && deviation.deadline && *deviation.deadline < today;
    }
};

// Which deviations a list shows: one filter for the office GUI, the CLI and the CSV.
struct DeviationFilter
{
    QString facilityId; // empty: every facility
    QString text;       // in the facility, item, comment (case-insensitive); empty: any
    bool openOnly = false;
    bool overdueOnly = false;

    bool matches(const DeviationState &state, const QDate &today) const;
};

// Open deviations by facility, overdue first, then by deadline and date (the follow-up list).
void sortForFollowUp(std::vector<DeviationState> &states, const QDate &today);

// The deviation of `answer` in `visit`, as followups.json carries it.
domain::Deviation deviationOf(const domain::Visit &visit, const domain::Answer &answer);

// Every deviation of the office and whether it is open (formats.md, "Open deviations"): a
// deviation is an answer `deviation` in the current revision of a visit not in conflict; it is
// closed by the current revision of a later visit (by startedAt) to the same facility listing it
// in followUps as corrected, or by hand. A visit in conflict closes nothing until it is resolved:
// which of its contents is current would otherwise depend on the order the files came in.
// A function of the sets it is given, never of their order. Sorted by facility, the visit's
// start, visit id, then the order of the checklist.
std::vector<DeviationState> deriveDeviations(std::vector<CurrentVisit> visits,
                                             const std::vector<domain::DeviationClosure> &closures);

// The open deviations a laptop knows for a facility: those the office published (as of
// `publishedAt`), with the deviations of the laptop's own finished visits (their newest finished
// revision) that the office cannot have known when it published, less those a finished visit
// of this laptop marked corrected. `local` holds the laptop's newest finished revision of each
// visit of the facility; `sentAt` when each of them left the laptop (by visit id; missing or
// invalid: not yet). The office cannot have known a revision finished, or sent, after it
// published: one finished offline and sent later is news, not forgotten.
std::vector<domain::Deviation> knownOpenDeviations(const std::vector<domain::Deviation> &published,
                                                   const QDateTime &publishedAt,
                                                   const std::vector<domain::Visit> &local,
                                                   const std::map<QString, QDateTime> &sentAt);

} // namespace tillsyn::merge
