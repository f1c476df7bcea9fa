#include "tempdir.h"

#include <QDir>
#include <QFile>

#include <stdexcept>

namespace tillsyn::test {

TempDir::TempDir()
    : m_dir(QDir::tempPath() + QStringLiteral("/tillsyn-test-XXXXXX"))
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
}

QString TempDir::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = file(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write " + path.toStdString());
    return path;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    return f.readAll();
}

QString testData(const QString &name)
{
    return QStringLiteral(TILLSYN_TEST_DATA_DIR "/") + name;
}

} // namespace tillsyn::test
