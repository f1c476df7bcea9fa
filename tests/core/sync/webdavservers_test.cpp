// The whole WebDAV round trip on every server Tillsyn is tested with (tests/support/webdav):
// Apache over HTTPS with a password, nginx with dav-ext, lighttpd with mod_webdav and
// `rclone serve webdav`, each from an empty share. Fails (never skips) when one is not installed.
#include "syncfixture.h"

#include "content/shippedcontent.h"
#include "merge/mergefixture.h"
#include "reference/publisher.h"
#include "storage/facilitystore.h"
#include "storage/sqliteofficerepository.h"
#include "support/officerepo.h"
#include "sync/shareerror.h"
#include "sync/syncengine.h"
#include "sync/webdavshare.h"

#include "support/catchqt.h"
#include "support/webdav/webdavserver.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <atomic>
#include <csignal>
#include <thread>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_webdavservers_test {

using namespace tillsyn;
using sync::Share;
using sync::ShareError;
using sync::WebDavShare;
using test::WebDavServer;
using Outcome = sync::VisitSyncResult::Outcome;
using RefOutcome = sync::ReferenceResult::Outcome;

namespace {

std::unique_ptr<WebDavShare> shareOn(const WebDavServer &server, int timeoutMs = 20000)
{
    const QList<QSslCertificate> cas = server.caFile().isEmpty()
                                           ? QList<QSslCertificate>()
                                           : WebDavShare::loadCaFile(server.caFile());
    return std::make_unique<WebDavShare>(
        server.url(), sync::Credentials{server.user(), server.password(), {}}, cas, nullptr,
        timeoutMs);
}

// Every file under the share on disk whose name says it is partial or hidden.
QStringList partialFiles(const QString &root)
{
    QStringList out;
    for (const QString &file : test::filesUnder(root)) {
        const QString name = QFileInfo(file).fileName();
        if (name.startsWith(u'.') || name.endsWith(u".part"))
            out.append(file);
    }
    return out;
}

QString kindUnderTest()
{
    return QString::fromStdString(
        GENERATE(as<std::string>{}, "apache", "nginx", "lighttpd", "rclone"));
}

} // namespace

TEST_CASE("The WebDAV round trip on each server: publish, sync, merge, refusals",
          "[sync][webdav][servers]")
{
    const QString kind = kindUnderTest();
    INFO("server " << kind.toStdString());
    const auto server = WebDavServer::make(kind);
    INFO("server log:\n" << server->log().toStdString());
    const QString root = server->shareDir();
    const auto share = shareOn(*server);

    // Publish twice to an empty share: reference/ is made, then its files are replaced.
    test::TempDir officeDir;
    storage::Database office(officeDir.file(QStringLiteral("office.db")));
    storage::SqliteOfficeRepository officeRepo(office);
    content::ShippedContent::install(office, true);
    reference::Publisher(officeRepo).publish(*share);
    const QByteArray firstFacilities =
        test::readAll(root + QStringLiteral("/reference/facilities.json"));
    CHECK(share->read(QStringLiteral("reference/facilities.json")) == firstFacilities);
    auto facility = *storage::FacilityStore(office).find(QStringLiteral("F-0002"));
    facility.active = false;
    storage::FacilityStore(office).upsert({facility});
    const auto published = reference::Publisher(officeRepo).publish(*share);
    CHECK(published.facilities == 59);
    const QByteArray facilities =
        test::readAll(root + QStringLiteral("/reference/facilities.json"));
    CHECK(facilities != firstFacilities);
    CHECK(share->read(QStringLiteral("reference/facilities.json")) == facilities);
    CHECK(test::allNames(root + QStringLiteral("/reference")) ==
          (QStringList{QStringLiteral("checklists.json"), QStringLiteral("facilities.json"),
                       QStringLiteral("followups.json")}));

    // A laptop syncs visits with photos and gets the reference data.
    test::SyncFixture fx;
    fx.finishedVisit(true);
    fx.finishedVisit(true);
    fx.finishedVisit();
    const sync::SyncReport first = sync::SyncEngine(fx.db, *share).run();
    for (const auto &v : first.visits)
        INFO(v.fileName.toStdString() << ": " << v.reason.toStdString());
    REQUIRE(first.visits.size() == 3);
    CHECK(first.count(Outcome::Sent) == 3);
    const auto &pulled = test::referenceResult(first, QStringLiteral("facilities.json"));
    INFO(pulled.reason.toStdString());
    CHECK(pulled.outcome == RefOutcome::Updated);
    CHECK(pulled.deactivated == 1);
    CHECK(test::referenceResult(first, QStringLiteral("checklists.json")).outcome ==
          RefOutcome::Updated);
    QStringList sent;
    for (const auto &row : fx.outbox()) {
        const QString path = root + QStringLiteral("/inbox/") + row.fileName;
        test::requireValidVisitFile(path);
        CHECK(test::readAll(path) == row.bytes);
        sent.append(row.fileName);
    }
    sent.sort();
    CHECK(test::allNames(root + QStringLiteral("/inbox")) == sent);
    CHECK(share->list(QStringLiteral("inbox")) == sent);

    // Again: nothing is sent, and the reference files are known unchanged (lighttpd gives no
    // ETag on HEAD: the version then comes from PROPFIND).
    const sync::SyncReport second = sync::SyncEngine(fx.db, *share).run();
    CHECK(second.visits.empty());
    CHECK(test::referenceResult(second, QStringLiteral("facilities.json")).outcome ==
          RefOutcome::Unchanged);
    CHECK(test::referenceResult(second, QStringLiteral("checklists.json")).outcome ==
          RefOutcome::Unchanged);

    // The office merges: archive/2026/03 (the merge tests' clock) and rejected/ with a reason.
    CHECK(share->putNew(QStringLiteral("inbox/broken.json"), "[1, 2]") ==
          Share::PutResult::Created);
    merge::MergeRun run(officeRepo, *share, &test::mergeClock);
    const merge::MergeReport merged = run.run();
    for (const auto &f : merged.files)
        INFO(f.file.toStdString() << ": " << f.reason.toStdString());
    REQUIRE(merged.files.size() == 4);
    CHECK(merged.count(merge::Outcome::Imported) == 3);
    CHECK(merged.count(merge::Outcome::Rejected) == 1);
    CHECK(test::allNames(root + QStringLiteral("/inbox")).isEmpty());
    CHECK(test::allNames(root + QStringLiteral("/archive/2026/03")) == sent);
    CHECK(test::allNames(root + QStringLiteral("/rejected")) ==
          (QStringList{QStringLiteral("broken.json"), QStringLiteral("broken.json.reason.txt")}));
    CHECK(QString::fromUtf8(test::readAll(root + QStringLiteral("/rejected/broken.json.reason.txt")))
              .startsWith(QStringLiteral("broken.json: ")));
    CHECK(storage::SqliteOfficeRepository(office).rejected().size() == 1);
    CHECK(run.run().files.empty());

    // A different file already under a final name is never overwritten; the same bytes are
    // "already there".
    const QString archived = QStringLiteral("archive/2026/03/") + sent.front();
    const QByteArray archivedBytes = test::readAll(root + u'/' + archived);
    const ShareError taken =
        test::shareErrorOf([&] { share->putNew(archived, "{\"not\":\"the same\"}"); });
    CHECK(taken.kind() == ShareError::Kind::Exists);
    CHECK(taken.message().contains(QStringLiteral("not overwritten")));
    CHECK(share->putNew(archived, archivedBytes) == Share::PutResult::AlreadyIdentical);
    CHECK(share->putNew(QStringLiteral("inbox/") + sent.front(), "other bytes") ==
          Share::PutResult::Created);
    const ShareError moveOver = test::shareErrorOf(
        [&] { share->move(QStringLiteral("inbox/") + sent.front(), archived); });
    CHECK(moveOver.kind() == ShareError::Kind::Exists);
    CHECK(test::readAll(root + u'/' + archived) == archivedBytes);
    CHECK(share->list(QStringLiteral("inbox")) == QStringList{sent.front()});
    // A source another merge took: false, not an error (rclone answers 403 for it).
    CHECK_FALSE(share->move(QStringLiteral("inbox/gone.json"), QStringLiteral("archive/gone.json")));
    CHECK(partialFiles(root).isEmpty());
}

TEST_CASE("A WebDAV server killed during a 50-file sync: the re-run sends the rest once, and no "
          "partial file ever has a final name",
          "[sync][webdav][servers]")
{
    const QString kind = kindUnderTest();
    INFO("server " << kind.toStdString());
    const auto server = WebDavServer::make(kind);
    const QString inbox = server->shareDir() + QStringLiteral("/inbox");
    test::SyncFixture fx;
    for (int i = 0; i < 50; ++i)
        fx.finishedVisit(i % 2 == 0);
    const auto rows = fx.outbox();
    std::map<QString, QByteArray> expected;
    for (const auto &row : rows)
        expected[row.fileName] = row.bytes;
    REQUIRE(expected.size() == 50);

    // Killed from another thread once 20 names (part files included) are in the inbox on disk,
    // so the sync is in the middle of a PUT or a MOVE, or between them.
    std::atomic<bool> done{false};
    std::thread killer([&] {
        while (!done && QDir(inbox)
                                .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)
                                .size() < 20) {
            std::this_thread::yield();
        }
        if (!done)
            server->signalKill();
    });
    const auto share = shareOn(*server, 5000);
    const sync::SyncReport r = sync::SyncEngine(fx.db, *share).run();
    done = true;
    killer.join();
    server->kill();
    REQUIRE(r.visits.size() == 50);
    CHECK(r.count(Outcome::Sent) < 50);
    CHECK(r.count(Outcome::Failed) == 1);

    // Whatever has a final name on disk is whole: partial writes only ever have part names.
    const auto requireWhole = [&] {
        for (const QString &name : QDir(inbox).entryList(QDir::Files | QDir::NoDotAndDotDot)) {
            INFO(name.toStdString());
            REQUIRE(expected.count(name) == 1);
            CHECK(test::readAll(inbox + u'/' + name) == expected.at(name));
        }
    };
    requireWhole();

    server->start();
    const auto again = shareOn(*server, 5000);
    const sync::SyncReport rerun = sync::SyncEngine(fx.db, *again).run();
    for (const auto &v : rerun.visits)
        INFO(v.fileName.toStdString() << ": " << v.reason.toStdString());
    CHECK(rerun.count(Outcome::Sent) + rerun.count(Outcome::AlreadySent) ==
          int(rerun.visits.size()));
    CHECK(fx.pending() == 0);
    requireWhole();
    QStringList names;
    for (const auto &[name, bytes] : expected)
        names.append(name);
    names.sort();
    CHECK(again->list(QStringLiteral("inbox")) == names);
    CHECK(QDir(inbox).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name) == names);
}

TEST_CASE("nginx's default upload limit: a visit too large for it fails in plain words with its "
          "size",
          "[sync][webdav][servers]")
{
    const auto server = WebDavServer::makeNginx(QStringLiteral("1m"));
    const auto share = shareOn(*server);
    const ShareError e = test::shareErrorOf([&] {
        share->putNew(QStringLiteral("inbox/big.json"), QByteArray(3 * 1024 * 1024 + 1, 'x'));
    });
    INFO(e.message().toStdString());
    CHECK(e.message().contains(
        QStringLiteral("the server's upload limit is too small for this file: 3.0 MB; ask IT to "
                       "raise it (413)")));
    CHECK(e.message().contains(QStringLiteral("/dav/inbox/big.json")));
    CHECK(partialFiles(server->shareDir()).isEmpty());
    CHECK(share->putNew(QStringLiteral("inbox/small.json"), "{}") == Share::PutResult::Created);
}

} // namespace tillsyn_unity_webdavservers_test
