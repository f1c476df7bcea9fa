#include "foldershare.h"

#include "shareerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tillsyn::sync {

namespace {

QByteArray local(const QString &path)
{
    return QFile::encodeName(path);
}

// Writes all bytes to a file descriptor, retrying short writes and interruptions.
bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

void fsyncDirectory(const QString &dir)
{
    const int fd = ::open(local(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd); // some network file systems refuse; the rename is then as durable as it gets
        ::close(fd);
    }
}

// rename without replacing. Network shares (SMB) often lack RENAME_NOREPLACE; link(2) refuses an
// existing target too. Returns 0 or an errno value.
int renameNoReplace(const QByteArray &from, const QByteArray &to)
{
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return errno;
#endif
    if (::link(from.constData(), to.constData()) == 0) {
        ::unlink(from.constData());
        return 0;
    }
    if (errno != EPERM && errno != ENOTSUP && errno != EOPNOTSUPP && errno != ENOSYS)
        return errno;
    // Neither is supported: check, then rename. Two writers of the same name at the same moment
    // is the only (tiny) window, and both would write the same bytes for the same name.
    struct stat st
    {
    };
    if (::stat(to.constData(), &st) == 0)
        return EEXIST;
    return ::rename(from.constData(), to.constData()) == 0 ? 0 : errno;
}

} // namespace

FolderShare::FolderShare(QString root)
    : m_root(QDir::cleanPath(std::move(root)))
{}

QString FolderShare::absolute(const QString &path) const
{
    return m_root + u'/' + path;
}

void FolderShare::fail(const QString &path, int e, const QString &what) const
{
    using Kind = ShareError::Kind;
    Kind kind = Kind::Other;
    QString reason = QString::fromLocal8Bit(std::strerror(e));
    switch (e) {
    case ENOSPC:
    case EDQUOT:
        kind = Kind::InsufficientStorage;
        reason = tr("the disk is full");
        break;
    case EROFS:
    case EACCES:
    case EPERM:
        kind = Kind::Forbidden;
        reason = tr("the folder is read-only or access is denied");
        break;
    case ENOENT:
    case ENOTDIR:
    case EHOSTDOWN:
    case EHOSTUNREACH:
    case ENETDOWN:
    case ENETUNREACH:
    case EIO:
    case ESTALE:
        kind = Kind::Offline;
        reason = tr("the folder is not reachable (%1)").arg(reason);
        break;
    case ETIMEDOUT:
        kind = Kind::Timeout;
        break;
    default:
        break;
    }
    throw ShareError(kind, tr("%1: %2: %3").arg(absolute(path), what, reason));
}

void FolderShare::requireRoot() const
{
    if (!QFileInfo(m_root).isDir())
        fail(QString(), ENOENT, tr("the share folder is missing"));
}

void FolderShare::ensureFolder(const QString &folder)
{
    requireRoot();
    const QString dir = absolute(folder);
    // Say so when something that is not a folder is in the way (mkpath cannot tell us).
    if (QFileInfo(dir).exists() && !QFileInfo(dir).isDir())
        fail(folder, ENOTDIR, tr("cannot create the folder"));
    QStringList created; // outermost first
    for (QString d = dir; !QFileInfo::exists(d); d = QFileInfo(d).absolutePath())
        created.prepend(d);
    if (!QDir().mkpath(dir))
        fail(folder, QFileInfo(m_root).isWritable() ? EIO : EACCES, tr("cannot create the folder"));
    // A new folder is durable only once its parent's entry is synced; the file put into it
    // next syncs only the folder itself (a power cut would otherwise lose folder and file).
    for (const QString &d : created)
        fsyncDirectory(QFileInfo(d).absolutePath());
}

QStringList FolderShare::list(const QString &folder)
{
    requireRoot();
    QDir dir(absolute(folder));
    if (!dir.exists())
        return {};
    QStringList out;
    for (const QString &name : dir.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
        if (isListed(name))
            out.append(name);
    }
    return out;
}

std::optional<QByteArray> FolderShare::read(const QString &path)
{
    QFile f(absolute(path));
    if (!f.exists()) {
        requireRoot();
        return std::nullopt;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        // Moved away between the check and the open (another merge took it): not there.
        if (!QFileInfo::exists(absolute(path)))
            return std::nullopt;
        fail(path, EACCES, tr("cannot read"));
    }
    return f.readAll();
}

std::optional<Share::FileVersion> FolderShare::version(const QString &path)
{
    const QFileInfo info(absolute(path));
    if (!info.exists())
        return std::nullopt;
    return FileVersion{
        QStringLiteral("%1:%2").arg(info.lastModified().toMSecsSinceEpoch()).arg(info.size())};
}

void FolderShare::writePart(const QString &partPath, const QByteArray &bytes)
{
    const QByteArray name = local(absolute(partPath));
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        fail(partPath, errno, tr("cannot create a temporary file"));
    if (!writeAll(fd, bytes) || ::fsync(fd) != 0) {
        const int e = errno;
        ::close(fd);
        ::unlink(name.constData());
        fail(partPath, e, tr("cannot write"));
    }
    if (::close(fd) != 0) {
        const int e = errno;
        ::unlink(name.constData());
        fail(partPath, e, tr("cannot write"));
    }
}

Share::PutResult FolderShare::putNew(const QString &path, const QByteArray &bytes)
{
    const QString folder = QFileInfo(path).path();
    ensureFolder(folder);
    const QString part = partName(path);
    const auto sameBytes = [&] {
        return identicalOrRefuse(path, bytes,
                                 tr("%1: a different file with this name is already there; it "
                                    "was not overwritten")
                                     .arg(absolute(path)));
    };
    if (QFileInfo::exists(absolute(path)))
        return sameBytes();
    writePart(part, bytes);
    const int e = renameNoReplace(local(absolute(part)), local(absolute(path)));
    if (e != 0) {
        ::unlink(local(absolute(part)).constData());
        if (e == EEXIST)
            return sameBytes();
        fail(path, e, tr("cannot move the file into place"));
    }
    fsyncDirectory(absolute(folder));
    return PutResult::Created;
}

void FolderShare::replace(const QString &path, const QByteArray &bytes)
{
    const QString folder = QFileInfo(path).path();
    ensureFolder(folder);
    const QString part = partName(path);
    writePart(part, bytes);
    if (::rename(local(absolute(part)).constData(), local(absolute(path)).constData()) != 0) {
        const int e = errno;
        ::unlink(local(absolute(part)).constData());
        fail(path, e, tr("cannot replace the file"));
    }
    fsyncDirectory(absolute(folder));
}

bool FolderShare::move(const QString &from, const QString &to)
{
    ensureFolder(QFileInfo(to).path());
    if (!QFileInfo::exists(absolute(from)))
        return false;
    const int e = renameNoReplace(local(absolute(from)), local(absolute(to)));
    if (e == ENOENT)
        return false;
    if (e == EEXIST)
        throw ShareError(ShareError::Kind::Exists,
                         tr("%1: already exists; not overwritten").arg(absolute(to)));
    if (e != 0)
        fail(to, e, tr("cannot move %1 here").arg(from));
    // No directory fsync: a move lost in a crash leaves the file in the inbox, where the next
    // merge finds it already stored (a duplicate) and moves it again.
    return true;
}

} // namespace tillsyn::sync
