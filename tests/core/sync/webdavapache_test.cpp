// WebDavShare and SyncEngine against a real Apache mod_dav server (tests/support/webdav), over
// HTTPS (a password never goes over plain http): Basic authentication, MKCOL, part files MOVEd
// into place, the municipality's own CA, and a server that goes away in the middle of a sync. Fails (never skips) when apache2 is not installed.
#include "syncfixture.h"

#include "reference/checklistsfile.h"
#include "reference/facilitiesfile.h"
#include "storage/checkliststore.h"
#include "storage/facilitystore.h"
#include "storage/outboxstore.h"
#include "sync/shareerror.h"
#include "sync/sharelocation.h"
#include "sync/syncengine.h"
#include "sync/webdavshare.h"
#include "visitfile/visitfilereader.h"

#include "support/catchqt.h"
#include "support/webdav/apachefixture.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_webdavapache_test {

using namespace tillsyn;
using sync::Share;
using sync::ShareError;
using sync::WebDavShare;
using test::ApacheFixture;
using Outcome = sync::VisitSyncResult::Outcome;
using RefOutcome = sync::ReferenceResult::Outcome;

namespace {

sync::Credentials credentials(const ApacheFixture &apache)
{
    return {apache.user(), apache.password(), {}};
}

QStringList inboxOnDisk(const ApacheFixture &apache)
{
    return test::allNames(apache.shareDir() + QStringLiteral("/inbox"));
}

domain::Checklist checklist(int version)
{
    domain::Checklist c;
    c.id = QStringLiteral("dav-lista");
    c.version = version;
    c.title = QStringLiteral("Lista via WebDAV");
    c.area = domain::Area::Environment;
    domain::ChecklistSection s;
    s.title = QStringLiteral("Avsnitt");
    for (int i = 1; i <= version; ++i)
        s.items.push_back(
            {QStringLiteral("d-%1").arg(i), QStringLiteral("Punkt %1").arg(i), {}, {}});
    c.sections.push_back(s);
    return c;
}

void markAllUnsent(storage::Database &db)
{
    db.exec(QStringLiteral("UPDATE outbox SET sent_at = NULL, sent_to = ''"));
}

} // namespace

TEST_CASE("Sync to Apache WebDAV with Basic authentication sends each revision once",
          "[sync][webdav][apache]")
{
    ApacheFixture apache({/*https=*/true});
    test::SyncFixture fx;
    fx.finishedVisit(true);
    fx.finishedVisit();
    fx.finishedVisit();
    // The inbox does not exist yet: it is made with MKCOL before the first PUT.
    REQUIRE_FALSE(QFileInfo::exists(apache.shareDir() + QStringLiteral("/inbox")));

    WebDavShare share(apache.url(), credentials(apache),
                      WebDavShare::loadCaFile(apache.caFile()));
    const sync::SyncReport first = sync::SyncEngine(fx.db, share).run();
    for (const auto &v : first.visits)
        INFO(v.fileName.toStdString() << ": " << v.reason.toStdString());
    REQUIRE(first.visits.size() == 3);
    CHECK(first.count(Outcome::Sent) == 3);
    CHECK(test::referenceResult(first, QStringLiteral("facilities.json")).outcome ==
          RefOutcome::Missing);
    CHECK(test::referenceResult(first, QStringLiteral("checklists.json")).outcome ==
          RefOutcome::Missing);

    // The files are in the server's folder, whole, valid and named by the format.
    const QStringList names = inboxOnDisk(apache);
    REQUIRE(names.size() == 3);
    for (const auto &row : fx.outbox()) {
        const QString path = apache.shareDir() + QStringLiteral("/inbox/") + row.fileName;
        test::requireValidVisitFile(path);
        CHECK(test::readAll(path) == row.bytes);
        CHECK(row.sentTo == apache.url().toString());
    }
    // PROPFIND lists them.
    CHECK(share.list(QStringLiteral("inbox")) == names);
    CHECK(share.list(QStringLiteral("archive")).isEmpty());

    // The second sync sends nothing.
    const sync::SyncReport second = sync::SyncEngine(fx.db, share).run();
    CHECK(second.visits.empty());
    CHECK(fx.pending() == 0);

    // A revision 2 follows.
    fx.refinish(fx.outbox(false).front().visitId);
    const sync::SyncReport third = sync::SyncEngine(fx.db, share).run();
    REQUIRE(third.visits.size() == 1);
    CHECK(third.visits[0].outcome == Outcome::Sent);
    CHECK(third.visits[0].revision == 2);
    CHECK(inboxOnDisk(apache).size() == 4);
}

TEST_CASE("A wrong WebDAV password fails clearly and leaves every visit waiting",
          "[sync][webdav][apache]")
{
    ApacheFixture apache({/*https=*/true});
    test::SyncFixture fx;
    fx.finishedVisit();
    fx.finishedVisit();
    domain::Facility f;
    f.id = QStringLiteral("W-1");
    f.name = QStringLiteral("Verkstaden Väst");
    apache.putOnDisk(QStringLiteral("reference/facilities.json"),
                     reference::FacilitiesFile::write({f}, QDateTime::currentDateTimeUtc()));

    WebDavShare wrong(apache.url(), {apache.user(), QStringLiteral("fel-lösen"), {}},
                      WebDavShare::loadCaFile(apache.caFile()));
    const ShareError e =
        test::shareErrorOf([&] { wrong.putNew(QStringLiteral("inbox/x.json"), "x"); });
    CHECK(e.kind() == ShareError::Kind::Unauthorized);
    CHECK(e.message().contains(QStringLiteral("(401)")));
    CHECK_FALSE(e.message().contains(QStringLiteral("fel-lösen")));

    const sync::SyncReport r = sync::SyncEngine(fx.db, wrong).run();
    REQUIRE(r.visits.size() == 2);
    CHECK(r.visits[0].outcome == Outcome::Failed);
    CHECK(r.visits[0].reason.contains(QStringLiteral("password was not accepted (401)")));
    CHECK(r.visits[1].outcome == Outcome::Skipped);
    CHECK(r.visits[1].reason == r.visits[0].reason);
    const auto &ref = test::referenceResult(r, QStringLiteral("facilities.json"));
    CHECK(ref.outcome == RefOutcome::Failed);
    CHECK(ref.reason.contains(QStringLiteral("401")));
    CHECK(fx.pending() == 2);
    CHECK(inboxOnDisk(apache).isEmpty());
    for (const auto &row : fx.outbox(false)) {
        CHECK_FALSE(row.sentAt.isValid());
    }

    // No credentials at all: the same.
    WebDavShare anonymous(apache.url(), {},
                      WebDavShare::loadCaFile(apache.caFile()));
    CHECK(test::shareErrorOf([&] {
              anonymous.read(QStringLiteral("reference/facilities.json"));
          }).kind() == ShareError::Kind::Unauthorized);

    // With the right password they go.
    WebDavShare right(apache.url(), credentials(apache),
                      WebDavShare::loadCaFile(apache.caFile()));
    const sync::SyncReport ok = sync::SyncEngine(fx.db, right).run();
    CHECK(ok.count(Outcome::Sent) == 2);
    CHECK(test::referenceResult(ok, QStringLiteral("facilities.json")).outcome ==
          RefOutcome::Updated);
    CHECK(fx.pending() == 0);
}

TEST_CASE("Apache WebDAV: identical bytes already there count as sent, different bytes are "
          "never overwritten",
          "[sync][webdav][apache]")
{
    ApacheFixture apache({/*https=*/true});
    test::SyncFixture fx;
    fx.finishedVisit();
    WebDavShare share(apache.url(), credentials(apache),
                      WebDavShare::loadCaFile(apache.caFile()));
    REQUIRE(sync::SyncEngine(fx.db, share).run().count(Outcome::Sent) == 1);

    // The confirmation was lost (say the connection dropped after the server stored the file):
    // the next sync PUTs again, gets 412, compares and counts it as sent.
    markAllUnsent(fx.db);
    REQUIRE(fx.pending() == 1);
    const sync::SyncReport again = sync::SyncEngine(fx.db, share).run();
    REQUIRE(again.visits.size() == 1);
    CHECK(again.visits[0].outcome == Outcome::AlreadySent);
    CHECK(fx.pending() == 0);

    // Someone else's file under the name of the next visit's file.
    fx.finishedVisit();
    fx.finishedVisit();
    const auto rows = fx.outbox(false);
    REQUIRE(rows.size() == 3);
    const QString taken = rows[1].fileName;
    apache.putOnDisk(QStringLiteral("inbox/") + taken, "{\"not\":\"ours\"}");
    const sync::SyncReport r = sync::SyncEngine(fx.db, share).run();
    REQUIRE(r.visits.size() == 2);
    CHECK(r.visits[0].fileName == taken);
    CHECK(r.visits[0].outcome == Outcome::Failed);
    CHECK(r.visits[0].reason.contains(QStringLiteral("a different file with this name is already "
                                                     "on the server")));
    // One file's problem does not stop the next.
    CHECK(r.visits[1].outcome == Outcome::Sent);
    CHECK(test::readAll(apache.shareDir() + QStringLiteral("/inbox/") + taken) ==
          "{\"not\":\"ours\"}");
    CHECK(fx.pending() == 1);
    CHECK(test::shareErrorOf([&] {
              share.putNew(QStringLiteral("inbox/") + taken, "mine");
          }).kind() == ShareError::Kind::Exists);
}

TEST_CASE("Apache WebDAV over HTTPS verifies the server with the given CA and refuses another",
          "[sync][webdav][apache][tls]")
{
    ApacheFixture apache({/*https=*/true});
    REQUIRE(apache.url().scheme() == u"https");
    test::SyncFixture fx;
    fx.finishedVisit();
    fx.finishedVisit();

    SECTION("another CA: refused with a TLS message, nothing sent")
    {
        sync::ShareLocation location{apache.url().toString(), credentials(apache),
                                     apache.otherCaFile(), 10000};
        const auto share = location.open();
        const ShareError e =
            test::shareErrorOf([&] { share->putNew(QStringLiteral("inbox/x.json"), "x"); });
        INFO(e.message().toStdString());
        CHECK(e.kind() == ShareError::Kind::Tls);
        CHECK(e.message().contains(QStringLiteral("certificate does not verify")));
        const sync::SyncReport r = sync::SyncEngine(fx.db, *share).run();
        CHECK(r.count(Outcome::Failed) == 1);
        CHECK(r.count(Outcome::Skipped) == 1);
        CHECK(r.visits[0].reason.contains(QStringLiteral("certificate")));
        CHECK(fx.pending() == 2);
        CHECK(inboxOnDisk(apache).isEmpty());
    }
    SECTION("no CA file: the system's CAs do not know the server either")
    {
        WebDavShare share(apache.url(), credentials(apache));
        CHECK(test::shareErrorOf([&] {
                  share.putNew(QStringLiteral("inbox/x.json"), "x");
              }).kind() == ShareError::Kind::Tls);
    }
    SECTION("the server's CA: sent")
    {
        sync::ShareLocation location{apache.url().toString(), credentials(apache), apache.caFile(),
                                     10000};
        REQUIRE(location.isWebDav());
        const auto share = location.open();
        const sync::SyncReport r = sync::SyncEngine(fx.db, *share).run();
        for (const auto &v : r.visits)
            INFO(v.reason.toStdString());
        CHECK(r.count(Outcome::Sent) == 2);
        CHECK(fx.pending() == 0);
        for (const QString &name : inboxOnDisk(apache))
            test::requireValidVisitFile(apache.shareDir() + QStringLiteral("/inbox/") + name);
        CHECK(inboxOnDisk(apache).size() == 2);
    }
}

TEST_CASE("Apache stopped in the middle of a sync: the rest waits and goes after a restart",
          "[sync][webdav][apache]")
{
    ApacheFixture apache({/*https=*/true});
    test::SyncFixture fx;
    for (int i = 0; i < 3; ++i)
        fx.finishedVisit();
    WebDavShare share(apache.url(), credentials(apache),
                      WebDavShare::loadCaFile(apache.caFile()));

    // Stop the server once the first file is sent, before the second.
    const sync::SyncReport r =
        sync::SyncEngine(fx.db, share).run([&](int done, int, const QString &) {
            if (done == 1)
                apache.stop();
            return true;
        });
    REQUIRE_FALSE(apache.isRunning());
    REQUIRE(r.visits.size() == 3);
    CHECK(r.visits[0].outcome == Outcome::Sent);
    CHECK(r.visits[1].outcome == Outcome::Failed);
    CHECK(r.visits[1].reason.contains(QStringLiteral("cannot be reached")));
    CHECK(r.visits[2].outcome == Outcome::Skipped);
    CHECK(fx.pending() == 2);

    // Still down: still waiting.
    const sync::SyncReport down = sync::SyncEngine(fx.db, share).run();
    CHECK(down.count(Outcome::Sent) == 0);
    CHECK(fx.pending() == 2);

    apache.start();
    const sync::SyncReport after = sync::SyncEngine(fx.db, share).run();
    CHECK(after.count(Outcome::Sent) == 2);
    CHECK(fx.pending() == 0);
    CHECK(inboxOnDisk(apache).size() == 3);
}

TEST_CASE("Reference data comes from Apache with GET, and replace() swaps it with MOVE",
          "[sync][webdav][apache][reference]")
{
    ApacheFixture apache({/*https=*/true});
    test::SyncFixture fx;
    domain::Facility f;
    f.id = QStringLiteral("W-1");
    f.name = QStringLiteral("Verkstaden Väst");
    apache.putOnDisk(QStringLiteral("reference/facilities.json"),
                     reference::FacilitiesFile::write({f}, QDateTime::currentDateTimeUtc()));
    apache.putOnDisk(
        QStringLiteral("reference/checklists.json"),
        reference::ChecklistsFile::write({checklist(1)}, QDateTime::currentDateTimeUtc()));
    WebDavShare share(apache.url(), credentials(apache),
                      WebDavShare::loadCaFile(apache.caFile()));

    const sync::SyncReport first = sync::SyncEngine(fx.db, share).run();
    CHECK(test::referenceResult(first, QStringLiteral("facilities.json")).outcome ==
          RefOutcome::Updated);
    CHECK(test::referenceResult(first, QStringLiteral("checklists.json")).outcome ==
          RefOutcome::Updated);
    CHECK(storage::FacilityStore(fx.db).find(QStringLiteral("W-1")).has_value());
    CHECK(storage::ChecklistStore(fx.db).latest(QStringLiteral("dav-lista"))->version == 1);

    // The ETag has not changed: nothing is downloaded.
    const sync::SyncReport second = sync::SyncEngine(fx.db, share).run();
    CHECK(test::referenceResult(second, QStringLiteral("facilities.json")).outcome ==
          RefOutcome::Unchanged);
    CHECK(test::referenceResult(second, QStringLiteral("checklists.json")).outcome ==
          RefOutcome::Unchanged);

    // The office publishes version 2: PUT to a temporary name, MOVE over the old file.
    const QByteArray v2 = reference::ChecklistsFile::write({checklist(1), checklist(2)},
                                                           QDateTime::currentDateTimeUtc());
    share.replace(QStringLiteral("reference/checklists.json"), v2);
    CHECK(test::readAll(apache.shareDir() + QStringLiteral("/reference/checklists.json")) == v2);
    // No temporary file is left behind.
    CHECK(test::allNames(apache.shareDir() + QStringLiteral("/reference")) ==
          (QStringList{QStringLiteral("checklists.json"), QStringLiteral("facilities.json")}));
    CHECK(share.read(QStringLiteral("reference/checklists.json")) == v2);

    const sync::SyncReport third = sync::SyncEngine(fx.db, share).run();
    const auto &ref = test::referenceResult(third, QStringLiteral("checklists.json"));
    CHECK(ref.outcome == RefOutcome::Updated);
    CHECK(ref.added == 1);
    CHECK(storage::ChecklistStore(fx.db).latest(QStringLiteral("dav-lista"))->version == 2);

    // move(): into a folder that does not exist yet (MKCOL), never over an existing file.
    share.putNew(QStringLiteral("inbox/a.json"), "a");
    share.putNew(QStringLiteral("inbox/b.json"), "b");
    CHECK(share.move(QStringLiteral("inbox/a.json"), QStringLiteral("archive/a.json")));
    CHECK(test::readAll(apache.shareDir() + QStringLiteral("/archive/a.json")) == "a");
    CHECK_FALSE(share.move(QStringLiteral("inbox/a.json"), QStringLiteral("archive/a.json")));
    share.putNew(QStringLiteral("archive/b.json"), "other");
    CHECK(test::shareErrorOf([&] {
              share.move(QStringLiteral("inbox/b.json"), QStringLiteral("archive/b.json"));
          }).kind() == ShareError::Kind::Exists);
    CHECK(test::readAll(apache.shareDir() + QStringLiteral("/archive/b.json")) == "other");
    CHECK(share.list(QStringLiteral("inbox")) == QStringList{QStringLiteral("b.json")});
}

} // namespace tillsyn_unity_webdavapache_test
