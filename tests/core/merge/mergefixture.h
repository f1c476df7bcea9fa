#pragma once

#include "domain/visit.h"
#include "merge/mergerun.h"
#include "storage/database.h"
#include "storage/sqliteofficerepository.h"
#include "sync/foldershare.h"

#include "support/postgres/postgresfixture.h"
#include "support/tempdir.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <vector>

namespace tillsyn::test {

// The fixed clock of the merge tests (and of tillsyn-merge-child): files go to archive/2026/03/.
QDateTime mergeClock();

// A small valid finished visit (no photos, three answers) of `visitId` at `revision` edited from
// `base`. `variant` changes the content (the summary and a comment), so two calls with different
// variants give two contents that claim the same revision.
domain::Visit mergeVisit(const QString &visitId, int revision, int base,
                         const QString &variant = {});
// A small valid visit with one real JPEG photo attached to its first answer.
domain::Visit mergeVisitWithPhoto(const QString &visitId);
QByteArray fileBytes(const domain::Visit &visit);
QString fileName(const domain::Visit &visit, const QByteArray &bytes);
QJsonObject jsonOf(const domain::Visit &visit);
QByteArray bytesOf(const QJsonObject &object);

// A lowercase UUID made from a small number (the same for the same number).
QString uuidFor(int n);

// A visit file to merge: its name (as the writer names it) and its bytes.
struct VisitFile
{
    QString name;
    QByteArray bytes;
};
VisitFile visitFile(const domain::Visit &visit);
// `count` files from VisitGenerator (shipped checklists, no photos) plus, for the first
// `conflicts` visits that have a second revision, another content claiming that revision.
std::vector<VisitFile> generatedFiles(int count, unsigned seed, int conflicts = 0);

// An office database in a temporary folder, with a folder share beside it (not created).
struct OfficeFixture
{
    TempDir dir;
    storage::Database db{dir.file(QStringLiteral("office.db"))};
    QString shareDir = dir.file(QStringLiteral("share"));
    sync::FolderShare share{shareDir};
    // The office database behind its interface: what merge, resolution and the office's readers
    // are given (the dumps below read the SQLite tables themselves).
    storage::SqliteOfficeRepository office{db};
    merge::MergeRun run{office, share, &mergeClock};

    merge::FileOutcome merge(const VisitFile &file)
    {
        return run.mergeBytes(file.name, file.bytes);
    }
    merge::Outcome outcome(const VisitFile &file) { return merge(file).outcome; }
    // Writes the files into share/inbox.
    void toInbox(const std::vector<VisitFile> &files) const;
    // The database as tillsyn-merge-child and the CLI take it.
    QString locator() const { return db.path(); }
};

// A database of the tests' server with the office schema in it: a copy of a template migrated
// once per server (the migrations' DDL was most of the server's work for these tests). The
// migrations themselves are tested on empty databases (postgresmigrations_test and others).
PostgresDatabase::FromTemplate migratedOfficeDatabase();

// The same on a fresh database of the tests' PostgreSQL server (tests/support/postgres), through
// the repository's factory as the programs open it.
struct PostgresOfficeFixture
{
    TempDir dir;
    PostgresDatabase database{migratedOfficeDatabase()};
    QString shareDir = dir.file(QStringLiteral("share"));
    sync::FolderShare share{shareDir};
    std::unique_ptr<storage::OfficeRepository> repository =
        storage::OfficeRepository::open(database.uri());
    storage::OfficeRepository &office = *repository;
    merge::MergeRun run{office, share, &mergeClock};

    merge::FileOutcome merge(const VisitFile &file)
    {
        return run.mergeBytes(file.name, file.bytes);
    }
    merge::Outcome outcome(const VisitFile &file) { return merge(file).outcome; }
    void toInbox(const std::vector<VisitFile> &files) const;
    QString locator() const { return database.uri(); }
};

// office_revision (visit_id, revision, content_hash, set_aside) and office_visit (visit_id,
// revision, in_conflict), sorted: the state the merge rules define.
QString canonicalDump(storage::Database &db);
// Every row of every office table (blobs as their SHA-256), sorted: equal dumps mean nothing
// changed.
QString fullDump(storage::Database &db);
// What an office database holds, read through its repository (so the same for SQLite and
// PostgreSQL): every revision (its bytes as their SHA-256), current file, resolution, listed
// visit, answer row and rejection record (without its row id and share, which depend on the
// interleaving of two merges and on the fixture's folder), sorted where the order is not the
// interface's. Equal dumps mean the same office data on either backend.
QString repositoryDump(storage::OfficeRepository &office);
// Rows in an office table.
int rowCount(storage::Database &db, const QString &table);
bool inConflict(storage::Database &db, const QString &visitId);
// office_visit.revision, or 0 when the visit is not there.
int currentRevision(storage::Database &db, const QString &visitId);

// The same read through the repository, so that one test body holds on both backends (the
// office_* tables' counterparts in parentheses).
// Stored revisions of every visit (office_revision's rows).
int revisionCount(storage::OfficeRepository &office);
// Answers of the current revisions (office_answer's rows).
int answerCount(storage::OfficeRepository &office);
// Recorded resolutions of every visit (office_resolution's rows).
int resolutionCount(storage::OfficeRepository &office);
// Whether the listed visit is in conflict (office_visit.in_conflict); throws when it is not
// listed.
bool inConflict(storage::OfficeRepository &office, const QString &visitId);
// The listed visit's current revision (office_visit.revision), or 0 when it is not listed.
int currentRevision(storage::OfficeRepository &office, const QString &visitId);
// canonicalDump()'s content read through the repository: every revision (visit, revision,
// content hash, set aside) and every listed visit (visit, revision, in conflict), sorted.
QString canonicalDump(storage::OfficeRepository &office);

// What a test compares to see that nothing changed, or that two databases hold the same: on
// SQLite every row of its tables and the repository's view, on PostgreSQL the repository's view.
QString officeDump(OfficeFixture &f);
QString officeDump(PostgresOfficeFixture &f);
// The state the merge rules define, the same way: on SQLite from its tables and through the
// repository, on PostgreSQL through the repository.
QString stateDump(OfficeFixture &f);
QString stateDump(PostgresOfficeFixture &f);

// Every file under a folder (hidden ones too), as paths relative to it, sorted.
QStringList filesUnder(const QString &root);
// The names of the files directly in a folder (hidden ones too), sorted.
QStringList namesIn(const QString &folder);
// The SHA-256 (hex) of the canonical JSON of a file.
QString contentHash(const QByteArray &bytes);

// The outcome a merge report gives one file; nullptr when the report does not name it.
const merge::FileOutcome *findOutcome(const merge::MergeReport &report, const QString &file);

} // namespace tillsyn::test
