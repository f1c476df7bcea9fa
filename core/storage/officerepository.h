#pragma once

#include "domain/checklist.h"
#include "domain/facility.h"
#include "domain/feerate.h"
#include "domain/followup.h"
#include "domain/visit.h"
#include "storage/checkliststore.h"
#include "storage/facilitystore.h"
#include "storage/officerecords.h"
#include "storage/visitfilter.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace tillsyn::storage {

// The office side's only door to its database: the merge (MergeRun), conflict resolution,
// statistics, exports, publishing and the office GUI and CLI talk to this and to nothing else.
// Two implementations: SQLite (embedded, one clerk, tests; SqliteOfficeRepository) and
// PostgreSQL (several clerks, a county). Rows go in and out; nothing here decides anything
// (what a visit's history means is merge/'s, see merge::deriveCurrent()), and nothing here
// parses a visit file (storage knows no visitfile/: callers parse the bytes they get).
//
// Errors: every operation throws StorageError (a tillsyn::Error with a kind) when the database
// fails, and tillsyn::Error for refusals (e.g. requireOffice()).
//
// Threads: one repository is used from one thread at a time (like a QSqlDatabase connection);
// a background job opens its own with open().
class OfficeRepository
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::storage::OfficeRepository)

public:
    virtual ~OfficeRepository() = default;

    // Opens the office database a locator names: a file path gives SQLite (created when missing,
    // as Database does); a postgresql://USER@HOST:PORT/DBNAME[?…] URI gives PostgreSQL.
    // `office` (a municipality code) acts for that office of a county's pool, as ?office=CODE
    // in the URI does (a URI naming another is refused); on SQLite see actFor().
    // Throws tillsyn::Error naming the locator (never a password) when it cannot be opened.
    static std::unique_ptr<OfficeRepository> open(const QString &pathOrUri,
                                                  const QString &office = {});
    // Whether a locator names a PostgreSQL server rather than a file.
    static bool isServerLocator(const QString &pathOrUri);

    // The database for messages: the file's path, or the URI without any password.
    virtual QString describe() const = 0;

    // ---- Units of work --------------------------------------------------------------------

    // Runs `work` as one transaction over one visit's rows: read its history, decide, write.
    // SQLite: BEGIN IMMEDIATE (the single writer serialises). PostgreSQL: a transaction that
    // first takes the visit's advisory lock (pg_advisory_xact_lock) and is retried when the
    // server aborts it for serialisation (40001/40P01). So `work` may run more than once: it must
    // only read and write through this repository and set values it recomputes on each run.
    // Throws what `work` throws (after rolling back). Nested inside another unit it joins it.
    virtual void inVisitTransaction(const QString &visitId, const std::function<void()> &work) = 0;
    // The same for work that is not about one visit (rejection records, settings, publish log,
    // reference data). Retried on serialisation failure like inVisitTransaction().
    virtual void inTransaction(const std::function<void()> &work) = 0;

    // A run of many small transactions (a merge) is about to start; the returned object ends it.
    // SQLite batches its WAL checkpoints meanwhile; other backends may return an empty object.
    class WriteBatch
    {
    public:
        virtual ~WriteBatch() = default;
    };
    virtual std::unique_ptr<WriteBatch> beginWriteBatch() = 0;
    // Opens another session on this database, acting for the same office, for a writer working
    // beside this one (a merge's store lanes, merge::StoreLanes); callable from any thread, and
    // the session belongs to the thread that called it. Empty where a second writer would only
    // wait for the first (SQLite's single writer).
    using SessionOpener = std::function<std::unique_ptr<OfficeRepository>()>;
    virtual SessionOpener sessionOpener() const = 0;
    // Makes every commit so far survive a power cut (before a merged file leaves the inbox).
    // SQLite (synchronous=NORMAL) syncs its log once; a server whose commits are durable does
    // nothing.
    virtual void makeDurable() = 0;
    // Throws (naming the database and the first finding) when the database is damaged: SQLite's
    // quick_check; a server may do a cheap check or nothing.
    virtual void checkIntegrity() = 0;

    // ---- Role and settings --------------------------------------------------------------------

    // Throws (naming the database and its role) unless this is an office database.
    virtual void requireOffice() = 0;
    // Records that this database is an office's (the first merge or `init --office` does).
    virtual void setOfficeRole() = 0;
    // Small values kept with the data: office name and address, signing key, trusted keys, …
    // A missing key gives a null string.
    virtual QString setting(const QString &key) = 0;
    virtual void setSetting(const QString &key, const QString &value) = 0;
    virtual void removeSetting(const QString &key) = 0;
    // Every setting whose key starts with `prefix`, by key.
    virtual std::map<QString, QString> settings(const QString &prefix) = 0;

    // ---- Offices (a county's pool) ------------------------------------------------------------

    // The offices whose merged visits this session reads, by code ('' for a database of one
    // office): more than one only for a county member that reads a PostgreSQL pool whole.
    virtual QStringList offices() = 0;
    // Acts for one office (its municipality code) from now on; '' acts for none again.
    // PostgreSQL: the session's office (row-level security then shows and takes only that
    // office's rows); refused, with a translated message naming the office, unless the role is
    // a member of the office's role or the county's. SQLite holds one office: the first code
    // given is recorded (setting office_code), another one is refused.
    virtual void actFor(const QString &office) = 0;
    // The offices holding revisions of the visit, by code: more than one only for a county
    // member reading a pool whole, when two offices merged the same visit. While the session
    // reads more than one office, the reads by visit id below refuse such a visit (with a
    // translated message naming its offices) rather than mix two offices' revisions.
    virtual QStringList officesOf(const QString &visitId) = 0;

    // ---- Revisions (the visit files as received) ----------------------------------------------

    // Every stored revision of a visit, ordered by revision, then merge time, then content hash.
    virtual std::vector<OfficeRevision> revisions(const QString &visitId) = 0;
    // Stores a revision's bytes with the fields of its parsed visit the rows need.
    virtual void insertRevision(const domain::Visit &visit, const QString &contentHash,
                                const QString &fileName, const QByteArray &bytes,
                                const QDateTime &mergedAt) = 0;
    // One stored revision's bytes (empty when there is no such revision).
    virtual QByteArray revisionBytes(const QString &visitId, int revision,
                                     const QString &contentHash) = 0;
    virtual void setAside(const QString &visitId, int revision, const QString &contentHash,
                          bool setAside) = 0;
    // Whether any visit was merged here.
    virtual bool hasVisits() = 0;
    // Every visit with a stored revision, by id (also one whose revisions are all set aside):
    // what a copy of the whole database walks.
    virtual QStringList visitIds() = 0;

    // ---- The derived current view ---------------------------------------------------------------

    // Replaces the visit's derived row and answers with `content` (the parsed bytes of
    // `current`'s revision), as merge::deriveCurrent() decided; nothing is decided here.
    virtual void writeCurrent(const QString &visitId, const CurrentRevision &current,
                              const domain::Visit &content) = 0;
    // Removes the visit's derived row and answers (no revision stands).
    virtual void clearCurrent(const QString &visitId) = 0;
    // The current revision's bytes, or none when the visit has no current revision.
    virtual std::optional<StoredFile> currentFile(const QString &visitId) = 0;
    // The current revisions' bytes of the visits a filter selects, one call per visit, ordered
    // by finish time (latest first) then visit id. For merge::OfficeVisits.
    virtual void eachCurrentFile(const VisitFilter &filter,
                                 const std::function<void(const QString &visitId,
                                                          const StoredFile &file)> &each) = 0;
    // The visits a filter selects, latest finished first (then by visit id).
    virtual std::vector<OfficeVisitSummary> visitSummaries(const VisitFilter &filter = {}) = 0;
    // The answers of the current revisions of the visits a filter selects (only `visitIds` when
    // not empty), by finish time, visit id and answer position.
    virtual std::vector<AnswerRow> answerRows(const VisitFilter &filter,
                                              const QStringList &visitIds = {}) = 0;

    // ---- Resolutions and rejections -------------------------------------------------------------

    virtual void addResolution(const Resolution &resolution) = 0;
    virtual std::vector<Resolution> resolutions(const QString &visitId) = 0;
    // A rejection is recorded pending (storedAs empty) before the file moves, then marked moved.
    virtual qint64 addRejected(const RejectedFile &file) = 0;
    // The pending record of the same file (name, bytes, share), or 0.
    virtual qint64 pendingRejection(const RejectedFile &file) = 0;
    // Records of a share not yet marked moved (a crash came between the record and the move).
    virtual std::vector<RejectedFile> pendingRejections(const QString &share) = 0;
    // Where the rejected files that have a record lie (rejected/NAME[.N]).
    virtual QSet<QString> rejectedPaths() = 0;
    // False when the record is gone (the merge that made it lost the race to move the file).
    virtual bool markRejectedMoved(qint64 id, const QString &storedAs) = 0;
    virtual void removePendingRejection(qint64 id) = 0;
    // Every record, newest first.
    virtual std::vector<RejectedFile> rejected() = 0;

    // ---- Statistics -----------------------------------------------------------------------------

    using ScanCallback =
        std::function<void(const ScannedVisit &, const std::vector<ScannedAnswer> &)>;
    // Calls `each` once per visit the filter selects (current revisions), with the answers asked
    // for in answer position order; `withMonth` fills ScannedVisit::month (local time).
    virtual void scanVisits(const VisitFilter &filter, ScanAnswers answers, bool withMonth,
                            const ScanCallback &each) = 0;
    // Answers per (checklist, item) of the visits a filter selects, when the backend counts them
    // faster than a scan (PostgreSQL: GROUP BY); none means "use scanVisits()" (SQLite, whose
    // GROUP BY sorts). Any order.
    virtual std::optional<std::vector<ItemCount>> itemCounts(const VisitFilter &filter)
    {
        Q_UNUSED(filter);
        return std::nullopt;
    }
    // Answers per food control reporting area of the visits a filter selects (answers of items
    // without an area are not counted). Any order.
    virtual std::vector<ControlAreaCount> controlAreaCounts(const VisitFilter &filter) = 0;
    // The item's wording in the latest finished visit not in conflict that has it (for items no
    // published checklist words); empty when none.
    virtual QString latestAnswerText(const QString &checklistId, const QString &itemId) = 0;

    // ---- Reference data (what the office publishes) ---------------------------------------------

    // Active facilities (with inactive ones when asked), by name.
    virtual std::vector<domain::Facility> facilities(bool includeInactive = false) = 0;
    virtual std::optional<domain::Facility> facility(const QString &id) = 0;
    // Facilities where every word of `text` begins a word of the name, operator, org. number,
    // address, postal code or city (FacilityStore::searchWords), by name; all when it has none.
    // SQLite folds diacritics (cafe finds café), PostgreSQL's 'simple' search does not.
    virtual std::vector<domain::Facility> searchFacilities(const QString &text,
                                                           bool includeInactive = false) = 0;
    // Adds or updates by id.
    virtual ImportCounts upsertFacilities(const std::vector<domain::Facility> &facilities) = 0;
    // Every published version of every checklist (what the field may use), as
    // ChecklistStore::publishedVersions() orders them.
    virtual std::vector<domain::Checklist> publishedChecklists() = 0;
    // Every version, drafts too (the office's editor).
    virtual std::vector<domain::Checklist> allChecklists() = 0;
    virtual std::optional<domain::Checklist> checklist(const QString &id, int version) = 0;
    virtual ImportCounts importChecklists(const std::vector<domain::Checklist> &checklists,
                                          const QString &source) = 0;

    // The office's checklist editor (reference::ChecklistEditor decides what may change; callers
    // hold the unit of work). The status of a stored version, none when there is no such version.
    using ChecklistStatus = ChecklistStore::Status;
    virtual std::optional<ChecklistStatus> checklistStatus(const QString &id, int version) = 0;
    virtual void insertChecklist(const domain::Checklist &checklist, ChecklistStatus status) = 0;
    virtual void removeChecklist(const QString &id, int version) = 0;
    virtual void markChecklistPublished(const QString &id, int version, const QDateTime &at) = 0;

    // The last publish, none before the first.
    virtual std::optional<PublishRecord> lastPublish() = 0;
    virtual void addPublish(const PublishRecord &record) = 0;

    // Deviations the office closed by hand (issue 17); whether one may be closed is decided in
    // merge/ (OfficeDeviations). Callers hold the unit of work.
    virtual void addDeviationClosure(const domain::DeviationClosure &closure) = 0;
    virtual std::vector<domain::DeviationClosure> deviationClosures() = 0;

    // ---- The fee schedule (issue 18); what it charges is fees/' ------------------------------

    // Every line, oldest first.
    virtual std::vector<domain::FeeRate> feeSchedule() = 0;
    // Adds the line, or replaces the one from the same date.
    virtual void setFeeRate(const domain::FeeRate &rate) = 0;
    // Removes the line from that date (nothing when there is none).
    virtual void removeFeeRate(const QDate &validFrom) = 0;
};

} // namespace tillsyn::storage
