#pragma once

#include "mergedecision.h"
#include "storage/officerecords.h"

#include <QCoreApplication>
#include <QDateTime>

class QThreadPool;

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace tillsyn::storage {
class OfficeRepository;
}
namespace tillsyn::sync {
class Share;
}

namespace tillsyn::merge {

struct FileOutcome
{
    QString file;
    Outcome outcome = Outcome::Rejected;
    QString visitId;  // empty when unreadable
    int revision = 0; // 0 when unreadable
    QString reason;
};

struct MergeReport
{
    std::vector<FileOutcome> files;
    bool cancelled = false;
    int count(Outcome outcome) const;
};

// One merge of a share's inbox into the office database. Every file is read, validated and
// merged in its own transaction, then moved: to archive/YYYY/MM/ (any outcome but rejected) or
// to rejected/ with NAME.reason.txt. A file that cannot be read (a link, a pipe, over the size
// limit, no permission) is rejected like an invalid one; a file that changed between its read
// and its move is left in the inbox for the next run (only the bytes merged are archived). One
// file's problem is that file's outcome: only a share that cannot be used at all (its folders
// links to elsewhere, unreachable) stops the run, and that before anything is written. The commit
// comes before the move, and is synced to disk before it, so a crash or power cut between them
// leaves a file that merges as a duplicate (or is rejected under the same record) next time.
// Nothing is deleted. Two runs at once on one share and database merge each file once (each
// file's read-decide-write is one unit of work on its visit: SQLite's write lock, PostgreSQL's
// lock on the visit); a file the other run moved away meanwhile is skipped silently. Where the
// database has writers that work at once (PostgreSQL), files are stored on several sessions
// beside each other (StoreLanes), one visit's files in order on one of them.
class MergeRun
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::merge::MergeRun)

public:
    using Progress = std::function<bool(int done, int total, const QString &file)>;
    using Clock = std::function<QDateTime()>;

    MergeRun(storage::OfficeRepository &repository, sync::Share &share, Clock clock = {});
    ~MergeRun();
    MergeReport run(const Progress &progress = {});

    // Validates a file in rejected/ again (after someone fixed it): empty when it is valid now
    // and was moved back to the inbox, otherwise the reason it is still rejected.
    QString recheck(const QString &rejectedName);

    // Merges one file's bytes (no share involved): the outcome, or Rejected with the reason.
    FileOutcome mergeBytes(const QString &fileName, const QByteArray &bytes);

    // A file read and checked, nothing stored: its visit and content hash, or why it is rejected.
    // Needs no database, so it runs on another thread while the previous file is stored.
    struct Validated
    {
        domain::Visit visit;
        QString contentHash; // SHA-256 of the canonical JSON
        QString bytesHash;   // SHA-256 of the bytes as read
        QString error;       // set when the file is rejected
    };
    static Validated validate(const QString &fileName, const QByteArray &bytes);

private:
    // Files per visit in revision order, as their names tell (the name is only a hint for the
    // order; the content decides every outcome).
    static QStringList ordered(QStringList names);
    // Stores one validated file through `repo` (the run's own, or a store lane's session: called
    // from that lane's thread), merged at `mergedAt`.
    FileOutcome store(storage::OfficeRepository &repo, const QString &fileName,
                      const QByteArray &bytes, const Validated &validated, const QDateTime &mergedAt);
    // The merge time recorded for a file stored now (whole seconds, as the repository keeps it).
    QDateTime mergeTime() const;
    bool archive(const QString &name);
    // A rejection is recorded (once per file, whatever crashes or races: a pending record of the
    // same file is reused) before the file moves to rejected/.
    struct Rejection
    {
        storage::RejectedFile record;
        bool mine = false; // this run made the record (rather than reusing a pending one)
    };
    Rejection recordRejection(const QString &name, const QByteArray &bytes, const QString &reason);
    // Moves the file and marks its record; false when another merge took the file first.
    bool moveRejected(Rejection &rejection);
    // A file merged (or its rejection recorded), to be moved once that is durable.
    struct Merged
    {
        FileOutcome outcome;
        std::optional<Rejection> rejection;
        QString versionTag; // the file's version before it was read
        QString bytesHash;  // SHA-256 of the bytes read
        bool leave = false; // not to be moved (it waits for the next run)
    };
    QString archiveFolder() const;
    // Whether the inbox file no longer holds the bytes read (gone is not changed: the move
    // then finds nothing to move).
    bool changedSinceRead(const Merged &merged);
    // Writes the reason beside a rejected file under a name nobody else has taken.
    void writeReason(const QString &rejectedPath, const QString &reason);
    void makeDurable();
    void moveMerged(std::vector<Merged> &batch, MergeReport &report);
    // The file's path in rejected/, or nothing when it was gone from the inbox.
    std::optional<QString> moveToRejected(const QString &name, const QString &reason);
    // Finishes rejections a crash interrupted after the move: finds each pending record's file
    // in rejected/ by name and hash, writes its reason beside it if missing, marks it moved.
    void finishInterruptedRejections(const QStringList &inbox);
    QDateTime now() const;

    storage::OfficeRepository &m_repo;
    sync::Share &m_share;
    Clock m_clock;
    std::atomic<bool> m_roleSet = false; // set by whichever store lane stores first
    std::unique_ptr<QThreadPool> m_validator;
};

} // namespace tillsyn::merge
