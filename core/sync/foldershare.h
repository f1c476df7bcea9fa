#pragma once

#include "share.h"

#include <QCoreApplication>

namespace tillsyn::sync {

// A share that is a directory: a mounted network share (SMB, NFS) or any local folder.
// New files are written as .NAME.part, flushed and fsynced, then renamed to NAME without
// replacing (renameat2 RENAME_NOREPLACE, else link(2), which also refuse an existing name),
// and the directory is fsynced.
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

private:
    QString absolute(const QString &path) const;
    void ensureFolder(const QString &folder);
    [[noreturn]] void fail(const QString &path, int errnoValue, const QString &what) const;
    void requireRoot() const;
    void writePart(const QString &partPath, const QByteArray &bytes);

    QString m_root;
};

} // namespace tillsyn::sync
