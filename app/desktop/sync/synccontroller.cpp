#include "synccontroller.h"

#include "storage/database.h"
#include "storage/outboxstore.h"
#include "sync/share.h"
#include "sync/syncsettings.h"
#include "util/error.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

namespace tillsyn::desktop {

SyncController::SyncController(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<tillsyn::sync::SyncReport>("tillsyn::sync::SyncReport");
    connect(m_timer, &QTimer::timeout, this, &SyncController::checkAutomatic);
}

SyncController::~SyncController()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
}

void SyncController::setAutomatic(bool on, int intervalMs)
{
    if (on)
        m_timer->start(intervalMs);
    else
        m_timer->stop();
}

void SyncController::checkAutomatic()
{
    const sync::SyncSettings settings = sync::SyncSettings::load();
    if (m_running || !settings.isConfigured() || !settings.autoSync)
        return;
    try {
        storage::Database db(m_databasePath);
        if (storage::OutboxStore(db).pendingCount() == 0)
            return;
    } catch (const Error &) {
        return;
    }
    // A folder share that is not mounted is not worth a try; a server is tried, cheaply.
    const sync::ShareLocation location{settings.location, {}, {}, 10000};
    if (!location.isWebDav() && !QFileInfo(settings.location).isDir())
        return;
    emit automaticSyncDue();
}

bool SyncController::start(const sync::ShareLocation &location)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    const QString dbPath = m_databasePath;
    m_thread = QThread::create([this, location, cancel, dbPath] {
        sync::SyncReport report;
        QString error;
        try {
            storage::Database db(dbPath);
            const auto share = location.open();
            report = sync::SyncEngine(db, *share)
                         .run([this, cancel](int done, int total, const QString &what) {
                             emit progress(done, total, what);
                             return !cancel->load();
                         });
        } catch (const Error &e) {
            error = e.message();
        }
        QMetaObject::invokeMethod(
            this,
            [this, report, error] {
                m_thread->wait();
                m_thread->deleteLater();
                m_thread = nullptr;
                m_running = false;
                emit finished(report, error);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

void SyncController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace tillsyn::desktop
