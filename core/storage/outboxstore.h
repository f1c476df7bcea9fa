#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

#include <vector>

namespace tillsyn::storage {

class Database;

struct OutboxEntry
{
    QString visitId;
    int revision = 0;
    QString fileName;
    QByteArray bytes; // empty when listed without bytes
    QDateTime createdAt;
    QDateTime sentAt; // invalid while waiting
    QString sentTo;
    int attempts = 0;
    QString lastError;
};

// Finished revisions' visit files waiting for, or confirmed by, the share. Callers hold the
// transaction where one is needed.
class OutboxStore
{
public:
    explicit OutboxStore(Database &db)
        : m_db(db)
    {}

    void add(const QString &visitId, int revision, const QString &fileName, const QByteArray &bytes,
             const QDateTime &createdAt);
    std::optional<OutboxEntry> find(const QString &visitId, int revision, bool withBytes = true);
    std::vector<OutboxEntry> pending(bool withBytes = true);
    std::vector<OutboxEntry> all();
    int pendingCount();
    void markSent(const QString &visitId, int revision, const QDateTime &when, const QString &to);
    void markFailed(const QString &visitId, int revision, const QDateTime &when,
                    const QString &error);
    // Finished revisions that have no visit file yet (databases from before the outbox).
    std::vector<std::pair<QString, int>> finishedWithoutFile();

private:
    std::vector<OutboxEntry> select(const QString &where, bool withBytes,
                                    const QVariantList &binds = {});
    Database &m_db;
};

} // namespace tillsyn::storage
