#include "synccontroller.h"

#include "backgroundjob.h"

#include "storage/database.h"
#include "storage/outboxstore.h"
#include "sync/share.h"
#include "sync/syncsettings.h"
#include "util/error.h"

#include <QFileInfo>
#include <QTimer>

namespace tillsyn::desktop {

SyncController::SyncController(storage::Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_job(new BackgroundJob(db.path(), this))
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<tillsyn::sync::SyncReport>("tillsyn::sync::SyncReport");
    connect(m_timer, &QTimer::timeout, this, &SyncController::checkAutomatic);
    connect(m_job, &BackgroundJob::progress, this, &SyncController::progress);
    connect(m_job, &BackgroundJob::finished, this,
            [this](const QVariant &result, const QString &error) {
                emit finished(result.value<sync::SyncReport>(), error);
            });
}

SyncController::~SyncController() = default;

bool SyncController::isRunning() const
{
    return m_job->isRunning();
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
    if (isRunning() || !settings.isConfigured() || !settings.autoSync)
        return;
    try {
        if (storage::OutboxStore(m_db).pendingCount() == 0)
            return;
    } catch (const Error &) {
        return;
    }
    // A folder share that is not mounted is not worth a try; a server is tried, cheaply.
    const sync::ShareLocation location{settings.location, {}, {}};
    if (!location.isWebDav() && !QFileInfo(settings.location).isDir())
        return;
    emit automaticSyncDue();
}

bool SyncController::start(const sync::ShareLocation &location)
{
    return m_job->start([location](storage::Database &db, const BackgroundJob::Progress &progress) {
        const auto share = location.open();
        return QVariant::fromValue(sync::SyncEngine(db, *share).run(progress));
    });
}

void SyncController::cancel()
{
    m_job->cancel();
}

} // namespace tillsyn::desktop
