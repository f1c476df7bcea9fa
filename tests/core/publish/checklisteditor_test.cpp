#include "content/shippedcontent.h"
#include "reference/checklistdiff.h"
#include "reference/checklisteditor.h"
#include "reference/checklistsfile.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/facilitystore.h"
#include "support/catchqt.h"
#include "support/tempdir.h"
#include "util/error.h"

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_checklisteditor_test {

using namespace tillsyn;
using reference::ChecklistEditor;
using storage::ChecklistStore;

TEST_CASE("checklist versions: a published version never changes, edit makes the next draft")
{
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("office.db")));
    content::ShippedContent::install(db, false);
    ChecklistEditor editor(db);
    ChecklistStore store(db);
    const auto v1 = *store.find(QStringLiteral("hygienlokal"), 1);

    CHECK_THROWS_WITH(editor.save(v1), Catch::Contains("published"));
    auto draft = editor.edit(QStringLiteral("hygienlokal"));
    CHECK(draft.version == 2);
    CHECK(editor.edit(QStringLiteral("hygienlokal")).version == 2); // the same draft again
    draft.sections[0].items[0].text = QStringLiteral("Ny formulering");
    draft.sections[0].items.erase(draft.sections[0].items.begin() + 1);
    draft.sections[0].items.push_back(
        {QStringLiteral("ny-punkt"), QStringLiteral("En ny punkt"), {}, {}});
    editor.save(draft);
    CHECK(*store.find(QStringLiteral("hygienlokal"), 1) == v1);
    CHECK(store.latest(QStringLiteral("hygienlokal"))->version == 1);

    const auto diff =
        reference::ChecklistDiff::compare(v1, *store.find(QStringLiteral("hygienlokal"), 2));
    REQUIRE(diff.added.size() == 1);
    CHECK(diff.added[0].itemId == u"ny-punkt");
    REQUIRE(diff.removed.size() == 1);
    CHECK(diff.removed[0].itemId == v1.sections[0].items[1].id);
    REQUIRE(diff.reworded.size() == 1);
    CHECK(diff.reworded[0].itemId == v1.sections[0].items[0].id);

    editor.publish(QStringLiteral("hygienlokal"), 2);
    CHECK(store.latest(QStringLiteral("hygienlokal"))->version == 2);
    CHECK_THROWS_AS(editor.deleteDraft(QStringLiteral("hygienlokal"), 2), Error);
    CHECK_THROWS_AS(editor.publish(QStringLiteral("hygienlokal"), 2), Error);

    // Duplicate and delete a draft.
    const auto copy = editor.duplicate(QStringLiteral("forskola"), QStringLiteral("forskola-b"),
                                       QStringLiteral("Kopia"));
    CHECK(store.status(copy.id, 1) == ChecklistStore::Status::Draft);
    editor.deleteDraft(copy.id, 1);
    CHECK_FALSE(store.status(copy.id, 1).has_value());
    // Rules on a draft: unique item ids, text required.
    auto bad = editor.create(QStringLiteral("ny"), QStringLiteral("Ny"), domain::Area::Health);
    bad.sections[0].items = {{QStringLiteral("a"), QStringLiteral("A"), {}, {}},
                             {QStringLiteral("a"), QStringLiteral("B"), {}, {}}};
    CHECK_THROWS_WITH(editor.save(bad), Catch::Contains("twice"));
    CHECK_THROWS_WITH(editor.publish(QStringLiteral("ny"), 1), Catch::Contains("no items"));
}

TEST_CASE("checklists export and import into an empty database unchanged")
{
    test::TempDir dir;
    storage::Database office(dir.file(QStringLiteral("a.db")));
    content::ShippedContent::install(office, false);
    ChecklistEditor(office).publish(
        QStringLiteral("forskola"),
        ChecklistEditor(office).edit(QStringLiteral("forskola")).version);
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
