#pragma once

#include "sync/sharelocation.h"
#include "sync/syncengine.h"

#include <QObject>

class QTimer;

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::desktop {

class BackgroundJob;

// Runs the sync in a worker thread with its own database connection (SQLite's WAL lets the GUI
// keep working), reports progress, can be cancelled (each visit is then either sent or still
// waiting), and syncs by itself when there is something waiting and the share is reachable.
class SyncController : public QObject
{
    Q_OBJECT

public:
    // `db` is the GUI thread's connection (for the waiting count); the sync itself runs on its
    // own connection to the same file.
    SyncController(storage::Database &db, QObject *parent = nullptr);
    ~SyncController() override;

    bool isRunning() const;
    // Starts a sync with these credentials; false when one is already running.
    bool start(const sync::ShareLocation &location);
    void cancel();
    // Turns the automatic sync on (checks every `intervalMs` for something to send).
    void setAutomatic(bool on, int intervalMs = 60 * 1000);

signals:
    void progress(int done, int total, const QString &what);
    void finished(const tillsyn::sync::SyncReport &report, const QString &error);
    // Asks the owner to start an automatic sync (it knows the credentials).
    void automaticSyncDue();

private:
    void checkAutomatic();

    storage::Database &m_db;
    BackgroundJob *m_job;
    QTimer *m_timer;
};

} // namespace tillsyn::desktop

Q_DECLARE_METATYPE(tillsyn::sync::SyncReport)
