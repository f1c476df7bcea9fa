#pragma once

#include "domain/visit.h"
#include "stats/statsfilter.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVariantList>

#include <functional>
#include <vector>

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::stats {

// One selected visit as the statistics see it: no facility, no person, no free text.
struct ScannedVisit
{
    QString checklistId;
    int checklistVersion = 0;
    QString checklistTitle;
    QString category;
    QString kind;       // the format's token (planned, follow_up, …)
    QString finishedAt; // UTC, as stored: ISO text sorts by time
    QString month;      // local "YYYY-MM" (only when asked for)
    int minutesSpent = 0;
};

struct ScannedAnswer
{
    QByteArrayView itemId; // ASCII; valid during the callback only
    domain::Result result = domain::Result::NotChecked;
    QString section; // only when asked for
};

// Reads the visits a filter selects with their answers, one row per visit.
//
// Why not GROUP BY over the answers: SQLite groups by sorting, and sorting two million answer
// rows takes it several seconds. Here SQL walks each selected visit's answers in one range of the
// covering index office_answer(visit_id, item_id, result) and concatenates them (no sort, no
// table lookups); the caller tallies them in a hash, which is a small fraction of the time.
class VisitScan
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::stats::VisitScan)

public:
    enum class Answers { None, Results, Items, ItemsAndSections };
    using Callback = std::function<void(const ScannedVisit &, const std::vector<ScannedAnswer> &)>;

    VisitScan(storage::Database &db, StatsFilter filter);

    void run(Answers answers, bool withMonth, const Callback &each);

private:
    QString sql(Answers answers, bool withMonth, QVariantList *binds);
    QString conditions(QVariantList *binds);
    QStringList inspectorListsMatching();
    void parse(Answers answers, QByteArrayView text, std::vector<ScannedAnswer> *out);
    bool parseEntry(Answers answers, QByteArrayView entry, ScannedAnswer *answer);
    QString section(QByteArrayView hex);

    storage::Database &m_db;
    StatsFilter m_filter;
    QHash<QByteArray, QString> m_sections; // hex of the UTF-8 → text
};

} // namespace tillsyn::stats
