#include "content/shippedcontent.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/facilitystore.h"

#include "support/catchqt.h"
#include "support/tempdir.h"

#include <limits>
#include <map>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_shippedcontent_test {

using namespace tillsyn;
using content::ShippedContent;

namespace {

QStringList facilityIds(storage::Database &db)
{
    QStringList out;
    for (const auto &f :
         storage::FacilityStore(db).search({}, 0, std::numeric_limits<int>::max(), true))
        out.append(f.id);
    return out;
}

} // namespace

TEST_CASE("The shipped checklists are complete", "[content]")
{
    const auto checklists = ShippedContent::checklists();
    CHECK(checklists.size() >= 4);
    std::map<QString, domain::Area> areas;
    for (const auto &c : checklists) {
        INFO(c.id.toStdString());
        areas[c.id] = c.area;
        CHECK_FALSE(c.title.trimmed().isEmpty());
        CHECK(c.itemCount() >= 5);
        for (const auto &section : c.sections) {
            CHECK_FALSE(section.title.trimmed().isEmpty());
            for (const auto &item : section.items) {
                INFO(item.id.toStdString());
                CHECK_FALSE(item.text.trimmed().isEmpty());
                CHECK_FALSE(item.guidance.trimmed().isEmpty());
            }
        }
    }
    const std::pair<const char *, domain::Area> expected[] = {
        {"livsmedel-restaurang", domain::Area::Food},
        {"hygienlokal", domain::Area::Health},
        {"forskola", domain::Area::Health},
        {"miljo-bilverkstad", domain::Area::Environment},
    };
    for (const auto &[id, area] : expected) {
        INFO(id);
        const auto it = areas.find(QString::fromLatin1(id));
        REQUIRE(it != areas.end());
        CHECK(it->second == area);
    }
}

TEST_CASE("The shipped demo facilities are 60", "[content]")
{
    const auto facilities = ShippedContent::demoFacilities();
    CHECK(facilities.size() == 60);
    for (const auto &f : facilities) {
        INFO(f.id.toStdString());
        CHECK_FALSE(f.name.trimmed().isEmpty());
    }
}

TEST_CASE("ShippedContent::install is idempotent", "[content]")
{
    const test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("tillsyn.db")));

    ShippedContent::install(db, false);
    const auto checklists = storage::ChecklistStore(db).latestVersions();
    CHECK(checklists.size() == ShippedContent::checklists().size());
    CHECK(facilityIds(db).isEmpty());

    ShippedContent::install(db, true);
    const QStringList ids = facilityIds(db);
    CHECK(ids.size() == 60);

    ShippedContent::install(db, true);
    CHECK(storage::ChecklistStore(db).latestVersions() == checklists);
    CHECK(facilityIds(db) == ids);
    const auto again = storage::FacilityStore(db).upsert(ShippedContent::demoFacilities());
    CHECK(again.added == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 60);
}

} // namespace tillsyn_unity_shippedcontent_test
