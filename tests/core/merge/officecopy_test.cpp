// merge::OfficeCopy refuses a source holding checklist drafts (they have no place behind the
// repository's interface), before anything is written, naming each draft.
#include "content/shippedcontent.h"
#include "merge/officecopy.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/sqliteofficerepository.h"
#include "util/error.h"

#include "support/catchqt.h"
#include "support/tempdir.h"

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_officecopy_test {

using namespace tillsyn;

TEST_CASE("office-copy refuses a source with checklist drafts and copies nothing",
          "[merge][officecopy]")
{
    test::TempDir dir;
    storage::Database source(dir.file(QStringLiteral("from.db")));
    storage::SqliteOfficeRepository from(source);
    from.setOfficeRole();
    auto checklists = content::ShippedContent::checklists();
    REQUIRE_FALSE(checklists.empty());
    from.importChecklists(checklists, QStringLiteral("x"));
    domain::Checklist draft = checklists.front();
    draft.version += 1;
    storage::ChecklistStore(source).insert(draft, storage::ChecklistStore::Status::Draft);

    storage::Database target(dir.file(QStringLiteral("to.db")));
    storage::SqliteOfficeRepository to(target);
    try {
        merge::OfficeCopy::copy(from, to);
        FAIL("a source with a draft was copied");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("\"%1\" version %2").arg(draft.id).arg(draft.version)));
        CHECK(e.message().contains(QStringLiteral("nothing was copied")));
    }
    CHECK(to.allChecklists().empty());
    CHECK_FALSE(to.hasVisits());

    // Published, the same source copies.
    storage::ChecklistStore(source).markPublished(draft.id, draft.version,
                                                   QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
    const auto counts = merge::OfficeCopy::copy(from, to);
    CHECK(counts.checklists == int(checklists.size()) + 1);
}

} // namespace tillsyn_unity_officecopy_test
