#pragma once

#include "domain/checklist.h"
#include "domain/visit.h"
#include "merge/mergefixture.h"
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

// The same through any office repository's merge run.
merge::Outcome mergeStatsVisit(merge::MergeRun &run, const domain::Visit &visit);
void addStatsVisit(merge::MergeRun &run, const StatsVisit &spec);
void addStatsVisitInConflict(merge::MergeRun &run, const StatsVisit &spec);

// StatsFixture's office on either backend, for tests that run on both with one body:
// `Office` is test::OfficeFixture (SQLite) or test::PostgresOfficeFixture (a fresh database of
// the tests' PostgreSQL server), see merge/mergefixture.h. Its checklists (by default
// StatsFixture::checklists()) are published through the repository.
template <typename Office> struct StatsOffice : Office
{
    explicit StatsOffice(
        const std::vector<domain::Checklist> &published = StatsFixture::checklists())
    {
        this->office.importChecklists(published, QStringLiteral("test"));
    }

    merge::Outcome merge(const domain::Visit &visit) { return mergeStatsVisit(this->run, visit); }
    void add(const StatsVisit &spec) { addStatsVisit(this->run, spec); }
    void addInConflict(const StatsVisit &spec) { addStatsVisitInConflict(this->run, spec); }
};

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
