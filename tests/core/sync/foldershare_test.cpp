// FolderShare: new files appear whole or not at all and are never overwritten; a share that
// cannot be written is a clear error that leaves the outbox waiting; and a process killed at any
// moment between write, fsync and rename leaves only complete files under final names, with the
// field database still knowing what is unsent.
#include "syncfixture.h"

#include "content/shippedcontent.h"
#include "storage/outboxstore.h"
#include "sync/foldershare.h"
#include "sync/shareerror.h"
#include "sync/syncengine.h"

#include "support/catchqt.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>

#include <chrono>
#include <csignal>
#include <map>
#include <random>
#include <thread>
#include <unistd.h>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_foldershare_test {

using namespace tillsyn;
using sync::FolderShare;
using sync::Share;
using sync::ShareError;
using Outcome = sync::VisitSyncResult::Outcome;

namespace {

// chattr +i for the life of the guard: even root cannot create files in an immutable folder.
struct Immutable
{
    QString path;
    bool applied = false;
    explicit Immutable(QString p)
        : path(std::move(p))
    {
        applied = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
    }
    ~Immutable()
    {
        if (applied)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
    }
};

} // namespace

TEST_CASE("FolderShare::putNew writes the file whole and never overwrites", "[sync][folder]")
{
    const test::TempDir dir;
    FolderShare share(dir.path());
    const QByteArray bytes = "{\"visit\":1}";

    REQUIRE(share.putNew(QStringLiteral("inbox/a.json"), bytes) == Share::PutResult::Created);
    CHECK(test::readAll(dir.file(QStringLiteral("inbox/a.json"))) == bytes);
    // Nothing else: no leftover .part, hidden or not.
    CHECK(test::allNames(dir.file(QStringLiteral("inbox"))) ==
          QStringList{QStringLiteral("a.json")});

    SECTION("the same bytes again are already there")
    {
        CHECK(share.putNew(QStringLiteral("inbox/a.json"), bytes) ==
              Share::PutResult::AlreadyIdentical);
    }
    SECTION("other bytes under the same name are refused and the file is left as it was")
    {
        const ShareError e = test::shareErrorOf(
            [&] { share.putNew(QStringLiteral("inbox/a.json"), "{\"visit\":2}"); });
        CHECK(e.kind() == ShareError::Kind::Exists);
        CHECK(e.message().contains(dir.file(QStringLiteral("inbox/a.json"))));
        CHECK(e.message().contains(QStringLiteral("not overwritten")));
        // An empty file is other bytes too.
        CHECK(test::shareErrorOf([&] {
                  share.putNew(QStringLiteral("inbox/a.json"), {});
              }).kind() == ShareError::Kind::Exists);
    }
    CHECK(test::readAll(dir.file(QStringLiteral("inbox/a.json"))) == bytes);
    CHECK(test::allNames(dir.file(QStringLiteral("inbox"))) ==
          QStringList{QStringLiteral("a.json")});
}

TEST_CASE("FolderShare lists, reads, replaces and moves", "[sync][folder]")
{
    const test::TempDir dir;
    FolderShare share(dir.path());
    CHECK(share.describe() == dir.path());
    // An absent folder lists as empty; an absent file reads as nothing.
    CHECK(share.list(QStringLiteral("inbox")).isEmpty());
    CHECK_FALSE(share.read(QStringLiteral("inbox/x.json")).has_value());
    CHECK_FALSE(share.version(QStringLiteral("inbox/x.json")).has_value());

    share.putNew(QStringLiteral("inbox/b.json"), "b");
    share.putNew(QStringLiteral("inbox/a.json"), "a");
    dir.write(QStringLiteral("inbox/.c.json.1234abcd.part"), "partial");
    dir.write(QStringLiteral("inbox/.hidden"), "h");
    dir.write(QStringLiteral("inbox/d.json.part"), "partial");
    QDir().mkpath(dir.file(QStringLiteral("inbox/sub")));
    // Neither partial nor hidden files nor folders.
    CHECK(share.list(QStringLiteral("inbox")) ==
          QStringList{QStringLiteral("a.json"), QStringLiteral("b.json")});
    CHECK(share.read(QStringLiteral("inbox/a.json")) == QByteArray("a"));

    share.replace(QStringLiteral("reference/facilities.json"), "v1");
    const auto v1 = share.version(QStringLiteral("reference/facilities.json"));
    REQUIRE(v1);
    share.replace(QStringLiteral("reference/facilities.json"), "version 2");
    CHECK(share.read(QStringLiteral("reference/facilities.json")) == QByteArray("version 2"));
    CHECK(share.version(QStringLiteral("reference/facilities.json"))->tag != v1->tag);
    CHECK(test::allNames(dir.file(QStringLiteral("reference"))) ==
          QStringList{QStringLiteral("facilities.json")});

    CHECK(share.move(QStringLiteral("inbox/a.json"), QStringLiteral("archive/a.json")));
    CHECK(share.read(QStringLiteral("archive/a.json")) == QByteArray("a"));
    // The source is gone: another merge took it.
    CHECK_FALSE(share.move(QStringLiteral("inbox/a.json"), QStringLiteral("archive/a.json")));
    // Never over an existing file.
    share.putNew(QStringLiteral("rejected/b.json"), "other");
    CHECK_THROWS_AS(share.move(QStringLiteral("inbox/b.json"), QStringLiteral("rejected/b.json")),
                    ShareError);
    CHECK(share.read(QStringLiteral("rejected/b.json")) == QByteArray("other"));
    CHECK(share.read(QStringLiteral("inbox/b.json")) == QByteArray("b"));
}

TEST_CASE("FolderShare reports a missing share folder as offline", "[sync][folder]")
{
    const test::TempDir dir;
    FolderShare share(dir.file(QStringLiteral("not-mounted")));
    const ShareError e =
        test::shareErrorOf([&] { share.putNew(QStringLiteral("inbox/a.json"), "a"); });
    CHECK(e.kind() == ShareError::Kind::Offline);
    CHECK(e.message().contains(QStringLiteral("not-mounted")));
    CHECK(test::shareErrorOf([&] { share.list(QStringLiteral("inbox")); }).kind() ==
          ShareError::Kind::Offline);
    CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("not-mounted"))));
}

TEST_CASE("A share whose inbox cannot be written is a clear error and the visits stay unsent",
          "[sync][folder]")
{
    test::SyncFixture fx;
    fx.finishedVisit();
    fx.finishedVisit();
    QDir().mkpath(fx.shareDir);

    SECTION("the inbox is a file, not a folder (works as root, where chmod does not)")
    {
        fx.dir.write(QStringLiteral("share/inbox"), "not a folder");
        FolderShare share(fx.shareDir);
        const ShareError e =
            test::shareErrorOf([&] { share.putNew(QStringLiteral("inbox/x.json"), "x"); });
        INFO(e.message().toStdString());
        CHECK(e.message().contains(fx.shareDir + QStringLiteral("/inbox")));
        CHECK(e.message().contains(QStringLiteral("cannot create the folder")));
        CHECK(e.message().contains(QStringLiteral("Not a directory")));

        const sync::SyncReport report = sync::SyncEngine(fx.db, share).run();
        REQUIRE(report.visits.size() == 2);
        CHECK(report.visits[0].outcome == Outcome::Failed);
        CHECK(report.visits[0].reason.contains(QStringLiteral("Not a directory")));
        // The share as a whole is unusable: the second is not even tried.
        CHECK(report.visits[1].outcome == Outcome::Skipped);
        CHECK(test::readAll(fx.dir.file(QStringLiteral("share/inbox"))) == "not a folder");
    }
    SECTION("the inbox is an immutable folder (chattr +i)")
    {
        QDir().mkpath(fx.shareDir + QStringLiteral("/inbox"));
        const bool root = ::geteuid() == 0;
        std::unique_ptr<Immutable> immutable;
        if (root) {
            immutable = std::make_unique<Immutable>(fx.shareDir + QStringLiteral("/inbox"));
            if (!immutable->applied) {
                // Without CAP_LINUX_IMMUTABLE (e.g. a default container) chattr is refused; the
                // section above covers the same outcome.
                WARN("chattr +i is not permitted here; only the inbox-is-a-file case ran");
                return;
            }
        } else {
            QFile::setPermissions(fx.shareDir + QStringLiteral("/inbox"),
                                  QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        }
        FolderShare share(fx.shareDir);
        const sync::SyncReport report = sync::SyncEngine(fx.db, share).run();
        REQUIRE(report.visits.size() == 2);
        for (const auto &v : report.visits) {
            INFO(v.reason.toStdString());
            CHECK(v.outcome == Outcome::Failed);
            CHECK(v.reason.contains(QStringLiteral("read-only or access is denied")));
        }
        CHECK(test::allNames(fx.shareDir + QStringLiteral("/inbox")).isEmpty());
        if (!root)
            QFile::setPermissions(fx.shareDir + QStringLiteral("/inbox"),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ExeOwner);
    }
    // Both are still waiting, with the reason recorded.
    CHECK(fx.pending() == 2);
    for (const auto &row : fx.outbox(false)) {
        CHECK_FALSE(row.sentAt.isValid());
        CHECK(row.attempts <= 1);
    }
    CHECK_FALSE(fx.outbox(false).front().lastError.isEmpty());
}

TEST_CASE("Killing a syncing laptop at random moments leaves only whole files and an honest "
          "outbox",
          "[sync][folder][crash]")
{
    const test::TempDir dir;
    const QString dbPath = dir.file(QStringLiteral("field.db"));
    const QString shareDir = dir.file(QStringLiteral("share"));
    const QString inbox = shareDir + QStringLiteral("/inbox");
    QDir().mkpath(shareDir);
    {
        storage::Database db(dbPath);
        content::ShippedContent::install(db, true);
    }
    // A noisy picture: its JPEG (about 100 kB after import) takes a while to write and fsync.
    std::mt19937 rng(20261127);
    {
        QImage noise(480, 360, QImage::Format_RGB32);
        for (int y = 0; y < noise.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(noise.scanLine(y));
            for (int x = 0; x < noise.width(); ++x)
                line[x] = qRgb(int(rng() % 256), int(rng() % 256), int(rng() % 256));
        }
        REQUIRE(noise.save(dir.file(QStringLiteral("photo.jpg")), "JPEG", 90));
    }
    const QStringList childArgs = {dbPath, shareDir, dir.file(QStringLiteral("photo.jpg")),
                                   content::ShippedContent::demoFacilities().front().id,
                                   content::ShippedContent::checklists().front().id};

    std::map<QString, QString> verified; // final name → SHA-256 of the bytes checked once
    QStringList finishedReported;
    int partsLeft = 0;      // .part files in the inbox
    int killedMidWrite = 0; // kills that left one
    int killedWhileSending = 0;
    constexpr int kKills = 36;

    for (int kill = 0; kill < kKills; ++kill) {
        const int wanted = 1 + int(rng() % 8);
        INFO("kill " << kill << " after " << wanted << " lines");
        QProcess child;
        child.start(QStringLiteral(TILLSYN_SYNC_CHILD_PATH),
                    childArgs + QStringList{QString::number(kill)});
        REQUIRE(child.waitForStarted(10000));
        QByteArray out;
        while (out.count('\n') < wanted) {
            if (!child.waitForReadyRead(30000))
                FAIL("the child stopped reporting: state "
                     << int(child.state())
                     << ", stderr: " << child.readAllStandardError().toStdString());
            out += child.readAllStandardOutput();
        }
        // The moment of the kill: right now or up to 3 ms later, while it writes, fsyncs, renames
        // or records what it sent.
        const auto delay = std::chrono::microseconds(rng() % 3000);
        if (delay.count() > 0)
            std::this_thread::sleep_for(delay);
        REQUIRE(::kill(pid_t(child.processId()), SIGKILL) == 0);
        REQUIRE(child.waitForFinished(20000));
        CHECK(child.exitStatus() == QProcess::CrashExit);
        out += child.readAllStandardOutput();
        const QList<QByteArray> lines = out.split('\n');
        for (int i = 0; i + 1 < lines.size(); ++i) {
            if (lines[i].startsWith("finished "))
                finishedReported.append(QString::fromUtf8(lines[i].mid(9)));
        }
        const QByteArray last = lines.size() >= 2 ? lines[lines.size() - 2] : QByteArray();
        killedWhileSending += last.startsWith("sending ");

        // The inbox: whole, valid files under final names; anything else is a hidden .part.
        const QStringList names = test::allNames(inbox);
        QStringList finals;
        for (const QString &name : names) {
            if (name.startsWith(u'.')) {
                CHECK(name.endsWith(QStringLiteral(".part")));
                continue;
            }
            CHECK_FALSE(name.endsWith(QStringLiteral(".part")));
            finals.append(name);
            const QByteArray bytes = test::readAll(inbox + u'/' + name);
            const QString hash = QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            const auto seen = verified.find(name);
            if (seen == verified.end()) {
                test::requireValidVisitFile(inbox + u'/' + name);
                verified[name] = hash;
            } else {
                CHECK(seen->second == hash); // a final file never changes
            }
        }
        // The child removes its own .part when the rename is done: what is left, it left dying.
        const int parts = int(names.filter(QStringLiteral(".part")).size());
        killedMidWrite += parts > partsLeft;
        partsLeft = parts;
        CHECK(FolderShare(shareDir).list(QStringLiteral("inbox")) == finals);

        // The database: intact; every finished revision has its file in the outbox; a row marked
        // sent has its file in the inbox with the same bytes; a file in the inbox is one of the
        // outbox's, byte for byte (sent, or put just before the kill and not yet marked).
        storage::Database db(dbPath);
        QSqlQuery check = db.prepare(QStringLiteral("PRAGMA integrity_check"));
        db.exec(check);
        REQUIRE(check.next());
        CHECK(check.value(0).toString() == u"ok");
        storage::OutboxStore outbox(db);
        CHECK(outbox.finishedWithoutFile().empty());
        QStringList known;
        for (const auto &row : outbox.all()) {
            known.append(row.fileName);
            const QString file = inbox + u'/' + row.fileName;
            if (row.sentAt.isValid()) {
                INFO("sent " << row.fileName.toStdString());
                REQUIRE(QFileInfo::exists(file));
            }
            if (QFileInfo::exists(file))
                CHECK(test::readAll(file) == outbox.find(row.visitId, row.revision)->bytes);
        }
        for (const QString &name : finals)
            CHECK(known.contains(name));
        for (const QString &id : finishedReported) {
            QSqlQuery q =
                db.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE visit_id = ?"));
            q.addBindValue(id);
            db.exec(q);
            REQUIRE(q.next());
            CHECK(q.value(0).toInt() == 1);
        }
    }

    // One more sync from the surviving database sends everything still waiting, and the inbox
    // then holds exactly the outbox's files.
    storage::Database db(dbPath);
    FolderShare share(shareDir);
    const sync::SyncReport report = sync::SyncEngine(db, share).run();
    CHECK(report.count(Outcome::Failed) == 0);
    storage::OutboxStore outbox(db);
    CHECK(outbox.pendingCount() == 0);
    QStringList expected;
    for (const auto &row : outbox.all()) {
        expected.append(row.fileName);
        CHECK(test::readAll(inbox + u'/' + row.fileName) ==
              outbox.find(row.visitId, row.revision)->bytes);
    }
    expected.sort();
    CHECK(share.list(QStringLiteral("inbox")) == expected);
    CHECK(expected.size() >= finishedReported.size());
    CHECK(finishedReported.size() >= kKills);
    WARN(QStringLiteral("%1 kills, %2 visit files, %3 kills right after 'sending', %4 kills "
                        "between creating and renaming a file, %5 already there on the last sync")
             .arg(kKills)
             .arg(expected.size())
             .arg(killedWhileSending)
             .arg(killedMidWrite)
             .arg(report.count(Outcome::AlreadySent))
             .toStdString());
}

} // namespace tillsyn_unity_foldershare_test
