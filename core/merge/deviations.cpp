#include "deviations.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace tillsyn::merge {

using namespace tillsyn::domain;

Deviation deviationOf(const Visit &v, const Answer &a)
{
    Deviation d;
    d.facilityId = v.facility.id;
    d.facilityName = v.facility.name;
    d.visitId = v.visitId;
    d.revision = v.revision;
    d.startedAt = v.startedAt;
    d.finishedAt = v.finishedAt;
    d.checklistId = v.checklist.id;
    d.checklistVersion = v.checklist.version;
    d.itemId = a.itemId;
    d.section = a.section;
    d.text = a.text;
    d.legalReference = a.legalReference;
    d.comment = a.comment;
    d.deadline = a.deadline;
    d.controlArea = a.controlArea;
    d.photoCount = int(a.photoIds.size());
    return d;
}

std::vector<DeviationState> deriveDeviations(std::vector<CurrentVisit> visits,
                                             const std::vector<DeviationClosure> &closures)
{
    std::sort(visits.begin(), visits.end(), [](const CurrentVisit &a, const CurrentVisit &b) {
        return std::tie(a.visit.facility.id, a.visit.startedAt, a.visit.visitId) <
               std::tie(b.visit.facility.id, b.visit.startedAt, b.visit.visitId);
    });
    // (visit, item) → the first later visit that marked it corrected. Visits are sorted, so the
    // first found is the earliest by startedAt (then id).
    std::map<std::pair<QString, QString>, const Visit *> corrected;
    std::map<QString, const Visit *> byId;
    for (const CurrentVisit &c : visits)
        byId[c.visit.visitId] = &c.visit;
    for (const CurrentVisit &c : visits) {
        if (c.inConflict)
            continue;
        for (const FollowUp &f : c.visit.followUps) {
            if (f.status != FollowUpStatus::Corrected)
                continue;
            const auto earlier = byId.find(f.visitId);
            if (earlier == byId.end() || earlier->second->facility.id != c.visit.facility.id ||
                !(earlier->second->startedAt < c.visit.startedAt))
                continue;
            corrected.emplace(std::pair{f.visitId, f.itemId}, &c.visit);
        }
    }
    std::map<std::pair<QString, QString>, const DeviationClosure *> byHand;
    for (const DeviationClosure &c : closures)
        byHand.emplace(std::pair{c.visitId, c.itemId}, &c);

    std::vector<DeviationState> out;
    for (const CurrentVisit &c : visits) {
        if (c.inConflict)
            continue;
        for (const Answer &a : c.visit.answers) {
            if (a.result != Result::Deviation)
                continue;
            DeviationState s;
            s.deviation = deviationOf(c.visit, a);
            const std::pair key{c.visit.visitId, a.itemId};
            // A closing visit is the inspection's record and comes first; a closure by hand
            // stands for a deviation no visit closed.
            if (const auto it = corrected.find(key); it != corrected.end()) {
                s.open = false;
                s.closedByVisit = it->second->visitId;
                s.closedAt = it->second->startedAt;
            } else if (const auto h = byHand.find(key); h != byHand.end()) {
                s.open = false;
                s.closedByHand = *h->second;
                s.closedAt = h->second->closedAt;
            }
            out.push_back(std::move(s));
        }
    }
    return out;
}

bool DeviationFilter::matches(const DeviationState &s, const QDate &today) const
{
    if (!facilityId.isEmpty() && s.deviation.facilityId != facilityId)
        return false;
    if (openOnly && !s.open)
        return false;
    if (overdueOnly && !s.overdue(today))
        return false;
    if (text.isEmpty())
        return true;
    for (const QString *field : {&s.deviation.facilityId, &s.deviation.facilityName,
                                 &s.deviation.text, &s.deviation.comment, &s.deviation.itemId}) {
        if (field->contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void sortForFollowUp(std::vector<DeviationState> &states, const QDate &today)
{
    std::stable_sort(states.begin(), states.end(),
                     [&](const DeviationState &a, const DeviationState &b) {
                         const auto key = [&](const DeviationState &s) {
                             return std::tuple(!s.open, !s.overdue(today), s.deviation.facilityName,
                                               s.deviation.facilityId,
                                               s.deviation.deadline.value_or(QDate(9999, 12, 31)),
                                               s.deviation.finishedAt);
                         };
                         return key(a) < key(b);
                     });
}

std::vector<Deviation> knownOpenDeviations(const std::vector<Deviation> &published,
                                           const QDateTime &publishedAt,
                                           const std::vector<Visit> &local,
                                           const std::map<QString, QDateTime> &sentAt)
{
    std::vector<const Visit *> visits;
    for (const Visit &v : local)
        visits.push_back(&v);
    std::sort(visits.begin(), visits.end(), [](const Visit *a, const Visit *b) {
        return std::tie(a->startedAt, a->visitId) < std::tie(b->startedAt, b->visitId);
    });
    // A revision finished, or sent, after the office published (or not sent yet) is news to
    // it: its deviations are the visit's, instead of what the office published for that visit.
    std::map<QString, const Visit *> newer;
    for (const Visit *v : visits) {
        const auto sent = sentAt.find(v->visitId);
        const bool unsentOrLater =
            sent == sentAt.end() || !sent->second.isValid() || sent->second > publishedAt;
        if (!publishedAt.isValid() || v->finishedAt > publishedAt || unsentOrLater)
            newer[v->visitId] = v;
    }
    std::vector<Deviation> out;
    for (const Deviation &d : published) {
        if (!newer.count(d.visitId))
            out.push_back(d);
    }
    for (const Visit *v : visits) {
        if (!newer.count(v->visitId))
            continue;
        for (const Answer &a : v->answers) {
            if (a.result == Result::Deviation)
                out.push_back(deviationOf(*v, a));
        }
    }
    std::map<QString, QDateTime> startedAt;
    for (const Visit *v : visits)
        startedAt[v->visitId] = v->startedAt;
    std::erase_if(out, [&](const Deviation &d) {
        return std::any_of(visits.begin(), visits.end(), [&](const Visit *v) {
            const FollowUp *f = v->followUp(d.visitId, d.itemId);
            if (!f || f->status != FollowUpStatus::Corrected || v->facility.id != d.facilityId)
                return false;
            // Later by startedAt where the laptop knows the earlier visit's start.
            const auto s = startedAt.find(d.visitId);
            return s == startedAt.end() || s->second < v->startedAt;
        });
    });
    return out;
}

} // namespace tillsyn::merge
