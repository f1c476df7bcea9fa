// The office commands end to end on a real PostgreSQL server (tests/support/postgres): init,
// merge, resolve, visits, stats, csv and publish give what they give on an SQLite office
// database merged from the same files, whatever the order of the files and with two clerks
// merging at once.
#include "clirunner.h"

#include "support/catchqt.h"
#include "support/postgres/postgresfixture.h"
#include "support/tempdir.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <algorithm>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_postgres_cli_test {

using namespace tillsyn;
using tillsyn::test::CliResult;
using tillsyn::test::PostgresDatabase;
using tillsyn::test::runCli;
using tillsyn::test::TempDir;

namespace {

using test::readAll;
using test::runCliOk;

// 24 generated visit files and, for the first visit, a second content of its revision 1 (a
// conflict that `resolve` settles by naming that file).
struct Files
{
    QString dir;
    QStringList names; // sorted
    QString conflicting;
};

Files makeFiles(const TempDir &tmp)
{
    Files files{tmp.file(QStringLiteral("files")), {}, {}};
    runCliOk(QStringLiteral("generate"), {QStringLiteral("--out"), files.dir, QStringLiteral("--visits"),
                                    QStringLiteral("24"), QStringLiteral("--seed"),
                                    QStringLiteral("20")});
    const QString first = QDir(files.dir).entryList(QDir::Files, QDir::Name).front();
    QByteArray other = readAll(QDir(files.dir).filePath(first));
    REQUIRE(other.contains(R"("comment":"")"));
    other.replace(R"("comment":"")", R"("comment":"Laptop B:s version")");
    files.conflicting = QStringLiteral("b-") + first;
    QFile out(QDir(files.dir).filePath(files.conflicting));
    REQUIRE(out.open(QIODevice::WriteOnly));
    REQUIRE(out.write(other) == other.size());
    out.close();
    files.names = QDir(files.dir).entryList(QDir::Files, QDir::Name);
    return files;
}

// Copies `names` into a new share's inbox.
QString shareWith(const TempDir &tmp, const QString &share, const Files &files,
                  const QStringList &names)
{
    const QString inbox = tmp.file(share + QStringLiteral("/inbox"));
    REQUIRE(QDir().mkpath(inbox));
    for (const QString &name : names)
        REQUIRE(QFile::copy(QDir(files.dir).filePath(name), QDir(inbox).filePath(name)));
    return tmp.file(share);
}

// Merges the files in batches (one share, one merge per batch, in the batches' order), then
// settles the conflict for laptop B's content.
void mergeAndResolve(const TempDir &tmp, const QString &db, const Files &files,
                     const std::vector<QStringList> &batches, const QString &tag)
{
    for (std::size_t i = 0; i < batches.size(); ++i) {
        const QString share =
            shareWith(tmp, QStringLiteral("share-%1-%2").arg(tag).arg(i), files, batches[i]);
        runCliOk(QStringLiteral("merge"), {QStringLiteral("--db"), db, QStringLiteral("--share"), share});
    }
    const QString visitId = files.conflicting.mid(QStringLiteral("b-visit-").size(), 36);
    runCliOk(QStringLiteral("resolve"),
       {QStringLiteral("--db"), db, QStringLiteral("--visit"), visitId, QStringLiteral("--revision"),
        QStringLiteral("1"), QStringLiteral("--content"), files.conflicting,
        QStringLiteral("--reason"), QStringLiteral("Laptop B:s version är den granskade")});
}

// What the office shows: the visits list and the statistics, as the commands print them.
QStringList shown(const QString &db)
{
    QStringList out;
    for (const QStringList &args :
         {QStringList{QStringLiteral("visits"), QStringLiteral("--json")},
          QStringList{QStringLiteral("stats"), QStringLiteral("--json")},
          QStringList{QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("item"),
                      QStringLiteral("--json")},
          QStringList{QStringLiteral("stats"), QStringLiteral("--by"),
                      QStringLiteral("control-area"), QStringLiteral("--json")}})
        out << runCliOk(args.front(), args.mid(1) + QStringList{QStringLiteral("--db"), db});
    return out;
}

QStringList reversed(QStringList list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

} // namespace

TEST_CASE("The office commands on PostgreSQL give what they give on SQLite, in any file order",
          "[cli][postgres]")
{
    TempDir tmp;
    const Files files = makeFiles(tmp);
    const qsizetype half = files.names.size() / 2;

    const QString file = tmp.file(QStringLiteral("office.db"));
    runCliOk(QStringLiteral("init"), {QStringLiteral("--office"), QStringLiteral("--db"), file});
    mergeAndResolve(tmp, file, files, {files.names}, QStringLiteral("sqlite"));
    const QStringList expected = shown(file);
    REQUIRE(expected.front().contains(QStringLiteral("\"status\": \"ok\"")));
    // The food visits' reporting areas are counted (the same rows on the server, below).
    REQUIRE(expected.back().contains(QStringLiteral("\"controlArea\": \"J08\"")));
    CHECK_FALSE(expected.front().contains(QStringLiteral("\"status\": \"conflict\"")));

    // Two orders on the server: the conflicting content last (one merge of the sorted files),
    // and first (the files backwards, in two merges).
    const std::vector<std::vector<QStringList>> orders{
        {files.names},
        {reversed(files.names).mid(0, half), reversed(files.names).mid(half)}};
    for (std::size_t order = 0; order < orders.size(); ++order) {
        INFO("order " << order);
        PostgresDatabase server;
        const QString init =
            runCliOk(QStringLiteral("init"), {QStringLiteral("--office"), QStringLiteral("--db"), server.uri()});
        CHECK(init.contains(QStringLiteral("Office database ready")));
        CHECK(server.psql(QStringLiteral("SELECT value FROM setting WHERE key = 'role'")).trimmed() ==
              QStringLiteral("office"));
        mergeAndResolve(tmp, server.uri(), files, orders[order],
                        QStringLiteral("pg%1").arg(order));
        CHECK(server.psql(QStringLiteral("SELECT count(*) FROM office_revision")).trimmed().toInt() ==
              files.names.size());
        const QStringList got = shown(server.uri());
        REQUIRE(got.size() == expected.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            INFO("output " << i);
            CHECK(got[i] == expected[i]);
        }

        // The open-data export reads the same visits and facilities from either backend.
        for (const QString &form : {QStringLiteral("json"), QStringLiteral("csv")}) {
            INFO("open-data " << form.toStdString());
            const QString fromFile = tmp.file(QStringLiteral("open-file-%1.%2").arg(order).arg(form));
            const QString fromServer = tmp.file(QStringLiteral("open-pg-%1.%2").arg(order).arg(form));
            const QStringList common{QStringLiteral("--org-id"), QStringLiteral("1280"),
                                     QStringLiteral("--org-name"), QStringLiteral("Malmö stad")};
            runCliOk(QStringLiteral("open-data"),
               common + QStringList{QStringLiteral("--db"), file, QStringLiteral("--out"), fromFile});
            runCliOk(QStringLiteral("open-data"), common + QStringList{QStringLiteral("--db"), server.uri(),
                                                                 QStringLiteral("--out"), fromServer});
            CHECK(readAll(fromServer).contains("I-1280-"));
            CHECK(readAll(fromServer) == readAll(fromFile));
        }

        for (const QString &kind : {QStringLiteral("visits"), QStringLiteral("answers")}) {
            INFO("csv " << kind.toStdString());
            const QString fromFile = tmp.file(QStringLiteral("file-%1-%2.csv").arg(kind).arg(order));
            const QString fromServer = tmp.file(QStringLiteral("pg-%1-%2.csv").arg(kind).arg(order));
            runCliOk(QStringLiteral("csv ") + kind,
               {QStringLiteral("--db"), file, QStringLiteral("--out"), fromFile});
            runCliOk(QStringLiteral("csv ") + kind,
               {QStringLiteral("--db"), server.uri(), QStringLiteral("--out"), fromServer});
            CHECK(readAll(fromServer).size() > 100);
            CHECK(readAll(fromServer) == readAll(fromFile));
        }

        // Publishing from the server: the same reference files a laptop reads.
        const QString fileShare = tmp.file(QStringLiteral("publish-file-%1").arg(order));
        const QString serverShare = tmp.file(QStringLiteral("publish-pg-%1").arg(order));
        REQUIRE(QDir().mkpath(fileShare));
        REQUIRE(QDir().mkpath(serverShare));
        runCliOk(QStringLiteral("publish"), {QStringLiteral("--db"), file, QStringLiteral("--share"), fileShare});
        runCliOk(QStringLiteral("publish"),
           {QStringLiteral("--db"), server.uri(), QStringLiteral("--share"), serverShare});
        const auto listing = [](const QString &dir) {
            QStringList names;
            QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                names << QDir(dir).relativeFilePath(it.next());
            names.sort();
            return names;
        };
        CHECK_FALSE(listing(serverShare).isEmpty());
        CHECK(listing(serverShare) == listing(fileShare));
    }
}

TEST_CASE("Two clerks merging at once into one PostgreSQL database give what one merge gives",
          "[cli][postgres]")
{
    TempDir tmp;
    const Files files = makeFiles(tmp);
    const qsizetype half = files.names.size() / 2;

    const QString file = tmp.file(QStringLiteral("office.db"));
    runCliOk(QStringLiteral("init"), {QStringLiteral("--office"), QStringLiteral("--db"), file});
    const QString one = shareWith(tmp, QStringLiteral("one"), files, files.names);
    runCliOk(QStringLiteral("merge"), {QStringLiteral("--db"), file, QStringLiteral("--share"), one});
    const QString expected = runCliOk(QStringLiteral("visits"), {QStringLiteral("--db"), file, QStringLiteral("--json")});
    REQUIRE(expected.contains(QStringLiteral("\"status\": \"conflict\"")));

    SECTION("one share")
    {
        PostgresDatabase server;
        runCliOk(QStringLiteral("init"), {QStringLiteral("--office"), QStringLiteral("--db"), server.uri()});
        const QString share = shareWith(tmp, QStringLiteral("shared"), files, files.names);
        const QStringList merge{QStringLiteral("merge"), QStringLiteral("--db"), server.uri(),
                                QStringLiteral("--share"), share};
        for (const CliResult &r : test::runClisTogether({merge, merge})) {
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 0);
        }
        CHECK(QDir(share + QStringLiteral("/inbox")).entryList(QDir::Files).isEmpty());
        CHECK(runCliOk(QStringLiteral("visits"), {QStringLiteral("--db"), server.uri(), QStringLiteral("--json")}) ==
              expected);
        CHECK(server.psql(QStringLiteral("SELECT count(*) FROM office_revision")).trimmed().toInt() ==
              files.names.size());
    }
    SECTION("two shares, the conflicting contents in different ones")
    {
        PostgresDatabase server;
        runCliOk(QStringLiteral("init"), {QStringLiteral("--office"), QStringLiteral("--db"), server.uri()});
        // The first visit's file in one share, laptop B's other content of it in the other.
        QStringList others = files.names;
        others.removeOne(files.conflicting);
        const QString a = shareWith(tmp, QStringLiteral("a"), files, others.mid(0, half));
        const QString b = shareWith(tmp, QStringLiteral("b"), files,
                                    others.mid(half) + QStringList{files.conflicting});
        REQUIRE(others.mid(0, half).contains(files.conflicting.mid(2)));
        const auto results = test::runClisTogether(
            {{QStringLiteral("merge"), QStringLiteral("--db"), server.uri(), QStringLiteral("--share"), a},
             {QStringLiteral("merge"), QStringLiteral("--db"), server.uri(), QStringLiteral("--share"), b}});
        for (const CliResult &r : results) {
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 0);
        }
        CHECK(runCliOk(QStringLiteral("visits"), {QStringLiteral("--db"), server.uri(), QStringLiteral("--json")}) ==
              expected);
    }
}

TEST_CASE("Three clerks merging different files at once into one PostgreSQL database never "
          "deadlock on the item counts",
          "[cli][postgres]")
{
    // Many visits of the shipped checklists, some with later revisions, whose merge takes the
    // earlier answers off the item counts while another merge adds to them. Both lock the count
    // rows in key order; when taking them off followed the rows' order on disk, three merges of
    // these files deadlocked several times (each costing a second's wait and a retry).
    TempDir tmp;
    Files files{tmp.file(QStringLiteral("files")), {}, {}};
    runCliOk(QStringLiteral("generate"), {QStringLiteral("--out"), files.dir, QStringLiteral("--visits"),
                                          QStringLiteral("2000"), QStringLiteral("--seed"),
                                          QStringLiteral("5")});
    files.names = QDir(files.dir).entryList(QDir::Files, QDir::Name);
    PostgresDatabase server;
    runCliOk(QStringLiteral("init"), {QStringLiteral("--office"), QStringLiteral("--db"), server.uri()});
    std::vector<QStringList> merges;
    const qsizetype third = files.names.size() / 3 + 1;
    for (int k = 0; k < 3; ++k) {
        const QString share = shareWith(tmp, QStringLiteral("share-%1").arg(k), files,
                                        files.names.mid(k * third, third));
        merges.push_back({QStringLiteral("merge"), QStringLiteral("--db"), server.uri(),
                          QStringLiteral("--share"), share});
    }
    for (const CliResult &r : test::runClisTogether(merges)) {
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
    }
    CHECK(server.psql(QStringLiteral("SELECT count(*) FROM office_revision")).trimmed().toInt() ==
          files.names.size());
    // The counts kept are the answers' counts (the merges took replaced revisions off them
    // while adding others).
    const QString recounted = QStringLiteral(
        "SELECT v.checklist_id, a.item_id, count(*) FILTER (WHERE a.result = 'ok'),"
        " count(*) FILTER (WHERE a.result = 'deviation'),"
        " count(*) FILTER (WHERE a.result = 'not_checked'),"
        " count(*) FILTER (WHERE a.result = 'not_applicable') FROM office_visit v JOIN"
        " office_answer a ON a.visit_num = v.num WHERE NOT v.in_conflict GROUP BY 1, 2");
    const QString kept = QStringLiteral(
        "SELECT checklist_id, item_id, ok, deviations, not_checked, not_applicable FROM"
        " office_item_count WHERE ok + deviations + not_checked + not_applicable > 0");
    CHECK(server.psql(QStringLiteral("SELECT count(*) FROM office_item_count")).trimmed().toInt() >
          0);
    CHECK(server
              .psql(QStringLiteral("SELECT count(*) FROM ((%1 EXCEPT %2) UNION ALL (%2 EXCEPT %1))"
                                   " x")
                        .arg(recounted, kept))
              .trimmed() == QStringLiteral("0"));
    // Every session has ended: the server has counted their deadlocks.
    CHECK(server.psql(QStringLiteral("SELECT deadlocks FROM pg_stat_database WHERE datname ="
                                     " current_database()"))
              .trimmed() == QStringLiteral("0"));
}

} // namespace tillsyn_unity_postgres_cli_test
