// FolderShare on a share an attacker can write to (issue 13): nothing is read, written or moved
// through a symbolic link, a pipe never blocks a read, a huge file is refused by its size before
// a byte is read, and a name near the length limit can still be written.
#include "sync/foldershare.h"
#include "sync/shareerror.h"

#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <functional>
#include <sys/stat.h>
#include <unistd.h>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_foldersharehostile_test {

using namespace tillsyn;
using sync::FolderShare;
using sync::ShareError;

namespace {

void makeLink(const QString &target, const QString &link)
{
    REQUIRE(::symlink(QFile::encodeName(target).constData(), QFile::encodeName(link).constData()) ==
            0);
}

ShareError errorOf(const std::function<void()> &call)
{
    try {
        call();
    } catch (const ShareError &e) {
        return e;
    }
    FAIL("no ShareError");
    return ShareError(ShareError::Kind::Other, {});
}

QStringList everything(const QString &folder)
{
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST_CASE("FolderShare never goes through a link where a share folder belongs",
          "[sync][folder][hostile]")
{
    const test::TempDir dir;
    const QString share = dir.file(QStringLiteral("share"));
    const QString elsewhere = dir.file(QStringLiteral("elsewhere"));
    QDir().mkpath(share + QStringLiteral("/archive"));
    QDir().mkpath(elsewhere);
    dir.write(QStringLiteral("elsewhere/a.json"), "outside");
    makeLink(elsewhere, share + QStringLiteral("/inbox"));
    makeLink(elsewhere, share + QStringLiteral("/archive/2026"));
    FolderShare folder(share);

    const auto refused = [&](const std::function<void()> &call, const QString &where) {
        const ShareError e = errorOf(call);
        INFO(e.message().toStdString());
        CHECK(e.kind() == ShareError::Kind::Forbidden);
        CHECK(e.message().contains(share + u'/' + where + QStringLiteral(": is a symbolic link")));
    };
    refused([&] { folder.list(QStringLiteral("inbox")); }, QStringLiteral("inbox"));
    refused([&] { folder.read(QStringLiteral("inbox/a.json")); }, QStringLiteral("inbox"));
    refused([&] { folder.putNew(QStringLiteral("inbox/b.json"), "b"); }, QStringLiteral("inbox"));
    refused([&] { folder.replace(QStringLiteral("inbox/a.json"), "replaced"); },
            QStringLiteral("inbox"));
    refused([&] { folder.requireFolders({QStringLiteral("archive/2026/03")}); },
            QStringLiteral("archive/2026"));
    folder.putNew(QStringLiteral("rejected/x.json"), "x");
    refused(
        [&] {
            folder.move(QStringLiteral("rejected/x.json"), QStringLiteral("archive/2026/x.json"));
        },
        QStringLiteral("archive/2026"));
    // Absent folders are fine; real ones too.
    folder.requireFolders({QStringLiteral("rejected"), QStringLiteral("reference/sub")});

    CHECK(everything(elsewhere) == QStringList{QStringLiteral("a.json")});
    CHECK(test::readAll(elsewhere + QStringLiteral("/a.json")) == "outside");
    CHECK(test::readAll(share + QStringLiteral("/rejected/x.json")) == "x");
}

TEST_CASE("FolderShare refuses to read a link, a pipe or a folder as a file, and moves a link as "
          "a link",
          "[sync][folder][hostile]")
{
    const test::TempDir dir;
    const QString share = dir.file(QStringLiteral("share"));
    QDir().mkpath(share + QStringLiteral("/inbox/folder.json"));
    const QString secret = dir.write(QStringLiteral("secret.txt"), "secret");
    makeLink(secret, share + QStringLiteral("/inbox/link.json"));
    REQUIRE(::mkfifo(QFile::encodeName(share + QStringLiteral("/inbox/pipe.json")).constData(),
                     0644) == 0);
    FolderShare folder(share);
    // Listed (so a merge gives each an outcome); folders are not.
    CHECK(folder.list(QStringLiteral("inbox")) ==
          QStringList{QStringLiteral("link.json"), QStringLiteral("pipe.json")});

    const ShareError link = errorOf([&] { folder.read(QStringLiteral("inbox/link.json")); });
    CHECK(link.kind() == ShareError::Kind::Forbidden);
    CHECK(link.message().contains(QStringLiteral("link.json: is a symbolic link; not read")));
    // A FIFO without a writer would block an ordinary open for ever.
    for (const char *name : {"pipe.json", "folder.json"}) {
        const ShareError e =
            errorOf([&] { folder.read(QStringLiteral("inbox/") + QLatin1String(name)); });
        CHECK(e.kind() == ShareError::Kind::Forbidden);
        CHECK(
            e.message().contains(QLatin1String(name) + QStringLiteral(": is not a regular file")));
    }
    // putNew over a planted link neither follows it nor overwrites it: the name is taken (Exists,
    // like any other bytes there), so a caller looking for a free name takes the next one.
    CHECK(errorOf([&] { folder.putNew(QStringLiteral("inbox/link.json"), "mine"); }).kind() ==
          ShareError::Kind::Exists);
    CHECK(QFileInfo(share + QStringLiteral("/inbox/link.json")).isSymLink());
    // replace() replaces the link itself, never the file it points to.
    folder.replace(QStringLiteral("inbox/link.json"), "replaced");
    CHECK_FALSE(QFileInfo(share + QStringLiteral("/inbox/link.json")).isSymLink());
    CHECK(test::readAll(secret) == "secret");
    makeLink(secret, share + QStringLiteral("/inbox/link2.json"));
    REQUIRE(folder.move(QStringLiteral("inbox/link2.json"), QStringLiteral("rejected/link2.json")));
    CHECK(QFileInfo(share + QStringLiteral("/rejected/link2.json")).symLinkTarget() == secret);
    CHECK(test::readAll(secret) == "secret");
}

TEST_CASE("FolderShare refuses a file over the read limit by its size, without reading it",
          "[sync][folder][hostile]")
{
    const test::TempDir dir;
    const QString share = dir.file(QStringLiteral("share"));
    QDir().mkpath(share + QStringLiteral("/inbox"));
    FolderShare folder(share);
    // Sparse files: the size is claimed, nothing is on disk. 8 GiB used to end in bad_alloc.
    for (const qint64 size : {sync::Share::readLimit + 1, qint64(8) * 1024 * 1024 * 1024}) {
        QFile big(share + QStringLiteral("/inbox/big.json"));
        REQUIRE(big.open(QIODevice::WriteOnly));
        REQUIRE(big.resize(size));
        big.close();
        QElapsedTimer timer;
        timer.start();
        const ShareError e = errorOf([&] { folder.read(QStringLiteral("inbox/big.json")); });
        CHECK(e.kind() == ShareError::Kind::TooLarge);
        CHECK(e.message().contains(QStringLiteral("big.json: is larger than the limit of 64 MiB")));
        // Decided by the size: no time to read gigabytes.
        CHECK(timer.elapsed() < 1000);
    }
    // At the limit exactly: read whole.
    {
        QFile edge(share + QStringLiteral("/inbox/edge.json"));
        REQUIRE(edge.open(QIODevice::WriteOnly));
        REQUIRE(edge.resize(sync::Share::readLimit));
    }
    const auto bytes = folder.read(QStringLiteral("inbox/edge.json"));
    REQUIRE(bytes);
    CHECK(bytes->size() == sync::Share::readLimit);
}

TEST_CASE("FolderShare writes a file whose name is near the length limit",
          "[sync][folder][hostile]")
{
    const test::TempDir dir;
    FolderShare folder(dir.path());
    // 255 bytes: its temporary part name is shortened, the final name is kept.
    const QString name = QString(250, u'n') + QStringLiteral(".json");
    REQUIRE(name.toUtf8().size() == 255);
    CHECK(folder.putNew(QStringLiteral("rejected/") + name, "x") ==
          sync::Share::PutResult::Created);
    folder.replace(QStringLiteral("rejected/") + name, "y");
    CHECK(everything(dir.file(QStringLiteral("rejected"))) == QStringList{name});
    CHECK(folder.read(QStringLiteral("rejected/") + name) == QByteArray("y"));
}

} // namespace tillsyn_unity_foldersharehostile_test
