#pragma once

#include "stats/counts.h"
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

enum class Grouping { Item, Section, Checklist, Category, Month, Kind, ControlArea };

// The tokens of --by (item, section, checklist, category, month, kind, control-area) and back.
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
    Counts counts;
    TimeSpent time; // per kind and per category only
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

private:
    std::vector<GroupRow> byItem(const StatsFilter &filter, const PublishedChecklists &published);
    std::vector<GroupRow> bySection(const StatsFilter &filter,
                                    const PublishedChecklists &published);
    // Visits count the visits with answers of the area; the others count answers.
    std::vector<GroupRow> byControlArea(const StatsFilter &filter);
    std::vector<GroupRow> byVisit(Grouping by, const StatsFilter &filter,
                                  const PublishedChecklists *published);
    storage::OfficeRepository &m_repo;
};

} // namespace tillsyn::stats
