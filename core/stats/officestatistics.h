#pragma once

#include "stats/activitytime.h"
#include "stats/counts.h"
#include "stats/followupstats.h"
#include "stats/statsfilter.h"
#include "stats/timespent.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace tillsyn::storage {
class OfficeRepository;
}

namespace tillsyn::stats {

class PublishedChecklists;

// Office: one row for all the visits selected (the office's own figures); for a county member
// reading a pool, one row per office.
enum class Grouping { Item, Section, Checklist, Category, Month, Kind, ControlArea, Office };

// The tokens of --by (item, section, checklist, category, month, kind, control-area, office) and
// back.
QString toString(Grouping grouping);
bool fromString(const QString &s, Grouping *grouping);

// One row of a statistic. Only the members of its grouping's key are set: checklistId and itemId
// (with the item's text) per item; checklistId and section per section; checklistId and title
// per checklist; controlArea (with the area's name as text) per food control reporting area;
// category, month or kind otherwise.
struct GroupRow
{
    QString checklistId;
    QString itemId;
    QString text;
    QString section;
    QString title;
    QString category;
    QString month; // local "YYYY-MM"
    QString kind;  // the format's token
    QString controlArea; // e.g. J08
    QString office;      // per office of a county's pool only: its code
    Counts counts;
    TimeSpent time; // per kind, per category and for the office only
    // Per kind, per category and for the office only: time per visit by activity, chargeable
    // share (issue 18).
    ActivityTime activityTime;
    // Per item and for the office only: how the deviations of the visits counted were followed
    // up (issue 17), as `stats follow-up` counts them.
    FollowUpCounts followUp;
};

// Deviation statistics of one office database (the current revision of each merged visit not in
// conflict). Items are grouped by checklist id and item id across the checklist's versions; an
// item's text is its wording in the latest published version, or else in the latest visit.
class OfficeStatistics
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::stats::OfficeStatistics)

public:
    explicit OfficeStatistics(storage::OfficeRepository &repository)
        : m_repo(repository)
    {}

    std::vector<GroupRow> groups(Grouping by, const StatsFilter &filter);
    // Only the counts and minutes: no follow-up and no time per activity, which read every
    // visit file (a chart of deviation rates needs only the counts).
    void setCountsOnly(bool countsOnly) { m_countsOnly = countsOnly; }

    // The deviations of the visits a filter selects (their current revisions, conflicts left
    // out) and whether and when each was closed: what follow-up statistics count.
    std::vector<merge::DeviationState> deviations(const StatsFilter &filter);
    FollowUpStatistics followUp(const StatsFilter &filter);

private:
    std::vector<GroupRow> byItem(const StatsFilter &filter, const PublishedChecklists &published);
    std::vector<GroupRow> bySection(const StatsFilter &filter,
                                    const PublishedChecklists &published);
    // Visits count the visits with answers of the area; the others count answers.
    std::vector<GroupRow> byControlArea(const StatsFilter &filter);
    std::vector<GroupRow> byVisit(Grouping by, const StatsFilter &filter,
                                  const PublishedChecklists *published);
    void addFollowUp(Grouping by, const StatsFilter &filter, std::vector<GroupRow> &rows);
    void addActivityTime(Grouping by, const StatsFilter &filter, std::vector<GroupRow> &rows);
    storage::OfficeRepository &m_repo;
    bool m_countsOnly = false;
};

} // namespace tillsyn::stats
