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

std::unique_ptr<Share> ShareLocation::open() const
{
    if (!isWebDav())
        return std::make_unique<FolderShare>(location);
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        throw ShareError(ShareError::Kind::Other,
                         tr("\"%1\" is not a valid address").arg(location));
    Credentials credentials = this->credentials;
    if (credentials.user.isEmpty() && !url.userName().isEmpty())
        credentials.user = url.userName();
    return std::make_unique<WebDavShare>(url, credentials,
                                         caFile.isEmpty() ? QList<QSslCertificate>()
                                                          : WebDavShare::loadCaFile(caFile),
                                         nullptr, timeoutMs);
}

} // namespace tillsyn::sync
