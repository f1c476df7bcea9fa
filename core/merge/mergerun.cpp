#include "mergerun.h"

#include "storage/database.h"
#include "storage/officestore.h"
#include "sync/share.h"
#include "sync/shareerror.h"
#include "util/error.h"
#include "visitfile/visitfilereader.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

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
{}

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

FileOutcome MergeRun::mergeBytes(const QString &fileName, const QByteArray &bytes)
{
    FileOutcome result{fileName, Outcome::Rejected, {}, 0, {}};
    domain::Visit visit;
    QByteArray canonical;
    try {
        visit = visitfile::VisitFileReader::read(bytes, fileName, &canonical);
    } catch (const Error &e) {
        result.reason = e.message();
        return result;
    }
    result.visitId = visit.visitId;
    result.revision = visit.revision;
    const QString hash = visitfile::VisitFileReader::sha256Hex(canonical);
    canonical.clear();

    storage::Transaction tx(m_db);
    storage::OfficeStore &store = *m_store;
    std::vector<StoredRevision> history;
    for (const auto &r : store.revisions(visit.visitId))
        history.push_back(r.key);
    result.outcome = decide(history, {visit.revision, visit.baseRevision, hash});
    if (result.outcome != Outcome::Duplicate) {
        store.insert(visit, hash, fileName, bytes, now());
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
    std::vector<storage::RejectedFile> pending;
    {
        storage::Transaction tx(m_db);
        pending = m_store->pendingRejections(m_share.describe());
        tx.commit();
    }
    if (pending.empty())
        return;
    const QStringList rejected = m_share.list(QStringLiteral("rejected"));
    QSet<QString> recorded; // files another record already points at
    {
        storage::Transaction tx(m_db);
        for (const storage::RejectedFile &r : m_store->rejected())
            recorded.insert(r.storedAs);
        tx.commit();
    }
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
            if (!bytes || visitfile::VisitFileReader::sha256Hex(*bytes) != record.contentHash)
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

bool MergeRun::rejectFile(const QString &name, const QByteArray &bytes, const QString &reason)
{
    storage::RejectedFile record{
        name, reason, now(), m_share.describe(), visitfile::VisitFileReader::sha256Hex(bytes), {}};
    qint64 id = 0;
    bool mine = false;
    {
        storage::Transaction tx(m_db);
        id = m_store->pendingRejection(record);
        mine = id == 0;
        if (mine)
            id = m_store->addRejected(record);
        tx.commit();
    }
    const std::optional<QString> storedAs = moveToRejected(name, reason);
    storage::Transaction tx(m_db);
    if (!storedAs) {
        // The other merge moved it and keeps (or makes) the record.
        if (mine)
            m_store->removePendingRejection(id);
    } else if (!m_store->markRejectedMoved(id, *storedAs)) {
        // The record was the other merge's, which lost the move and removed it meanwhile.
        record.storedAs = *storedAs;
        m_store->addRejected(record);
    }
    tx.commit();
    return storedAs.has_value();
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

MergeReport MergeRun::run(const Progress &progress)
{
    MergeReport report;
    const QStringList names = ordered(m_share.list(QStringLiteral("inbox")));
    const CheckpointBatch checkpoints(m_db);
    finishInterruptedRejections(names);
    for (int i = 0; i < int(names.size()); ++i) {
        const QString &name = names.at(i);
        if (progress && !progress(i, int(names.size()), name)) {
            report.cancelled = true;
            break;
        }
        const auto bytes = m_share.read(QStringLiteral("inbox/") + name);
        if (!bytes)
            continue; // another merge took it
        FileOutcome outcome = mergeBytes(name, *bytes);
        if (outcome.outcome == Outcome::Rejected) {
            if (!rejectFile(name, *bytes, outcome.reason))
                continue;
        } else if (!archive(name)) {
            continue;
        }
        report.files.push_back(std::move(outcome));
    }
    if (progress && !report.cancelled)
        progress(int(names.size()), int(names.size()), QString());
    return report;
}

} // namespace tillsyn::merge
