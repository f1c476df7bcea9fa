#include "mergerun.h"

#include "storage/database.h"
#include "storage/officestore.h"
#include "sync/share.h"
#include "sync/shareerror.h"
#include "util/error.h"
#include "util/sha256.h"
#include "visitfile/visitfilereader.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QThreadPool>

#include <algorithm>
#include <future>

namespace tillsyn::merge {

namespace {

// A run commits one small transaction per file. SQLite checkpoints the WAL into the database
// every 1,000 pages (about 4 MB) by default, each time with two fsyncs; during a run it does so
// every 10,000 pages, and once at the end. The connection's setting is restored afterwards.
class CheckpointBatch
{
public:
    explicit CheckpointBatch(storage::Database &db)
        : m_db(db)
    {
        QSqlQuery q = db.prepare(QStringLiteral("PRAGMA wal_autocheckpoint"));
        db.exec(q);
        m_before = q.next() ? q.value(0).toInt() : 1000;
        db.exec(QStringLiteral("PRAGMA wal_autocheckpoint=10000"));
    }
    ~CheckpointBatch()
    {
        try {
            m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(m_before));
            m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        } catch (const Error &) {
            // Only a performance setting: the data is committed either way.
        }
    }
    CheckpointBatch(const CheckpointBatch &) = delete;
    CheckpointBatch &operator=(const CheckpointBatch &) = delete;

private:
    storage::Database &m_db;
    int m_before = 1000;
};

} // namespace

int MergeReport::count(Outcome outcome) const
{
    return int(std::count_if(files.begin(), files.end(),
                             [&](const FileOutcome &f) { return f.outcome == outcome; }));
}

MergeRun::MergeRun(storage::Database &db, sync::Share &share, Clock clock)
    : m_db(db)
    , m_share(share)
    , m_clock(std::move(clock))
    , m_store(std::make_unique<storage::OfficeStore>(db))
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
    return store(fileName, bytes, validate(fileName, bytes));
}

FileOutcome MergeRun::store(const QString &fileName, const QByteArray &bytes,
                            const Validated &validated)
{
    FileOutcome result{fileName, Outcome::Rejected, {}, 0, validated.error};
    if (!validated.error.isEmpty())
        return result;
    const domain::Visit &visit = validated.visit;
    const QString &hash = validated.contentHash;
    result.visitId = visit.visitId;
    result.revision = visit.revision;

    storage::Transaction tx(m_db);
    storage::OfficeStore &store = *m_store;
    std::vector<StoredRevision> history;
    for (const auto &r : store.revisions(visit.visitId))
        history.push_back(r.key);
    result.outcome = decide(history, {visit.revision, visit.baseRevision, hash});
    if (result.outcome != Outcome::Duplicate) {
        store.insert(visit, hash, fileName, bytes, now());
        // An earlier revision (history) changes neither the current revision nor the conflict
        // state (decide() would have said conflict), so the derived rows stay as they are.
        if (result.outcome != Outcome::History)
            store.refresh(visit.visitId, &visit, hash);
    }
    // This is an office database (once per run: the setting is the same every time).
    if (!m_roleSet)
        m_db.setSetting(QStringLiteral("role"), QStringLiteral("office"));
    tx.commit();
    m_roleSet = true;
    return result;
}

bool MergeRun::archive(const QString &name)
{
    const QDateTime t = now();
    const QString folder = QStringLiteral("archive/%1/%2")
                               .arg(t.date().year())
                               .arg(t.date().month(), 2, 10, QChar(u'0'));
    // A copy of a file merged before may come back: it goes beside the first under a new name.
    for (int n = 1;; ++n) {
        const QString target =
            n == 1 ? folder + u'/' + name : QStringLiteral("%1/%2.%3").arg(folder, name).arg(n);
        try {
            return m_share.move(QStringLiteral("inbox/") + name, target);
        } catch (const sync::ShareError &e) {
            if (e.kind() != sync::ShareError::Kind::Exists || n > 1000)
                throw;
        }
    }
}

namespace {

QByteArray reasonText(const QString &reason)
{
    return (reason + u'\n').toUtf8();
}

const QString kReasonSuffix = QStringLiteral(".reason.txt");

} // namespace

std::optional<QString> MergeRun::moveToRejected(const QString &name, const QString &reason)
{
    for (int n = 1;; ++n) {
        const QString target = n == 1 ? QStringLiteral("rejected/") + name
                                      : QStringLiteral("rejected/%1.%2").arg(name).arg(n);
        try {
            if (!m_share.move(QStringLiteral("inbox/") + name, target))
                return std::nullopt;
        } catch (const sync::ShareError &e) {
            if (e.kind() != sync::ShareError::Kind::Exists || n > 1000)
                throw;
            continue;
        }
        // The same reason may be there already: finishInterruptedRejections() of a merge
        // running at the same time wrote it (putNew accepts identical bytes).
        m_share.putNew(target + kReasonSuffix, reasonText(reason));
        return target;
    }
}

void MergeRun::finishInterruptedRejections(const QStringList &inbox)
{
    // Plain reads (no write lock): a merge running meanwhile only adds records, and marking one
    // below is its own transaction.
    std::vector<storage::RejectedFile> pending = m_store->pendingRejections(m_share.describe());
    if (pending.empty())
        return;
    const QStringList rejected = m_share.list(QStringLiteral("rejected"));
    QSet<QString> recorded = m_store->rejectedPaths(); // files a record already points at
    for (storage::RejectedFile &record : pending) {
        if (inbox.contains(record.fileName))
            continue; // still to be moved: this run's rejection reuses the record
        for (const QString &candidate : rejected) {
            if (candidate != record.fileName && !candidate.startsWith(record.fileName + u'.'))
                continue;
            if (candidate.endsWith(kReasonSuffix))
                continue;
            const QString path = QStringLiteral("rejected/") + candidate;
            if (recorded.contains(path))
                continue;
            const auto bytes = m_share.read(path);
            if (!bytes || sha256Hex(*bytes) != record.contentHash)
                continue;
            if (!rejected.contains(candidate + kReasonSuffix))
                m_share.putNew(path + kReasonSuffix, reasonText(record.reason));
            storage::Transaction tx(m_db);
            if (!m_store->markRejectedMoved(record.id, path)) {
                record.storedAs = path;
                m_store->addRejected(record);
            }
            tx.commit();
            recorded.insert(path);
            break;
        }
    }
}

MergeRun::Rejection MergeRun::recordRejection(const QString &name, const QByteArray &bytes,
                                              const QString &reason)
{
    Rejection r{{name, reason, now(), m_share.describe(), sha256Hex(bytes), {}}, false};
    storage::Transaction tx(m_db);
    r.record.id = m_store->pendingRejection(r.record);
    r.mine = r.record.id == 0;
    if (r.mine)
        r.record.id = m_store->addRejected(r.record);
    tx.commit();
    return r;
}

bool MergeRun::moveRejected(Rejection &rejection)
{
    const std::optional<QString> storedAs =
        moveToRejected(rejection.record.fileName, rejection.record.reason);
    storage::Transaction tx(m_db);
    if (!storedAs) {
        // The other merge moved it and keeps (or makes) the record.
        if (rejection.mine)
            m_store->removePendingRejection(rejection.record.id);
    } else if (!m_store->markRejectedMoved(rejection.record.id, *storedAs)) {
        // The record was the other merge's, which lost the move and removed it meanwhile.
        rejection.record.storedAs = *storedAs;
        m_store->addRejected(rejection.record);
    }
    tx.commit();
    return storedAs.has_value();
}

void MergeRun::makeDurable()
{
    // The database runs with synchronous=NORMAL: a commit survives the program's crash at once,
    // a power cut only once the write-ahead log is synced. One commit with synchronous=FULL
    // syncs the log, and with it every commit before it (this run's and any other's).
    // The commit must change a byte: SQLite writes nothing for a row rewritten with the same
    // value (as the role was, once this run had set it), and a commit without pages is not
    // synced. The power-cut test (tests/core/durability) found that.
    m_db.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    try {
        storage::Transaction tx(m_db);
        m_db.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('merge-syncs', '1')"
                                 " ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER)"
                                 " + 1"));
        tx.commit();
    } catch (...) {
        m_db.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        throw;
    }
    m_db.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
}

void MergeRun::moveMerged(std::vector<Merged> &batch, MergeReport &report)
{
    if (batch.empty())
        return;
    makeDurable();
    for (Merged &m : batch) {
        const bool moved = m.rejection ? moveRejected(*m.rejection) : archive(m.outcome.file);
        // Not moved: another merge took the file meanwhile, and reports it.
        if (moved)
            report.files.push_back(std::move(m.outcome));
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
    static const QRegularExpression copySuffix(QStringLiteral("\\.\\d+$"));
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
    std::future<MergeRun::Validated> validated;
};

} // namespace

MergeReport MergeRun::run(const Progress &progress)
{
    MergeReport report;
    // A damaged database takes no files: merged into it they would leave the inbox for good.
    m_db.checkIntegrity();
    const QStringList names = ordered(m_share.list(QStringLiteral("inbox")));
    const CheckpointBatch checkpoints(m_db);
    finishInterruptedRejections(names);
    // Reading, parsing, validating and hashing the next file (on a second thread) overlaps
    // storing this one; the share is only used from this thread (a WebDAV share's network
    // access must stay on one thread). A large file is not read ahead, so at most one large
    // file is in memory.
    constexpr qsizetype kReadAheadBytes = 8 * 1024 * 1024;
    const auto readFrom = [&](int from) {
        InFlight next;
        for (int i = from; i < int(names.size()); ++i) {
            auto bytes = m_share.read(QStringLiteral("inbox/") + names.at(i));
            if (!bytes)
                continue; // another merge took it
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
    InFlight current = readFrom(0);
    while (current.index >= 0) {
        const QString &name = names.at(current.index);
        if (progress && !progress(current.index, int(names.size()), name)) {
            report.cancelled = true;
            break;
        }
        const Validated validated = current.validated.get();
        const bool readAhead = current.bytes.size() <= kReadAheadBytes;
        InFlight next;
        if (readAhead)
            next = readFrom(current.index + 1);
        Merged m{store(name, current.bytes, validated), std::nullopt};
        if (m.outcome.outcome == Outcome::Rejected)
            m.rejection = recordRejection(name, current.bytes, m.outcome.reason);
        batch.push_back(std::move(m));
        if (batch.size() >= kBatch)
            moveMerged(batch, report);
        current = readAhead ? std::move(next) : readFrom(current.index + 1);
    }
    // Also when cancelled: every file is then either merged and moved, or untouched.
    moveMerged(batch, report);
    if (progress && !report.cancelled)
        progress(int(names.size()), int(names.size()), QString());
    return report;
}

} // namespace tillsyn::merge
