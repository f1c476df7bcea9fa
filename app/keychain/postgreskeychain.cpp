#include "postgreskeychain.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QMutexLocker>
#include <QThread>

namespace tillsyn::keychain {

namespace {

// QtKeychain jobs are asynchronous; the callers here want an answer now.
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

bool onApplicationThread()
{
    return QCoreApplication::instance() &&
           QThread::currentThread() == QCoreApplication::instance()->thread();
}

} // namespace

PostgresKeychain::Answer PostgresKeychain::password(const storage::PostgresLocator &locator)
{
    const QString key = storage::PostgresPasswords::key(locator);
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_session.constFind(key); it != m_session.constEnd())
            return {*it, {}};
    }
    if (!onApplicationThread())
        return {};
    const ReadResult r = read(key);
    if (!r.problem.isEmpty())
        return {std::nullopt, unavailableNote(r.problem)};
    if (r.password) {
        QMutexLocker lock(&m_mutex);
        m_session.insert(key, *r.password);
    }
    return {r.password, {}};
}

void PostgresKeychain::remember(const storage::PostgresLocator &locator, const QString &password)
{
    QMutexLocker lock(&m_mutex);
    m_session.insert(storage::PostgresPasswords::key(locator), password);
}

void PostgresKeychain::forget(const storage::PostgresLocator &locator)
{
    QMutexLocker lock(&m_mutex);
    m_session.remove(storage::PostgresPasswords::key(locator));
}

PostgresKeychain::ReadResult PostgresKeychain::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(service());
    job.setKey(key);
    runJob(job);
    if (job.error() == QKeychain::NoError)
        return {job.textData(), {}};
    if (job.error() == QKeychain::EntryNotFound)
        return {};
    return {std::nullopt,
            job.errorString().isEmpty() ? tr("no keychain service answered") : job.errorString()};
}

bool PostgresKeychain::store(const QString &key, const QString &password, QString *problem)
{
    QKeychain::WritePasswordJob job(service());
    job.setKey(key);
    job.setTextData(password);
    runJob(job);
    if (job.error() == QKeychain::NoError)
        return true;
    if (problem)
        *problem =
            job.errorString().isEmpty() ? tr("no keychain service answered") : job.errorString();
    return false;
}

void PostgresKeychain::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(service());
    job.setKey(key);
    runJob(job);
}

QString PostgresKeychain::unavailableNote(const QString &problem)
{
    return tr("the system keychain is unavailable: %1; the password can come from PGPASSWORD or "
              "~/.pgpass")
        .arg(problem);
}

} // namespace tillsyn::keychain
