#include "content/shippedcontent.h"
#include "field/visitlifecycle.h"
#include "reference/checklisteditor.h"
#include "reference/checklistsfile.h"
#include "reference/facilitiesfile.h"
#include "reference/publisher.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/sqliteofficerepository.h"
#include "storage/facilitystore.h"
#include "support/catchqt.h"
#include "support/tempdir.h"
#include "sync/foldershare.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <atomic>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_publisher_test {

using namespace tillsyn;

TEST_CASE("publish → sync → the laptop sees the new version while a draft keeps the old one")
{
    test::TempDir dir;
    QDir().mkpath(dir.file(QStringLiteral("share")));
    sync::FolderShare share(dir.file(QStringLiteral("share")));
    storage::Database office(dir.file(QStringLiteral("office.db")));
    storage::SqliteOfficeRepository officeRepo(office);
    content::ShippedContent::install(office, true);
    storage::Database laptop(dir.file(QStringLiteral("laptop.db")));
    content::ShippedContent::install(laptop, false);

    reference::Publisher(officeRepo).publish(share);
    sync::SyncEngine(laptop, share).run();
    CHECK(storage::FacilityStore(laptop).count({}) == 60);

    // A draft on version 1 in the field.
    field::VisitLifecycle visits(laptop);
    field::StartRequest request{QStringLiteral("F-0001"),
                                QStringLiteral("livsmedel-restaurang"),
                                0,
                                domain::VisitKind::Planned,
                                false,
                                {{QStringLiteral("a"), QStringLiteral("A")}}};
    const QString draft = visits.start(request);

    // The office edits and publishes version 2, and deactivates a facility.
    reference::ChecklistEditor editor(officeRepo);
    auto v2 = editor.edit(QStringLiteral("livsmedel-restaurang"));
    v2.sections[0].items[0].text = QStringLiteral("Omformulerad punkt");
    editor.save(v2);
    editor.publish(v2.id, v2.version);
    auto facility = *storage::FacilityStore(office).find(QStringLiteral("F-0002"));
    facility.active = false;
    storage::FacilityStore(office).upsert({facility});
    const auto summary = reference::Publisher(officeRepo).publish(share);
    CHECK(summary.facilities == 59);
    CHECK(summary.changes.join(u' ').contains(QStringLiteral("version 2")));
    // Drafts are never published.
    editor.edit(QStringLiteral("forskola"));
    const auto published = reference::ChecklistsFile::read(
        *share.read(QStringLiteral("reference/checklists.json")), QStringLiteral("c"));
    for (const auto &c : published)
        CHECK(storage::ChecklistStore(office).status(c.id, c.version) ==
              storage::ChecklistStore::Status::Published);

    const auto report = sync::SyncEngine(laptop, share).run();
    REQUIRE(report.reference.size() == 3);
    CHECK(report.reference[0].deactivated == 1);
    CHECK(storage::ChecklistStore(laptop).latest(QStringLiteral("livsmedel-restaurang"))->version ==
          2);
    CHECK(visits.current(draft).checklist.version == 1);
    const QString next = visits.start(request);
    CHECK(visits.current(next).checklist.version == 2);
    CHECK(visits.current(next).answers[0].text == u"Omformulerad punkt");
}

TEST_CASE("The first publish is announced before it is made, never once it is made")
{
    test::TempDir dir;
    QDir().mkpath(dir.file(QStringLiteral("share")));
    sync::FolderShare share(dir.file(QStringLiteral("share")));
    storage::Database office(dir.file(QStringLiteral("office.db")));
    storage::SqliteOfficeRepository officeRepo(office);
    content::ShippedContent::install(office, true);
    const auto says = [](const reference::PublishSummary &s) {
        return s.changes.join(u'\n').contains(QStringLiteral("first publish"), Qt::CaseInsensitive);
    };
    reference::Publisher publisher(officeRepo);
    CHECK(says(publisher.preview()));
    const auto done = publisher.publish(share);
    CHECK_FALSE(says(done));
    CHECK(done.facilities == 60);
    CHECK_FALSE(says(publisher.preview()));
    CHECK(publisher.preview().changes.join(u' ').contains(QStringLiteral("Since the last publish")));
}

TEST_CASE("a reader during publishes always parses a complete file")
{
    test::TempDir dir;
    QDir().mkpath(dir.file(QStringLiteral("share")));
    storage::Database office(dir.file(QStringLiteral("office.db")));
    storage::SqliteOfficeRepository officeRepo(office);
    content::ShippedContent::install(office, true);
    sync::FolderShare share(dir.file(QStringLiteral("share")));
    reference::Publisher(officeRepo).publish(share);

    std::atomic_bool stop = false;
    std::atomic_int reads = 0;
    std::atomic_int broken = 0;
    QThread *reader = QThread::create([&] {
        const QString path = dir.file(QStringLiteral("share/reference/facilities.json"));
        while (!stop) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                ++broken; // the file must always be there
                continue;
            }
            try {
                reference::FacilitiesFile::read(f.readAll(), QStringLiteral("facilities.json"));
            } catch (...) {
                ++broken;
            }
            ++reads;
        }
    });
    reader->start();
    for (int i = 0; i < 40; ++i) {
        auto f = *storage::FacilityStore(office).find(QStringLiteral("F-0003"));
        f.name = QStringLiteral("Namn %1").arg(i);
        storage::FacilityStore(office).upsert({f});
        reference::Publisher(officeRepo).publish(share);
    }
    stop = true;
    reader->wait();
    delete reader;
    CHECK(reads > 0);
    CHECK(broken == 0);
}

} // namespace tillsyn_unity_publisher_test
