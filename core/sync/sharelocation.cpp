#include "sharelocation.h"

#include "foldershare.h"
#include "shareerror.h"

#include <QUrl>

namespace tillsyn::sync {

bool ShareLocation::isWebDav() const
{
    return location.startsWith(u"http://", Qt::CaseInsensitive) ||
           location.startsWith(u"https://", Qt::CaseInsensitive);
}

QString ShareLocation::withoutCredentials(const QString &location)
{
    // Everything between "://" and the last '@' may be a user and password, even in a string
    // that is no valid URL (where QUrl cannot be trusted to find the user info).
    const qsizetype start = location.indexOf(QStringLiteral("://"));
    const qsizetype at = location.lastIndexOf(u'@');
    if (start < 0 || at < start + 3)
        return location;
    return location.left(start + 3) + QStringLiteral("***") + location.mid(at);
}

std::unique_ptr<Share> ShareLocation::open() const
{
    if (!isWebDav())
        return std::make_unique<FolderShare>(location);
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        throw ShareError(ShareError::Kind::Other,
                         tr("\"%1\" is not a valid address").arg(withoutCredentials(location)));
    Credentials credentials = this->credentials;
    if (credentials.user.isEmpty() && !url.userName().isEmpty())
        credentials.user = url.userName();
    return std::make_unique<WebDavShare>(url, credentials,
                                         caFile.isEmpty() ? QList<QSslCertificate>()
                                                          : WebDavShare::loadCaFile(caFile),
                                         nullptr, timeoutMs);
}

} // namespace tillsyn::sync
