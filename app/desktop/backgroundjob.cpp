#include "backgroundjob.h"

#include "storage/database.h"
#include "storage/officerepository.h"
#include "util/error.h"

#include <QThread>

namespace tillsyn::desktop {

BackgroundJob::BackgroundJob(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{}

BackgroundJob::~BackgroundJob()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
}

bool BackgroundJob::start(Work work)
{
    return run([work = std::move(work), path = m_databasePath](const Progress &progress) {
        storage::Database db(path);
        return work(db, progress);
    });
}

bool BackgroundJob::run(std::function<QVariant(const Progress &)> work)
{
    if (m_thread)
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    m_thread = QThread::create([this, work = std::move(work), cancel] {
        QVariant result;
        QString error;
        try {
            result = work([this, cancel](int done, int total, const QString &what) {
                emit progress(done, total, what);
                return !cancel->load();
            });
        } catch (const Error &e) {
            error = e.message();
        }
        QMetaObject::invokeMethod(
            this,
            [this, result, error] {
                m_thread->wait();
                m_thread->deleteLater();
                m_thread = nullptr;
                emit finished(result, error);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

bool BackgroundJob::startOffice(OfficeWork work)
{
    return run([work = std::move(work), locator = m_databasePath](const Progress &progress) {
        const auto office = storage::OfficeRepository::open(locator);
        return work(*office, progress);
    });
}

void BackgroundJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace tillsyn::desktop
