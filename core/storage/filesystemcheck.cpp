#include "filesystemcheck.h"

#include <QFile>

#include <sys/vfs.h>

namespace tillsyn::storage {

QString FileSystemCheck::networkFileSystemName(quint64 magic)
{
    switch (magic) {
    case 0x6969:
        return QStringLiteral("NFS");
    case 0x517B:
    case 0xFF534D42:
    case 0xFE534D42:
        return QStringLiteral("SMB/CIFS");
    case 0x5346414F:
        return QStringLiteral("AFS");
    case 0x01021997:
        return QStringLiteral("9P");
    case 0x00C36400:
        return QStringLiteral("CephFS");
    default:
        return {};
    }
}

QString FileSystemCheck::networkFileSystemOf(const QString &directory)
{
    struct statfs info
    {
    };
    if (statfs(QFile::encodeName(directory).constData(), &info) != 0)
        return {};
    return networkFileSystemName(quint64(quint32(info.f_type)));
}

} // namespace tillsyn::storage
