#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace tillsyn::test {

// A fresh folder on local disk for one test, removed afterwards.
class TempDir
{
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    // Writes bytes to a file in the folder and returns its path.
    QString write(const QString &name, const QByteArray &bytes) const;

private:
    QTemporaryDir m_dir;
};

QByteArray readAll(const QString &path);
// A file from tests/data.
QString testData(const QString &name);

} // namespace tillsyn::test
