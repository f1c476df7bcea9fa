#include "officestatistics.h"

#include "domain/controlarea.h"
#include "merge/officedeviations.h"
#include "stats/answertally.h"
#include "stats/publishedchecklists.h"
#include "stats/visitscan.h"
#include "storage/officerepository.h"
#include "visitfile/visitfilereader.h"

#include <QSet>

#include <QHash>

#include <algorithm>
#include <climits>
#include <map>
#include <optional>
#include <tuple>

namespace tillsyn::stats {

namespace {

const std::pair<Grouping, const char16_t *> kGroupings[] = {
    {Grouping::Item, u"item"},           {Grouping::Section, u"section"},
    {Grouping::Checklist, u"checklist"}, {Grouping::Category, u"category"},
    {Grouping::Month, u"month"},         {Grouping::Kind, u"kind"},
    {Grouping::ControlArea, u"control-area"},
    {Grouping::Office, u"office"},
};

int kindOrder(const QString &token)
{
    domain::VisitKind kind;
    return domain::fromString(token, &kind) ? int(kind) : INT_MAX;
}

// Answers per (checklist, section title as the visit had it); each visit counted once per
// section it has answers in.
class SectionTally
{
public:
    void add(const ScannedVisit &visit, const std::vector<ScannedAnswer> &answers)
    {
        ++m_visitNumber;
        int current = -1;
        for (const ScannedAnswer &answer : answers) {
            // Neighbouring answers mostly share a section: look it up only when it changes.
            if (current < 0 || answer.section != m_groups[size_t(current)].row.section)
                current = groupOf(visit.checklistId, answer.section);
            Group &g = m_groups[size_t(current)];
            if (g.lastVisit != m_visitNumber) {
                g.lastVisit = m_visitNumber;
                ++g.row.counts.visits;
            }
            g.row.counts.add(answer.result);
        }
    }

    // By checklist, then in the latest published order, then by title.
    std::vector<GroupRow> rows(const PublishedChecklists &published)
    {
        const auto order = [&](const GroupRow &r) {
            return std::tuple(r.checklistId,
                              published.sectionOrder(r.checklistId, r.section).value_or(INT_MAX),
                              r.section);
        };
        std::sort(m_groups.begin(), m_groups.end(),
                  [&](const Group &a, const Group &b) { return order(a.row) < order(b.row); });
        std::vector<GroupRow> out;
        for (Group &g : m_groups)
            out.push_back(std::move(g.row));
        return out;
    }

private:
    struct Group
    {
        GroupRow row;
        qint64 lastVisit = -1;
    };

    int groupOf(const QString &checklistId, const QString &section)
    {
        const QString key = checklistId + QChar(0) + section;
        auto it = m_index.constFind(key);
        if (it == m_index.constEnd()) {
            it = m_index.insert(key, int(m_groups.size()));
            m_groups.push_back({{}, -1});
            m_groups.back().row.checklistId = checklistId;
            m_groups.back().row.section = section;
        }
        return *it;
    }

    std::vector<Group> m_groups;
    QHash<QString, int> m_index;
    qint64 m_visitNumber = 0;
};

// Visits and their answers per checklist, category, month or kind, with the minutes spent.
class VisitTally
{
public:
    explicit VisitTally(Grouping by)
        : m_by(by)
    {}

    void add(const ScannedVisit &visit, const std::vector<ScannedAnswer> &answers)
    {
        GroupRow key = keyOf(visit);
        Group &g = m_groups[key.checklistId + key.category + key.month + key.kind];
        if (g.row.counts.visits == 0)
            g.row = std::move(key);
        ++g.row.counts.visits;
        for (const ScannedAnswer &a : answers)
            g.row.counts.add(a.result);
        g.minutes.push_back(visit.minutesSpent);
        if (visit.finishedAt > g.latestAt) {
            g.latestAt = visit.finishedAt;
            g.latestTitle = visit.checklistTitle;
        }
    }

    // In the key's order (kinds in the format's order).
    // `published`: given for the grouping by checklist (its titles), else null.
    std::vector<GroupRow> rows(const PublishedChecklists *published)
    {
        std::vector<GroupRow> out;
        for (auto &[key, g] : m_groups) {
            if (m_by == Grouping::Kind || m_by == Grouping::Category ||
                m_by == Grouping::Office)
                g.row.time = TimeSpent::of(std::move(g.minutes));
            if (published) {
                const QString title = published->latestTitle(g.row.checklistId);
                g.row.title = title.isEmpty() ? g.latestTitle : title;
            }
            out.push_back(std::move(g.row));
        }
        if (m_by == Grouping::Kind)
            std::stable_sort(out.begin(), out.end(), [](const GroupRow &a, const GroupRow &b) {
                return kindOrder(a.kind) < kindOrder(b.kind);
            });
        return out;
    }

private:
    struct Group
    {
        GroupRow row;
        std::vector<int> minutes;
        QString latestAt;
        QString latestTitle;
    };

    GroupRow keyOf(const ScannedVisit &visit) const
    {
        GroupRow key;
        if (m_by == Grouping::Checklist)
            key.checklistId = visit.checklistId;
        else if (m_by == Grouping::Category)
            key.category = visit.category;
        else if (m_by == Grouping::Month)
            key.month = visit.month;
        else if (m_by == Grouping::Kind)
            key.kind = visit.kind;
        return key;
    }

    Grouping m_by;
    std::map<QString, Group> m_groups; // sorted by the key's text
};

} // namespace

QString toString(Grouping grouping)
{
    for (const auto &[g, token] : kGroupings) {
        if (g == grouping)
            return QString::fromUtf16(token);
    }
    return {};
}

bool fromString(const QString &s, Grouping *grouping)
{
    for (const auto &[g, token] : kGroupings) {
        if (s == QStringView(token)) {
            *grouping = g;
            return true;
        }
    }
    return false;
}

std::vector<GroupRow> OfficeStatistics::groups(Grouping by, const StatsFilter &filter)
{
    // A county member reading a pool whole: one row per office, each as that office's own
    // session counts it (the same row its clerks get), by acting for each office in turn.
    if (by == Grouping::Office) {
        const QStringList offices = m_repo.offices();
        if (offices.size() > 1) {
            std::vector<GroupRow> rows;
            struct ActForNone
            {
                storage::OfficeRepository &repo;
                ~ActForNone()
                {
                    try {
                        repo.actFor({});
                    } catch (...) {
                        // The session is gone: so is what it acted for.
                    }
                }
            } restore{m_repo};
            for (const QString &office : offices) {
                m_repo.actFor(office);
                for (GroupRow &row : groups(by, filter)) {
                    row.office = office;
                    rows.push_back(std::move(row));
                }
            }
            return rows;
        }
    }
    // No transaction: Transaction takes the write lock, which would hold up a merge, and a merge
    // committing in between only changes which visits are counted, never a count's sense.
    if (by == Grouping::Item) {
        auto rows = byItem(filter, PublishedChecklists(m_repo));
        if (!m_countsOnly)
            addFollowUp(by, filter, rows);
        return rows;
    }
    if (by == Grouping::Section)
        return bySection(filter, PublishedChecklists(m_repo));
    if (by == Grouping::ControlArea)
        return byControlArea(filter);
    // Of the visit groupings, only the one by checklist names its rows after published titles.
    std::optional<PublishedChecklists> published;
    if (by == Grouping::Checklist)
        published.emplace(m_repo);
    auto rows = byVisit(by, filter, published ? &*published : nullptr);
    if (m_countsOnly)
        return rows;
    if (by == Grouping::Kind || by == Grouping::Category || by == Grouping::Office)
        addActivityTime(by, filter, rows);
    if (by == Grouping::Office)
        addFollowUp(by, filter, rows);
    return rows;
}

std::vector<merge::DeviationState> OfficeStatistics::deviations(const StatsFilter &filter)
{
    // Derived over every visit (a later visit outside the filter may have closed one), then
    // narrowed to the deviations of the visits the filter selects.
    auto states = merge::OfficeDeviations(m_repo).all();
    StatsFilter settled = filter;
    settled.conflicts = StatsFilter::Conflicts::Excluded;
    QSet<QString> selected;
    for (const auto &summary : m_repo.visitSummaries(settled))
        selected.insert(summary.visitId);
    std::erase_if(states, [&](const merge::DeviationState &s) {
        return !selected.contains(s.deviation.visitId);
    });
    return states;
}

FollowUpStatistics OfficeStatistics::followUp(const StatsFilter &filter)
{
    return followUpStatistics(deviations(filter));
}

void OfficeStatistics::addFollowUp(Grouping by, const StatsFilter &filter,
                                   std::vector<GroupRow> &rows)
{
    if (rows.empty())
        return;
    const FollowUpStatistics statistics = followUp(filter);
    if (by == Grouping::Office) {
        rows.front().followUp = statistics.office;
        return;
    }
    std::map<std::pair<QString, QString>, const FollowUpCounts *> items;
    for (const FollowUpRow &item : statistics.items)
        items[{item.checklistId, item.itemId}] = &item.counts;
    for (GroupRow &row : rows) {
        const auto it = items.find({row.checklistId, row.itemId});
        if (it != items.end())
            row.followUp = *it->second;
    }
}

void OfficeStatistics::addActivityTime(Grouping by, const StatsFilter &filter,
                                       std::vector<GroupRow> &rows)
{
    // Time entries are in the visit files only (the scan's columns have the total): read the
    // current revisions the scan counted.
    StatsFilter settled = filter;
    settled.conflicts = StatsFilter::Conflicts::Excluded;
    const auto keyOf = [by](const QString &kind, const QString &category) {
        return by == Grouping::Kind ? kind : by == Grouping::Category ? category : QString();
    };
    std::map<QString, ActivityTally> tallies;
    m_repo.eachCurrentFile(settled, [&](const QString &, const storage::StoredFile &file) {
        const domain::Visit visit = visitfile::VisitFileReader::read(file.bytes, file.fileName);
        tallies[keyOf(domain::toString(visit.kind), visit.facility.category)].add(visit);
    });
    for (GroupRow &row : rows) {
        const auto it = tallies.find(keyOf(row.kind, row.category));
        if (it != tallies.end())
            row.activityTime = it->second.result();
    }
}

std::vector<GroupRow> OfficeStatistics::byItem(const StatsFilter &filter,
                                               const PublishedChecklists &published)
{
    std::vector<AnswerTally::Group> groups;
    StatsFilter settled = filter;
    settled.conflicts = StatsFilter::Conflicts::Excluded;
    if (auto counted = m_repo.itemCounts(settled)) {
        // The backend counted them itself (a server's GROUP BY).
        for (const storage::ItemCount &c : *counted) {
            Counts counts;
            counts.visits = c.ok + c.deviations + c.notChecked + c.notApplicable;
            counts.checked = c.ok + c.deviations;
            counts.deviations = c.deviations;
            counts.notChecked = c.notChecked;
            counts.notApplicable = c.notApplicable;
            groups.push_back({c.checklistId, c.itemId, counts});
        }
    } else {
        AnswerTally tally;
        VisitScan(m_repo, filter)
            .run(VisitScan::Answers::Items, false,
                 [&](const ScannedVisit &v, const std::vector<ScannedAnswer> &a) {
                     tally.add(v.checklistId, a);
                 });
        groups = tally.groups();
    }
    std::vector<std::pair<int, GroupRow>> ordered;
    for (const AnswerTally::Group &g : groups) {
        GroupRow row;
        row.checklistId = g.visitKey;
        row.itemId = g.itemId;
        row.counts = g.counts;
        const auto item = published.latestItem(g.visitKey, g.itemId);
        row.text = item ? item->text : m_repo.latestAnswerText(g.visitKey, g.itemId);
        ordered.push_back({item ? item->order : INT_MAX, std::move(row)});
    }
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        return std::tie(a.second.checklistId, a.first, a.second.itemId) <
               std::tie(b.second.checklistId, b.first, b.second.itemId);
    });
    std::vector<GroupRow> rows;
    for (auto &o : ordered)
        rows.push_back(std::move(o.second));
    return rows;
}

std::vector<GroupRow> OfficeStatistics::bySection(const StatsFilter &filter,
                                                  const PublishedChecklists &published)
{
    SectionTally tally;
    VisitScan(m_repo, filter)
        .run(VisitScan::Answers::ItemsAndSections, false,
             [&](const ScannedVisit &v, const std::vector<ScannedAnswer> &a) { tally.add(v, a); });
    return tally.rows(published);
}

std::vector<GroupRow> OfficeStatistics::byControlArea(const StatsFilter &filter)
{
    StatsFilter settled = filter;
    settled.conflicts = StatsFilter::Conflicts::Excluded;
    std::vector<GroupRow> rows;
    for (const storage::ControlAreaCount &c : m_repo.controlAreaCounts(settled)) {
        GroupRow row;
        row.controlArea = c.controlArea;
        row.text = domain::ControlAreas::nameOf(c.controlArea);
        row.counts.visits = c.visits;
        row.counts.checked = c.ok + c.deviations;
        row.counts.deviations = c.deviations;
        row.counts.notChecked = c.notChecked;
        row.counts.notApplicable = c.notApplicable;
        rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end(),
              [](const GroupRow &a, const GroupRow &b) { return a.controlArea < b.controlArea; });
    return rows;
}

std::vector<GroupRow> OfficeStatistics::byVisit(Grouping by, const StatsFilter &filter,
                                                const PublishedChecklists *published)
{
    VisitTally tally(by);
    VisitScan(m_repo, filter)
        .run(VisitScan::Answers::Results, by == Grouping::Month,
             [&](const ScannedVisit &v, const std::vector<ScannedAnswer> &a) { tally.add(v, a); });
    return tally.rows(published);
}

} // namespace tillsyn::stats
