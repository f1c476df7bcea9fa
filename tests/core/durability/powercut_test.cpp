// Durability across a power cut, not only a crash: a process (tests/support/powercut/
// powercutchild.cpp) does one step under the LD_PRELOAD shim that records what each fsync made
// durable, prints "done" and is killed with its database still open. The folder is then
// rebuilt as the power cut leaves it (support/powercut/powercutstate.h): file contents only as
// of their last sync, and folder entries either as of their folder's last sync (AsSynced) or
// with every rename on disk (AsNow, the worst case for work that must precede a move). SIGKILL
// alone keeps the page cache, so these are the tests that fail when a sync step is removed.
#include "content/shippedcontent.h"
#include "field/visitlifecycle.h"
#include "merge/mergefixture.h"
#include "reference/publisher.h"
#include "storage/database.h"
#include "storage/sqliteofficerepository.h"
#include "storage/facilitystore.h"
#include "storage/outboxstore.h"
#include "storage/visitstore.h"
#include "sync/foldershare.h"

#include "support/catchqt.h"
#include "support/dbquery.h"
#include "support/powercut/powercutstate.h"
#include "support/tempdir.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <functional>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_powercut_test {

using namespace tillsyn;
using tillsyn::test::PowerCut;

namespace {

// A folder ("disk") that a child works in under the shim, and the power cut's aftermath.
struct PowerCutDisk
{
    test::TempDir dir;
    QString root = dir.file(QStringLiteral("disk"));
    QString state = dir.file(QStringLiteral("state"));

    PowerCutDisk() { REQUIRE(QDir().mkpath(root)); }
    QString file(const QString &name) const { return root + u'/' + name; }

    // Records the disk as synced, runs the child's step and cuts the power once it said done.
    void run(const QString &step, const QString &database, const QString &argument)
    {
        PowerCut::baseline(root, state);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        PowerCut::addEnvironment(env, root, state);
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(TILLSYN_POWERCUT_CHILD_PATH), {step, database, argument});
        REQUIRE(child.waitForStarted(10000));
        QByteArray out;
        while (!out.contains("done\n") && child.state() == QProcess::Running &&
               child.waitForReadyRead(60000))
            out += child.readAllStandardOutput();
        out += child.readAllStandardOutput();
        INFO("stderr: " << child.readAllStandardError().toStdString());
        REQUIRE(out == "done\n");
        child.kill();
        REQUIRE(child.waitForFinished(10000));
        CHECK(child.exitStatus() == QProcess::CrashExit);
    }

    // The disk after the power came back, rebuilt into a new folder.
    QString after(PowerCut::Names names) const
    {
        const QString out = dir.file(names == PowerCut::Names::AsSynced ? QStringLiteral("synced")
                                                                        : QStringLiteral("now"));
        PowerCut::materialise(root, state, out, names);
        return out;
    }

    // Checks the disk after the power came back, in both models of what a rename made durable;
    // each rebuilt folder is removed after its check.
    void eachAfter(const std::function<void(PowerCut::Names, const QString &)> &check) const
    {
        for (const auto names : {PowerCut::Names::AsSynced, PowerCut::Names::AsNow}) {
            INFO((names == PowerCut::Names::AsSynced ? "folders as synced"
                                                     : "every rename on disk"));
            const QString folder = after(names);
            check(names, folder);
            QDir(folder).removeRecursively();
        }
    }
};

QString scalar(storage::Database &db, const QString &sql)
{
    const QStringList column = test::queryColumn(db, sql);
    return column.isEmpty() ? QString() : column.first();
}

} // namespace

TEST_CASE("A finished visit and its visit file survive a power cut right after finishing",
          "[durability][powercut]")
{
    PowerCutDisk disk;
    const QString path = disk.file(QStringLiteral("field.db"));
    QString visitId;
    {
        storage::Database db(path);
        content::ShippedContent::install(db, true);
        field::VisitLifecycle visits(db);
        field::StartRequest request;
        request.facilityId = content::ShippedContent::demoFacilities().front().id;
        request.checklistId = content::ShippedContent::checklists().front().id;
        request.inspectors = {{QStringLiteral("eva"), QStringLiteral("Eva Ek")}};
        visitId = visits.start(request);
        visits.setAnswer(visitId, visits.current(visitId).answers.front().itemId,
                         domain::Result::Deviation, QStringLiteral("Kyl 1: 9 °C"));
    }
    disk.run(QStringLiteral("finish"), path, visitId);

    disk.eachAfter([&](PowerCut::Names, const QString &after) {
        {
            storage::Database db(after + QStringLiteral("/field.db"));
            CHECK(scalar(db, QStringLiteral("PRAGMA quick_check")) == u"ok");
            CHECK(storage::VisitStore(db).status(visitId, 1) == domain::VisitStatus::Finished);
            const auto file = storage::OutboxStore(db).find(visitId, 1);
            REQUIRE(file.has_value());
            CHECK(file->bytes.contains(QStringLiteral("Kyl 1: 9 °C").toUtf8()));
            // The model loses what was not synced: the ordinary commit made after finishing.
            CHECK(db.setting(QStringLiteral("powercut-probe")).isEmpty());
        }
    });
}

TEST_CASE("A visit file reported as sent to a folder share survives a power cut",
          "[durability][powercut]")
{
    PowerCutDisk disk;
    const QString path = disk.file(QStringLiteral("field.db"));
    const QString share = disk.file(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(share)); // a fresh share: sync makes inbox/ itself
    storage::OutboxEntry sent;
    {
        storage::Database db(path);
        content::ShippedContent::install(db, true);
        field::VisitLifecycle visits(db);
        field::StartRequest request;
        request.facilityId = content::ShippedContent::demoFacilities().front().id;
        request.checklistId = content::ShippedContent::checklists().front().id;
        request.inspectors = {{QStringLiteral("eva"), QStringLiteral("Eva Ek")}};
        const QString visitId = visits.start(request);
        visits.finish(visitId);
        sent = *storage::OutboxStore(db).find(visitId, 1);
    }
    disk.run(QStringLiteral("sync"), path, share);
    REQUIRE(test::readAll(share + QStringLiteral("/inbox/") + sent.fileName) == sent.bytes);

    disk.eachAfter([&](PowerCut::Names, const QString &after) {
        const QString file = after + QStringLiteral("/share/inbox/") + sent.fileName;
        REQUIRE(QFileInfo::exists(file));
        CHECK(test::readAll(file) == sent.bytes);
    });
}

TEST_CASE("A merge batch: no file leaves the inbox unless its merge survives the power cut",
          "[durability][powercut]")
{
    PowerCutDisk disk;
    const QString path = disk.file(QStringLiteral("office.db"));
    const QString share = disk.file(QStringLiteral("share"));
    {
        storage::Database db(path);
        db.setRole(storage::Database::Role::Office);
    }
    const auto files = test::generatedFiles(6, 41);
    REQUIRE(QDir().mkpath(share + QStringLiteral("/inbox")));
    for (const auto &f : files)
        disk.dir.write(QStringLiteral("disk/share/inbox/") + f.name, f.bytes);
    disk.dir.write(QStringLiteral("disk/share/inbox/junk.json"), "[]");
    // Cut right after the first file left the inbox (later the run checkpoints, syncing all).
    disk.run(QStringLiteral("merge"), path, share);
    REQUIRE(QDir(share + QStringLiteral("/inbox")).entryList(QDir::Files).size() ==
            int(files.size()));

    disk.eachAfter([&](PowerCut::Names names, const QString &after) {
        const QStringList inbox =
            QDir(after + QStringLiteral("/share/inbox")).entryList(QDir::Files);
        if (names == PowerCut::Names::AsNow) // the move made it: the commit must have too
            CHECK(inbox.size() == int(files.size()));
        {
            storage::Database db(after + QStringLiteral("/office.db"));
            CHECK(scalar(db, QStringLiteral("PRAGMA quick_check")) == u"ok");
            for (const auto &f : files) {
                if (inbox.contains(f.name))
                    continue; // still to merge: nothing lost
                INFO(f.name.toStdString() << " left the inbox");
                CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM office_revision WHERE"
                                                " file_name = '%1'")
                                     .arg(f.name)) == u"1");
            }
            if (!inbox.contains(QStringLiteral("junk.json")))
                CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM office_rejected WHERE"
                                                " file_name = 'junk.json'")) == u"1");
        }
    });
}

TEST_CASE("Published reference files survive a power cut whole and new", "[durability][powercut]")
{
    PowerCutDisk disk;
    const QString path = disk.file(QStringLiteral("office.db"));
    const QString share = disk.file(QStringLiteral("share"));
    QByteArray before;
    REQUIRE(QDir().mkpath(share));
    {
        storage::Database db(path);
        db.setRole(storage::Database::Role::Office);
        content::ShippedContent::install(db, true);
        sync::FolderShare folder(share);
        storage::SqliteOfficeRepository office(db);
        reference::Publisher(office).publish(folder);
        before = test::readAll(share + QStringLiteral("/reference/facilities.json"));
        // Something to publish again: one more facility.
        domain::Facility added = content::ShippedContent::demoFacilities().front();
        added.id = QStringLiteral("F-powercut");
        added.name = QStringLiteral("Kafé Strömavbrottet");
        storage::FacilityStore(db).upsert({added});
    }
    disk.run(QStringLiteral("publish"), path, share);
    const QByteArray facilities =
        test::readAll(share + QStringLiteral("/reference/facilities.json"));
    const QByteArray checklists =
        test::readAll(share + QStringLiteral("/reference/checklists.json"));
    REQUIRE(facilities != before);
    REQUIRE(facilities.contains(QStringLiteral("Kafé Strömavbrottet").toUtf8()));

    disk.eachAfter([&](PowerCut::Names, const QString &after) {
        CHECK(test::readAll(after + QStringLiteral("/share/reference/facilities.json")) ==
              facilities);
        CHECK(test::readAll(after + QStringLiteral("/share/reference/checklists.json")) ==
              checklists);
    });
}

} // namespace tillsyn_unity_powercut_test
