#include "powercutstate.h"

#include <QDir>
#include <QFile>

#include <stdexcept>

#include <sys/stat.h>

namespace tillsyn::test {

namespace {

[[noreturn]] void fail(const QString &what)
{
    throw std::runtime_error(what.toStdString());
}

struct stat statOf(const QString &path)
{
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        fail(QStringLiteral("cannot stat ") + path);
    return st;
}

// The shim's names: "f-DEV-INO" (a file's content), "d-DEV-INO" (a folder's entries).
QString recordName(const QString &state, char kind, quint64 dev, quint64 ino)
{
    return QStringLiteral("%1/%2-%3-%4").arg(state).arg(QLatin1Char(kind)).arg(dev).arg(ino);
}

QString recordName(const QString &state, char kind, const struct stat &st)
{
    return recordName(state, kind, quint64(st.st_dev), quint64(st.st_ino));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        fail(QStringLiteral("cannot write ") + path);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read ") + path);
    return f.readAll();
}

// A file as the power cut leaves it: its content at its last sync, or empty if never synced.
void writeSurvivor(const QString &state, quint64 dev, quint64 ino, const QString &to)
{
    const QString record = recordName(state, 'f', dev, ino);
    writeFile(to, QFile::exists(record) ? readFile(record) : QByteArray());
}

void recordTree(const QString &folder, const QString &state)
{
    QByteArray listing;
    const QDir dir(folder);
    for (const QString &name :
         dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        const QString path = dir.filePath(name);
        const struct stat st = statOf(path);
        const char type = S_ISDIR(st.st_mode) ? 'd' : S_ISREG(st.st_mode) ? 'f' : 'o';
        listing += QStringLiteral("%1 %2 %3 %4\n")
                       .arg(QLatin1Char(type))
                       .arg(quint64(st.st_dev))
                       .arg(quint64(st.st_ino))
                       .arg(name)
                       .toUtf8();
        if (type == 'd')
            recordTree(path, state);
        else if (type == 'f')
            writeFile(recordName(state, 'f', st), readFile(path));
    }
    writeFile(recordName(state, 'd', statOf(folder)), listing);
}

void fromRecords(quint64 dev, quint64 ino, const QString &state, const QString &out)
{
    const QString record = recordName(state, 'd', dev, ino);
    if (!QFile::exists(record))
        return; // never synced: the folder is there (its parent says so) but empty
    for (const QByteArray &line : readFile(record).split('\n')) {
        if (line.isEmpty())
            continue;
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() < 4)
            fail(QStringLiteral("bad record line in ") + record);
        const quint64 childDev = parts.at(1).toULongLong();
        const quint64 childIno = parts.at(2).toULongLong();
        const QString name = QString::fromUtf8(line.mid(parts.at(0).size() + parts.at(1).size() +
                                                        parts.at(2).size() + 3));
        const QString to = QDir(out).filePath(name);
        if (parts.at(0) == "d") {
            if (!QDir().mkpath(to))
                fail(QStringLiteral("cannot create ") + to);
            fromRecords(childDev, childIno, state, to);
        } else if (parts.at(0) == "f") {
            writeSurvivor(state, childDev, childIno, to);
        }
    }
}

void fromTree(const QString &folder, const QString &state, const QString &out)
{
    const QDir dir(folder);
    for (const QString &name :
         dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        const QString path = dir.filePath(name);
        const struct stat st = statOf(path);
        const QString to = QDir(out).filePath(name);
        if (S_ISDIR(st.st_mode)) {
            if (!QDir().mkpath(to))
                fail(QStringLiteral("cannot create ") + to);
            fromTree(path, state, to);
        } else if (S_ISREG(st.st_mode)) {
            writeSurvivor(state, quint64(st.st_dev), quint64(st.st_ino), to);
        }
    }
}

} // namespace

QString PowerCut::shimPath()
{
    return QStringLiteral(TILLSYN_POWERCUT_SHIM_PATH);
}

void PowerCut::addEnvironment(QProcessEnvironment &env, const QString &root, const QString &state)
{
    env.insert(QStringLiteral("LD_PRELOAD"), shimPath());
    env.insert(QStringLiteral("POWERCUT_ROOT"), QDir(root).canonicalPath());
    env.insert(QStringLiteral("POWERCUT_STATE"), QDir(state).canonicalPath());
    // Under AddressSanitizer the shim comes before its runtime in the library list.
    QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
    if (!asan.isEmpty())
        asan += u':';
    env.insert(QStringLiteral("ASAN_OPTIONS"), asan + QStringLiteral("verify_asan_link_order=0"));
}

void PowerCut::baseline(const QString &root, const QString &state)
{
    if (!QDir().mkpath(state))
        fail(QStringLiteral("cannot create ") + state);
    recordTree(root, state);
}

void PowerCut::materialise(const QString &root, const QString &state, const QString &out,
                           Names names)
{
    if (!QDir().mkpath(out))
        fail(QStringLiteral("cannot create ") + out);
    if (names == Names::AsNow) {
        fromTree(root, state, out);
    } else {
        const struct stat st = statOf(root);
        fromRecords(quint64(st.st_dev), quint64(st.st_ino), state, out);
    }
}

} // namespace tillsyn::test
