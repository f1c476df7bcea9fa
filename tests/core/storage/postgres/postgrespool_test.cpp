#include "storage/postgres/postgresconnection.h"
#include "storage/postgres/postgreslocator.h"
#include "storage/postgres/postgresmigrations.h"
#include "storage/postgres/postgresofficerepository.h"
#include "support/postgres/postgresfixture.h"
#include "util/error.h"

#include <catch2/catch.hpp>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_postgrespool_test {

using namespace tillsyn;
using namespace tillsyn::storage;
using namespace tillsyn::test;

TEST_CASE("PostgreSQL migration step 7 (a county's pool) keeps a one-office database's rows as "
          "office ''",
          "[storage][postgres][pool]")
{
    PostgresDatabase db;
    const PostgresLocator locator = PostgresLocator::parse(db.uri());
    {
        PostgresConnection old(locator);
        PostgresMigrations::migrate(old, 6);
        REQUIRE(PostgresMigrations::version(old) == 6);
    }
    // Rows as the step-6 program wrote them: a setting, a facility, a checklist, a visit with
    // two answers and their counts, a fee line.
    db.psql(QStringLiteral(
        "INSERT INTO setting (key, value) VALUES ('office.name', 'Miljöförvaltningen');"
        "INSERT INTO facility (id, name) VALUES ('F-1', 'Bageriet');"
        "INSERT INTO checklist (id, version, title, area) VALUES ('livs', 1, 'Livsmedel', 'food');"
        "INSERT INTO checklist_section (checklist_id, checklist_version, position, title)"
        " VALUES ('livs', 1, 0, 'Hygien');"
        "INSERT INTO checklist_item (checklist_id, checklist_version, section_position, position,"
        " item_id, text) VALUES ('livs', 1, 0, 0, 'h1', 'Handtvätt'), ('livs', 1, 0, 1, 'h2',"
        " 'Kyla');"
        "INSERT INTO office_visit (visit_id, revision, content_hash, in_conflict, facility_id,"
        " facility_name, checklist_id, checklist_version, checklist_title, kind, announced,"
        " inspectors, started_at, finished_at, minutes_spent, deviations) VALUES ('v-1', 1, 'h',"
        " false, 'F-1', 'Bageriet', 'livs', 1, 'Livsmedel', 'planned', true, 'Anna',"
        " '2026-03-01 08:00Z', '2026-03-01 09:00Z', 60, 1);"
        "INSERT INTO office_answer (visit_num, position, item_id, section, text,"
        " legal_reference, result, comment) SELECT num, 0, 'h1', 'Hygien', 'Handtvätt', '',"
        " 'ok', '' FROM office_visit UNION ALL SELECT num, 1, 'h2', 'Hygien', 'Kyla', '',"
        " 'deviation', '' FROM office_visit;"
        "INSERT INTO office_item_count (checklist_id, item_id, ok, deviations) VALUES"
        " ('livs', 'h1', 1, 0), ('livs', 'h2', 0, 1);"
        "INSERT INTO fee_rate (valid_from, ore_per_hour, rounding) VALUES ('2026-01-01', 140000,"
        " 'none')"));

    PostgresOfficeRepository office(locator); // migrates to the latest step
    REQUIRE(PostgresMigrations::version(office.connection()) ==
            PostgresMigrations::latestVersion());
    CHECK(PostgresMigrations::latestVersion() >= 7);
    for (const QString &table : PostgresMigrations::officeTableNames()) {
        INFO(table.toStdString());
        CHECK(db.psql(QStringLiteral("SELECT count(*) FROM %1 WHERE office <> ''").arg(table))
                  .trimmed() == QStringLiteral("0"));
    }
    CHECK(
        db.psql(QStringLiteral("SELECT count(*) FROM office_answer WHERE office = ''")).trimmed() ==
        QStringLiteral("2"));
    CHECK(office.setting(QStringLiteral("office.name")) == QStringLiteral("Miljöförvaltningen"));
    CHECK(office.setting(QStringLiteral("role")) == QStringLiteral("office"));
    REQUIRE(office.facility(QStringLiteral("F-1")));
    CHECK(office.facility(QStringLiteral("F-1"))->name == QStringLiteral("Bageriet"));
    const auto checklist = office.checklist(QStringLiteral("livs"), 1);
    REQUIRE(checklist);
    REQUIRE(checklist->sections.size() == 1);
    CHECK(checklist->sections.front().items.size() == 2);
    CHECK(office.visitSummaries().size() == 1);
    CHECK(office.offices() == QStringList{QString()});
    CHECK(office.feeSchedule().size() == 1);
    VisitFilter settled;
    settled.conflicts = VisitFilter::Conflicts::Excluded;
    const auto counts = office.itemCounts(settled);
    REQUIRE(counts);
    CHECK(counts->size() == 2);

    // The keys that now hold the office still take the old rows' writes.
    office.setSetting(QStringLiteral("office.name"), QStringLiteral("Bygg och miljö"));
    CHECK(office.setting(QStringLiteral("office.name")) == QStringLiteral("Bygg och miljö"));
    domain::Facility f = *office.facility(QStringLiteral("F-1"));
    f.name = QStringLiteral("Bageriet AB");
    const ImportCounts upserted = office.upsertFacilities({f});
    CHECK(upserted.updated == 1);
    CHECK(db.psql(QStringLiteral("SELECT count(*) FROM facility")).trimmed() ==
          QStringLiteral("1"));
    office.clearCurrent(QStringLiteral("v-1"));
    CHECK(db.psql(QStringLiteral("SELECT sum(ok + deviations) FROM office_item_count")).trimmed() ==
          QStringLiteral("0"));
}

TEST_CASE("PostgreSQL: an office in the address must be four digits", "[storage][postgres][pool]")
{
    const auto office = [](const QString &query) {
        return PostgresLocator::parse(QStringLiteral("postgresql://clerk@db.example:5432/pool?") +
                                      query)
            .office;
    };
    CHECK(office(QStringLiteral("office=0180")) == QStringLiteral("0180"));
    CHECK(PostgresLocator::parse(QStringLiteral("postgresql://clerk@db.example/pool?office=2480"))
              .toUri()
              .endsWith(QStringLiteral("?office=2480")));
    for (const QString &bad : {QStringLiteral("office=180"), QStringLiteral("office=01800"),
                               QStringLiteral("office=0l80"), QStringLiteral("office=0180%0A"),
                               QStringLiteral("office=")}) {
        INFO(bad.toStdString());
        CHECK_THROWS_AS(office(bad), Error);
    }
}

} // namespace tillsyn_unity_postgrespool_test
