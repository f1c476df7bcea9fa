#include "mergerun.h"

#include "merge/officevisits.h"
#include "merge/storelanes.h"
#include "storage/officerepository.h"
#include "storage/storageerror.h"
#include "sync/share.h"
#include "sync/shareerror.h"
#include "util/error.h"
#include "util/sha256.h"
#include "visitfile/visitfilereader.h"

#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <chrono>
#include <deque>
#include <future>
#include <tuple>

namespace tillsyn::merge {

int MergeReport::count(Outcome outcome) const
{
    return int(std::count_if(files.begin(), files.end(),
                             [&](const FileOutcome &f) { return f.outcome == outcome; }));
}

MergeRun::MergeRun(storage::OfficeRepository &repository, sync::Share &share, Clock clock)
    : m_repo(repository)
    , m_share(share)
    , m_clock(std::move(clock))
    , m_validator(std::make_unique<QThreadPool>())
{
    // One thread, kept for the run: validating the next file while this one is stored.
    m_validator->setMaxThreadCount(1);
}

MergeRun::~MergeRun() = default;

QDateTime MergeRun::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QStringList MergeRun::ordered(QStringList names)
{
    static const QRegularExpression hint(QStringLiteral("^visit-([0-9a-f-]{36})-r(\\d+)-"));
    std::stable_sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const auto ma = hint.match(a);
        const auto mb = hint.match(b);
        if (ma.hasMatch() != mb.hasMatch())
            return ma.hasMatch();
        if (!ma.hasMatch())
            return a < b;
        if (ma.captured(1) != mb.captured(1))
            return ma.captured(1) < mb.captured(1);
        const int ra = ma.captured(2).toInt();
        const int rb = mb.captured(2).toInt();
        return ra != rb ? ra < rb : a < b;
    });
    return names;
}

MergeRun::Validated MergeRun::validate(const QString &fileName, const QByteArray &bytes)
{
    Validated v;
    v.bytesHash = sha256Hex(bytes);
    try {
        QByteArray canonical;
        v.visit = visitfile::VisitFileReader::read(bytes, fileName, &canonical);
        v.contentHash = sha256Hex(canonical);
    } catch (const Error &e) {
        v.error = e.message();
    }
    return v;
}

FileOutcome MergeRun::mergeBytes(const QString &fileName, const QByteArray &bytes)
{
    return store(m_repo, fileName, bytes, validate(fileName, bytes), mergeTime());
}

QDateTime MergeRun::mergeTime() const
{
    // Stored to the second, as the repository keeps it (its order reads it so).
    return QDateTime::fromSecsSinceEpoch(now().toSecsSinceEpoch(), Qt::UTC);
}

FileOutcome MergeRun::store(storage::OfficeRepository &repo, const QString &fileName,
                            const QByteArray &bytes, const Validated &validated,
                            const QDateTime &mergedAt)
{
    FileOutcome result{fileName, Outcome::Rejected, {}, 0, validated.error};
    if (!validated.error.isEmpty())
        return result;
    const domain::Visit &visit = validated.visit;
    const QString &hash = validated.contentHash;
    result.visitId = visit.visitId;
    result.revision = visit.revision;

    // Read the history, decide and write in one unit of work on this visit: another merge of
    // the same visit waits (or, on a server, this one is retried and decides again).
    try {
        repo.inVisitTransaction(visit.visitId, [&] {
            std::vector<storage::OfficeRevision> revisions = repo.revisions(visit.visitId);
            std::vector<StoredRevision> history;
            for (const auto &r : revisions)
                history.push_back(r.key);
            result.outcome = decide(history, {visit.revision, visit.baseRevision, hash});
            if (result.outcome != Outcome::Duplicate) {
                repo.insertRevision(visit, hash, fileName, bytes, mergedAt);
                // An earlier revision (history) changes neither the current revision nor the
                // conflict state (decide() would have said conflict), so the derived rows stay.
                if (result.outcome != Outcome::History) {
                    // The history with the revision just stored, in the repository's order
                    // (revision, merge time, content hash), without reading it back: nobody else
                    // writes this visit's revisions while this unit holds it.
                    const storage::OfficeRevision stored{
                        {visit.revision, visit.baseRevision, hash, false}, fileName, mergedAt,
                        visit.finishedAt};
                    const auto before = [](const storage::OfficeRevision &a,
                                           const storage::OfficeRevision &b) {
                        return std::tie(a.key.revision, a.mergedAt, a.key.contentHash) <
                               std::tie(b.key.revision, b.mergedAt, b.key.contentHash);
                    };
                    revisions.insert(
                        std::upper_bound(revisions.begin(), revisions.end(), stored, before), stored);
                    refreshCurrent(repo, visit.visitId, revisions, &visit, hash);
                }
            }
            // This is an office database (once per run: the setting is the same every time).
            if (!m_roleSet)
                repo.setOfficeRole();
        });
    } catch (const storage::StorageError &e) {
        // A database that is away or locked fails every file alike: the run stops. Anything
        // else failed on this file's rows only (the unit was rolled back): the file waits in
        // the inbox, named with the database's reason, and the run goes on with the next one.
        if (e.kind() == storage::StorageError::Kind::Connection ||
            e.kind() == storage::StorageError::Kind::Busy)
            throw;
        result.outcome = Outcome::Waiting;
        result.reason = tr("%1: not stored, left in the inbox for the next merge: %2")
                            .arg(fileName, e.message());
        return result;
    }
    m_roleSet = true;
    return result;
}

namespace {

// The longest file name most file systems allow, in bytes.
constexpr qsizetype kMaxNameBytes = 255;

// `name` followed by `suffix`, shortened when that is too long for a file name: a prefix of the
// name, "~", 12 hex digits of the whole name's hash (so two long names stay apart), the suffix.
QString fitName(const QString &name, const QString &suffix)
{
    if ((name + suffix).toUtf8().size() <= kMaxNameBytes)
        return name + suffix;
    const QString mark = u'~' + sha256Hex(name.toUtf8()).left(12);
    QString stem = name;
    while (!stem.isEmpty() && (stem + mark + suffix).toUtf8().size() > kMaxNameBytes)
        stem.chop(stem.size() > 1 && stem.at(stem.size() - 1).isLowSurrogate() ? 2 : 1);
    return stem + mark + suffix;
}

// The name of the n-th copy of a file (in archive/ or rejected/): NAME, NAME.2, NAME.3, ...
QString copyName(const QString &name, int n)
{
    return fitName(name, n == 1 ? QString() : QStringLiteral(".%1").arg(n));
}

// Whether `candidate` is one of the names copyName() gives `name`.
bool isCopyName(const QString &candidate, const QString &name)
{
    if (candidate == copyName(name, 1))
        return true;
    const qsizetype dot = candidate.lastIndexOf(u'.');
    bool ok = false;
    const int n = dot < 0 ? 0 : candidate.mid(dot + 1).toInt(&ok);
    return ok && n > 1 && candidate == copyName(name, n);
}

QString reasonName(const QString &rejectedName, int k)
{
    return fitName(rejectedName, k == 1 ? QStringLiteral(".reason.txt")
                                        : QStringLiteral(".reason-%1.txt").arg(k));
}

QByteArray reasonText(const QString &reason)
{
    return (reason + u'\n').toUtf8();
}

const QString kReasonSuffix = QStringLiteral(".reason.txt");

} // namespace

QString MergeRun::archiveFolder() const
{
    const QDateTime t = now();
    return QStringLiteral("archive/%1/%2")
        .arg(t.date().year())
        .arg(t.date().month(), 2, 10, QChar(u'0'));
}

bool MergeRun::archive(const QString &name)
{
    const QString folder = archiveFolder();
    // A copy of a file merged before may come back: it goes beside the first under a new name.
    for (int n = 1;; ++n) {
        const QString target = folder + u'/' + copyName(name, n);
        try {
            return m_share.move(QStringLiteral("inbox/") + name, target);
        } catch (const sync::ShareError &e) {
            if (e.kind() != sync::ShareError::Kind::Exists || n > 1000)
                throw;
        }
    }
}

void MergeRun::writeReason(const QString &rejectedPath, const QString &reason)
{
    const QString name = rejectedPath.mid(rejectedPath.lastIndexOf(u'/') + 1);
    // Only a file holding exactly this reason is accepted as it (a merge running at the same
    // time may have written it, see finishInterruptedRejections()); anything else planted under
    // the name stays as it is and the reason goes beside it under the next name.
    for (int k = 1; k <= 10; ++k) {
        try {
            m_share.putNew(QStringLiteral("rejected/") + reasonName(name, k), reasonText(reason));
            return;
        } catch (const sync::ShareError &e) {
            if (e.kind() != sync::ShareError::Kind::Exists)
                throw;
        }
    }
    // Ten names taken by someone else: the database's record keeps the reason.
}

std::optional<QString> MergeRun::moveToRejected(const QString &name, const QString &reason)
{
    for (int n = 1;; ++n) {
        const QString target = QStringLiteral("rejected/") + copyName(name, n);
        // A reason file already there under this copy's reason name is not ours (planted, or
        // another file's): take the next name, so no foreign text stands beside this file.
        if (n <= 1000 &&
            m_share.version(QStringLiteral("rejected/") + reasonName(copyName(name, n), 1)))
            continue;
        try {
            if (!m_share.move(QStringLiteral("inbox/") + name, target))
                return std::nullopt;
        } catch (const sync::ShareError &e) {
            if (e.kind() != sync::ShareError::Kind::Exists || n > 1000)
                throw;
            continue;
        }
        writeReason(target, reason);
        return target;
    }
}

void MergeRun::finishInterruptedRejections(const QStringList &inbox)
{
    // Plain reads (no write lock): a merge running meanwhile only adds records, and marking one
    // below is its own transaction.
    std::vector<storage::RejectedFile> pending = m_repo.pendingRejections(m_share.describe());
    if (pending.empty())
        return;
    const QStringList rejected = m_share.list(QStringLiteral("rejected"));
    QSet<QString> recorded = m_repo.rejectedPaths(); // files a record already points at
    for (storage::RejectedFile &record : pending) {
        if (inbox.contains(record.fileName))
            continue; // still to be moved: this run's rejection reuses the record
        for (const QString &candidate : rejected) {
            if (!isCopyName(candidate, record.fileName) || candidate.endsWith(kReasonSuffix))
                continue;
            const QString path = QStringLiteral("rejected/") + candidate;
            if (recorded.contains(path))
                continue;
            // Whatever is in rejected/ is the share's: a file that cannot be read is not the
            // one looked for, never a reason to stop.
            std::optional<QByteArray> bytes;
            try {
                bytes = m_share.read(path);
            } catch (const sync::ShareError &e) {
                if (e.isTransient())
                    throw;
            }
            if (!bytes || sha256Hex(*bytes) != record.contentHash)
                continue;
            writeReason(path, record.reason);
            m_repo.inTransaction([&] {
                if (!m_repo.markRejectedMoved(record.id, path)) {
                    storage::RejectedFile moved = record;
                    moved.storedAs = path;
                    m_repo.addRejected(moved);
                }
            });
            record.storedAs = path;
            recorded.insert(path);
            break;
        }
    }
}

MergeRun::Rejection MergeRun::recordRejection(const QString &name, const QByteArray &bytes,
                                              const QString &reason)
{
    Rejection r{{name, reason, now(), m_share.describe(), sha256Hex(bytes), {}}, false};
    m_repo.inTransaction([&] {
        r.record.id = m_repo.pendingRejection(r.record);
        r.mine = r.record.id == 0;
        if (r.mine)
            r.record.id = m_repo.addRejected(r.record);
    });
    return r;
}

bool MergeRun::moveRejected(Rejection &rejection)
{
    const std::optional<QString> storedAs =
        moveToRejected(rejection.record.fileName, rejection.record.reason);
    m_repo.inTransaction([&] {
        if (!storedAs) {
            // The other merge moved it and keeps (or makes) the record.
            if (rejection.mine)
                m_repo.removePendingRejection(rejection.record.id);
        } else if (!m_repo.markRejectedMoved(rejection.record.id, *storedAs)) {
            // The record was the other merge's, which lost the move and removed it meanwhile.
            storage::RejectedFile record = rejection.record;
            record.storedAs = *storedAs;
            m_repo.addRejected(record);
        }
    });
    if (storedAs)
        rejection.record.storedAs = *storedAs;
    return storedAs.has_value();
}

void MergeRun::makeDurable()
{
    // Every commit so far (this run's and any other's) survives a power cut before a file moves.
    m_repo.makeDurable();
}

bool MergeRun::changedSinceRead(const Merged &merged)
{
    if (merged.versionTag.isEmpty())
        return false;
    const QString path = QStringLiteral("inbox/") + merged.outcome.file;
    const auto version = m_share.version(path);
    if (!version || version->tag == merged.versionTag)
        return false;
    // Another version, but not necessarily other bytes: a folder's version includes the change
    // time, which another merge moving the file away sets, and while it moves the file may
    // still be seen under its inbox name with the new time. Only other bytes are a change.
    const auto bytes = m_share.read(path);
    return bytes && sha256Hex(*bytes) != merged.bytesHash;
}

void MergeRun::moveMerged(std::vector<Merged> &batch, MergeReport &report)
{
    if (batch.empty())
        return;
    makeDurable();
    for (Merged &m : batch) {
        FileOutcome &outcome = m.outcome;
        try {
            if (!m.leave && changedSinceRead(m)) {
                // Only the bytes merged may be archived: the file (rewritten, replaced, or still
                // being copied in) stays, and the next run merges what it is then.
                m.leave = true;
                if (m.rejection) {
                    if (m.rejection->mine)
                        m_repo.inTransaction(
                            [&] { m_repo.removePendingRejection(m.rejection->record.id); });
                    outcome.outcome = Outcome::Waiting;
                    outcome.reason = tr("%1: changed while it was merged; left in the inbox for "
                                        "the next merge")
                                         .arg(outcome.file);
                } else {
                    outcome.reason = tr("%1: changed after it was read; merged as read and left "
                                        "in the inbox for the next merge")
                                         .arg(outcome.file);
                }
            }
            if (m.leave) {
                report.files.push_back(std::move(outcome));
                continue;
            }
            const bool moved = m.rejection ? moveRejected(*m.rejection) : archive(outcome.file);
            // Not moved: another merge took the file meanwhile, and reports it.
            if (moved)
                report.files.push_back(std::move(outcome));
        } catch (const sync::ShareError &e) {
            if (e.isTransient())
                throw; // the share, not this file: the rest would fail alike
            // Merged (or its rejection recorded) but not moved: the next run finds it again.
            outcome.reason = outcome.reason.isEmpty()
                                 ? tr("not moved: %1").arg(e.message())
                                 : tr("%1; not moved: %2").arg(outcome.reason, e.message());
            report.files.push_back(std::move(outcome));
        }
    }
    batch.clear();
}

QString MergeRun::recheck(const QString &rejectedName)
{
    const auto bytes = m_share.read(QStringLiteral("rejected/") + rejectedName);
    if (!bytes)
        return tr("%1 is no longer in rejected/").arg(rejectedName);
    try {
        visitfile::VisitFileReader::read(*bytes, rejectedName);
    } catch (const Error &e) {
        return e.message();
    }
    // Valid now: back to the inbox for the next merge, under its original name. The old reason
    // stays beside where it was, as a record.
    static const QRegularExpression copySuffix(QStringLiteral("\\.\\d+\\z"));
    QString original = rejectedName;
    original.remove(copySuffix);
    m_share.move(QStringLiteral("rejected/") + rejectedName, QStringLiteral("inbox/") + original);
    return {};
}

namespace {

// A file read from the inbox and being validated on another thread.
struct InFlight
{
    int index = -1;
    QByteArray bytes;
    QString versionTag;
    std::optional<sync::ShareError> readError; // the share could not give the file
    std::future<MergeRun::Validated> validated;
};

} // namespace

MergeReport MergeRun::run(const Progress &progress)
{
    MergeReport report;
    // A damaged database takes no files: merged into it they would leave the inbox for good.
    m_repo.checkIntegrity();
    // Before anything is read or written: the share's folders must be its own (a link from
    // rejected/ or archive/ to elsewhere would have files and reasons written there).
    m_share.requireFolders({QStringLiteral("inbox"), QStringLiteral("rejected"), archiveFolder()});
    const QStringList names = ordered(m_share.list(QStringLiteral("inbox")));
    const auto batchWrites = m_repo.beginWriteBatch();
    finishInterruptedRejections(names);
    // Reading, parsing, validating and hashing the next file (on a second thread) overlaps
    // storing this one; the share is only used from this thread (a WebDAV share's network
    // access must stay on one thread). A large file is not read ahead, so at most one large
    // file is in memory.
    constexpr qsizetype kReadAheadBytes = 8 * 1024 * 1024;
    const auto readFrom = [&](int from) {
        InFlight next;
        for (int i = from; i < int(names.size()); ++i) {
            const QString path = QStringLiteral("inbox/") + names.at(i);
            std::optional<QByteArray> bytes;
            try {
                // The version before the read: compared before the move, so that only the
                // bytes merged are archived.
                const auto version = m_share.version(path);
                if (version)
                    bytes = m_share.read(path);
                if (!bytes)
                    continue; // another merge took it
                next.versionTag = version->tag;
            } catch (const sync::ShareError &e) {
                // One file the share cannot give is that file's outcome, not the run's; but a
                // share that cannot be reached or refuses this office (offline, timeout, wrong
                // credentials, certificate, cancel) is the run's: every other file would fail
                // the same way and be recorded wrongly as rejected or waiting.
                using Kind = sync::ShareError::Kind;
                if (e.kind() == Kind::Offline || e.kind() == Kind::Timeout ||
                    e.kind() == Kind::Unauthorized || e.kind() == Kind::Tls ||
                    e.kind() == Kind::Cancelled)
                    throw;
                next.index = i;
                next.readError = e;
                break;
            }
            next.index = i;
            next.bytes = std::move(*bytes);
            auto promise = std::make_shared<std::promise<Validated>>();
            next.validated = promise->get_future();
            m_validator->start([promise, name = names.at(i), bytes = next.bytes] {
                try {
                    promise->set_value(validate(name, bytes));
                } catch (...) {
                    promise->set_exception(std::current_exception());
                }
            });
            break;
        }
        return next;
    };
    // Files are merged (each committed on its own) a batch at a time, then the batch's commits
    // are made durable with one sync, then its files are moved: a commit is on disk before its
    // file leaves the inbox, at the cost of one sync per batch rather than one per file.
    constexpr size_t kBatch = 100;
    std::vector<Merged> batch;
    // Stored on lanes beside each other where the database has writers that work at once
    // (PostgreSQL), else here, one after the other. A file stored on a lane waits in `stored`,
    // in the inbox's order, until its store (and every one before it) has finished; at most
    // kInFlight of them, so that the reading stays a few files ahead of the storing. A lane per
    // core, 2 to 4: on this machine's two cores two lanes took 2,000 files from 490 to 675
    // files/s, four gained nothing more (`tillsyn-bench pg-merge`).
    StoreLanes lanes(m_repo, m_repo.sessionOpener(), std::clamp(QThread::idealThreadCount(), 2, 4));
    constexpr size_t kInFlight = 8;
    struct Storing
    {
        Merged merged;
        std::shared_ptr<FileOutcome> outcome; // filled by the lane
        std::future<void> done;               // invalid: nothing to store (read error, invalid)
        QByteArray bytes;                     // kept for a rejection record
    };
    std::deque<Storing> stored;
    // Takes finished stores off the front (the first `wait` of them waited for) into the batch.
    const auto collect = [&](size_t wait) {
        while (!stored.empty()) {
            Storing &s = stored.front();
            if (s.done.valid()) {
                if (wait == 0 &&
                    s.done.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
                    return;
                s.done.get(); // the run's errors (the database away or locked) stop the run here
                s.merged.outcome = std::move(*s.outcome);
                s.merged.leave = s.merged.outcome.outcome == Outcome::Waiting;
            }
            if (s.merged.outcome.outcome == Outcome::Rejected)
                s.merged.rejection = recordRejection(s.merged.outcome.file, s.bytes,
                                                     s.merged.outcome.reason);
            batch.push_back(std::move(s.merged));
            stored.pop_front();
            wait = wait > 0 ? wait - 1 : 0;
            if (batch.size() >= kBatch)
                moveMerged(batch, report);
        }
    };
    InFlight current = readFrom(0);
    while (current.index >= 0) {
        const QString &name = names.at(current.index);
        if (progress && !progress(current.index, int(names.size()), name)) {
            report.cancelled = true;
            break;
        }
        const bool readAhead = current.bytes.size() <= kReadAheadBytes;
        Storing s;
        // The reason names the file within the share (it is written to the share: where the
        // office mounts it is none of the share's business).
        const QString readError = current.readError
                                      ? QString(current.readError->message())
                                            .replace(m_share.describe() + u'/', QString())
                                      : QString();
        if (current.readError && current.readError->isTransient()) {
            // Cut short, or the share was briefly away: the file waits for the next run.
            s.merged.outcome = {name, Outcome::Waiting, {}, 0, readError};
            s.merged.leave = true;
        } else if (current.readError) {
            // A link, a pipe, a folder, a file over the limit or one this account may not read:
            // rejected (and moved, which moves the name, never what a link points to).
            s.merged.outcome = {name, Outcome::Rejected, {}, 0, readError};
        }
        Validated validated = current.readError ? Validated{} : current.validated.get();
        InFlight next;
        if (readAhead)
            next = readFrom(current.index + 1);
        if (!current.readError) {
            s.merged.versionTag = current.versionTag;
            s.merged.bytesHash = validated.bytesHash;
            s.bytes = current.bytes;
            if (!validated.error.isEmpty()) {
                s.merged.outcome = {name, Outcome::Rejected, {}, 0, validated.error};
            } else {
                s.outcome = std::make_shared<FileOutcome>();
                const QString key = validated.visit.visitId;
                s.done = lanes.submit(key, [this, outcome = s.outcome, name, bytes = current.bytes,
                                            v = std::move(validated), at = mergeTime()](
                                               storage::OfficeRepository &repo) {
                    *outcome = store(repo, name, bytes, v, at);
                });
            }
        }
        stored.push_back(std::move(s));
        // A large file is stored before the next is read: one large file in memory at a time.
        collect(readAhead ? (stored.size() > kInFlight ? stored.size() - kInFlight : 0)
                          : stored.size());
        current = readAhead ? std::move(next) : readFrom(current.index + 1);
    }
    // Also when cancelled: every file is then either merged and moved, or untouched.
    collect(stored.size());
    moveMerged(batch, report);
    if (progress && !report.cancelled)
        progress(int(names.size()), int(names.size()), QString());
    return report;
}

} // namespace tillsyn::merge
