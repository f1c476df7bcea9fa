#include "content/shippedcontent.h"
#include "reference/checklistdiff.h"
#include "reference/checklisteditor.h"
#include "reference/checklistsfile.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/facilitystore.h"
#include "storage/sqliteofficerepository.h"
#include "support/postgres/postgresfixture.h"
#include "support/catchqt.h"
#include "support/tempdir.h"
#include "util/error.h"

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_checklisteditor_test {

using namespace tillsyn;
using reference::ChecklistEditor;
using storage::ChecklistStore;

namespace {

// The editor works on the office database behind its interface: a file or a server.
struct SqliteOffice
{
    test::TempDir dir;
    storage::Database db{dir.file(QStringLiteral("office.db"))};
    storage::SqliteOfficeRepository office{db};
    SqliteOffice() { content::ShippedContent::install(db, false); }
};

struct PostgresOffice
{
    test::PostgresDatabase database;
    std::unique_ptr<storage::OfficeRepository> repository =
        storage::OfficeRepository::open(database.uri());
    storage::OfficeRepository &office = *repository;
    PostgresOffice()
    {
        office.importChecklists(content::ShippedContent::checklists(), QStringLiteral("shipped"));
    }
};

// The newest published version, as new visits take it.
int publishedVersion(storage::OfficeRepository &office, const QString &id)
{
    for (const auto &c : domain::newestVersions(office.publishedChecklists()))
        if (c.id == id)
            return c.version;
    return 0;
}

} // namespace

TEMPLATE_TEST_CASE("checklist versions: a published version never changes, edit makes the next "
                   "draft",
                   "[publish][editor]", SqliteOffice, PostgresOffice)
{
    TestType backend;
    storage::OfficeRepository &office = backend.office;
    using Status = storage::OfficeRepository::ChecklistStatus;
    ChecklistEditor editor(office);
    const auto v1 = *office.checklist(QStringLiteral("hygienlokal"), 1);

    CHECK_THROWS_WITH(editor.save(v1), Catch::Contains("published"));
    auto draft = editor.edit(QStringLiteral("hygienlokal"));
    CHECK(draft.version == 2);
    CHECK(editor.edit(QStringLiteral("hygienlokal")).version == 2); // the same draft again
    CHECK(office.checklistStatus(QStringLiteral("hygienlokal"), 2) == Status::Draft);
    draft.sections[0].items[0].text = QStringLiteral("Ny formulering");
    draft.sections[0].items.erase(draft.sections[0].items.begin() + 1);
    draft.sections[0].items.push_back(
        {QStringLiteral("ny-punkt"), QStringLiteral("En ny punkt"), {}, {}});
    editor.save(draft);
    CHECK(*office.checklist(QStringLiteral("hygienlokal"), 1) == v1);
    CHECK(*office.checklist(QStringLiteral("hygienlokal"), 2) == draft);
    CHECK(publishedVersion(office, QStringLiteral("hygienlokal")) == 1);

    const auto diff =
        reference::ChecklistDiff::compare(v1, *office.checklist(QStringLiteral("hygienlokal"), 2));
    REQUIRE(diff.added.size() == 1);
    CHECK(diff.added[0].itemId == u"ny-punkt");
    REQUIRE(diff.removed.size() == 1);
    CHECK(diff.removed[0].itemId == v1.sections[0].items[1].id);
    REQUIRE(diff.reworded.size() == 1);
    CHECK(diff.reworded[0].itemId == v1.sections[0].items[0].id);

    editor.publish(QStringLiteral("hygienlokal"), 2);
    CHECK(publishedVersion(office, QStringLiteral("hygienlokal")) == 2);
    CHECK(office.checklistStatus(QStringLiteral("hygienlokal"), 2) == Status::Published);
    CHECK_THROWS_AS(editor.deleteDraft(QStringLiteral("hygienlokal"), 2), Error);
    CHECK_THROWS_AS(editor.publish(QStringLiteral("hygienlokal"), 2), Error);

    // Duplicate and delete a draft.
    const auto copy = editor.duplicate(QStringLiteral("forskola"), QStringLiteral("forskola-b"),
                                       QStringLiteral("Kopia"));
    CHECK(office.checklistStatus(copy.id, 1) == Status::Draft);
    CHECK_THROWS_WITH(editor.duplicate(QStringLiteral("forskola"), QStringLiteral("forskola-b"),
                                       QStringLiteral("Igen")),
                      Catch::Contains("already exists"));
    editor.deleteDraft(copy.id, 1);
    CHECK_FALSE(office.checklistStatus(copy.id, 1).has_value());
    CHECK_FALSE(office.checklist(copy.id, 1).has_value());
    // Rules on a draft: unique item ids, text required.
    auto bad = editor.create(QStringLiteral("ny"), QStringLiteral("Ny"), domain::Area::Health);
    bad.sections[0].items = {{QStringLiteral("a"), QStringLiteral("A"), {}, {}},
                             {QStringLiteral("a"), QStringLiteral("B"), {}, {}}};
    CHECK_THROWS_WITH(editor.save(bad), Catch::Contains("twice"));
    CHECK_THROWS_WITH(editor.publish(QStringLiteral("ny"), 1), Catch::Contains("no items"));
    // A refused save changed nothing.
    CHECK(office.checklist(QStringLiteral("ny"), 1)->itemCount() == 0);
}

TEST_CASE("checklists export and import into an empty database unchanged")
{
    test::TempDir dir;
    storage::Database office(dir.file(QStringLiteral("a.db")));
    content::ShippedContent::install(office, false);
    storage::SqliteOfficeRepository repository(office);
    ChecklistEditor(repository).publish(
        QStringLiteral("forskola"),
        ChecklistEditor(repository).edit(QStringLiteral("forskola")).version);
    const auto all = ChecklistStore(office).allVersions();
    const QByteArray bytes = reference::ChecklistsFile::write(all, QDateTime::currentDateTimeUtc());

    storage::Database other(dir.file(QStringLiteral("b.db")));
    const auto counts = ChecklistStore(other).import(
        reference::ChecklistsFile::read(bytes, QStringLiteral("x.json")), QStringLiteral("x.json"));
    CHECK(counts.added == int(all.size()));
    CHECK(ChecklistStore(other).allVersions() == all);
    // The same content again is a no-op; other content under an existing id and version is refused.
    CHECK(ChecklistStore(other).import(all, QStringLiteral("x.json")).unchanged == int(all.size()));
    auto changed = all;
    changed[0].title += QStringLiteral("!");
    CHECK_THROWS_WITH(ChecklistStore(other).import(changed, QStringLiteral("y.json")),
                      Catch::Contains("already exists"));
}

} // namespace tillsyn_unity_checklisteditor_test
