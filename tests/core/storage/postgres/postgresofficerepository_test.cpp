#include "content/shippedcontent.h"
#include "storage/postgres/postgreslocator.h"
#include "storage/postgres/postgresofficerepository.h"
#include "storage/sqliteofficerepository.h"
#include "support/postgres/postgresfixture.h"
#include "support/tempdir.h"
#include "util/error.h"
#include "util/sha256.h"
#include "visitfile/visitfilewriter.h"
#include "visitfile/visitgenerator.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <thread>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_postgresofficerepository_test {

using namespace tillsyn;
using namespace tillsyn::storage;
using namespace tillsyn::test;

namespace {

// The first line where two lists differ, empty when equal (what a failed check shows).
std::string difference(const QStringList &actual, const QStringList &expected)
{
    for (qsizetype i = 0; i < std::max(actual.size(), expected.size()); ++i) {
        const QString a = actual.value(i, QStringLiteral("<none>"));
        const QString e = expected.value(i, QStringLiteral("<none>"));
        if (a != e)
            return QStringLiteral("line %1:\n  PostgreSQL: %2\n  SQLite:     %3")
                .arg(QString::number(i), a, e)
                .toStdString();
    }
    return {};
}

QString show(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

QStringList lines(const std::vector<OfficeVisitSummary> &list)
{
    QStringList out;
    for (const auto &s : list) {
        QStringList revisions;
        for (int r : s.revisions)
            revisions << QString::number(r);
        out << QStringList{s.visitId, QString::number(s.revision), QString::number(s.inConflict),
                           revisions.join(u','), s.facilityId, s.facilityName, s.checklistId,
                           s.checklistTitle, domain::toString(s.kind), s.inspectors,
                           show(s.startedAt), show(s.finishedAt), QString::number(s.deviations)}
                   .join(u'|');
    }
    return out;
}

QStringList lines(const std::vector<AnswerRow> &rows)
{
    QStringList out;
    for (const auto &r : rows)
        out << QStringList{r.visitId, QString::number(r.revision), r.facilityName, r.checklistId,
                           r.itemId, r.section, r.text, r.legalReference,
                           domain::toString(r.result), r.comment}
                   .join(u'|');
    return out;
}

QStringList lines(const std::vector<OfficeRevision> &revisions)
{
    QStringList out;
    for (const auto &r : revisions)
        out << QStringList{QString::number(r.key.revision), QString::number(r.key.baseRevision),
                           r.key.contentHash, QString::number(r.key.setAside), r.fileName,
                           show(r.mergedAt), show(r.finishedAt)}
                   .join(u'|');
    return out;
}

QStringList lines(const std::vector<RejectedFile> &files)
{
    QStringList out;
    for (const auto &f : files)
        out << QStringList{f.fileName, f.reason, show(f.rejectedAt), f.share, f.contentHash,
                           f.storedAs}
                   .join(u'|');
    return out;
}

QStringList scan(OfficeRepository &repo, const VisitFilter &filter, ScanAnswers answers)
{
    QStringList out;
    repo.scanVisits(filter, answers, true,
                    [&](const ScannedVisit &v, const std::vector<ScannedAnswer> &a) {
                        QStringList parts{v.checklistId, QString::number(v.checklistVersion),
                                          v.checklistTitle, v.category, v.kind, v.finishedAt,
                                          v.month, QString::number(v.minutesSpent)};
                        QStringList answers;
                        for (const ScannedAnswer &x : a)
                            answers << QString::fromUtf8(x.itemId.toByteArray()) + u'=' +
                                           domain::toString(x.result) + u'@' + x.section;
                        // SQLite walks its index in item order, PostgreSQL gives positions'
                        // order; the statistics tally, so each visit's answers are compared
                        // as a set.
                        answers.sort();
                        out << (parts + answers).join(u'|');
                    });
    // The scan's order is the backend's; the statistics tally, so only the set matters.
    out.sort();
    return out;
}

// Stores a revision and makes it current, as MergeRun would after deciding.
void store(OfficeRepository &repo, const domain::Visit &v, bool conflict, const QDateTime &at)
{
    const QByteArray bytes = visitfile::VisitFileWriter::write(v);
    const QString hash = sha256Hex(bytes);
    repo.inVisitTransaction(v.visitId, [&] {
        repo.insertRevision(v, hash, visitfile::VisitFileWriter::fileName(v, bytes), bytes, at);
        repo.writeCurrent(v.visitId, CurrentRevision{v.revision, hash, conflict}, v);
    });
}

} // namespace

TEST_CASE("PostgreSQL repository: the same rows give the same answers as on SQLite",
          "[postgres][office]")
{
    PostgresDatabase db;
    PostgresOfficeRepository pg(PostgresLocator::parse(db.uri()));
    TempDir dir;
    SqliteOfficeRepository lite(dir.file(QStringLiteral("office.db")));
    std::vector<OfficeRepository *> both{&lite, &pg};

    visitfile::VisitGenerator generator(content::ShippedContent::checklists(), 20);
    const std::vector<domain::Visit> visits = generator.generate(80, 0);
    const QDateTime mergedAt = QDateTime(QDate(2026, 11, 30), QTime(8, 15, 42), Qt::UTC);
    for (OfficeRepository *repo : both) {
        repo->setOfficeRole();
        int i = 0;
        for (const domain::Visit &v : visits) {
            ++i;
            store(*repo, v, i % 17 == 0, mergedAt.addSecs(i));
        }
        repo->importChecklists(content::ShippedContent::checklists(), QStringLiteral("test"));
    }

    CHECK(difference(lines(pg.visitSummaries()), lines(lite.visitSummaries())) == "");
    CHECK(pg.visitSummaries().size() > 50);
    for (const domain::Visit &v : visits) {
        CHECK(difference(lines(pg.revisions(v.visitId)), lines(lite.revisions(v.visitId))) == "");
        CHECK(pg.currentFile(v.visitId)->bytes == lite.currentFile(v.visitId)->bytes);
    }

    // Every condition of the one filter, alone.
    std::vector<VisitFilter> filters(9);
    filters[1].deviationsOnly = true;
    filters[2].conflicts = VisitFilter::Conflicts::Only;
    filters[3].conflicts = VisitFilter::Conflicts::Excluded;
    filters[4].from = visits[10].finishedAt.toLocalTime().date();
    filters[4].to = filters[4].from.addDays(20);
    filters[5].inspector = visits[3].inspectors.front().name.left(3).toUpper();
    filters[6].facility = visits[5].facility.name.mid(1, 4).toLower();
    filters[7].checklist = visits[7].checklist.id;
    filters[7].area = domain::Area::Food;
    filters[8].kind = visits[9].kind;
    filters[8].category = visits[9].facility.category;
    for (size_t i = 0; i < filters.size(); ++i) {
        INFO("filter " << i);
        const auto expected = lines(lite.visitSummaries(filters[i]));
        CHECK(difference(lines(pg.visitSummaries(filters[i])), expected) == "");
        if (i > 0)
            CHECK(size_t(expected.size()) < lite.visitSummaries().size());
        CHECK(difference(lines(pg.answerRows(filters[i])), lines(lite.answerRows(filters[i]))) == "");
        for (ScanAnswers a : {ScanAnswers::None, ScanAnswers::Results, ScanAnswers::Items,
                              ScanAnswers::ItemsAndSections})
            CHECK(difference(scan(pg, filters[i], a), scan(lite, filters[i], a)) == "");
    }
    const QStringList some{visits[0].visitId, visits[4].visitId};
    CHECK(difference(lines(pg.answerRows({}, some)), lines(lite.answerRows({}, some))) == "");

    // GROUP BY on the server counts what the scan tallies.
    std::map<std::pair<QString, QString>, std::array<qint64, 4>> tally;
    lite.scanVisits({}, ScanAnswers::Items, false,
                    [&](const ScannedVisit &v, const std::vector<ScannedAnswer> &answers) {
                        for (const ScannedAnswer &a : answers)
                            ++tally[{v.checklistId, QString::fromUtf8(a.itemId.toByteArray())}]
                                   [size_t(a.result)];
                    });
    const auto counts = pg.itemCounts({});
    REQUIRE(counts);
    REQUIRE(counts->size() == tally.size());
    for (const ItemCount &c : *counts) {
        const auto &t = tally[{c.checklistId, c.itemId}];
        CHECK(std::array<qint64, 4>{c.ok, c.deviations, c.notChecked, c.notApplicable} ==
              std::array<qint64, 4>{t[size_t(domain::Result::Ok)],
                                    t[size_t(domain::Result::Deviation)],
                                    t[size_t(domain::Result::NotChecked)],
                                    t[size_t(domain::Result::NotApplicable)]});
    }
    const domain::Answer &answer = visits[2].answers.front();
    CHECK(pg.latestAnswerText(visits[2].checklist.id, answer.itemId) ==
          lite.latestAnswerText(visits[2].checklist.id, answer.itemId));

    // Set aside, resolutions, settings.
    for (OfficeRepository *repo : both) {
        const OfficeRevision first = repo->revisions(visits[1].visitId).front();
        repo->setAside(visits[1].visitId, first.key.revision, first.key.contentHash, true);
        repo->addResolution({visits[1].visitId, first.key.revision, first.key.contentHash,
                             QStringLiteral("dubbel ’citat’ \\ och ; och '"),
                             QStringLiteral("Åsa"), mergedAt});
        repo->setSetting(QStringLiteral("key.a%"), QStringLiteral("1"));
        repo->setSetting(QStringLiteral("key.ab"), QStringLiteral("2"));
        repo->setSetting(QStringLiteral("keyX"), QStringLiteral("3"));
        repo->removeSetting(QStringLiteral("key.ab"));
    }
    CHECK(difference(lines(pg.revisions(visits[1].visitId)), lines(lite.revisions(visits[1].visitId))) == "");
    REQUIRE(pg.resolutions(visits[1].visitId).size() == 1);
    CHECK(pg.resolutions(visits[1].visitId)[0].reason ==
          lite.resolutions(visits[1].visitId)[0].reason);
    CHECK(pg.resolutions(visits[1].visitId)[0].resolvedAt == mergedAt);
    CHECK(pg.settings(QStringLiteral("key.")) == lite.settings(QStringLiteral("key.")));
    CHECK(pg.settings(QStringLiteral("key.")).size() == 1);
    CHECK(pg.setting(QStringLiteral("missing")).isNull());
    CHECK_NOTHROW(pg.requireOffice());
    CHECK(pg.hasVisits());
}

TEST_CASE("PostgreSQL repository: reference data and publishing as on SQLite", "[postgres][office]")
{
    PostgresDatabase db;
    PostgresOfficeRepository pg(PostgresLocator::parse(db.uri()));
    TempDir dir;
    SqliteOfficeRepository lite(dir.file(QStringLiteral("office.db")));

    std::vector<domain::Facility> facilities = content::ShippedContent::demoFacilities();
    domain::Facility odd;
    odd.id = QStringLiteral("Z-1");
    odd.name = QStringLiteral("Ängens café");
    odd.active = false;
    facilities.push_back(odd);
    odd.id = QStringLiteral("A-1");
    odd.name = QStringLiteral("abc");
    odd.active = true;
    odd.riskClass = 3;
    odd.expClass = QStringLiteral("B");
    odd.controlHours = 2.5;
    facilities.push_back(odd);
    odd.id = QStringLiteral("A-2");
    odd.name = QStringLiteral("ABD");
    facilities.push_back(odd);
    for (OfficeRepository *repo : std::vector<OfficeRepository *>{&lite, &pg}) {
        const ImportCounts first = repo->upsertFacilities(facilities);
        CHECK(first.added == int(facilities.size()));
        facilities.back().city = QStringLiteral("Ystad");
        const ImportCounts second = repo->upsertFacilities(facilities);
        CHECK(second.updated == 1);
        CHECK(second.unchanged == int(facilities.size()) - 1);
        facilities.back().city.clear();
    }
    const auto names = [](const std::vector<domain::Facility> &list) {
        QStringList out;
        for (const auto &f : list)
            out << f.id + u':' + f.name + u':' + f.city + u':' +
                       QString::number(f.riskClass.value_or(-1)) + u':' + QString::number(f.active) +
                       u':' + f.expClass + u':' + QString::number(f.controlHours.value_or(-1));
        return out;
    };
    CHECK(names(pg.facilities()) == names(lite.facilities()));
    CHECK(names(pg.facilities(true)) == names(lite.facilities(true)));
    CHECK(pg.facilities(true).size() == pg.facilities().size() + 1);
    CHECK(pg.facility(QStringLiteral("A-1")) == lite.facility(QStringLiteral("A-1")));

    const auto checklists = content::ShippedContent::checklists();
    CHECK(pg.importChecklists(checklists, QStringLiteral("x")).added == int(checklists.size()));
    CHECK(lite.importChecklists(checklists, QStringLiteral("x")).added == int(checklists.size()));
    CHECK(pg.importChecklists(checklists, QStringLiteral("x")).unchanged == int(checklists.size()));
    CHECK(pg.publishedChecklists() == lite.publishedChecklists());
    CHECK(pg.allChecklists() == lite.allChecklists());
    auto changed = checklists;
    changed.front().title += QStringLiteral(" (ändrad)");
    CHECK_THROWS_WITH(pg.importChecklists(changed, QStringLiteral("fil.json")),
                      Catch::Contains("already exists with other content"));
    // The same version with and without its classification (an office database set up before
    // the additions, a laptop after): never refused; a missing classification is filled in, a
    // stored one is not taken away by an older file.
    const auto food = std::find_if(checklists.begin(), checklists.end(), [](const auto &c) {
        return !c.categories.isEmpty() && !c.sections.empty() && !c.sections[0].items.empty() &&
               !c.sections[0].items[0].controlArea.isEmpty();
    });
    REQUIRE(food != checklists.end());
    for (OfficeRepository *repo : {static_cast<OfficeRepository *>(&pg),
                                   static_cast<OfficeRepository *>(&lite)}) {
        auto classified = *food;
        classified.id = QStringLiteral("utan-klassning");
        auto bare = classified;
        bare.categories.clear();
        for (auto &section : bare.sections) {
            for (auto &item : section.items)
                item.controlArea.clear();
        }
        REQUIRE(bare != classified);
        CHECK(repo->importChecklists({bare}, QStringLiteral("x")).added == 1);
        CHECK(repo->importChecklists({classified}, QStringLiteral("x")).updated == 1);
        CHECK(repo->importChecklists({bare}, QStringLiteral("x")).unchanged == 1);
        CHECK(repo->importChecklists({classified}, QStringLiteral("x")).unchanged == 1);
        const auto stored = repo->allChecklists();
        const auto it = std::find_if(stored.begin(), stored.end(), [](const auto &c) {
            return c.id == QStringLiteral("utan-klassning");
        });
        REQUIRE(it != stored.end());
        CHECK(*it == classified);
        // Other content under the same version is still refused.
        auto other = classified;
        other.sections[0].items[0].text += QStringLiteral(" (ändrad)");
        CHECK_THROWS_WITH(repo->importChecklists({other}, QStringLiteral("fil.json")),
                          Catch::Contains("already exists with other content"));
    }

    CHECK_FALSE(pg.lastPublish());
    const PublishRecord record{QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC),
                               QStringLiteral("/srv/share"), QByteArray("{\"f\":[]}\0x", 10),
                               QByteArray("[]")};
    pg.addPublish(record);
    const auto last = pg.lastPublish();
    REQUIRE(last);
    CHECK(last->publishedAt == record.publishedAt);
    CHECK(last->share == record.share);
    CHECK(last->facilities == record.facilities);
    CHECK(last->checklists == record.checklists);
}

TEST_CASE("PostgreSQL repository: one pending record per rejected file, as on SQLite",
          "[postgres][office]")
{
    PostgresDatabase db;
    PostgresOfficeRepository pg(PostgresLocator::parse(db.uri()));
    PostgresOfficeRepository other(PostgresLocator::parse(db.uri()));
    TempDir dir;
    SqliteOfficeRepository lite(dir.file(QStringLiteral("office.db")));
    const QDateTime at(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    const RejectedFile file{QStringLiteral("v.json"), QStringLiteral("trasig"), at,
                            QStringLiteral("/share"), QStringLiteral("abc"), {}, 0};

    const qint64 id = pg.addRejected(file);
    CHECK(id > 0);
    // A second clerk rejecting the same file meets the first one's record.
    CHECK(other.addRejected(file) == id);
    CHECK(pg.pendingRejection(file) == id);
    CHECK(pg.pendingRejections(QStringLiteral("/share")).size() == 1);
    CHECK(pg.markRejectedMoved(id, QStringLiteral("rejected/v.json")));
    CHECK_FALSE(pg.markRejectedMoved(id + 100, QStringLiteral("x")));
    // Moved: the same file arriving again is a new rejection.
    const qint64 again = pg.addRejected(file);
    CHECK(again != id);
    pg.removePendingRejection(again);
    CHECK(pg.pendingRejection(file) == 0);

    const qint64 liteId = lite.addRejected(file);
    lite.markRejectedMoved(liteId, QStringLiteral("rejected/v.json"));
    lite.removePendingRejection(lite.addRejected(file));
    CHECK(difference(lines(pg.rejected()), lines(lite.rejected())) == "");
    CHECK(pg.rejectedPaths() == lite.rejectedPaths());
}

TEST_CASE("PostgreSQL repository: a visit's unit holds its lock, so a second clerk reads the "
          "first one's history",
          "[postgres][office]")
{
    PostgresDatabase db;
    PostgresOfficeRepository first(PostgresLocator::parse(db.uri()));
    visitfile::VisitGenerator generator(content::ShippedContent::checklists(), 7);
    const std::vector<domain::Visit> visits = generator.generate(2, 0);
    domain::Visit a = visits[0];
    domain::Visit b = visits[1];
    b.visitId = a.visitId; // another content for the same visit and revision
    b.revision = a.revision;
    b.baseRevision = a.baseRevision;
    const QDateTime at(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);

    // Each clerk stores its revision only when the visit has none yet (the merge's "read the
    // history, decide, insert" in miniature). Without the lock both would read an empty history
    // and both would insert.
    const auto decideAndStore = [&](OfficeRepository &repo, const domain::Visit &v) {
        if (!repo.revisions(v.visitId).empty())
            return;
        const QByteArray bytes = visitfile::VisitFileWriter::write(v);
        repo.insertRevision(v, sha256Hex(bytes), QStringLiteral("f.json"), bytes, at);
    };
    std::atomic<qint64> secondPid{0};
    std::atomic<bool> secondDone{false};
    QString secondError;
    std::thread second;
    bool started = false;
    first.inVisitTransaction(a.visitId, [&] {
        REQUIRE(first.revisions(a.visitId).empty());
        if (!started) {
            started = true;
            second = std::thread([&] {
                try {
                    PostgresOfficeRepository repo(PostgresLocator::parse(db.uri()));
                    secondPid = repo.connection().value(QStringLiteral("SELECT pg_backend_pid()"))
                                    .toLongLong();
                    repo.inVisitTransaction(a.visitId, [&] { decideAndStore(repo, b); });
                } catch (const tillsyn::Error &e) {
                    secondError = e.message();
                }
                secondDone = true;
            });
        }
        // Until the second clerk waits for this visit's lock (a bounded wait on the server's
        // own account of it).
        const QDeadlineTimer deadline(20000);
        bool waiting = false;
        while (!waiting && !deadline.hasExpired() && !secondDone) {
            const qint64 pid = secondPid;
            waiting = pid && first.connection()
                                 .value(QStringLiteral("SELECT wait_event_type = 'Lock' AND"
                                                       " wait_event = 'advisory' FROM"
                                                       " pg_stat_activity WHERE pid = ?"),
                                        {pid})
                                 .toBool();
            if (!waiting)
                QThread::msleep(5);
        }
        CHECK(waiting);
        decideAndStore(first, a);
    });
    second.join();
    CHECK(secondError.isEmpty());
    const auto stored = first.revisions(a.visitId);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].key.contentHash == sha256Hex(visitfile::VisitFileWriter::write(a)));
}

// A visit's unit begins with BEGIN, its lock and its history in one round trip, the history
// served to the unit's first revisions() call: a revision stored or set aside in the unit is
// read back, not the history as it began; a retried unit reads it anew; and a visit id that is
// not a UUID's characters is written into the statement's text as QPSQL writes a bound value.
TEST_CASE("PostgreSQL repository: a visit's unit reads its history once as it begins, then the "
          "table",
          "[postgres][office]")
{
    PostgresDatabase db;
    PostgresOfficeRepository repo(PostgresLocator::parse(db.uri()));
    visitfile::VisitGenerator generator(content::ShippedContent::checklists(), 11);
    const QDateTime at(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    for (const QString &id : {QStringLiteral("0b1d6a52-7e6c-4c53-9a57-2f1e0c7d4a11"),
                              QStringLiteral("o'brien; DROP TABLE office_revision; --")}) {
        INFO(id.toStdString());
        domain::Visit v = generator.generate(1, 0).front();
        v.visitId = id;
        v.revision = 1;
        v.baseRevision = 0;
        const QByteArray bytes = visitfile::VisitFileWriter::write(v);
        int attempts = 0;
        repo.inVisitTransaction(id, [&] {
            ++attempts;
            // Stored before the unit reads anything: the history it began with is stale now.
            repo.insertRevision(v, sha256Hex(bytes), QStringLiteral("f.json"), bytes, at);
            REQUIRE(repo.revisions(id).size() == 1);
            repo.setAside(id, 1, sha256Hex(bytes), true);
            const auto after = repo.revisions(id);
            REQUIRE(after.size() == 1);
            CHECK(after[0].key.setAside);
            if (attempts == 1) // the server aborts the unit for a deadlock: it runs again
                repo.connection().exec(QStringLiteral(
                    "DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = '40P01'; END $$"));
        });
        CHECK(attempts == 2);
        // The second attempt began with an empty history again (the first one rolled back).
        const auto stored = repo.revisions(id);
        REQUIRE(stored.size() == 1);
        CHECK(stored[0].key.setAside);
        repo.inVisitTransaction(id, [&] { CHECK(repo.revisions(id).size() == 1); });
    }
    CHECK(db.psql(QStringLiteral("SELECT count(*) FROM office_revision")).trimmed() == u"2");
}

} // namespace tillsyn_unity_postgresofficerepository_test
