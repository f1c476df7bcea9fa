#include "foldershare.h"

#include "shareerror.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace tillsyn::sync {

// A file descriptor closed when it goes out of scope.
class FolderShare::Fd
{
public:
    Fd() = default;
    explicit Fd(int fd)
        : m_fd(fd)
    {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(Fd &&other) noexcept
        : m_fd(std::exchange(other.m_fd, -1))
    {}
    Fd &operator=(Fd &&other) noexcept
    {
        if (this != &other) {
            if (m_fd >= 0)
                ::close(m_fd);
            m_fd = std::exchange(other.m_fd, -1);
        }
        return *this;
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

namespace {

QByteArray local(const QString &path)
{
    return QFile::encodeName(path);
}

// A path on the share as its folder and its file name.
struct Split
{
    QString folder;
    QString name;
};

Split split(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return {slash < 0 ? QString() : path.left(slash), path.mid(slash + 1)};
}

// Whether a single path component names something inside its folder ("." and ".." do not).
bool isPlainName(const QString &name)
{
    return !name.isEmpty() && name != u"." && name != u".." && !name.contains(u'/') &&
           !name.contains(QChar(0));
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

// rename without replacing, between two open folders (the names are single components, so
// nothing on the way is resolved). Network shares (SMB) often lack RENAME_NOREPLACE; link(2)
// refuses an existing target too (and links a symbolic link itself, not its target). Returns
// 0 or an errno value.
int renameNoReplace(int fromDir, const QByteArray &from, int toDir, const QByteArray &to)
{
#ifdef RENAME_NOREPLACE
    if (::renameat2(fromDir, from.constData(), toDir, to.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return errno;
#endif
    if (::linkat(fromDir, from.constData(), toDir, to.constData(), 0) == 0) {
        ::unlinkat(fromDir, from.constData(), 0);
        return 0;
    }
    if (errno != EPERM && errno != ENOTSUP && errno != EOPNOTSUPP && errno != ENOSYS)
        return errno;
    // Neither is supported: check, then rename. Two writers of the same name at the same moment
    // is the only (tiny) window, and both would write the same bytes for the same name.
    struct stat st
    {
    };
    if (::fstatat(toDir, to.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0)
        return EEXIST;
    return ::renameat(fromDir, from.constData(), toDir, to.constData()) == 0 ? 0 : errno;
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

void FolderShare::refuseFolder(const QString &folder) const
{
    throw ShareError(ShareError::Kind::Forbidden,
                     tr("%1: is a symbolic link, not a folder inside the share; refused, nothing "
                        "was read or written there")
                         .arg(absolute(folder)));
}

FolderShare::Fd FolderShare::openRoot() const
{
    // The root is what the user configured: it may itself be a link (a mount point's alias).
    Fd root(::open(local(m_root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!root.valid())
        fail(QString(), errno == EACCES ? EACCES : ENOENT, tr("the share folder is missing"));
    return root;
}

FolderShare::Fd FolderShare::openFolder(const QString &folder, bool create) const
{
    Fd dir = openRoot();
    if (folder.isEmpty() || folder == u".")
        return dir;
    QString sofar;
    for (const QString &part : folder.split(u'/')) {
        sofar = sofar.isEmpty() ? part : sofar + u'/' + part;
        if (!isPlainName(part))
            fail(sofar, EINVAL, tr("cannot open the folder"));
        const QByteArray name = local(part);
        constexpr int flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
        int fd = ::openat(dir.get(), name.constData(), flags);
        if (fd < 0 && errno == ENOENT) {
            if (!create)
                return Fd();
            if (::mkdirat(dir.get(), name.constData(), 0755) == 0) {
                // A new folder is durable only once its parent's entry is synced; the file put
                // into it next syncs only the folder itself (a power cut would otherwise lose
                // folder and file). Some network file systems refuse to sync a folder, as
                // elsewhere here that is not an error: the folder is made.
                ::fsync(dir.get());
            } else if (errno != EEXIST) {
                fail(sofar, errno, tr("cannot create the folder"));
            }
            fd = ::openat(dir.get(), name.constData(), flags);
        }
        if (fd < 0) {
            const int e = errno;
            struct stat st
            {
            };
            if (::fstatat(dir.get(), name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 &&
                S_ISLNK(st.st_mode))
                refuseFolder(sofar);
            fail(sofar, e, create ? tr("cannot create the folder") : tr("cannot open the folder"));
        }
        dir = Fd(fd);
    }
    return dir;
}

void FolderShare::requireFolders(const QStringList &folders)
{
    for (const QString &folder : folders)
        openFolder(folder, false);
}

QStringList FolderShare::list(const QString &folder)
{
    const Fd dir = openFolder(folder, false);
    if (!dir.valid())
        return {};
    const int fd = ::dup(dir.get());
    DIR *d = fd < 0 ? nullptr : ::fdopendir(fd);
    if (!d) {
        const int e = errno;
        if (fd >= 0)
            ::close(fd);
        fail(folder, e, tr("cannot list the folder"));
    }
    QStringList out;
    while (const dirent *entry = ::readdir(d)) {
        const QString name = QFile::decodeName(entry->d_name);
        if (!isListed(name))
            continue;
        // Everything but folders: a link, a pipe or a device in the inbox is listed, so that a
        // merge gives it an outcome (refused when read) instead of passing over it forever.
        bool isFolder = entry->d_type == DT_DIR;
        if (entry->d_type == DT_UNKNOWN) {
            struct stat st
            {
            };
            isFolder = ::fstatat(::dirfd(d), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
                       S_ISDIR(st.st_mode);
        }
        if (!isFolder)
            out.append(name);
    }
    ::closedir(d);
    out.sort();
    return out;
}

std::optional<QByteArray> FolderShare::read(const QString &path)
{
    const Split p = split(path);
    const Fd dir = openFolder(p.folder, false);
    if (!dir.valid() || !isPlainName(p.name))
        return std::nullopt;
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
    const Fd file(::openat(dir.get(), local(p.name).constData(),
                           O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
    if (!file.valid()) {
        if (errno == ENOENT) // moved away meanwhile (another merge took it): not there
            return std::nullopt;
        if (errno == ELOOP)
            throw ShareError(ShareError::Kind::Forbidden,
                             tr("%1: is a symbolic link; not read (a share's files must be in "
                                "it, not elsewhere)")
                                 .arg(absolute(path)));
        fail(path, errno, tr("cannot read"));
    }
    struct stat st
    {
    };
    if (::fstat(file.get(), &st) != 0)
        fail(path, errno, tr("cannot read"));
    if (!S_ISREG(st.st_mode))
        throw ShareError(ShareError::Kind::Forbidden,
                         tr("%1: is not a regular file (a folder, a pipe or a device); not read")
                             .arg(absolute(path)));
    const auto tooLarge = [&] {
        return ShareError(ShareError::Kind::TooLarge,
                          tr("%1: is larger than the limit of %2 MiB; not read")
                              .arg(absolute(path))
                              .arg(readLimit / (1024 * 1024)));
    };
    // The size first, so a huge file costs nothing; then reading stops one byte past the limit
    // whatever the size said (the file may grow while it is read).
    if (st.st_size > readLimit)
        throw tooLarge();
    constexpr qsizetype cap = readLimit + 1;
    // One byte more than the size, so the read that finds the end needs no larger buffer.
    QByteArray bytes(qMin(cap, qsizetype(st.st_size) + 1), Qt::Uninitialized);
    qsizetype done = 0;
    for (;;) {
        if (done == bytes.size()) {
            if (done >= cap)
                throw tooLarge();
            bytes.resize(qMin(cap, qMax(done + 64 * 1024, done * 2)));
        }
        const ssize_t n = ::read(file.get(), bytes.data() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            fail(path, errno, tr("cannot read"));
        if (n == 0)
            break;
        done += n;
    }
    if (done > readLimit)
        throw tooLarge();
    bytes.resize(done);
    return bytes;
}

std::optional<Share::FileVersion> FolderShare::version(const QString &path)
{
    const Split p = split(path);
    const Fd dir = openFolder(p.folder, false);
    struct stat st
    {
    };
    if (!dir.valid() || !isPlainName(p.name) ||
        ::fstatat(dir.get(), local(p.name).constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return std::nullopt;
    // Size, both times in nanoseconds and the inode: a file rewritten or replaced by another
    // (even of the same size within the same millisecond) has another tag.
    const auto ns = [](const timespec &t) { return qint64(t.tv_sec) * 1000000000 + t.tv_nsec; };
    return FileVersion{QStringLiteral("%1:%2:%3:%4")
                           .arg(ns(st.st_mtim))
                           .arg(qint64(st.st_size))
                           .arg(quint64(st.st_ino))
                           .arg(ns(st.st_ctim))};
}

void FolderShare::writePart(int dirFd, const QString &partPath, const QByteArray &bytes)
{
    const QByteArray name = local(split(partPath).name);
    const int fd = ::openat(dirFd, name.constData(),
                            O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0)
        fail(partPath, errno, tr("cannot create a temporary file"));
    if (!writeAll(fd, bytes) || ::fsync(fd) != 0) {
        const int e = errno;
        ::close(fd);
        ::unlinkat(dirFd, name.constData(), 0);
        fail(partPath, e, tr("cannot write"));
    }
    if (::close(fd) != 0) {
        const int e = errno;
        ::unlinkat(dirFd, name.constData(), 0);
        fail(partPath, e, tr("cannot write"));
    }
}

Share::PutResult FolderShare::putNew(const QString &path, const QByteArray &bytes)
{
    const Split p = split(path);
    if (!isPlainName(p.name))
        fail(path, EINVAL, tr("cannot create the file"));
    const Fd dir = openFolder(p.folder, true);
    const auto sameBytes = [&] {
        return identicalOrRefuse(path, bytes,
                                 tr("%1: a different file with this name is already there; it "
                                    "was not overwritten")
                                     .arg(absolute(path)));
    };
    const QByteArray name = local(p.name);
    struct stat st
    {
    };
    if (::fstatat(dir.get(), name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0)
        return sameBytes();
    const QString part = partName(path);
    writePart(dir.get(), part, bytes);
    const QByteArray partLocal = local(split(part).name);
    const int e = renameNoReplace(dir.get(), partLocal, dir.get(), name);
    if (e != 0) {
        ::unlinkat(dir.get(), partLocal.constData(), 0);
        if (e == EEXIST)
            return sameBytes();
        fail(path, e, tr("cannot move the file into place"));
    }
    // Some network file systems refuse; the rename is then as durable as it gets.
    ::fsync(dir.get());
    return PutResult::Created;
}

void FolderShare::replace(const QString &path, const QByteArray &bytes)
{
    const Split p = split(path);
    if (!isPlainName(p.name))
        fail(path, EINVAL, tr("cannot replace the file"));
    const Fd dir = openFolder(p.folder, true);
    const QString part = partName(path);
    writePart(dir.get(), part, bytes);
    const QByteArray partLocal = local(split(part).name);
    // renameat replaces a link planted under the name, never the file it points to.
    if (::renameat(dir.get(), partLocal.constData(), dir.get(), local(p.name).constData()) != 0) {
        const int e = errno;
        ::unlinkat(dir.get(), partLocal.constData(), 0);
        fail(path, e, tr("cannot replace the file"));
    }
    ::fsync(dir.get());
}

bool FolderShare::move(const QString &from, const QString &to)
{
    const Split source = split(from);
    const Split target = split(to);
    if (!isPlainName(target.name))
        fail(to, EINVAL, tr("cannot move %1 here").arg(from));
    const Fd sourceDir = openFolder(source.folder, false);
    struct stat st
    {
    };
    if (!sourceDir.valid() || !isPlainName(source.name) ||
        ::fstatat(sourceDir.get(), local(source.name).constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return false;
    const Fd targetDir = openFolder(target.folder, true);
    // The names are moved, never what they point to: a link stays a link.
    const int e =
        renameNoReplace(sourceDir.get(), local(source.name), targetDir.get(), local(target.name));
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
