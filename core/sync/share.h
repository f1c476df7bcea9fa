#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace tillsyn::sync {

// The only door to the outside: a shared folder or a WebDAV collection with the layout of
// formats.md (reference/, inbox/, archive/, rejected/). Paths are relative to the share's root
// and use '/'. Every failure throws ShareError.
class Share
{
public:
    enum class PutResult { Created, AlreadyIdentical };

    struct FileVersion
    {
        QString tag; // ETag or modification time; equal tags mean unchanged content
    };

    // No file on a share is read beyond this many bytes: the largest file any format allows
    // (a visit file, 64 MiB). A larger file is a ShareError of kind TooLarge, decided without
    // holding more than this in memory.
    static constexpr qint64 readLimit = 64 * 1024 * 1024;

    virtual ~Share() = default;

    // Where this share is, for messages (never includes a password).
    virtual QString describe() const = 0;
    // Names of the files directly in a folder (no folders, no hidden or partial files); an
    // absent folder lists as empty.
    virtual QStringList list(const QString &folder) = 0;
    // std::nullopt when the file does not exist.
    virtual std::optional<QByteArray> read(const QString &path) = 0;
    virtual std::optional<FileVersion> version(const QString &path) = 0;
    // Puts a new file atomically and never overwrites: a file already there with the same bytes
    // is AlreadyIdentical, with other bytes a ShareError of kind Exists. Creates folders.
    virtual PutResult putNew(const QString &path, const QByteArray &bytes) = 0;
    // Replaces a file atomically (reference data): readers see the old or the new bytes.
    virtual void replace(const QString &path, const QByteArray &bytes) = 0;
    // Moves a file without overwriting; false when the source vanished (another merge took it).
    virtual bool move(const QString &from, const QString &to) = 0;
    // Throws ShareError (Forbidden) when one of these folders, or one above it, exists but is
    // not a real folder inside the share (a symbolic link to somewhere else): a merge checks its
    // folders before it writes anything. Absent folders are fine. A WebDAV server resolves its
    // own paths, so the default checks nothing.
    virtual void requireFolders(const QStringList &folders) { Q_UNUSED(folders) }

protected:
    // The name a file is written under before it is moved into place: hidden, ending in .part,
    // unique (two laptops may write the same file at once), in the same folder, and no longer
    // than a file name may be (255 bytes) whatever the name it stands for.
    static QString partName(const QString &path);
    // Whether list() shows a file of this name (partial and hidden files are left out).
    static bool isListed(const QString &name);
    // putNew found `path` taken: AlreadyIdentical when it holds these bytes, else ShareError
    // Exists with `refusal` (never overwritten).
    PutResult identicalOrRefuse(const QString &path, const QByteArray &bytes,
                                const QString &refusal);
};

} // namespace tillsyn::sync
