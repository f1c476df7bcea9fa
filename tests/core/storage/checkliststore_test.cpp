#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/facilitystore.h"
#include "util/error.h"

#include "samples.h"
#include "support/catchqt.h"
#include "support/tempdir.h"

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_checkliststore_test {

using namespace tillsyn;
using storage::ChecklistStore;
using tillsyn::test::sampleChecklist;
using tillsyn::test::TempDir;

namespace {

int rows(storage::Database &db, const QString &table)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    db.exec(q);
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("ChecklistStore round trip and versions", "[storage]")
{
    const TempDir dir;
    storage::Database db(dir.file(QStringLiteral("tillsyn.db")));
    ChecklistStore store(db);

    domain::Checklist a = sampleChecklist(QStringLiteral("a-lista"));
    domain::Checklist b = sampleChecklist(QStringLiteral("b-lista"));
    b.title = QStringLiteral("Hygienlokaler");
    b.area = domain::Area::Health;
    b.sections.push_back({QStringLiteral("Tomt avsnitt"), {}});

    auto counts = store.import({a, b}, QStringLiteral("test.json"));
    CHECK(counts.added == 2);
    CHECK(counts.unchanged == 0);
    CHECK(store.find(a.id, 1) == a);
    CHECK(store.find(b.id, 1) == b);
    CHECK(store.latest(a.id) == a);
    CHECK_FALSE(store.find(a.id, 2).has_value());
    CHECK_FALSE(store.latest(QStringLiteral("missing")).has_value());
    // Ordered by title: "Hygienlokaler" before "Livsmedel – a-lista".
    CHECK(store.latestVersions() == std::vector<domain::Checklist>{b, a});

    SECTION("the same content again changes nothing")
    {
        const int items = rows(db, QStringLiteral("checklist_item"));
        counts = store.import({b, a}, QStringLiteral("again.json"));
        CHECK(counts.added == 0);
        CHECK(counts.unchanged == 2);
        CHECK(rows(db, QStringLiteral("checklist")) == 2);
        CHECK(rows(db, QStringLiteral("checklist_item")) == items);
        CHECK(store.latestVersions() == std::vector<domain::Checklist>{b, a});
    }
    SECTION("a new version becomes the latest; the old one stays")
    {
        domain::Checklist a2 = a;
        a2.version = 2;
        a2.sections[0].items[0].text = QStringLiteral("Lokalerna är rena");
        a2.sections[1].items.push_back({QStringLiteral("hant-9"),
                                        QStringLiteral("Spårbarhet"),
                                        QStringLiteral("Fråga efter följesedlar."),
                                        {}});
        counts = store.import({a2}, QStringLiteral("v2.json"));
        CHECK(counts.added == 1);
        CHECK(store.latest(a.id) == a2);
        CHECK(store.find(a.id, 1) == a);
        CHECK(store.latestVersions() == std::vector<domain::Checklist>{b, a2});
    }
    SECTION("changed content under an existing version is refused, and nothing is stored")
    {
        domain::Checklist c = sampleChecklist(QStringLiteral("c-lista"));
        domain::Checklist changed = a;
        changed.sections[0].items[1].guidance = QStringLiteral("Annan handledning.");
        try {
            store.import({c, changed}, QStringLiteral("edited.json"));
            FAIL("the import was accepted");
        } catch (const Error &e) {
            CHECK(e.message().startsWith(QStringLiteral("edited.json:")));
            CHECK(e.message().contains(QStringLiteral("\"a-lista\" version 1")));
            CHECK(e.message().contains(QStringLiteral("next version")));
            CHECK(e.message().contains(QStringLiteral("Nothing was imported")));
        }
        CHECK_FALSE(store.find(c.id, 1).has_value());
        CHECK(store.find(a.id, 1) == a);
        CHECK(rows(db, QStringLiteral("checklist")) == 2);
        // The store is still usable: the failed import left no transaction open.
        CHECK(store.import({c}, QStringLiteral("c.json")).added == 1);
    }
}

} // namespace tillsyn_unity_checkliststore_test
