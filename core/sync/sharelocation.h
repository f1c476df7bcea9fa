#pragma once

#include "share.h"
#include "webdavshare.h"

#include <QCoreApplication>

#include <memory>

namespace tillsyn::sync {

// Where a share is and how to reach it, as a user gives it: a folder path or an http(s) URL,
// a user, a password or token, a CA file.
struct ShareLocation
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::sync::ShareLocation)

public:
    QString location;
    Credentials credentials;
    QString caFile;
    int timeoutMs = 30000;

    bool isWebDav() const;
    // The location for messages: any user and password in it replaced by "***".
    static QString withoutCredentials(const QString &location);
    // A FolderShare or a WebDavShare; throws ShareError for an unusable CA file or URL.
    std::unique_ptr<Share> open() const;
};

} // namespace tillsyn::sync
