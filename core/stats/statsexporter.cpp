#include "statsexporter.h"

#include "stats/answertally.h"
#include "stats/officestatistics.h"
#include "stats/publishedchecklists.h"
#include "stats/visitscan.h"
#include "storage/officerepository.h"
#include "util/atomicfile.h"
#include "util/error.h"
#include "visitfile/visitfilereader.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <tuple>

namespace tillsyn::stats {

namespace {

constexpr QChar kSeparator = QChar(0);

QDate localDay(const QString &utc)
{
    return QDateTime::fromString(utc, Qt::ISODate).toLocalTime().date();
}

// The tallies of one pass over the visits, before small groups are left out.
struct Tallies
{
    AnswerTally items;          // key: checklist, version
    AnswerTally itemCategories; // key: checklist, version, category
    std::map<QString, Counts> categories;
    std::map<QString, Counts> months;
    std::map<QString, Counts> kinds;
    qint64 visits = 0;
    QString first;
    QString last;

    void add(const ScannedVisit &v, const std::vector<ScannedAnswer> &answers)
    {
        const QString version = v.checklistId + kSeparator + QString::number(v.checklistVersion);
        items.add(version, answers);
        addVisit(&months[v.month], answers);
        addVisit(&kinds[v.kind], answers);
        ++visits;
        // A label outside the format's narrow pattern might be free text: leave it out.
        if (StatsFile::isValidCategory(v.category)) {
            itemCategories.add(version + kSeparator + v.category, answers);
            addVisit(&categories[v.category], answers);
        }
        if (first.isEmpty() || v.finishedAt < first)
            first = v.finishedAt;
        if (v.finishedAt > last)
            last = v.finishedAt;
    }
    static void addVisit(Counts *counts, const std::vector<ScannedAnswer> &answers)
    {
        ++counts->visits;
        for (const ScannedAnswer &a : answers)
            counts->add(a.result);
    }
};

std::vector<StatsItem> itemsOf(const AnswerTally &tally, int minimum,
                               const PublishedChecklists *published)
{
    std::vector<StatsItem> out;
    for (const AnswerTally::Group &g : tally.groups()) {
        if (g.counts.visits < minimum)
            continue;
        const QStringList key = g.visitKey.split(kSeparator);
        StatsItem item{key.at(0), key.at(1).toInt(), g.itemId, key.value(2), {}, {}, g.counts, {}};
        if (published) {
            item.text = published->itemText(item.checklistId, item.checklistVersion, item.itemId);
            if (item.text)
                item.textSha256 = StatsFile::sha256Hex(*item.text);
        }
        out.push_back(std::move(item));
    }
    std::sort(out.begin(), out.end(), [](const StatsItem &a, const StatsItem &b) {
        return std::tie(a.checklistId, a.checklistVersion, a.itemId, a.category) <
               std::tie(b.checklistId, b.checklistVersion, b.itemId, b.category);
    });
    return out;
}

std::vector<StatsLabelled> labelledOf(const std::map<QString, Counts> &groups, int minimum,
                                      const std::map<QString, ActivityTally> *times = nullptr)
{
    std::vector<StatsLabelled> out;
    for (const auto &[label, counts] : groups) {
        if (counts.visits < minimum)
            continue;
        StatsLabelled l{label, counts, {}};
        if (times) {
            const auto it = times->find(label);
            l.time = StatsTime::of(it != times->end() ? it->second.result() : ActivityTime{});
        }
        out.push_back(std::move(l));
    }
    return out;
}

// Time per activity per category, per kind and for the office (issue 18). The time entries are
// in the visit files only, so the current revisions the scan counted are read once more.
struct TimeTallies
{
    std::map<QString, ActivityTally> categories;
    std::map<QString, ActivityTally> kinds;
    ActivityTally office;

    TimeTallies(storage::OfficeRepository &repo, StatsFilter filter)
    {
        filter.conflicts = StatsFilter::Conflicts::Excluded;
        repo.eachCurrentFile(filter, [&](const QString &, const storage::StoredFile &file) {
            const domain::Visit v = visitfile::VisitFileReader::read(file.bytes, file.fileName);
            categories[v.facility.category].add(v);
            kinds[domain::toString(v.kind)].add(v);
            office.add(v);
        });
    }
};

// How the deviations were followed up (issue 17), per item of the file and for the office.
void addFollowUps(storage::OfficeRepository &repo, const StatsFilter &filter, StatsData &data,
                  qint64 visits)
{
    std::map<std::tuple<QString, int, QString>, FollowUpCounts> items;
    FollowUpCounts office;
    for (const merge::DeviationState &s : OfficeStatistics(repo).deviations(filter)) {
        const domain::Deviation &d = s.deviation;
        items[{d.checklistId, d.checklistVersion, d.itemId}].add(s);
        office.add(s);
    }
    for (StatsItem &item : data.items) {
        const auto it = items.find({item.checklistId, item.checklistVersion, item.itemId});
        item.followUp = StatsFollowUp::of(it != items.end() ? it->second : FollowUpCounts{});
    }
    // The office as a whole is a group too: left out below the minimum like the others.
    if (visits >= data.minimumGroupVisits)
        data.followUp = StatsFollowUp::of(office);
}

} // namespace

StatsData StatsExporter::build(const QString &office, const QDate &from, const QDate &to)
{
    if (office.trimmed().isEmpty() || !StatsFile::isValidOfficeName(office))
        throw Error(tr("The office name must be one line of 1 to %1 characters.")
                        .arg(StatsFile::kMaxOfficeName));
    if (from.isValid() && to.isValid() && to < from)
        throw Error(tr("The period ends (%1) before it begins (%2).")
                        .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    StatsFilter filter;
    filter.from = from;
    filter.to = to;
    Tallies t;
    VisitScan(m_repo, filter)
        .run(VisitScan::Answers::Items, true,
             [&](const ScannedVisit &v, const std::vector<ScannedAnswer> &a) { t.add(v, a); });
    if (t.first.isEmpty() && (!from.isValid() || !to.isValid()))
        throw Error(tr("There are no merged visits to export (visits in conflict do not count)."));
    const PublishedChecklists published(m_repo);
    StatsData data;
    data.office = office.trimmed();
    data.from = from.isValid() ? from : localDay(t.first);
    data.to = to.isValid() ? to : localDay(t.last);
    data.createdAt = QDateTime::currentDateTimeUtc();
    data.createdAt.setTime(QTime(data.createdAt.time().hour(), data.createdAt.time().minute(),
                                 data.createdAt.time().second()));
    data.minimumGroupVisits = StatsFile::kMinimumGroupVisits;
    data.items = itemsOf(t.items, data.minimumGroupVisits, &published);
    data.itemCategories = itemsOf(t.itemCategories, data.minimumGroupVisits, nullptr);
    const TimeTallies times(m_repo, filter);
    data.categories = labelledOf(t.categories, data.minimumGroupVisits, &times.categories);
    data.months = labelledOf(t.months, data.minimumGroupVisits);
    data.kinds = labelledOf(t.kinds, data.minimumGroupVisits, &times.kinds);
    if (t.visits >= data.minimumGroupVisits)
        data.time = StatsTime::of(times.office.result());
    addFollowUps(m_repo, filter, data, t.visits);
    return data;
}

void StatsExporter::save(const StatsData &data, const QString &path)
{
    const QByteArray bytes = StatsFile::write(data);
    if (const QString problem = writeFileAtomically(path, bytes); !problem.isEmpty())
        throw Error(tr("%1: cannot be written: %2").arg(path, problem));
}

} // namespace tillsyn::stats
