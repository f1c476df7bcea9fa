#include "credentialstore.h"

#include "sync/syncsettings.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QHash>

namespace tillsyn::desktop {

namespace {
const QString kService = QStringLiteral("Tillsyn share");

QHash<QString, QString> &sessionSecrets()
{
    static QHash<QString, QString> secrets;
    return secrets;
}

// QtKeychain jobs are asynchronous; the callers here want an answer now.
template <typename Job> void runJob(Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}
} // namespace

QString CredentialStore::account(const QString &user, const QString &location)
{
    return user + u'@' + location;
}

std::optional<QString> CredentialStore::read(const QString &account)
{
    if (const auto it = sessionSecrets().constFind(account); it != sessionSecrets().constEnd())
        return *it;
    QKeychain::ReadPasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(account);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return std::nullopt;
    sessionSecrets().insert(account, job.textData());
    return job.textData();
}

bool CredentialStore::write(const QString &account, const QString &secret)
{
    remember(account, secret);
    QKeychain::WritePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(account);
    job.setTextData(secret);
    runJob(job);
    return job.error() == QKeychain::NoError;
}

void CredentialStore::remove(const QString &account)
{
    sessionSecrets().remove(account);
    QKeychain::DeletePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(account);
    runJob(job);
}

sync::ShareLocation CredentialStore::locationWithCredentials(const QString &location,
                                                             bool *passwordKnown)
{
    sync::ShareLocation share;
    share.location = location.trimmed();
    bool known = true;
    if (share.isWebDav()) {
        const sync::SyncSettings settings = sync::SyncSettings::load();
        share.credentials.user = settings.user;
        share.caFile = settings.caFile;
        if (!settings.user.isEmpty()) {
            const auto password = read(account(settings.user, share.location));
            known = password.has_value();
            share.credentials.password = password.value_or(QString());
        }
    }
    if (passwordKnown)
        *passwordKnown = known;
    return share;
}

void CredentialStore::remember(const QString &account, const QString &secret)
{
    sessionSecrets().insert(account, secret);
}

} // namespace tillsyn::desktop
