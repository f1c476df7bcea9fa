#pragma once

#include <QString>

namespace tillsyn::storage {

// SQLite's WAL needs shared memory and POSIX locks that network file systems do not provide
// reliably, so the working database must live on a local disk.
class FileSystemCheck
{
public:
    // The name of the network file system the directory lies on ("NFS", "SMB/CIFS", ...),
    // or an empty string for a local one.
    static QString networkFileSystemOf(const QString &directory);
    // The same decision from a statfs(2) f_type magic number.
    static QString networkFileSystemName(quint64 magic);
};

} // namespace tillsyn::storage
