// Publishing the office's reference data to the field, on SQLite and on PostgreSQL (the tests'
// server) with the same body and the same expected values; the laptop is SQLite, as in the field.
#include "content/shippedcontent.h"
#include "field/visitlifecycle.h"
#include "merge/mergefixture.h"
#include "reference/checklisteditor.h"
#include "reference/checklistsfile.h"
#include "reference/facilitiesfile.h"
#include "reference/publisher.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/facilitystore.h"
#include "storage/officerepository.h"
#include "support/catchqt.h"
#include "support/tempdir.h"
#include "sync/foldershare.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <atomic>
#include <set>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_publisher_test {

using namespace tillsyn;
using test::OfficeFixture;
using test::PostgresOfficeFixture;

namespace {

// The office publishes the next version of a checklist with the first item reworded through its
// checklist editor (a draft, saved, published); returns its version.
template <typename Fixture>
int publishReworded(Fixture &f, const QString &id, const QString &text)
{
    reference::ChecklistEditor editor(f.office);
    auto next = editor.edit(id);
    next.sections[0].items[0].text = text;
    editor.save(next);
    editor.publish(next.id, next.version);
    return next.version;
}

// A draft of the next version of a checklist, as the office's editor leaves one; its version.
template <typename Fixture>
int makeDraft(Fixture &f, const QString &id)
{
    return reference::ChecklistEditor(f.office).edit(id).version;
}

// The office's published versions, as (id, version).
std::set<std::pair<QString, int>> publishedVersions(storage::OfficeRepository &office)
{
    std::set<std::pair<QString, int>> out;
    for (const domain::Checklist &c : office.publishedChecklists())
        out.emplace(c.id, c.version);
    return out;
}

} // namespace

TEMPLATE_TEST_CASE("publish → sync → the laptop sees the new version while a draft keeps the old "
                   "one",
                   "[publish]", OfficeFixture, PostgresOfficeFixture)
{
    TestType f;
    REQUIRE(QDir().mkpath(f.shareDir));
    sync::FolderShare &share = f.share;
    storage::OfficeRepository &officeRepo = f.office;
    content::ShippedContent::install(officeRepo, true);
    test::TempDir dir;
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
    CHECK(publishReworded(f, QStringLiteral("livsmedel-restaurang"),
                          QStringLiteral("Omformulerad punkt")) == 2);
    auto facility = *officeRepo.facility(QStringLiteral("F-0002"));
    facility.active = false;
    officeRepo.upsertFacilities({facility});
    const auto summary = reference::Publisher(officeRepo).publish(share);
    CHECK(summary.facilities == 59);
    CHECK(summary.changes.join(u' ').contains(QStringLiteral("version 2")));
    // Drafts are never published.
    const int draftVersion = makeDraft(f, QStringLiteral("forskola"));
    CHECK(draftVersion == 2);
    CHECK(officeRepo.checklist(QStringLiteral("forskola"), draftVersion).has_value());
    reference::Publisher(officeRepo).publish(share);
    const auto published = reference::ChecklistsFile::read(
        *share.read(QStringLiteral("reference/checklists.json")), QStringLiteral("c"));
    const auto publishedHere = publishedVersions(officeRepo);
    CHECK_FALSE(publishedHere.count({QStringLiteral("forskola"), draftVersion}));
    CHECK(int(published.size()) == int(publishedHere.size()));
    for (const auto &c : published) {
        INFO(c.id.toStdString() << " " << c.version);
        CHECK(publishedHere.count({c.id, c.version}) == 1);
        CHECK_FALSE((c.id == u"forskola" && c.version == draftVersion));
    }

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

TEMPLATE_TEST_CASE("The first publish is announced before it is made, never once it is made",
                   "[publish]", OfficeFixture, PostgresOfficeFixture)
{
    TestType f;
    REQUIRE(QDir().mkpath(f.shareDir));
    content::ShippedContent::install(f.office, true);
    const auto says = [](const reference::PublishSummary &s) {
        return s.changes.join(u'\n').contains(QStringLiteral("first publish"), Qt::CaseInsensitive);
    };
    reference::Publisher publisher(f.office);
    CHECK(says(publisher.preview()));
    const auto done = publisher.publish(f.share);
    CHECK_FALSE(says(done));
    CHECK(done.facilities == 60);
    CHECK_FALSE(says(publisher.preview()));
    CHECK(
        publisher.preview().changes.join(u' ').contains(QStringLiteral("Since the last publish")));
}

TEMPLATE_TEST_CASE("a reader during publishes always parses a complete file", "[publish]",
                   OfficeFixture, PostgresOfficeFixture)
{
    TestType f;
    REQUIRE(QDir().mkpath(f.shareDir));
    storage::OfficeRepository &officeRepo = f.office;
    content::ShippedContent::install(officeRepo, true);
    sync::FolderShare &share = f.share;
    reference::Publisher(officeRepo).publish(share);

    std::atomic_bool stop = false;
    std::atomic_int reads = 0;
    std::atomic_int broken = 0;
    QThread *reader = QThread::create([&] {
        const QString path = f.shareDir + QStringLiteral("/reference/facilities.json");
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
        auto facility = *officeRepo.facility(QStringLiteral("F-0003"));
        facility.name = QStringLiteral("Namn %1").arg(i);
        officeRepo.upsertFacilities({facility});
        reference::Publisher(officeRepo).publish(share);
    }
    stop = true;
    reader->wait();
    delete reader;
    CHECK(reads > 0);
    CHECK(broken == 0);
}

} // namespace tillsyn_unity_publisher_test
