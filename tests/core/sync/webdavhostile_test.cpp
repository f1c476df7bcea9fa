// WebDavShare against a hostile or broken server (tests/support/webdav/hostileserver.h): an
// endless body, a gzip bomb, a trickle, a body cut short. Each ends within its deadline, with
// bounded memory, and a transfer failure never turns into a rejected file.
#include "syncfixture.h"

#include "merge/mergefixture.h"
#include "storage/facilitystore.h"
#include "storage/sqliteofficerepository.h"
#include "support/officerepo.h"
#include "sync/shareerror.h"
#include "sync/sharelocation.h"
#include "sync/syncengine.h"
#include "sync/webdavshare.h"

#include "support/catchqt.h"
#include "support/webdav/hostileserver.h"

#include <QElapsedTimer>
#include <QFile>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_webdavhostile_test {

using namespace tillsyn;
using sync::Share;
using sync::ShareError;
using sync::WebDavShare;
using test::HostileServer;
using Kind = ShareError::Kind;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// A line of /proc/self/status in bytes (VmRSS, VmHWM).
qint64 memoryStatus(const QByteArray &field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    FAIL("no " << field.toStdString() << " in /proc/self/status");
    return 0;
}

// Resets the process's peak resident size (VmHWM) to its current size (Linux ≥ 4.0).
void resetPeakMemory()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write("5") == 1);
}

WebDavShare shareOn(const HostileServer &server, int timeoutMs = 10000)
{
    return WebDavShare(server.url(), {}, {}, nullptr, timeoutMs);
}

bool anyRequest(const HostileServer &server, const QByteArray &verb)
{
    for (const QByteArray &r : server.requests()) {
        if (r.startsWith(verb + ' '))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("A 3 GiB body is refused at the read limit, in bounded memory and time",
          "[sync][webdav][hostile]")
{
    constexpr qint64 k3GiB = 3 * 1024 * kMiB;
    const bool announce = GENERATE(true, false);
    INFO((announce ? "Content-Length announced" : "no Content-Length, ends when closed"));
    HostileServer server([&](const HostileServer::Request &, HostileServer::Connection &c) {
        if (!c.send(HostileServer::head(200, announce ? "Content-Length: " +
                                                            QByteArray::number(k3GiB) + "\r\n"
                                                      : QByteArray())))
            return;
        const QByteArray chunk(int(kMiB), 'x');
        for (qint64 sent = 0; sent < k3GiB && c.send(chunk); sent += chunk.size()) {
        }
    });
    WebDavShare share = shareOn(server);
    resetPeakMemory();
    const qint64 before = memoryStatus("VmRSS");
    QElapsedTimer clock;
    clock.start();
    const ShareError e = test::shareErrorOf([&] { share.read(QStringLiteral("inbox/big.json")); });
    const qint64 grew = memoryStatus("VmHWM") - before;
    INFO(e.message().toStdString() << "; peak memory grew by " << grew / kMiB << " MiB in "
                                   << clock.elapsed() << " ms; the server sent "
                                   << server.bytesSent() / kMiB << " MiB");
    CHECK(e.kind() == Kind::TooLarge);
    CHECK(e.message().contains(QStringLiteral("more than 64 MB")));
    // The share keeps at most readLimit + 1 bytes and stops the transfer there; what Qt's network
    // thread read ahead meanwhile (a few hundred MB on loopback at worst) is freed with the
    // reply. Before, the whole 3 GiB was held.
    CHECK(grew < 8 * Share::readLimit);
    CHECK(server.bytesSent() < 8 * Share::readLimit);
    if (!announce)
        CHECK(server.bytesSent() > Share::readLimit);
    CHECK(clock.elapsed() < 20000);
}

TEST_CASE("A gzip bomb is never inflated: compression is not asked for, and refused when sent",
          "[sync][webdav][hostile]")
{
    const QByteArray bomb = HostileServer::gzipBomb(512 * kMiB);
    REQUIRE(bomb.size() < 2 * kMiB);
    HostileServer server([&](const HostileServer::Request &r, HostileServer::Connection &c) {
        const QByteArray headers = "Content-Encoding: gzip\r\nETag: \"bomb\"\r\nContent-Length: " +
                                   QByteArray::number(bomb.size()) + "\r\n";
        c.send(HostileServer::head(200, headers));
        if (r.verb == "GET")
            c.send(bomb);
    });
    WebDavShare share = shareOn(server);
    resetPeakMemory();
    const qint64 before = memoryStatus("VmRSS");
    const ShareError e = test::shareErrorOf(
        [&] { share.read(QStringLiteral("reference/facilities.json")); });
    CHECK(e.kind() == Kind::Other);
    CHECK(e.message().contains(QStringLiteral("compressed data that was not asked for (gzip)")));
    CHECK(memoryStatus("VmHWM") - before < Share::readLimit);

    // The laptop's reference data stays as it was.
    test::SyncFixture fx;
    const int facilities = storage::FacilityStore(fx.db).count({});
    const sync::SyncReport r = sync::SyncEngine(fx.db, share).run();
    const auto &pulled = test::referenceResult(r, QStringLiteral("facilities.json"));
    CHECK(pulled.outcome == sync::ReferenceResult::Outcome::Failed);
    CHECK(pulled.reason.contains(QStringLiteral("compressed")));
    CHECK(storage::FacilityStore(fx.db).count({}) == facilities);
    // Every request said so.
    REQUIRE(anyRequest(server, "GET"));
    for (const QByteArray &request : server.requests()) {
        INFO(request.toStdString());
        CHECK(request.toLower().contains("\r\naccept-encoding: identity"));
    }
}

TEST_CASE("One byte every 3 s with a 5 s timeout ends at the request's deadline",
          "[sync][webdav][hostile]")
{
    HostileServer server([](const HostileServer::Request &, HostileServer::Connection &c) {
        if (!c.send(HostileServer::head(200, "Content-Length: 100\r\n")))
            return;
        for (int i = 0; i < 100 && c.send("x"); ++i) {
            if (!c.pause(3000))
                return;
        }
    });
    // As `tillsyn-cli sync --timeout 5` makes it.
    sync::ShareLocation location{server.url().toString(), {}, {}, 5000};
    const auto share = location.open();
    QElapsedTimer clock;
    clock.start();
    const ShareError e =
        test::shareErrorOf([&] { share->read(QStringLiteral("reference/facilities.json")); });
    const qint64 elapsed = clock.elapsed();
    INFO(e.message().toStdString() << " after " << elapsed << " ms");
    CHECK(e.kind() == Kind::Timeout);
    CHECK(e.message().contains(QStringLiteral("too slow")));
    CHECK(elapsed >= 5000);
    CHECK(elapsed < 7000);
}

TEST_CASE("A body cut short after the status is a transfer failure: the file stays in the inbox "
          "and nothing is rejected",
          "[sync][webdav][hostile][merge]")
{
    const std::vector<test::VisitFile> files{
        test::visitFile(test::mergeVisit(test::uuidFor(1), 1, 0)),
        test::visitFile(test::mergeVisit(test::uuidFor(2), 1, 0))};
    QByteArray listing = "<?xml version=\"1.0\"?><d:multistatus xmlns:d=\"DAV:\">"
                         "<d:response><d:href>/dav/inbox/</d:href><d:propstat><d:prop>"
                         "<d:resourcetype><d:collection/></d:resourcetype></d:prop>"
                         "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>";
    for (const auto &f : files)
        listing += "<d:response><d:href>/dav/inbox/" + f.name.toUtf8() +
                   "</d:href><d:propstat><d:prop><d:resourcetype/></d:prop>"
                   "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>";
    listing += "</d:multistatus>";
    HostileServer server([&](const HostileServer::Request &r, HostileServer::Connection &c) {
        if (r.verb == "PROPFIND" && r.path == "/dav/inbox/") {
            c.send(HostileServer::head(207, "Content-Type: application/xml\r\nContent-Length: " +
                                                QByteArray::number(listing.size()) + "\r\n") +
                   listing);
        } else if (r.verb == "PROPFIND") {
            c.send(HostileServer::head(404, "Content-Length: 0\r\n"));
        } else if (r.verb == "GET") {
            for (const auto &f : files) {
                if (r.path.endsWith(f.name.toUtf8())) {
                    // The whole file announced, 200 bytes sent, the connection closed.
                    c.send(HostileServer::head(200, "Content-Length: " +
                                                        QByteArray::number(f.bytes.size()) +
                                                        "\r\n") +
                           f.bytes.left(200));
                    return;
                }
            }
            c.send(HostileServer::head(404, "Content-Length: 0\r\n"));
        } else {
            c.send(HostileServer::head(500, "Content-Length: 0\r\n"));
        }
    });
    WebDavShare share = shareOn(server);
    const ShareError e = test::shareErrorOf(
        [&] { share.read(QStringLiteral("inbox/") + files[0].name); });
    CHECK(e.kind() == Kind::Incomplete);
    CHECK(e.isTransient());
    CHECK(e.message().contains(QStringLiteral("cut off (200 of %1 bytes arrived)")
                                   .arg(files[0].bytes.size())));

    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("office.db")));
    storage::SqliteOfficeRepository office(db);
    merge::MergeRun run(office, share, &test::mergeClock);
    try {
        const merge::MergeReport report = run.run();
        for (const auto &f : report.files)
            CHECK(f.outcome != merge::Outcome::Rejected);
    } catch (const ShareError &failed) {
        CHECK(failed.kind() == Kind::Incomplete);
    }
    // Nothing was moved, written or recorded: both files wait in the inbox for the next run.
    for (const QByteArray &request : server.requests())
        INFO(request.toStdString());
    CHECK_FALSE(anyRequest(server, "MOVE"));
    CHECK_FALSE(anyRequest(server, "PUT"));
    CHECK_FALSE(anyRequest(server, "MKCOL"));
    CHECK(storage::SqliteOfficeRepository(db).rejected().empty());
    CHECK(test::rowCount(db, QStringLiteral("office_revision")) == 0);
}

} // namespace tillsyn_unity_webdavhostile_test
