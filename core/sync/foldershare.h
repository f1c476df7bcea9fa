#pragma once

#include "share.h"

#include <QCoreApplication>

namespace tillsyn::sync {

// A share that is a directory: a mounted network share (SMB, NFS) or any local folder.
// New files are written as .NAME.part, flushed and fsynced, then renamed to NAME without
// replacing (renameat2 RENAME_NOREPLACE, else link(2), which also refuse an existing name),
// and the directory is fsynced.
// Everything below the root is hostile (anyone who can write to the share put it there): every
// folder and file is opened component by component from the root with O_NOFOLLOW (openat,
// renameat2, linkat, never by a path the kernel resolves), so nothing is read from, written to
// or moved into a place outside the share. A symbolic link where a share folder should be is
// a ShareError of kind Forbidden, and a file that is a link, a FIFO, a device or a folder is
// refused when read.
class FolderShare : public Share
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::sync::FolderShare)

public:
    explicit FolderShare(QString root);

    QString describe() const override { return m_root; }
    QStringList list(const QString &folder) override;
    std::optional<QByteArray> read(const QString &path) override;
    std::optional<FileVersion> version(const QString &path) override;
    PutResult putNew(const QString &path, const QByteArray &bytes) override;
    void replace(const QString &path, const QByteArray &bytes) override;
    bool move(const QString &from, const QString &to) override;
    void requireFolders(const QStringList &folders) override;

private:
    class Fd;
    QString absolute(const QString &path) const;
    [[noreturn]] void fail(const QString &path, int errnoValue, const QString &what) const;
    [[noreturn]] void refuseFolder(const QString &folder) const;
    Fd openRoot() const;
    // The folder's descriptor, opened from the root without following links; an invalid Fd
    // when it (or a folder above it) is absent and `create` is false.
    Fd openFolder(const QString &folder, bool create) const;
    void writePart(int dirFd, const QString &partPath, const QByteArray &bytes);

    QString m_root;
};

} // namespace tillsyn::sync
