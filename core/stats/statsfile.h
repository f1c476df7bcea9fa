#pragma once

#include "stats/activitytime.h"
#include "stats/counts.h"
#include "stats/followupstats.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace tillsyn::stats {

// How a group's deviations were followed up (issue 17), as counts and a sum: the optional member
// `followUp` of an item and of the file.
struct StatsFollowUp
{
    qint64 deviations = 0;
    qint64 withDeadline = 0;
    qint64 correctedByDeadline = 0;
    qint64 corrected = 0;
    qint64 daysToCorrectionSum = 0; // over the corrected ones

    static StatsFollowUp of(const FollowUpCounts &counts);
    bool operator==(const StatsFollowUp &) const = default;
};

// A group's time per activity (issue 18), as counts and sums: the optional member `time` of a
// category, a kind and the file. Only visits with time recorded count.
struct StatsTime
{
    qint64 timedVisits = 0;
    std::array<qint64, ActivityTime::kActivities> minutes{}; // per activity, in the domain's order
    qint64 chargeableMinutes = 0;

    static StatsTime of(const ActivityTime &time);
    bool operator==(const StatsTime &) const = default;
};

// One item's counts, over all the office's facilities or (in itemCategories) one category.
struct StatsItem
{
    QString checklistId;
    int checklistVersion = 1;
    QString itemId;
    QString category;                  // itemCategories only
    std::optional<QString> text;       // the office's published wording (items only)
    std::optional<QString> textSha256; // of that wording's UTF-8 (items only)
    Counts counts;
    std::optional<StatsFollowUp> followUp; // items only
};

// A category's, a kind's or a month's counts: visits, and their answers.
struct StatsLabelled
{
    QString label; // a category label, a kind (planned, follow_up, …) or a month "YYYY-MM"
    Counts counts;
    std::optional<StatsTime> time; // categories and kinds only
};

// The content of a `tillsyn-stats` file: one office's anonymised statistics for a period.
struct StatsData
{
    QString office;
    QDate from;
    QDate to;
    QDateTime createdAt;
    int minimumGroupVisits = 5;
    std::vector<StatsItem> items;
    std::vector<StatsItem> itemCategories;
    std::vector<StatsLabelled> categories;
    std::vector<StatsLabelled> months;
    std::vector<StatsLabelled> kinds;      // optional member: per kind of visit
    std::optional<StatsFollowUp> followUp; // optional member: all the office's deviations
    std::optional<StatsTime> time;         // optional member: all the office's visits
};

// The `tillsyn-stats` format, version 1 (resources/schema/tillsyn-stats.schema.json).
//
// The reader is strict: these files come from other offices. Besides StrictJson's rules
// (duplicate members, bad UTF-8, depth, sizes) it checks every id, label, month and date, that
// counts are whole and non-negative, that deviations ≤ checked, that an item's answers add up
// to its visits, that no group is below the file's minimum (at least 5), that no group appears
// twice and that a published wording matches its hash. Errors name the file and the member.
class StatsFile
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::stats::StatsFile)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr int kMinimumGroupVisits = 5;

    static StatsData read(const QByteArray &bytes, const QString &fileName);
    // Writes the data and reads it back with read(): a file that breaks a rule is never made.
    static QByteArray write(const StatsData &data);

    // A facility category label the format carries: 0 to 64 letters, digits, spaces and
    // , . & / ( ) + - (nothing that could hold an e-mail address, a phone number or a sentence).
    static bool isValidCategory(const QString &label);
    // One line (no control characters) of at most kMaxOfficeName characters.
    static bool isValidOfficeName(const QString &office);
    static constexpr qsizetype kMaxOfficeName = 200;
    static QString sha256Hex(const QString &text);
};

} // namespace tillsyn::stats
