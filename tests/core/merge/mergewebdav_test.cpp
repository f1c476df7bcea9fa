// MergeRun from a WebDAV share: a real Apache mod_dav server (tests/support/webdav). Fails (never
// skips) when apache2 is not installed.
#include "mergefixture.h"

#include "storage/sqliteofficerepository.h"
#include "support/officerepo.h"
#include "sync/webdavshare.h"

#include "support/catchqt.h"
#include "support/webdav/apachefixture.h"

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_mergewebdav_test {

using namespace tillsyn;
using merge::Outcome;
using test::ApacheFixture;
using test::mergeVisit;
using test::uuidFor;
using test::VisitFile;
using test::visitFile;

TEST_CASE("MergeRun merges a WebDAV share's inbox: archive, rejected with a reason, duplicates",
          "[merge][webdav]")
{
    ApacheFixture apache({/*https=*/true});
    test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("office.db")));
    const std::vector<VisitFile> files{visitFile(mergeVisit(uuidFor(1), 1, 0)),
                                       visitFile(mergeVisit(uuidFor(1), 2, 1)),
                                       visitFile(mergeVisit(uuidFor(1), 2, 1, QStringLiteral("B"))),
                                       visitFile(test::mergeVisitWithPhoto(uuidFor(2)))};
    for (const VisitFile &f : files)
        apache.putOnDisk(QStringLiteral("inbox/") + f.name, f.bytes);
    apache.putOnDisk(QStringLiteral("inbox/broken.json"), "[1, 2]");

    sync::WebDavShare share(apache.url(), {apache.user(), apache.password(), {}},
                            sync::WebDavShare::loadCaFile(apache.caFile()));
    storage::SqliteOfficeRepository office(db);
    merge::MergeRun run(office, share, &test::mergeClock);
    const merge::MergeReport report = run.run();
    REQUIRE(report.files.size() == 5);
    CHECK(report.count(Outcome::Imported) == 2);
    CHECK(report.count(Outcome::Updated) == 1);
    CHECK(report.count(Outcome::Conflict) == 1);
    CHECK(report.count(Outcome::Rejected) == 1);
    CHECK(test::inConflict(db, uuidFor(1)));
    CHECK(test::rowCount(db, QStringLiteral("office_revision")) == 4);

    const QString root = apache.shareDir();
    CHECK(test::namesIn(root + QStringLiteral("/inbox")).isEmpty());
    QStringList archived;
    for (const VisitFile &f : files) {
        archived.append(f.name);
        CHECK(test::readAll(root + QStringLiteral("/archive/2026/03/") + f.name) == f.bytes);
    }
    archived.sort();
    CHECK(test::namesIn(root + QStringLiteral("/archive/2026/03")) == archived);
    CHECK(test::namesIn(root + QStringLiteral("/rejected")) ==
          QStringList{QStringLiteral("broken.json"), QStringLiteral("broken.json.reason.txt")});
    const QString reason =
        QString::fromUtf8(test::readAll(root + QStringLiteral("/rejected/broken.json.reason.txt")));
    CHECK(reason.startsWith(QStringLiteral("broken.json: ")));
    CHECK(reason.contains(QStringLiteral("object")));
    CHECK(storage::SqliteOfficeRepository(db).rejected().at(0).share == share.describe());

    // Nothing left to do; a copy put back is a duplicate archived as NAME.2.
    const QString merged = test::fullDump(db);
    CHECK(run.run().files.empty());
    apache.putOnDisk(QStringLiteral("inbox/") + files[0].name, files[0].bytes);
    const merge::MergeReport again = run.run();
    REQUIRE(again.files.size() == 1);
    CHECK(again.files[0].outcome == Outcome::Duplicate);
    CHECK(test::fullDump(db) == merged);
    CHECK(test::readAll(root + QStringLiteral("/archive/2026/03/") + files[0].name +
                        QStringLiteral(".2")) == files[0].bytes);
}

} // namespace tillsyn_unity_mergewebdav_test
