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

QString fileOf(const QString &path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

} // namespace

TEST_CASE("WebDavShare puts new files with If-None-Match and Basic authentication",
          "[sync][webdav][fake]")
{
    FakeNetwork net;
    WebDavShare share = shareOn(net);
    CHECK(share.putNew(QStringLiteral("inbox/a.json"), "A") == Share::PutResult::Created);
    // The inbox was missing: PUT 409, MKCOL, PUT again.
    REQUIRE(net.requests.size() == 3);
    CHECK(net.requests[0].verb == "PUT");
    CHECK(net.requests[1].verb == "MKCOL");
    CHECK(net.requests[1].path == u"/dav/inbox/");
    CHECK(net.requests[2].verb == "PUT");
    CHECK(net.requests[2].path == u"/dav/inbox/a.json");
    CHECK(net.requests[2].body == "A");
    CHECK(net.requests[2].request.rawHeader("If-None-Match") == "*");
    CHECK(net.requests[2].request.rawHeader("Authorization") ==
          "Basic " + QByteArray("eva:lösen").toBase64());
    CHECK(net.files.at(QStringLiteral("/dav/inbox/a.json")) == "A");

    CHECK(share.putNew(QStringLiteral("inbox/a.json"), "A") == Share::PutResult::AlreadyIdentical);
    const ShareError e =
        test::shareErrorOf([&] { share.putNew(QStringLiteral("inbox/a.json"), "B"); });
    CHECK(e.kind() == Kind::Exists);
    CHECK(e.message().contains(QStringLiteral("https://dav.example.invalid/dav/inbox/a.json")));
    CHECK(net.files.at(QStringLiteral("/dav/inbox/a.json")) == "A");
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
    REQUIRE(net.requests.size() == 1);
    CHECK(net.requests[0].request.url().userInfo().isEmpty());
    CHECK(net.requests[0].request.url().toString() ==
          u"https://dav.example.invalid/dav/inbox/a.json");
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
        net.rule = [&](FakeReply *reply, const FakeRequest &) {
            reply->respond(status);
            return true;
        };
        WebDavShare share = shareOn(net);
        const std::vector<std::tuple<int, Kind, QString>> cases = {
            {507, Kind::InsufficientStorage, QStringLiteral("out of space (507)")},
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
            const ShareError e =
                test::shareErrorOf([&] { share.putNew(QStringLiteral("inbox/a.json"), "A"); });
            CHECK(e.kind() == kind);
            CHECK(e.message().contains(text));
            // 409 is taken as a missing folder first: then MKCOL is what failed.
            CHECK(e.message().contains(code == 409 ? QStringLiteral("/dav/inbox/")
                                                   : QStringLiteral("/dav/inbox/a.json")));
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
        CHECK(net.count("PUT") == 1);
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
            if (fileOf(r.path) == files[0]) {
                reply->respond(507);
                return true;
            }
            if (fileOf(r.path) == files[1]) {
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
            if (r.verb == "PUT" && fileOf(r.path) == files[1]) {
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
