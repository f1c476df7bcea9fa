// SyncEngine against a shared folder: every finished revision is sent once, as a valid file named
// by the format; reference data is pulled, applied once, and a bad file leaves the old data.
#include "syncfixture.h"

#include "content/shippedcontent.h"
#include "reference/checklistsfile.h"
#include "reference/facilitiesfile.h"
#include "samples.h"
#include "storage/checkliststore.h"
#include "storage/facilitystore.h"
#include "storage/outboxstore.h"
#include "sync/foldershare.h"
#include "sync/syncengine.h"
#include "visitfile/visitfilereader.h"

#include "support/catchqt.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_syncengine_test {

using namespace tillsyn;
using Outcome = sync::VisitSyncResult::Outcome;
using RefOutcome = sync::ReferenceResult::Outcome;

namespace {

const QDateTime kPublished(QDate(2026, 11, 20), QTime(7, 0), Qt::UTC);

QStringList inboxNames(const test::SyncFixture &fx)
{
    return test::allNames(fx.shareDir + QStringLiteral("/inbox"));
}

void publish(const test::SyncFixture &fx, const QString &name, const QByteArray &bytes)
{
    sync::FolderShare(fx.shareDir).replace(QStringLiteral("reference/") + name, bytes);
}

domain::Facility facility(const QString &id, const QString &name)
{
    domain::Facility f;
    f.id = id;
    f.name = name;
    f.city = QStringLiteral("Solna");
    return f;
}

// "ref-lista": version 1 has two items; later versions one more each.
domain::Checklist refChecklist(int version, const QString &title = QStringLiteral("Referenslista"))
{
    domain::Checklist c;
    c.id = QStringLiteral("ref-lista");
    c.version = version;
    c.title = title;
    c.area = domain::Area::Health;
    domain::ChecklistSection s;
    s.title = QStringLiteral("Lokaler");
    for (int i = 1; i <= version + 1; ++i)
        s.items.push_back({QStringLiteral("ref-%1").arg(i), QStringLiteral("Punkt %1").arg(i),
                           QStringLiteral("Handledning"), QString()});
    c.sections.push_back(s);
    return c;
}

} // namespace

TEST_CASE("SyncEngine sends every finished revision once, as valid files named by the format",
          "[sync][engine]")
{
    test::SyncFixture fx;
    const QString a = fx.finishedVisit(true);
    const QString b = fx.finishedVisit();
    const QString c = fx.finishedVisit();
    const QString draft = fx.visits.start(fx.request()); // not finished: not sent
    sync::FolderShare share(fx.shareDir);

    const sync::SyncReport first = sync::SyncEngine(fx.db, share).run();
    REQUIRE(first.visits.size() == 3);
    CHECK(first.count(Outcome::Sent) == 3);
    CHECK_FALSE(first.cancelled);
    // No reference data published yet.
    REQUIRE(first.reference.size() == 3);
    CHECK(test::referenceResult(first, QStringLiteral("facilities.json")).outcome ==
          RefOutcome::Missing);
    CHECK(test::referenceResult(first, QStringLiteral("checklists.json")).outcome ==
          RefOutcome::Missing);

    QStringList names = inboxNames(fx);
    REQUIRE(names.size() == 3);
    QSet<QString> ids;
    for (const QString &name : names) {
        test::requireValidVisitFile(fx.shareDir + QStringLiteral("/inbox/") + name);
        const domain::Visit v = visitfile::VisitFileReader::read(
            test::readAll(fx.shareDir + QStringLiteral("/inbox/") + name), name);
        ids.insert(v.visitId);
        CHECK(v.revision == 1);
        CHECK(v.baseRevision == 0);
    }
    CHECK(ids == QSet<QString>{a, b, c});
    CHECK_FALSE(ids.contains(draft));
    // The file sent is the outbox's, byte for byte, and the outbox knows where it went.
    for (const auto &row : fx.outbox()) {
        CHECK(test::readAll(fx.shareDir + QStringLiteral("/inbox/") + row.fileName) == row.bytes);
        CHECK(row.sentAt.isValid());
        CHECK(row.sentTo == fx.shareDir);
        CHECK(row.attempts == 1);
    }
    // The photo travelled along.
    for (const auto &row : fx.outbox()) {
        if (row.visitId == a)
            CHECK(visitfile::VisitFileReader::read(row.bytes, row.fileName).photos.size() == 1);
    }
    CHECK(fx.pending() == 0);

    // Nothing new: nothing is sent.
    const sync::SyncReport second = sync::SyncEngine(fx.db, share).run();
    CHECK(second.visits.empty());
    CHECK(inboxNames(fx) == names);

    // Reopened and finished again: revision 2 goes out, edited from 1.
    REQUIRE(fx.refinish(b) == 2);
    const sync::SyncReport third = sync::SyncEngine(fx.db, share).run();
    REQUIRE(third.visits.size() == 1);
    CHECK(third.visits[0].outcome == Outcome::Sent);
    CHECK(third.visits[0].visitId == b);
    CHECK(third.visits[0].revision == 2);
    CHECK(third.visits[0].fileName.startsWith(QStringLiteral("visit-%1-r2-").arg(b)));
    const QString r2 = fx.shareDir + QStringLiteral("/inbox/") + third.visits[0].fileName;
    test::requireValidVisitFile(r2);
    const domain::Visit v2 = visitfile::VisitFileReader::read(test::readAll(r2), QString());
    CHECK(v2.revision == 2);
    CHECK(v2.baseRevision == 1);
    CHECK(inboxNames(fx).size() == 4);
    CHECK(sync::SyncEngine(fx.db, share).run().visits.empty());
}

TEST_CASE("SyncEngine reports progress and can be cancelled between files", "[sync][engine]")
{
    test::SyncFixture fx;
    fx.finishedVisit();
    fx.finishedVisit();
    sync::FolderShare share(fx.shareDir);
    QStringList steps;
    const sync::SyncReport report =
        sync::SyncEngine(fx.db, share).run([&](int done, int total, const QString &what) {
            steps.append(QStringLiteral("%1/%2 %3").arg(done).arg(total).arg(what));
            return done < 1; // cancel before the second file
        });
    CHECK(report.cancelled);
    REQUIRE(report.visits.size() == 1);
    CHECK(report.visits[0].outcome == Outcome::Sent);
    CHECK(fx.pending() == 1);
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].startsWith(QStringLiteral("0/5 Sending visit-")));
    // The rest goes out next time.
    const sync::SyncReport rest = sync::SyncEngine(fx.db, share).run();
    CHECK(rest.count(Outcome::Sent) == 1);
    CHECK(fx.pending() == 0);
}

TEST_CASE("SyncEngine pulls reference data once and keeps the old data when a file is bad",
          "[sync][engine][reference]")
{
    test::SyncFixture fx;
    sync::FolderShare share(fx.shareDir);
    const int demoFacilities = int(content::ShippedContent::demoFacilities().size());
    publish(
        fx, QStringLiteral("facilities.json"),
        reference::FacilitiesFile::write({facility(QStringLiteral("R-1"), QStringLiteral("Ett")),
                                          facility(QStringLiteral("R-2"), QStringLiteral("Två"))},
                                         kPublished));
    publish(fx, QStringLiteral("checklists.json"),
            reference::ChecklistsFile::write({refChecklist(1)}, kPublished));

    const sync::SyncReport first = sync::SyncEngine(fx.db, share).run();
    const auto &facilities = test::referenceResult(first, QStringLiteral("facilities.json"));
    INFO(facilities.reason.toStdString());
    CHECK(facilities.outcome == RefOutcome::Updated);
    CHECK(facilities.added == 2);
    // The demo facilities are not published: hidden, not deleted.
    CHECK(facilities.deactivated == demoFacilities);
    const auto &checklists = test::referenceResult(first, QStringLiteral("checklists.json"));
    CHECK(checklists.outcome == RefOutcome::Updated);
    CHECK(checklists.added == 1);
    storage::FacilityStore facilityStore(fx.db);
    storage::ChecklistStore checklistStore(fx.db);
    REQUIRE(facilityStore.find(QStringLiteral("R-2")));
    CHECK(facilityStore.find(QStringLiteral("R-2"))->name == u"Två");
    REQUIRE(checklistStore.latest(QStringLiteral("ref-lista")));
    CHECK(*checklistStore.latest(QStringLiteral("ref-lista")) == refChecklist(1));

    // Unchanged files are not applied again.
    const sync::SyncReport second = sync::SyncEngine(fx.db, share).run();
    CHECK(test::referenceResult(second, QStringLiteral("facilities.json")).outcome ==
          RefOutcome::Unchanged);
    CHECK(test::referenceResult(second, QStringLiteral("checklists.json")).outcome ==
          RefOutcome::Unchanged);

    SECTION("malformed checklists.json")
    {
        QByteArray bytes =
            reference::ChecklistsFile::write({refChecklist(1), refChecklist(2)}, kPublished);
        bytes.chop(5);
        publish(fx, QStringLiteral("checklists.json"), bytes);
        const sync::SyncReport r = sync::SyncEngine(fx.db, share).run();
        const auto &ref = test::referenceResult(r, QStringLiteral("checklists.json"));
        INFO(ref.reason.toStdString());
        CHECK(ref.outcome == RefOutcome::Failed);
        CHECK(ref.reason.contains(QStringLiteral("checklists.json")));
        CHECK(ref.reason.contains(QStringLiteral("not valid JSON")));
        CHECK(test::referenceResult(r, QStringLiteral("facilities.json")).outcome ==
              RefOutcome::Unchanged);
    }
    SECTION("a published version 1 that changed")
    {
        publish(
            fx, QStringLiteral("checklists.json"),
            reference::ChecklistsFile::write(
                {refChecklist(1, QStringLiteral("Ändrad titel")), refChecklist(2)}, kPublished));
        const sync::SyncReport r = sync::SyncEngine(fx.db, share).run();
        const auto &ref = test::referenceResult(r, QStringLiteral("checklists.json"));
        INFO(ref.reason.toStdString());
        CHECK(ref.outcome == RefOutcome::Failed);
        CHECK(ref.reason.contains(QStringLiteral("\"ref-lista\" version 1 already exists with "
                                                 "other content")));
        // Not even the new version 2 came in: all or nothing.
    }
    SECTION("another format in facilities.json")
    {
        publish(fx, QStringLiteral("facilities.json"),
                reference::ChecklistsFile::write({refChecklist(1)}, kPublished));
        const sync::SyncReport r = sync::SyncEngine(fx.db, share).run();
        const auto &ref = test::referenceResult(r, QStringLiteral("facilities.json"));
        INFO(ref.reason.toStdString());
        CHECK(ref.outcome == RefOutcome::Failed);
        CHECK(ref.reason.contains(QStringLiteral("facilities.json")));
        CHECK(ref.reason.contains(QStringLiteral("format")));
        CHECK(facilityStore.find(QStringLiteral("R-1"))->active);
    }
    // The old data stays.
    CHECK(*checklistStore.latest(QStringLiteral("ref-lista")) == refChecklist(1));
    CHECK(facilityStore.find(QStringLiteral("R-2"))->name == u"Två");
    // A failed file is tried again next time (it was not remembered as seen) and fails again.
    const sync::SyncReport again = sync::SyncEngine(fx.db, share).run();
    int failed = 0;
    for (const auto &ref : again.reference)
        failed += ref.outcome == RefOutcome::Failed;
    CHECK(failed == 1);
}

TEST_CASE("A new checklist version does not change a draft started on the old one",
          "[sync][engine][reference]")
{
    test::SyncFixture fx;
    sync::FolderShare share(fx.shareDir);
    publish(fx, QStringLiteral("checklists.json"),
            reference::ChecklistsFile::write({refChecklist(1)}, kPublished));
    sync::SyncEngine(fx.db, share).run();

    field::StartRequest request = fx.request();
    request.checklistId = QStringLiteral("ref-lista");
    const QString draft = fx.visits.start(request);
    REQUIRE(fx.visits.current(draft).checklist.version == 1);

    publish(fx, QStringLiteral("checklists.json"),
            reference::ChecklistsFile::write({refChecklist(1), refChecklist(2)},
                                             kPublished.addDays(3)));
    const sync::SyncReport r = sync::SyncEngine(fx.db, share).run();
    const auto &ref = test::referenceResult(r, QStringLiteral("checklists.json"));
    CHECK(ref.outcome == RefOutcome::Updated);
    CHECK(ref.added == 1);

    // The draft keeps version 1 and its two items; a new visit gets version 2.
    const domain::Visit kept = fx.visits.current(draft);
    CHECK(kept.checklist.version == 1);
    CHECK(kept.answers.size() == 2);
    const QString fresh = fx.visits.start(request);
    CHECK(fx.visits.current(fresh).checklist.version == 2);
    CHECK(fx.visits.current(fresh).answers.size() == 3);

    // Finished, the draft's file says version 1.
    fx.visits.finish(draft);
    const sync::SyncReport sent = sync::SyncEngine(fx.db, share).run();
    REQUIRE(sent.visits.size() == 1);
    const QString file = fx.shareDir + QStringLiteral("/inbox/") + sent.visits[0].fileName;
    test::requireValidVisitFile(file);
    const domain::Visit v = visitfile::VisitFileReader::read(test::readAll(file), QString());
    CHECK(v.checklist.id == u"ref-lista");
    CHECK(v.checklist.version == 1);
    CHECK(v.answers.size() == 2);
}

} // namespace tillsyn_unity_syncengine_test
