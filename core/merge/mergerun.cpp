#include "mergerun.h"

#include "storage/database.h"
#include "storage/officestore.h"
#include "sync/share.h"
#include "sync/shareerror.h"
#include "util/error.h"
#include "visitfile/visitfilereader.h"

#include <QRegularExpression>

#include <algorithm>

namespace tillsyn::merge {

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

bool MergeRun::reject(const QString &name, const QString &reason)
{
    const QByteArray text = (reason + u'\n').toUtf8();
    for (int n = 1;; ++n) {
        const QString target = n == 1 ? QStringLiteral("rejected/") + name
                                      : QStringLiteral("rejected/%1.%2").arg(name).arg(n);
        try {
            if (!m_share.move(QStringLiteral("inbox/") + name, target))
                return false;
            m_share.putNew(target + QStringLiteral(".reason.txt"), text);
            return true;
        } catch (const sync::ShareError &e) {
            if (e.kind() != sync::ShareError::Kind::Exists || n > 1000)
                throw;
        }
    }
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
            storage::Transaction tx(m_db);
            m_store->addRejected({name, outcome.reason, now(), m_share.describe()});
            tx.commit();
            if (!reject(name, outcome.reason))
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
