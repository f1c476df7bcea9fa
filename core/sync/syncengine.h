#pragma once

#include <QCoreApplication>
#include <QString>

#include "reference/signature.h"

#include <functional>
#include <vector>

namespace tillsyn::storage {
class Database;
struct OutboxEntry;
} // namespace tillsyn::storage

namespace tillsyn::sync {

class Share;

struct VisitSyncResult
{
    enum class Outcome { Sent, AlreadySent, Failed, Skipped };
    QString visitId;
    int revision = 0;
    QString fileName;
    Outcome outcome = Outcome::Failed;
    QString reason;
};

struct ReferenceResult
{
    enum class Outcome { Updated, Unchanged, Missing, Failed, Skipped };
    QString fileName;
    Outcome outcome = Outcome::Skipped;
    QString reason;
    int added = 0;
    int updated = 0;
    int deactivated = 0;
    QString signedBy; // keyId of the trusted key whose signature was checked; empty: none was
};

struct SyncReport
{
    std::vector<VisitSyncResult> visits;
    std::vector<ReferenceResult> reference;
    bool cancelled = false;
    // Office keys this laptop trusts. 0: reference data is taken without checking signatures,
    // as before signing existed, and the result says so.
    int trustedKeys = 0;
    int count(VisitSyncResult::Outcome outcome) const;
};

QString toString(VisitSyncResult::Outcome outcome);
QString toString(ReferenceResult::Outcome outcome);
// The outcomes in words for people (translated), for text output; the tokens above are for JSON.
QString displayName(VisitSyncResult::Outcome outcome);
QString displayName(ReferenceResult::Outcome outcome);

// The laptop's sync against one share: pushes every unsent finished revision (each marked sent
// only after the share confirmed it; one failing does not stop the others) and pulls the
// reference data (validated completely, applied in one transaction, skipped when unchanged).
// A laptop that trusts an office key takes a reference file only with a valid signature by a
// trusted key beside it (NAME.json.sig); otherwise the file is refused whole.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::sync::SyncEngine)

public:
    // Called before each step with (done, total, what); returning false cancels what is left.
    using Progress = std::function<bool(int done, int total, const QString &what)>;

    SyncEngine(storage::Database &db, Share &share);
    SyncReport run(const Progress &progress = {});

private:
    void push(SyncReport &report, const std::vector<storage::OutboxEntry> &pending,
              const Progress &progress, int total);
    // Pulls one reference file when it changed since the last pull: `apply` stores it (and fills
    // in the counts) in one transaction with the remembered version; a bad file changes nothing.
    ReferenceResult pull(const QString &path,
                         const std::function<void(const QByteArray &, ReferenceResult &)> &apply);
    void applyFacilities(const QByteArray &bytes, ReferenceResult &result);
    void applyChecklists(const QByteArray &bytes, ReferenceResult &result);
    void applyFollowUps(const QByteArray &bytes, ReferenceResult &result);
    // The file's bytes when it changed since the last pull (nullopt: unchanged or missing).
    std::optional<QByteArray> changed(const QString &path, ReferenceResult &result, QString *tag);
    // The setting that remembers the version of `path` last pulled from this share.
    QString versionKey(const QString &path) const;
    // Throws unless `path`'s signature file holds a valid signature of `bytes` by a trusted key;
    // returns that key's id.
    QString verify(const QString &path, const QByteArray &bytes);
    // Throws when the signed file was published before the one last taken (a replay); returns
    // its publishedAt to remember.
    QString refuseReplay(const QString &path, const QByteArray &bytes);

    storage::Database &m_db;
    Share &m_share;
    std::vector<reference::PublicKey> m_trusted;
    QString m_trustError; // the trusted keys cannot be read: no reference file is taken
};

} // namespace tillsyn::sync
