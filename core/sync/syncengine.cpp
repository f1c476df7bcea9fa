#include "syncengine.h"

#include "field/visitlifecycle.h"
#include "reference/checklistsfile.h"
#include "reference/facilitiesfile.h"
#include "reference/followupsfile.h"
#include "reference/keystore.h"
#include "share.h"
#include "shareerror.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/facilitystore.h"
#include "storage/followupstore.h"
#include "storage/outboxstore.h"
#include "json/strictjson.h"

#include <QCoreApplication>

#include <algorithm>

namespace tillsyn::sync {

using Outcome = VisitSyncResult::Outcome;

namespace {
const QString kFacilities = QStringLiteral("reference/facilities.json");
const QString kChecklists = QStringLiteral("reference/checklists.json");
const QString kFollowUps = QStringLiteral("reference/followups.json");

// Errors that say the share as a whole is unusable right now: trying the next visit would only
// wait for the same answer.
bool isShareWide(const ShareError &e)
{
    using K = ShareError::Kind;
    return e.kind() == K::Offline || e.kind() == K::Timeout || e.kind() == K::Unauthorized ||
           e.kind() == K::Tls || e.kind() == K::Cancelled;
}
} // namespace

int SyncReport::count(VisitSyncResult::Outcome outcome) const
{
    return int(std::count_if(visits.begin(), visits.end(),
                             [&](const VisitSyncResult &v) { return v.outcome == outcome; }));
}

QString toString(VisitSyncResult::Outcome outcome)
{
    switch (outcome) {
    case Outcome::Sent:
        return QStringLiteral("sent");
    case Outcome::AlreadySent:
        return QStringLiteral("already_sent");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QString toString(ReferenceResult::Outcome outcome)
{
    switch (outcome) {
    case ReferenceResult::Outcome::Updated:
        return QStringLiteral("updated");
    case ReferenceResult::Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case ReferenceResult::Outcome::Missing:
        return QStringLiteral("missing");
    case ReferenceResult::Outcome::Failed:
        return QStringLiteral("failed");
    case ReferenceResult::Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QString displayName(VisitSyncResult::Outcome outcome)
{
    switch (outcome) {
    case Outcome::Sent:
        return QCoreApplication::translate("tillsyn::sync", "sent");
    case Outcome::AlreadySent:
        return QCoreApplication::translate("tillsyn::sync", "already on the share");
    case Outcome::Failed:
        return QCoreApplication::translate("tillsyn::sync", "failed");
    case Outcome::Skipped:
        return QCoreApplication::translate("tillsyn::sync", "skipped");
    }
    return {};
}

QString displayName(ReferenceResult::Outcome outcome)
{
    switch (outcome) {
    case ReferenceResult::Outcome::Updated:
        return QCoreApplication::translate("tillsyn::sync", "updated");
    case ReferenceResult::Outcome::Unchanged:
        return QCoreApplication::translate("tillsyn::sync", "unchanged");
    case ReferenceResult::Outcome::Missing:
        return QCoreApplication::translate("tillsyn::sync", "missing");
    case ReferenceResult::Outcome::Failed:
        return QCoreApplication::translate("tillsyn::sync", "failed");
    case ReferenceResult::Outcome::Skipped:
        return QCoreApplication::translate("tillsyn::sync", "skipped");
    }
    return {};
}

SyncEngine::SyncEngine(storage::Database &db, Share &share)
    : m_db(db)
    , m_share(share)
{}

SyncReport SyncEngine::run(const Progress &progress)
{
    SyncReport report;
    try {
        m_trusted = reference::KeyStore(m_db).trusted();
    } catch (const Error &e) {
        m_trustError = e.message(); // never "no key trusted" because a stored key is damaged
    }
    report.trustedKeys = int(m_trusted.size());
    // Revisions finished before the outbox existed get their files now.
    field::VisitLifecycle(m_db).writeMissingVisitFiles();
    const auto pending = storage::OutboxStore(m_db).pending(false);
    const int total = int(pending.size()) + 3;
    push(report, pending, progress, total);
    if (report.cancelled)
        return report;
    const int done = int(report.visits.size());
    if (progress && !progress(done, total, tr("Fetching facilities"))) {
        report.cancelled = true;
        return report;
    }
    report.reference.push_back(pull(kFacilities, [this](const QByteArray &bytes, auto &result) {
        applyFacilities(bytes, result);
    }));
    if (progress && !progress(done + 1, total, tr("Fetching checklists"))) {
        report.cancelled = true;
        return report;
    }
    report.reference.push_back(pull(kChecklists, [this](const QByteArray &bytes, auto &result) {
        applyChecklists(bytes, result);
    }));
    if (progress && !progress(done + 2, total, tr("Fetching open deviations"))) {
        report.cancelled = true;
        return report;
    }
    report.reference.push_back(pull(kFollowUps, [this](const QByteArray &bytes, auto &result) {
        applyFollowUps(bytes, result);
    }));
    if (progress)
        progress(total, total, tr("Done"));
    return report;
}

void SyncEngine::push(SyncReport &report, const std::vector<storage::OutboxEntry> &pending,
                      const Progress &progress, int total)
{
    storage::OutboxStore outbox(m_db);
    QString shareWideError;
    for (size_t i = 0; i < pending.size(); ++i) {
        const auto &entry = pending[i];
        VisitSyncResult result{entry.visitId, entry.revision, entry.fileName, Outcome::Failed, {}};
        if (progress && !progress(int(i), total, tr("Sending %1").arg(entry.fileName))) {
            report.cancelled = true;
            return;
        }
        if (!shareWideError.isEmpty()) {
            result.outcome = Outcome::Skipped;
            result.reason = shareWideError;
            report.visits.push_back(result);
            continue;
        }
        const QByteArray bytes = outbox.find(entry.visitId, entry.revision)->bytes;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        try {
            const auto put = m_share.putNew(QStringLiteral("inbox/") + entry.fileName, bytes);
            result.outcome =
                put == Share::PutResult::Created ? Outcome::Sent : Outcome::AlreadySent;
            outbox.markSent(entry.visitId, entry.revision, now, m_share.describe());
        } catch (const ShareError &e) {
            result.reason = e.message();
            outbox.markFailed(entry.visitId, entry.revision, now, e.message());
            if (isShareWide(e))
                shareWideError = e.message();
        }
        report.visits.push_back(result);
    }
}

std::optional<QByteArray> SyncEngine::changed(const QString &path, ReferenceResult &result,
                                              QString *tag)
{
    const auto version = m_share.version(path);
    if (!version) {
        result.outcome = ReferenceResult::Outcome::Missing;
        return std::nullopt;
    }
    *tag = version->tag;
    // A file taken unchecked (or checked with a key no longer trusted) is checked again once
    // the laptop requires signatures, even though it did not change.
    const QString signedBy = m_db.setting(versionKey(path) + QStringLiteral("/signedBy"));
    const bool checkedEnough =
        m_trusted.empty() || std::any_of(m_trusted.begin(), m_trusted.end(),
                                         [&](const auto &k) { return k.keyId() == signedBy; });
    if (!tag->isEmpty() && checkedEnough && m_db.setting(versionKey(path)) == *tag) {
        result.outcome = ReferenceResult::Outcome::Unchanged;
        return std::nullopt;
    }
    auto bytes = m_share.read(path);
    if (!bytes)
        result.outcome = ReferenceResult::Outcome::Missing;
    return bytes;
}

QString SyncEngine::versionKey(const QString &path) const
{
    return QStringLiteral("sync/%1/%2").arg(m_share.describe(), path);
}

ReferenceResult
SyncEngine::pull(const QString &path,
                 const std::function<void(const QByteArray &, ReferenceResult &)> &apply)
{
    ReferenceResult result{path, ReferenceResult::Outcome::Failed, {}, 0, 0, 0, {}};
    try {
        QString tag;
        const auto bytes = changed(path, result, &tag);
        if (!bytes)
            return result;
        if (!m_trustError.isEmpty())
            throw Error(m_trustError);
        // Checked before anything is stored. A refused file is not remembered as seen, so the
        // next sync reads it again: a file caught between its publish and its signature's is
        // taken then.
        QString publishedAt;
        if (!m_trusted.empty()) {
            result.signedBy = verify(path, *bytes);
            publishedAt = refuseReplay(path, *bytes);
        }
        storage::Transaction tx(m_db);
        apply(*bytes, result);
        m_db.setSetting(versionKey(path), tag);
        m_db.setSetting(versionKey(path) + QStringLiteral("/signedBy"), result.signedBy);
        if (!publishedAt.isEmpty())
            m_db.setSetting(versionKey(path) + QStringLiteral("/publishedAt"), publishedAt);
        tx.commit();
        result.outcome = ReferenceResult::Outcome::Updated;
    } catch (const Error &e) {
        result.outcome = ReferenceResult::Outcome::Failed;
        result.reason = e.message();
    }
    return result;
}

QString SyncEngine::verify(const QString &path, const QByteArray &bytes)
{
    const QString signaturePath = path + QStringLiteral(".sig");
    std::optional<QByteArray> signature;
    try {
        signature = m_share.read(signaturePath);
    } catch (const ShareError &e) {
        if (e.kind() != ShareError::Kind::TooLarge)
            throw;
        throw Error(tr("%1 was refused: %2 is not a signature (too large). This laptop takes "
                       "reference data only when signed by an office key it trusts.")
                        .arg(path, signaturePath));
    }
    if (!signature)
        throw Error(tr("%1 was refused: it has no signature (%2 is missing). This laptop takes "
                       "reference data only when signed by an office key it trusts.")
                        .arg(path, signaturePath));
    try {
        return reference::SignatureFile::verify(bytes, path, *signature, signaturePath, m_trusted)
            .keyId();
    } catch (const Error &e) {
        throw Error(tr("%1 was refused, nothing was changed: %2").arg(path, e.message()));
    }
}

QString SyncEngine::refuseReplay(const QString &path, const QByteArray &bytes)
{
    // An old file keeps its valid signature: someone who can write to the share could put back
    // last month's facilities.json with its .sig. A signed file older than the one taken is
    // refused. (Files that fail to parse here fail in apply() with the full reason.)
    QString publishedAt;
    try {
        publishedAt = json::StrictJson::parseObject(bytes, path)
                          .value(QStringLiteral("publishedAt"))
                          .toString();
    } catch (const Error &) {
        return {};
    }
    const QDateTime at = QDateTime::fromString(publishedAt, Qt::ISODate);
    const QString taken = m_db.setting(versionKey(path) + QStringLiteral("/publishedAt"));
    const QDateTime takenAt = QDateTime::fromString(taken, Qt::ISODate);
    if (!at.isValid())
        return {};
    if (takenAt.isValid() && at < takenAt)
        throw Error(tr("%1 was refused, nothing was changed: it was published at %2, before the "
                       "file this computer already has (published at %3). An older file put "
                       "back on the share is not taken again.")
                        .arg(path, publishedAt, taken));
    return publishedAt;
}

void SyncEngine::applyFacilities(const QByteArray &bytes, ReferenceResult &result)
{
    // Validated completely before anything is stored; a bad file leaves the old data.
    const auto facilities =
        reference::FacilitiesFile::read(bytes, QStringLiteral("facilities.json"), true);
    storage::FacilityStore store(m_db);
    const auto counts = store.upsert(facilities);
    result.added = counts.added;
    result.updated = counts.updated;
    // Facilities the office no longer publishes are hidden, not deleted: visits refer to them.
    result.deactivated = store.deactivateAllBut(facilities);
}

void SyncEngine::applyChecklists(const QByteArray &bytes, ReferenceResult &result)
{
    const auto checklists =
        reference::ChecklistsFile::read(bytes, QStringLiteral("checklists.json"));
    // New versions are added; drafts in progress keep the version they started with.
    result.added =
        storage::ChecklistStore(m_db).import(checklists, QStringLiteral("checklists.json")).added;
}

void SyncEngine::applyFollowUps(const QByteArray &bytes, ReferenceResult &result)
{
    // The whole list replaces the last one: a deviation the office closed leaves it.
    const auto content = reference::FollowUpsFile::read(bytes, QStringLiteral("followups.json"));
    storage::FollowUpStore(m_db).replacePublished(content.openDeviations, content.publishedAt);
    result.added = int(content.openDeviations.size());
}

} // namespace tillsyn::sync
