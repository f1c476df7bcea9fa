#include "clirunner.h"

#include "support/catchqt.h"
#include "support/postgres/postgresfixture.h"
#include "support/tempdir.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_officecopy_cli_test {

using namespace tillsyn;
using tillsyn::test::CliResult;
using tillsyn::test::PostgresDatabase;
using tillsyn::test::runCli;
using tillsyn::test::TempDir;

namespace {

// What the office shows of a database: the visits list and the statistics, as JSON text.
QString shown(const QString &db)
{
    QString out;
    for (const QStringList &args :
         {QStringList{QStringLiteral("visits"), QStringLiteral("--json")},
          QStringList{QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("item"),
                      QStringLiteral("--json")},
          QStringList{QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("month"),
                      QStringLiteral("--json")},
          QStringList{QStringLiteral("fees"), QStringLiteral("--json")}}) {
        const CliResult r = runCli(args.front(), args.mid(1) + QStringList{QStringLiteral("--db"), db});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        out += r.out;
    }
    return out;
}

} // namespace

TEST_CASE("office-copy moves an office database to PostgreSQL and back, exactly",
          "[cli][postgres]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("office.db"));
    REQUIRE(runCli(QStringLiteral("init"), {QStringLiteral("--db"), db, QStringLiteral("--office")})
                .exitCode == 0);
    const QString files = dir.file(QStringLiteral("files"));
    REQUIRE(runCli(QStringLiteral("generate"),
                   {QStringLiteral("--out"), files, QStringLiteral("--visits"),
                    QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("11")})
                .exitCode == 0);
    const QString inbox = dir.file(QStringLiteral("share/inbox"));
    REQUIRE(QDir().mkpath(inbox));
    const QStringList names = QDir(files).entryList(QDir::Files);
    for (const QString &name : names)
        REQUIRE(QFile::copy(QDir(files).filePath(name), QDir(inbox).filePath(name)));
    REQUIRE(runCli(QStringLiteral("merge"), {QStringLiteral("--db"), db, QStringLiteral("--share"),
                                             dir.file(QStringLiteral("share"))})
                .exitCode == 0);
    // The fee schedule travels with the office (without it `fees` would refuse on the copy).
    REQUIRE(
        runCli(QStringLiteral("fees rate"),
               {QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("2000-01-01"),
                QStringLiteral("--sek-per-hour"), QStringLiteral("1400"),
                QStringLiteral("--rounding"), QStringLiteral("started-quarter")})
            .exitCode == 0);
    const QString before = shown(db);
    REQUIRE(before.contains(QStringLiteral("visitId")));
    REQUIRE(before.contains(QStringLiteral("\"sekPerHour\": 1400")));

    PostgresDatabase server;
    const CliResult there = runCli(QStringLiteral("office-copy"),
                                   {QStringLiteral("--from"), db, QStringLiteral("--to"), server.uri()});
    INFO(there.err.toStdString());
    REQUIRE(there.exitCode == 0);
    INFO(there.out.toStdString());
    CHECK(there.out.contains(QStringLiteral(" visits (%1 revisions)").arg(names.size())));
    CHECK(server.psql(QStringLiteral("SELECT count(*) FROM office_revision")).trimmed().toInt() ==
          names.size());

    const QString back = dir.file(QStringLiteral("back.db"));
    const CliResult home = runCli(QStringLiteral("office-copy"),
                                  {QStringLiteral("--from"), server.uri(), QStringLiteral("--to"), back});
    INFO(home.err.toStdString());
    REQUIRE(home.exitCode == 0);
    CHECK(shown(back) == before);

    // Never into a database that holds an office already: nothing is mixed.
    const CliResult again = runCli(QStringLiteral("office-copy"),
                                   {QStringLiteral("--from"), db, QStringLiteral("--to"), server.uri()});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already holds office data")));
    CHECK(server.psql(QStringLiteral("SELECT count(*) FROM office_revision")).trimmed().toInt() ==
          names.size());
}

TEST_CASE("office-copy: usage, a missing source, a password in the address", "[cli][postgres]")
{
    TempDir dir;
    CHECK(runCli(QStringLiteral("office-copy"), {QStringLiteral("--from"), dir.file(QStringLiteral("a.db"))})
              .exitCode == 2);
    const CliResult missing =
        runCli(QStringLiteral("office-copy"), {QStringLiteral("--from"), dir.file(QStringLiteral("none.db")),
                                               QStringLiteral("--to"), dir.file(QStringLiteral("b.db"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("b.db"))));

    const CliResult secret = runCli(
        QStringLiteral("office-copy"),
        {QStringLiteral("--from"), QStringLiteral("postgresql://kontor:Hemligt-55@db.example/kontor"),
         QStringLiteral("--to"), dir.file(QStringLiteral("c.db"))});
    CHECK(secret.exitCode == 1);
    CHECK(secret.err.contains(QStringLiteral("PGPASSWORD")));
    CHECK_FALSE(secret.err.contains(QStringLiteral("Hemligt-55")));
    CHECK_FALSE(secret.out.contains(QStringLiteral("Hemligt-55")));
}

} // namespace tillsyn_unity_officecopy_cli_test
