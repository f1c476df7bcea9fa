#pragma once

#include "domain/checklist.h"
#include "domain/visit.h"
#include "merge/mergerun.h"
#include "stats/counts.h"
#include "storage/database.h"
#include "storage/sqliteofficerepository.h"
#include "sync/foldershare.h"

#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace tillsyn::test {

// A hand-built visit for the statistics tests: what it is about and its results, in the order of
// its checklist's items (see StatsFixture::checklists()).
struct StatsVisit
{
    int number = 0; // makes the visit id
    QString checklistId;
    int checklistVersion = 1;
    QDateTime finishedAt;
    domain::VisitKind kind = domain::VisitKind::Planned;
    QString category;
    QStringList inspectors;
    int minutes = 0;
    std::vector<domain::Result> results;
};

// An office database (in a temporary folder) with published checklists, into which visits are
// merged from VisitFileWriter's bytes by MergeRun::mergeBytes, as the office merges them.
//
// Checklists: "livs" version 1 and 2 (food; sections "Lokaler": golv, tvatt and "Märkning":
// allergen, whose wording changed in version 2) and "halsa" version 1 (health; section "Hygien":
// hyg-1, hyg-2).
struct StatsFixture
{
    TempDir dir;
    storage::Database db{dir.file(QStringLiteral("office.db"))};
    sync::FolderShare share{dir.file(QStringLiteral("share"))};
    storage::SqliteOfficeRepository office{db};
    merge::MergeRun run{office, share};

    StatsFixture();

    static std::vector<domain::Checklist> checklists();
    static domain::Visit visit(const StatsVisit &spec, int revision = 1, int base = 0);
    // Merges the file of `visit` and returns the outcome.
    merge::Outcome merge(const domain::Visit &visit);
    // Merges revision 1 of the spec, requiring it to be imported.
    void add(const StatsVisit &spec);
    // Merges revision 1 and then two different contents claiming revision 2: a conflict.
    void addInConflict(const StatsVisit &spec);
};

QDateTime at(int month, int day);

} // namespace tillsyn::test

namespace Catch {
template <> struct StringMaker<tillsyn::stats::Counts>
{
    static std::string convert(const tillsyn::stats::Counts &c)
    {
        return "{visits " + std::to_string(c.visits) + ", checked " + std::to_string(c.checked) +
               ", deviations " + std::to_string(c.deviations) + ", notChecked " +
               std::to_string(c.notChecked) + ", notApplicable " + std::to_string(c.notApplicable) +
               "}";
    }
};
} // namespace Catch
