// WebDavShare and SyncEngine over a fake network: hangs time out, dropped connections are
// offline, 507/500 are storage and server errors; each failing visit stays waiting, and a failure
// that concerns one file does not stop the others.
#include "fakenetwork.h"
#include "syncfixture.h"

#include "storage/outboxstore.h"
#include "sync/shareerror.h"
#include "sync/sharelocation.h"
#include "sync/syncengine.h"
#include "sync/webdavshare.h"

#include "support/catchqt.h"

#include <QElapsedTimer>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_webdavfake_test {

using namespace tillsyn;
using sync::Share;
using sync::ShareError;
using sync::WebDavShare;
using test::FakeNetwork;
using test::FakeReply;
using test::FakeRequest;
using Outcome = sync::VisitSyncResult::Outcome;
using Kind = ShareError::Kind;

namespace {

const QUrl kUrl(QStringLiteral("https://dav.example.invalid/dav/"));

WebDavShare shareOn(FakeNetwork &net, int timeoutMs = 5000)
{
    return WebDavShare(kUrl, {QStringLiteral("eva"), QStringLiteral("lösen"), {}}, {}, &net,
                       timeoutMs);
}

} // namespace

TEST_CASE("WebDavShare makes the folder, PUTs a part file and MOVEs it without overwriting",
          "[sync][webdav][fake]")
{
    FakeNetwork net;
    WebDavShare share = shareOn(net);
    CHECK(share.putNew(QStringLiteral("inbox/a.json"), "A") == Share::PutResult::Created);
    REQUIRE(net.requests.size() == 3);
    CHECK(net.requests[0].verb == "MKCOL");
    CHECK(net.requests[0].path == u"/dav/inbox/");
    CHECK(net.requests[1].verb == "PUT");
    CHECK(net.requests[1].path.startsWith(u"/dav/inbox/.a.json."));
    CHECK(net.requests[1].path.endsWith(u".part"));
    CHECK(net.requests[1].body == "A");
    CHECK(net.requests[2].verb == "MOVE");
    CHECK(net.requests[2].path == net.requests[1].path);
    CHECK(net.requests[2].request.rawHeader("Destination") ==
          "https://dav.example.invalid/dav/inbox/a.json");
    CHECK(net.requests[2].request.rawHeader("Overwrite") == "F");
    for (const auto &r : net.requests) {
        CHECK(r.request.rawHeader("Authorization") == "Basic " + QByteArray("eva:lösen").toBase64());
        CHECK(r.request.rawHeader("Accept-Encoding") == "identity");
    }
    CHECK(net.files.size() == 1);
    CHECK(net.files.at(QStringLiteral("/dav/inbox/a.json")) == "A");

    // The folder is known now: no MKCOL. The name is taken: 412, the part is deleted, the bytes
    // are compared.
    net.requests.clear();
    CHECK(share.putNew(QStringLiteral("inbox/a.json"), "A") == Share::PutResult::AlreadyIdentical);
    CHECK(net.count("MKCOL") == 0);
    CHECK(net.count("DELETE") == 1);
    const ShareError e =
        test::shareErrorOf([&] { share.putNew(QStringLiteral("inbox/a.json"), "B"); });
    CHECK(e.kind() == Kind::Exists);
    CHECK(e.message().contains(QStringLiteral("https://dav.example.invalid/dav/inbox/a.json")));
    CHECK(net.files.size() == 1);
    CHECK(net.files.at(QStringLiteral("/dav/inbox/a.json")) == "A");

    // A folder MKCOL finds there (405) is fine; each level once.
    net.folders.insert(QStringLiteral("/dav/archive/"));
    net.requests.clear();
    CHECK(share.putNew(QStringLiteral("archive/2026/03/b.json"), "B") ==
          Share::PutResult::Created);
    CHECK(net.count("MKCOL") == 3);
    CHECK(net.files.at(QStringLiteral("/dav/archive/2026/03/b.json")) == "B");
    net.requests.clear();
    CHECK(share.move(QStringLiteral("inbox/a.json"), QStringLiteral("archive/2026/03/a.json")));
    CHECK(net.count("MKCOL") == 0);
    CHECK(net.files.count(QStringLiteral("/dav/archive/2026/03/a.json")) == 1);
}

TEST_CASE("A password in the share's URL is never sent in the URL nor shown",
          "[sync][webdav][fake]")
{
    FakeNetwork net;
    WebDavShare share(QUrl(QStringLiteral("https://eva:hemligt@dav.example.invalid/dav")),
                      {QStringLiteral("eva"), QStringLiteral("hemligt"), {}}, {}, &net);
    CHECK_FALSE(share.describe().contains(QStringLiteral("hemligt")));
    net.folders.insert(QStringLiteral("/dav/inbox/"));
    share.putNew(QStringLiteral("inbox/a.json"), "A");
    REQUIRE(net.requests.size() == 3);
    for (const auto &r : net.requests)
        CHECK(r.request.url().userInfo().isEmpty());
    CHECK(net.requests[2].request.rawHeader("Destination") ==
          "https://dav.example.invalid/dav/inbox/a.json");
}

TEST_CASE("A password or token is never sent over plain http, without one http works",
          "[sync][webdav][fake]")
{
    FakeNetwork net;
    const sync::Credentials password{QStringLiteral("eva"), QStringLiteral("lösen"), {}};
    const sync::Credentials token{{}, {}, QStringLiteral("t0k3n")};
    for (const auto &credentials : {password, token}) {
        WebDavShare share(QUrl(QStringLiteral("http://dav.example.invalid/dav/")), credentials, {},
                          &net);
        const ShareError e =
            test::shareErrorOf([&] { share.putNew(QStringLiteral("inbox/a.json"), "A"); });
        CHECK(e.kind() == Kind::Tls);
        CHECK(e.message().contains(QStringLiteral("never sent over an unencrypted connection")));
        CHECK(e.message().contains(QStringLiteral("https://")));
        CHECK(test::shareErrorOf([&] { share.read(QStringLiteral("reference/x.json")); }).kind() ==
              Kind::Tls);
    }
    CHECK(net.requests.empty());

    WebDavShare anonymous(QUrl(QStringLiteral("http://dav.example.invalid/dav/")), {}, {}, &net);
    CHECK(anonymous.putNew(QStringLiteral("inbox/a.json"), "A") == Share::PutResult::Created);
    for (const auto &r : net.requests)
        CHECK(r.request.rawHeader("Authorization").isEmpty());
}

TEST_CASE("WebDavShare: a MOVE whose source is gone is \"taken\", versions come from PROPFIND "
          "when HEAD has none",
          "[sync][webdav][fake]")
{
    FakeNetwork net;
    net.folders.insert(QStringLiteral("/dav/inbox/"));
    net.folders.insert(QStringLiteral("/dav/archive/"));
    net.files[QStringLiteral("/dav/inbox/there.json")] = "T";
    WebDavShare share = shareOn(net);

    SECTION("404 and rclone's 403-then-HEAD-404 are false; 403 for a file still there is denied")
    {
        CHECK_FALSE(share.move(QStringLiteral("inbox/gone.json"), QStringLiteral("archive/g.json")));
        net.rule = [](FakeReply *reply, const FakeRequest &r) {
            if (r.verb != "MOVE")
                return false;
            reply->respond(403);
            return true;
        };
        CHECK_FALSE(share.move(QStringLiteral("inbox/gone.json"), QStringLiteral("archive/g.json")));
        const ShareError e = test::shareErrorOf(
            [&] { share.move(QStringLiteral("inbox/there.json"), QStringLiteral("archive/t.json")); });
        CHECK(e.kind() == Kind::Forbidden);
        CHECK(e.message().contains(QStringLiteral("access is denied (403)")));
        CHECK(e.message().contains(QStringLiteral("/inbox/there.json")));
        CHECK(net.files.count(QStringLiteral("/dav/inbox/there.json")) == 1);
    }
    SECTION("lighttpd: no ETag or Last-Modified on HEAD, the version from PROPFIND")
    {
        net.rule = [](FakeReply *reply, const FakeRequest &r) {
            if (r.verb == "HEAD") {
                reply->respond(200);
                return true;
            }
            if (r.verb == "PROPFIND") {
                CHECK(r.request.rawHeader("Depth") == "0");
                reply->respond(207, "<?xml version=\"1.0\"?><D:multistatus xmlns:D=\"DAV:\">"
                                    "<D:response><D:href>/dav/inbox/there.json</D:href>"
                                    "<D:propstat><D:prop><D:getetag>\"5-abc\"</D:getetag>"
                                    "<D:getlastmodified>Tue, 01 Dec 2026 10:00:00 GMT"
                                    "</D:getlastmodified></D:prop></D:propstat></D:response>"
                                    "</D:multistatus>");
                return true;
            }
            return false;
        };
        const auto v = share.version(QStringLiteral("inbox/there.json"));
        REQUIRE(v.has_value());
        CHECK(v->tag == u"\"5-abc\"");
        CHECK(net.count("PROPFIND") == 1);
    }
}

TEST_CASE("WebDavShare turns hangs, drops and error statuses into ShareError kinds",
          "[sync][webdav][fake]")
{
    FakeNetwork net;
    net.folders.insert(QStringLiteral("/dav/inbox/"));

    SECTION("a reply that never finishes times out")
    {
        net.rule = [](FakeReply *reply, const FakeRequest &) {
            reply->hang();
            return true;
        };
        WebDavShare share = shareOn(net, 300);
        QElapsedTimer timer;
        timer.start();
        const ShareError e =
            test::shareErrorOf([&] { share.putNew(QStringLiteral("inbox/a.json"), "A"); });
        const qint64 elapsed = timer.elapsed();
        CHECK(e.kind() == Kind::Timeout);
        CHECK(e.isTransient());
        CHECK(e.message().contains(QStringLiteral("did not answer within 0.3 seconds")));
        CHECK(elapsed >= 250);
        CHECK(elapsed < 5000);
    }
    SECTION("a connection dropped in the middle of the upload is offline")
    {
        net.rule = [](FakeReply *reply, const FakeRequest &r) {
            reply->dropMidUpload(r.body.size());
            return true;
        };
        WebDavShare share = shareOn(net);
        const ShareError e = test::shareErrorOf(
            [&] { share.putNew(QStringLiteral("inbox/a.json"), QByteArray(4096, 'x')); });
        CHECK(e.kind() == Kind::Offline);
        CHECK(e.message().contains(QStringLiteral("cannot be reached")));
        CHECK(e.message().contains(QStringLiteral("Connection closed")));
    }
    SECTION("status codes")
    {
        int status = 0;
        net.rule = [&](FakeReply *reply, const FakeRequest &r) {
            if (r.verb != "PUT")
                return false;
            reply->respond(status);
            return true;
        };
        WebDavShare share = shareOn(net);
        const std::vector<std::tuple<int, Kind, QString>> cases = {
            {507, Kind::InsufficientStorage, QStringLiteral("out of space (507)")},
            {413, Kind::Other,
             QStringLiteral("upload limit is too small for this file: 3.0 MB; ask IT to raise it")},
            {423, Kind::Conflict, QStringLiteral("locked on the server (423)")},
            {500, Kind::ServerError, QStringLiteral("the server answered 500")},
            {503, Kind::ServerError, QStringLiteral("the server answered 503")},
            {401, Kind::Unauthorized, QStringLiteral("password was not accepted (401)")},
            {403, Kind::Forbidden, QStringLiteral("access is denied (403)")},
            {409, Kind::Conflict, QStringLiteral("conflict (409)")},
            {400, Kind::Other, QStringLiteral("the server answered 400")},
        };
        for (const auto &[code, kind, text] : cases) {
            status = code;
            INFO("status " << code);
            const ShareError e = test::shareErrorOf([&] {
                share.putNew(QStringLiteral("inbox/a.json"), QByteArray(3 * 1024 * 1024, 'x'));
            });
            CHECK(e.kind() == kind);
            CHECK(e.message().contains(text));
            CHECK(e.message().contains(QStringLiteral("/dav/inbox/a.json")));
            CHECK(e.isTransient() == (code >= 500));
        }
    }
}

TEST_CASE("SyncEngine over a failing WebDAV server keeps the visits waiting",
          "[sync][webdav][fake][engine]")
{
    test::SyncFixture fx;
    for (int i = 0; i < 4; ++i)
        fx.finishedVisit();
    std::vector<QString> files;
    for (const auto &row : fx.outbox(false))
        files.push_back(row.fileName);
    REQUIRE(files.size() == 4);
    FakeNetwork net;
    net.folders.insert(QStringLiteral("/dav/inbox/"));

    SECTION("a hang: the first times out, the rest are not tried, all wait")
    {
        net.rule = [](FakeReply *reply, const FakeRequest &) {
            reply->hang();
            return true;
        };
        WebDavShare share = shareOn(net, 200);
        const sync::SyncReport r = sync::SyncEngine(fx.db, share).run();
        REQUIRE(r.visits.size() == 4);
        CHECK(r.visits[0].outcome == Outcome::Failed);
        CHECK(r.visits[0].reason.contains(QStringLiteral("did not answer")));
        for (size_t i = 1; i < 4; ++i) {
            CHECK(r.visits[i].outcome == Outcome::Skipped);
            CHECK(r.visits[i].reason == r.visits[0].reason);
        }
        // MKCOL of the inbox hung; no other visit was tried.
        CHECK(net.count("MKCOL") == 1);
        CHECK(net.count("PUT") == 0);
        CHECK(fx.pending() == 4);
        // The reference data could not be fetched either.
        for (const auto &ref : r.reference)
            CHECK(ref.outcome == sync::ReferenceResult::Outcome::Failed);
    }
    SECTION("a dropped connection: offline, all wait")
    {
        net.rule = [](FakeReply *reply, const FakeRequest &r) {
            if (r.verb != "PUT")
                return false;
            reply->dropMidUpload(r.body.size());
            return true;
        };
        WebDavShare share = shareOn(net);
        const sync::SyncReport r = sync::SyncEngine(fx.db, share).run();
        CHECK(r.count(Outcome::Failed) == 1);
        CHECK(r.count(Outcome::Skipped) == 3);
        CHECK(r.visits[0].reason.contains(QStringLiteral("cannot be reached")));
        CHECK(fx.pending() == 4);
        CHECK(net.files.empty());
    }
    SECTION("507 and 500 on two files, a different file under a third's name: the fourth is sent")
    {
        net.files[QStringLiteral("/dav/inbox/") + files[2]] = "someone else's file";
        net.rule = [&](FakeReply *reply, const FakeRequest &r) {
            if (r.verb != "PUT")
                return false;
            if (r.path.contains(files[0])) {
                reply->respond(507);
                return true;
            }
            if (r.path.contains(files[1])) {
                reply->respond(500);
                return true;
            }
            return false;
        };
        WebDavShare share = shareOn(net);
        const sync::SyncReport r = sync::SyncEngine(fx.db, share).run();
        REQUIRE(r.visits.size() == 4);
        CHECK(r.visits[0].outcome == Outcome::Failed);
        CHECK(r.visits[0].reason.contains(QStringLiteral("507")));
        CHECK(r.visits[1].outcome == Outcome::Failed);
        CHECK(r.visits[1].reason.contains(QStringLiteral("500")));
        CHECK(r.visits[2].outcome == Outcome::Failed);
        CHECK(r.visits[2].reason.contains(QStringLiteral("not overwritten")));
        CHECK(r.visits[3].outcome == Outcome::Sent);
        CHECK(net.files.at(QStringLiteral("/dav/inbox/") + files[2]) == "someone else's file");
        CHECK(fx.pending() == 3);
        for (const auto &row : fx.outbox(false)) {
            INFO(row.fileName.toStdString());
            CHECK(row.sentAt.isValid() == (row.fileName == files[3]));
            CHECK((row.fileName == files[3]) == row.lastError.isEmpty());
            CHECK(row.attempts == 1);
        }

        // The server recovers; the other file stays where it is and keeps failing.
        net.rule = {};
        const sync::SyncReport again = sync::SyncEngine(fx.db, share).run();
        REQUIRE(again.visits.size() == 3);
        CHECK(again.count(Outcome::Sent) == 2);
        CHECK(again.count(Outcome::Failed) == 1);
        CHECK(fx.pending() == 1);
        CHECK(storage::OutboxStore(fx.db)
                  .find(fx.outbox(false)[2].visitId, fx.outbox(false)[2].revision, false)
                  ->attempts == 2);
    }
    SECTION("409 on one file even after MKCOL: that one fails, the others go")
    {
        net.rule = [&](FakeReply *reply, const FakeRequest &r) {
            if (r.verb == "PUT" && r.path.contains(files[1])) {
                reply->respond(409);
                return true;
            }
            return false;
        };
        WebDavShare share = shareOn(net);
        const sync::SyncReport r = sync::SyncEngine(fx.db, share).run();
        CHECK(r.visits[1].outcome == Outcome::Failed);
        CHECK(r.visits[1].reason.contains(QStringLiteral("409")));
        CHECK(r.count(Outcome::Sent) == 3);
        CHECK(fx.pending() == 1);
    }
    SECTION("401: the share as a whole refuses, nothing else is tried")
    {
        net.rule = [](FakeReply *reply, const FakeRequest &) {
            reply->respond(401);
            return true;
        };
        WebDavShare share = shareOn(net);
        const sync::SyncReport r = sync::SyncEngine(fx.db, share).run();
        CHECK(r.count(Outcome::Failed) == 1);
        CHECK(r.count(Outcome::Skipped) == 3);
        CHECK(r.visits[3].reason.contains(QStringLiteral("401")));
        CHECK(fx.pending() == 4);
    }
}

} // namespace tillsyn_unity_webdavfake_test
