#include "field/visitlifecycle.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/facilitystore.h"
#include "storage/migrations.h"
#include "storage/visitstore.h"
#include "util/error.h"

#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QFile>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_migration_test {

using namespace tillsyn;
using tillsyn::test::TempDir;

namespace {

QStringList ids(const std::vector<domain::Facility> &facilities)
{
    QStringList out;
    for (const auto &f : facilities)
        out.append(f.id);
    return out;
}

} // namespace

// tests/data/tillsyn-v1.db was made from tests/data/tillsyn-v1.sql: the schema of version 1.
TEST_CASE("A version 1 database is migrated to the latest version", "[storage][migration]")
{
    const TempDir dir;
    const QString path = dir.file(QStringLiteral("tillsyn.db"));
    REQUIRE(QFile::copy(test::testData(QStringLiteral("tillsyn-v1.db")), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));

    storage::Database db(path);
    CHECK(db.schemaVersion() == storage::Migrations::latestVersion());
    REQUIRE(db.schemaVersion() > 1);

    storage::FacilityStore facilities(db);
    CHECK(facilities.count({}, true) == 3);
    CHECK(facilities.count({}) == 2); // v1-003 is inactive
    const auto first = facilities.find(QStringLiteral("v1-001"));
    REQUIRE(first);
    CHECK(first->name == QStringLiteral("Konditori Kanelbullen"));
    CHECK(first->city == QStringLiteral("Ödeshög"));
    CHECK(first->riskClass == 3);
    CHECK(first->operatorDetails.orgNumber == QStringLiteral("556677-8899"));
    CHECK(first->operatorDetails.email == QStringLiteral("anna@example.se"));
    CHECK_FALSE(facilities.find(QStringLiteral("v1-002"))->riskClass.has_value());
    CHECK_FALSE(facilities.find(QStringLiteral("v1-003"))->active);

    // The full-text index was filled from the rows that were already there.
    CHECK(ids(facilities.search(QStringLiteral("Kanel"))) == QStringList{QStringLiteral("v1-001")});
    CHECK(ids(facilities.search(QStringLiteral("frisör sax"))) ==
          QStringList{QStringLiteral("v1-002")});
    CHECK(ids(facilities.search(QStringLiteral("9697123454"))) ==
          QStringList{QStringLiteral("v1-002")});
    CHECK(ids(facilities.search(QStringLiteral("969712-3454"))) ==
          QStringList{QStringLiteral("v1-002")});
    CHECK(ids(facilities.search(QStringLiteral("Mjölby"), 0, 10, true)) ==
          QStringList{QStringLiteral("v1-003")});
    CHECK(ids(facilities.search(QStringLiteral("odeshog"))) ==
          (QStringList{QStringLiteral("v1-002"), QStringLiteral("v1-001")}));

    const auto checklist = storage::ChecklistStore(db).latest(QStringLiteral("v1-lista"));
    REQUIRE(checklist);
    CHECK(checklist->version == 1);
    CHECK(checklist->area == domain::Area::Food);
    REQUIRE(checklist->sections.size() == 2);
    CHECK(checklist->sections[0].items.size() == 2);
    CHECK(checklist->sections[1].items.at(0).id == QStringLiteral("hant-1"));
    CHECK(checklist->itemCount() == 3);

    // Rows added after the migration are indexed by the triggers.
    auto added = facilities.find(QStringLiteral("v1-001")).value();
    added.id = QStringLiteral("v1-004");
    added.name = QStringLiteral("Pizzeria Napoli");
    CHECK(facilities.upsert({added}).added == 1);
    CHECK(ids(facilities.search(QStringLiteral("napoli"))) ==
          QStringList{QStringLiteral("v1-004")});

    // Step 3: a visit on the migrated data, its finished revision locked by the triggers.
    field::VisitLifecycle visits(db);
    field::StartRequest request;
    request.facilityId = QStringLiteral("v1-001");
    request.checklistId = QStringLiteral("v1-lista");
    request.inspectors = {{QStringLiteral("eva"), QStringLiteral("Eva Ek")}};
    const QString visitId = visits.start(request);
    const auto started = visits.current(visitId);
    REQUIRE(started.answers.size() == 3);
    CHECK(started.facility.name == QStringLiteral("Konditori Kanelbullen"));
    visits.setAnswer(visitId, QStringLiteral("hant-1"), domain::Result::Ok, QStringLiteral("Bra."));
    CHECK(visits.finish(visitId) == 1);
    CHECK_THROWS_AS(
        db.exec(
            QStringLiteral("UPDATE answer SET comment = 'x' WHERE visit_id = '%1'").arg(visitId)),
        Error);
    CHECK(storage::VisitStore(db).load(visitId)->answer(QStringLiteral("hant-1"))->comment ==
          QStringLiteral("Bra."));
}

} // namespace tillsyn_unity_migration_test
