#pragma once

#include <QObject>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace tillsyn::storage {
class Database;
class OfficeRepository;
}

namespace tillsyn::desktop {

// Runs one long piece of work (a merge, a sync) in a worker thread with its own database
// connection, with progress and cancel. The work gets the connection and a progress function that
// returns false once cancelled; what it returns arrives in finished().
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    using Progress = std::function<bool(int done, int total, const QString &what)>;
    using Work = std::function<QVariant(storage::Database &db, const Progress &progress)>;
    using OfficeWork =
        std::function<QVariant(storage::OfficeRepository &office, const Progress &progress)>;

    BackgroundJob(QString databasePath, QObject *parent = nullptr);
    ~BackgroundJob() override;

    bool isRunning() const { return m_thread != nullptr; }
    bool start(Work work);
    // The same on the office database the path names, or a PostgreSQL locator: the worker opens
    // its own repository (OfficeRepository::open()).
    bool startOffice(OfficeWork work);
    void cancel();

signals:
    void progress(int done, int total, const QString &what);
    void finished(const QVariant &result, const QString &error);

private:
    bool run(std::function<QVariant(const Progress &)> work);

    QString m_databasePath;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread *m_thread = nullptr;
};

} // namespace tillsyn::desktop
