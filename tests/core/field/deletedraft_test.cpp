// A draft started (or reopened) by mistake can be deleted; a finished revision never can.
#include "fieldfixture.h"

#include "field/visitlifecycle.h"
#include "storage/visitstore.h"
#include "util/error.h"

#include "support/catchqt.h"
#include "support/testimages.h"

#include <QSqlQuery>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_deletedraft_test {

using namespace tillsyn;
using tillsyn::test::FieldFixture;

namespace {
int count(storage::Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    db.exec(q);
    return q.next() ? q.value(0).toInt() : -1;
}
} // namespace

TEST_CASE("Deleting a draft removes it with its answers and photos", "[field][lifecycle]")
{
    FieldFixture f;
    const QString id = f.start();
    const QString jpeg = f.dir.write(QStringLiteral("p.jpg"), test::jpegBytes(64, 48));
    f.visits.setResult(id, QStringLiteral("lokal-1"), domain::Result::Deviation);
    f.visits.addPhoto(id, QStringLiteral("lokal-1"), jpeg);
    REQUIRE(count(f.db, QStringLiteral("SELECT COUNT(*) FROM photo_data")) == 1);

    CHECK(f.visits.deleteDraft(id) == 0);
    CHECK_FALSE(storage::VisitStore(f.db).load(id));
    CHECK(count(f.db, QStringLiteral("SELECT COUNT(*) FROM answer")) == 0);
    CHECK(count(f.db, QStringLiteral("SELECT COUNT(*) FROM photo_data")) == 0);
    CHECK(count(f.db, QStringLiteral("SELECT COUNT(*) FROM visit")) == 0);
}

TEST_CASE("A finished revision is never deleted, a reopened draft goes back to it",
          "[field][lifecycle]")
{
    FieldFixture f;
    const QString id = f.start();
    for (const QString &item : test::sampleItemIds())
        f.visits.setResult(id, item, domain::Result::Ok);
    f.visits.finish(id);
    const QString finished = f.dump();

    CHECK_THROWS_AS(f.visits.deleteDraft(id), Error);
    CHECK(f.dump() == finished);
    // Not even by the store directly: it deletes drafts only.
    CHECK_FALSE(storage::VisitStore(f.db).deleteDraft(id, 1));
    CHECK(f.dump() == finished);

    REQUIRE(f.visits.reopen(id) == 2);
    f.visits.setResult(id, QStringLiteral("lokal-2"), domain::Result::Deviation);
    CHECK(f.visits.deleteDraft(id) == 1);
    CHECK(f.dump() == finished);
    CHECK(storage::VisitStore(f.db).load(id)->status == domain::VisitStatus::Finished);

    CHECK_THROWS_AS(f.visits.deleteDraft(QStringLiteral("no-such-visit")), Error);
}

} // namespace tillsyn_unity_deletedraft_test
