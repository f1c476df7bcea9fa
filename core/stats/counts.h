#pragma once

#include "domain/visit.h"

#include <QtGlobal>

#include <optional>

namespace tillsyn::stats {

// The counts every statistic is made of. For an item one visit gives one answer, so visits =
// checked + notChecked + notApplicable; for larger groups (a checklist, a month) visits counts
// visits and the others count answers.
struct Counts
{
    qint64 visits = 0;
    qint64 checked = 0; // ok or deviation
    qint64 deviations = 0;
    qint64 notChecked = 0;
    qint64 notApplicable = 0;

    void add(domain::Result result)
    {
        switch (result) {
        case domain::Result::Deviation:
            ++deviations;
            ++checked;
            break;
        case domain::Result::Ok:
            ++checked;
            break;
        case domain::Result::NotChecked:
            ++notChecked;
            break;
        case domain::Result::NotApplicable:
            ++notApplicable;
            break;
        }
    }
    void add(const Counts &other)
    {
        visits += other.visits;
        checked += other.checked;
        deviations += other.deviations;
        notChecked += other.notChecked;
        notApplicable += other.notApplicable;
    }
    // deviations / checked; none when nothing was checked (0 % would claim a finding).
    std::optional<double> rate() const
    {
        return checked > 0 ? std::optional<double>(double(deviations) / double(checked))
                           : std::nullopt;
    }

    bool operator==(const Counts &) const = default;
};

} // namespace tillsyn::stats
