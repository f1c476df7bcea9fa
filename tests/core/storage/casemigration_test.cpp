// Migration 11 (issue 18) on a database of version 10 with a draft and a finished visit: the
// draft's minutes become its inspection time, the finished revision keeps its plain minutes (its
// visit file is written), and the new tables and columns exist.
#include "field/visitlifecycle.h"
#include "storage/database.h"
#include "storage/sqliteofficerepository.h"
#include "storage/migrations.h"
#include "storage/visitstore.h"

#include "content/shippedcontent.h"
#include "support/catchqt.h"
#include "support/tempdir.h"

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_casemigration_test {

using namespace tillsyn;
using namespace tillsyn::domain;

TEST_CASE("Migration 11 turns a draft's minutes into its inspection time", "[storage][migration]")
{
    const test::TempDir dir;
    const QString path = dir.file(QStringLiteral("tillsyn.db"));
    QString draft, finished;
    {
        storage::Database db(path);
        content::ShippedContent::install(db, true);
        field::VisitLifecycle visits(db);
        field::StartRequest request;
        request.facilityId = content::ShippedContent::demoFacilities().front().id;
        request.checklistId = content::ShippedContent::checklists().front().id;
        request.inspectors = {{QStringLiteral("eva"), QStringLiteral("Eva")}};
        finished = visits.start(request);
        draft = visits.start(request);
        // Back to version 10: the plain minutes of then, none of migration 11's tables.
        db.exec(QStringLiteral("DROP TABLE visit_time"));
        db.exec(QStringLiteral("DROP TABLE visit_signature"));
        db.exec(QStringLiteral("DROP TABLE fee_rate"));
        db.exec(QStringLiteral("ALTER TABLE visit DROP COLUMN case_number"));
        db.exec(QStringLiteral("ALTER TABLE visit DROP COLUMN operator_comment"));
        // ... and none of migration 13's (12 is written to run again).
        db.exec(QStringLiteral("ALTER TABLE checklist DROP COLUMN categories"));
        // ... nor of migration 14's and 15's.
        db.exec(QStringLiteral("ALTER TABLE checklist_item DROP COLUMN control_area"));
        db.exec(QStringLiteral("ALTER TABLE answer DROP COLUMN control_area"));
        db.exec(QStringLiteral("ALTER TABLE office_answer DROP COLUMN control_area"));
        db.exec(QStringLiteral("ALTER TABLE facility DROP COLUMN exp_class"));
        db.exec(QStringLiteral("ALTER TABLE facility DROP COLUMN control_hours"));
        db.exec(QStringLiteral("UPDATE visit SET minutes_spent = 50"));
        db.exec(QStringLiteral("UPDATE visit SET minutes_spent = 2000 WHERE visit_id = '%1'")
                    .arg(finished));
        db.exec(QStringLiteral("UPDATE visit SET status = 'finished', finished_at ="
                               " '2026-11-26T10:00:00Z' WHERE visit_id = '%1'")
                    .arg(finished));
        db.exec(QStringLiteral("PRAGMA user_version = 10"));
    }
    storage::Database db(path);
    CHECK(db.schemaVersion() == storage::Migrations::latestVersion());
    storage::VisitStore store(db);
    const Visit d = *store.load(draft);
    CHECK(d.minutesSpent == 50);
    REQUIRE(d.caseInfo.timeEntries.size() == 1);
    CHECK(d.caseInfo.timeEntries[0] == TimeEntry{Activity::Inspection, 50, true});
    const Visit f = *store.load(finished);
    CHECK(f.minutesSpent == 2000);
    CHECK(f.caseInfo.timeEntries.empty());
    CHECK(f.caseInfo.caseNumber.isEmpty());
    CHECK(storage::SqliteOfficeRepository(db).feeSchedule().empty());
}

} // namespace tillsyn_unity_casemigration_test
