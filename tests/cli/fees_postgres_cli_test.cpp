// `fees rate`, `fees`, `office` and `report` on a PostgreSQL office database: the same schedule,
// invoice basis (JSON and CSV), refusal, letterhead and report as on an SQLite office database
// merged from the same files.
#include "clirunner.h"

#include "support/catchqt.h"
#include "support/postgres/postgresfixture.h"
#include "support/tempdir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_fees_postgres_cli_test {

using namespace tillsyn;
using tillsyn::test::CliResult;
using tillsyn::test::PostgresDatabase;
using tillsyn::test::pdfText;
using tillsyn::test::runCli;
using tillsyn::test::TempDir;

namespace {

using test::readAll;
using test::runCliOk;

// An office database (file or server) with the same 12 generated visit files merged.
void prepare(const TempDir &tmp, const QString &db, const QString &files, const QString &tag)
{
    runCliOk(QStringLiteral("init"), {QStringLiteral("--office"), QStringLiteral("--db"), db});
    const QString inbox = tmp.file(QStringLiteral("share-%1/inbox").arg(tag));
    REQUIRE(QDir().mkpath(inbox));
    for (const QString &name : QDir(files).entryList(QDir::Files))
        REQUIRE(QFile::copy(QDir(files).filePath(name), QDir(inbox).filePath(name)));
    runCliOk(QStringLiteral("merge"), {QStringLiteral("--db"), db, QStringLiteral("--share"),
                                 tmp.file(QStringLiteral("share-%1").arg(tag))});
}

void rate(const QString &db, const QString &from, const QString &sek, const QString &rounding)
{
    runCliOk(QStringLiteral("fees rate"),
       {QStringLiteral("--db"), db, QStringLiteral("--from"), from,
        QStringLiteral("--sek-per-hour"), sek, QStringLiteral("--rounding"), rounding});
}

} // namespace

TEST_CASE("fees rate and fees give the same schedule and invoice basis on PostgreSQL as on "
          "SQLite",
          "[cli][postgres][fees]")
{
    TempDir tmp;
    const QString files = tmp.file(QStringLiteral("files"));
    runCliOk(QStringLiteral("generate"),
       {QStringLiteral("--out"), files, QStringLiteral("--visits"), QStringLiteral("12"),
        QStringLiteral("--seed"), QStringLiteral("18")});
    const QString file = tmp.file(QStringLiteral("office.db"));
    PostgresDatabase server;
    prepare(tmp, file, files, QStringLiteral("file"));
    prepare(tmp, server.uri(), files, QStringLiteral("pg"));

    // Before any rate in force: both refuse the same way, naming the same visit.
    const QStringList basis{QStringLiteral("--json")};
    const CliResult fileRefused =
        runCli(QStringLiteral("fees"), basis + QStringList{QStringLiteral("--db"), file});
    const CliResult serverRefused =
        runCli(QStringLiteral("fees"), basis + QStringList{QStringLiteral("--db"), server.uri()});
    CHECK(fileRefused.exitCode == 1);
    CHECK(serverRefused.exitCode == 1);
    CHECK(serverRefused.err == fileRefused.err);
    CHECK(serverRefused.err.contains(QStringLiteral("has no hourly rate")));

    for (const QString &db : {file, server.uri()}) {
        rate(db, QStringLiteral("2000-01-01"), QStringLiteral("1300"),
             QStringLiteral("started-hour"));
        // The same date again replaces the line.
        rate(db, QStringLiteral("2000-01-01"), QStringLiteral("1386.50"),
             QStringLiteral("started-half-hour"));
        rate(db, QStringLiteral("2100-01-01"), QStringLiteral("9999"), QStringLiteral("none"));
    }
    CHECK(server
              .psql(QStringLiteral("SELECT valid_from || ' ' || ore_per_hour || ' ' || rounding"
                                   " FROM fee_rate ORDER BY valid_from"))
              .trimmed() == QStringLiteral("2000-01-01 138650 started-half-hour\n"
                                           "2100-01-01 999900 none"));

    const QString fileCsv = tmp.file(QStringLiteral("file.csv"));
    const QString serverCsv = tmp.file(QStringLiteral("server.csv"));
    const QString expected =
        runCliOk(QStringLiteral("fees"), {QStringLiteral("--db"), file, QStringLiteral("--json"),
                                    QStringLiteral("--out"), fileCsv});
    const QString got =
        runCliOk(QStringLiteral("fees"), {QStringLiteral("--db"), server.uri(), QStringLiteral("--json"),
                                    QStringLiteral("--out"), serverCsv});
    // Every visit not in conflict, each once.
    REQUIRE(expected.count(QStringLiteral("\"visitId\"")) >= 6);
    CHECK(expected.contains(QStringLiteral("\"sekPerHour\": 1386.5")));
    CHECK(got == expected);
    CHECK(readAll(serverCsv) == readAll(fileCsv));

    // A period: the same selection.
    const QStringList period{QStringLiteral("--from"), QStringLiteral("2000-01-01"),
                             QStringLiteral("--to"), QStringLiteral("2099-12-31")};
    CHECK(runCliOk(QStringLiteral("fees"), period + QStringList{QStringLiteral("--db"), server.uri()}) ==
          runCliOk(QStringLiteral("fees"), period + QStringList{QStringLiteral("--db"), file}));
}

TEST_CASE("office and report on PostgreSQL give the letterhead and report they give on SQLite",
          "[cli][postgres][report]")
{
    TempDir tmp;
    const QString files = tmp.file(QStringLiteral("files"));
    runCliOk(QStringLiteral("generate"),
       {QStringLiteral("--out"), files, QStringLiteral("--visits"), QStringLiteral("4"),
        QStringLiteral("--seed"), QStringLiteral("19")});
    const QString file = tmp.file(QStringLiteral("office.db"));
    PostgresDatabase server;
    prepare(tmp, file, files, QStringLiteral("file"));
    prepare(tmp, server.uri(), files, QStringLiteral("pg"));

    const QStringList letterhead{QStringLiteral("--name"),
                                 QStringLiteral("Milj\u00f6- och h\u00e4lsoskyddskontoret"),
                                 QStringLiteral("--phone"), QStringLiteral("0123-456 78")};
    const QString fileOffice =
        runCliOk(QStringLiteral("office"), letterhead + QStringList{QStringLiteral("--db"), file});
    CHECK(runCliOk(QStringLiteral("office"),
             letterhead + QStringList{QStringLiteral("--db"), server.uri()}) == fileOffice);
    CHECK(runCliOk(QStringLiteral("office"), {QStringLiteral("--db"), server.uri()}) == fileOffice);

    const QJsonArray visits =
        QJsonDocument::fromJson(runCliOk(QStringLiteral("visits"),
                                   {QStringLiteral("--db"), server.uri(), QStringLiteral("--json")})
                                    .toUtf8())
            .array();
    REQUIRE_FALSE(visits.isEmpty());
    const QString visitId = visits.first().toObject().value(u"visitId").toString();
    const QString fromFile = tmp.file(QStringLiteral("file.pdf"));
    const QString fromServer = tmp.file(QStringLiteral("server.pdf"));
    runCliOk(QStringLiteral("report"), {QStringLiteral("--db"), file, QStringLiteral("--visit"), visitId,
                                  QStringLiteral("--out"), fromFile});
    runCliOk(QStringLiteral("report"), {QStringLiteral("--db"), server.uri(), QStringLiteral("--visit"),
                                  visitId, QStringLiteral("--out"), fromServer});
    // The two were produced a moment apart: the time of production aside, the same text.
    static const QRegularExpression producedAt(QStringLiteral("\\d\\d:\\d\\d:\\d\\d"));
    const QString text = pdfText(fromServer).replace(producedAt, QStringLiteral("hh:mm:ss"));
    CHECK(text.contains(QStringLiteral("Milj\u00f6- och h\u00e4lsoskyddskontoret")));
    CHECK(text.contains(QStringLiteral("hh:mm:ss")));
    CHECK(text == pdfText(fromFile).replace(producedAt, QStringLiteral("hh:mm:ss")));

    const CliResult unknown = runCli(
        QStringLiteral("report"), {QStringLiteral("--db"), server.uri(), QStringLiteral("--visit"),
                                   QStringLiteral("no-such-visit"), QStringLiteral("--out"),
                                   tmp.file(QStringLiteral("none.pdf"))});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("no-such-visit")));
}

TEST_CASE("import-facilities and import-checklists on PostgreSQL: the office's reference data as "
          "on SQLite, a bad file changes nothing",
          "[cli][postgres]")
{
    TempDir tmp;
    const QString file = tmp.file(QStringLiteral("office.db"));
    PostgresDatabase server;
    runCliOk(QStringLiteral("init"), {QStringLiteral("--office"), QStringLiteral("--db"), file});
    runCliOk(QStringLiteral("init"), {QStringLiteral("--office"), QStringLiteral("--db"), server.uri()});

    const QString good = tmp.write(QStringLiteral("register.csv"),
                                   "Objekt-ID;Namn;Organisationsnummer;Postort\n"
                                   "csv-1;Kvarterskrogen Tv\xC3\xA4rs\xC3\xB6ver;5566778899;"
                                   "\xC3\x96"
                                   "desh\xC3\xB6g\n"
                                   "csv-2;Bageriet;;Ydre\n");
    const QString bad =
        tmp.write(QStringLiteral("bad.csv"), "Objekt-ID;Namn;Organisationsnummer;Postort\n"
                                             "csv-3;Nya krogen;;Ydre\n"
                                             "csv-4;Felaktiga AB;556677-8898;Ydre\n");
    const QString fileOut =
        runCliOk(QStringLiteral("import-facilities"), {good, QStringLiteral("--db"), file});
    CHECK(runCliOk(QStringLiteral("import-facilities"), {good, QStringLiteral("--db"), server.uri()}) ==
          fileOut);
    CHECK(fileOut.contains(QStringLiteral("2 added")));
    const CliResult refused =
        runCli(QStringLiteral("import-facilities"), {bad, QStringLiteral("--db"), server.uri()});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("line 3")));
    CHECK(server.psql(QStringLiteral("SELECT string_agg(id, ',' ORDER BY id) FROM facility"))
              .trimmed() == QStringLiteral("csv-1,csv-2"));

    // The checklists a publish wrote, imported again: all present already, on both.
    const QString share = tmp.file(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(share));
    runCliOk(QStringLiteral("publish"), {QStringLiteral("--db"), file, QStringLiteral("--share"), share});
    const QString checklists = share + QStringLiteral("/reference/checklists.json");
    REQUIRE(QFileInfo::exists(checklists));
    const QString again =
        runCliOk(QStringLiteral("import-checklists"), {checklists, QStringLiteral("--db"), file});
    CHECK(runCliOk(QStringLiteral("import-checklists"),
             {checklists, QStringLiteral("--db"), server.uri()}) == again);
    CHECK(again.contains(QStringLiteral("0 checklist version(s) added")));

    // Publishing from the server now carries the imported register, as from the file.
    const QString serverShare = tmp.file(QStringLiteral("server-share"));
    REQUIRE(QDir().mkpath(serverShare));
    runCliOk(QStringLiteral("publish"),
       {QStringLiteral("--db"), server.uri(), QStringLiteral("--share"), serverShare});
    // (Each file carries its own publishedAt.)
    const auto facilities = [&](const QString &dir) {
        return QJsonDocument::fromJson(readAll(dir + QStringLiteral("/reference/facilities.json")))
            .object()
            .value(u"facilities");
    };
    CHECK(facilities(serverShare).toArray().size() == 2);
    CHECK(facilities(serverShare) == facilities(share));
}

// The reference-data readers and the office's signing key work on a server as on a file; a
// laptop's command given a server refuses it rather than making a file named like the URI.
TEST_CASE("facilities, checklists, export-checklists and key on PostgreSQL as on SQLite, field "
          "commands refuse a server",
          "[cli][postgres]")
{
    TempDir tmp;
    const QString file = tmp.file(QStringLiteral("office.db"));
    PostgresDatabase server;
    const QString register_ = tmp.write(QStringLiteral("register.csv"),
                                        "Objekt-ID;Namn;Organisationsnummer;Postort\n"
                                        "csv-1;Kvarterskrogen;5566778899;Ydre\n"
                                        "csv-2;Bageriet Kvarnen;;Ydre\n"
                                        "csv-3;Simhallen;;Kinda\n");
    for (const QString &db : {file, server.uri()}) {
        runCliOk(QStringLiteral("init"), {QStringLiteral("--office"), QStringLiteral("--db"), db});
        runCliOk(QStringLiteral("import-facilities"), {register_, QStringLiteral("--db"), db});
    }
    const auto both = [&](const QString &command, const QStringList &args) {
        const QString onFile = runCliOk(command, args + QStringList{QStringLiteral("--db"), file});
        CHECK(runCliOk(command, args + QStringList{QStringLiteral("--db"), server.uri()}) ==
              onFile);
        return onFile;
    };
    const QString all = both(QStringLiteral("facilities"), {QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(all.toUtf8()).array().size() == 3);
    // Every word a prefix of a word: "kvar" begins Kvarterskrogen and Kvarnen, not Simhallen.
    const QString found = both(QStringLiteral("facilities"), {QStringLiteral("--search"),
                                                              QStringLiteral("kvar")});
    CHECK(found.count(u'\n') == 2);
    CHECK(both(QStringLiteral("facilities"), {QStringLiteral("--search"),
                                              QStringLiteral("kvar ydre bager")})
              .startsWith(QStringLiteral("csv-2\t")));
    CHECK(both(QStringLiteral("facilities"), {QStringLiteral("--search"),
                                              QStringLiteral("ingen-sadan-anlaggning")})
              .isEmpty());
    const QString checklists = both(QStringLiteral("checklists"), {QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(checklists.toUtf8()).array().size() >= 3);
    both(QStringLiteral("checklists"), {});

    // The exported checklists are the same (each file carries its own exportedAt time).
    const auto exported = [&](const QString &db, const QString &name) {
        const QString out = tmp.file(name);
        runCliOk(QStringLiteral("export-checklists"),
                 {QStringLiteral("--db"), db, QStringLiteral("--out"), out});
        return QJsonDocument::fromJson(readAll(out)).object().value(u"checklists");
    };
    const QJsonValue fromFile = exported(file, QStringLiteral("file.json"));
    CHECK(fromFile.toArray().size() >= 3);
    CHECK(exported(server.uri(), QStringLiteral("server.json")) == fromFile);

    // The signing key lives in the server's database.
    const QString key = runCliOk(QStringLiteral("key"),
                                 {QStringLiteral("create"), QStringLiteral("--db"), server.uri()});
    CHECK(key.startsWith(QStringLiteral("ed25519:")));
    CHECK(runCliOk(QStringLiteral("key"),
                   {QStringLiteral("show"), QStringLiteral("--db"), server.uri()}) == key);
    const CliResult again = runCli(QStringLiteral("key"), {QStringLiteral("create"),
                                                           QStringLiteral("--db"), server.uri()});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already has a signing key")));
    CHECK(runCliOk(QStringLiteral("key"),
                   {QStringLiteral("show"), QStringLiteral("--db"), server.uri()}) == key);

    // A laptop's commands: refused, naming the server, and no file of that name appears.
    for (const QStringList &command :
         {QStringList{QStringLiteral("key"), QStringLiteral("trusted")},
          QStringList{QStringLiteral("visit"), QStringLiteral("show"), QStringLiteral("--visit"),
                      QStringLiteral("x")}}) {
        const CliResult refused =
            runCli(command.front(), command.mid(1) + QStringList{QStringLiteral("--db"),
                                                                 server.uri()});
        INFO(command.join(u' ').toStdString());
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("is a database server")));
        CHECK(refused.err.contains(server.name()));
    }
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("postgresql:")));
    // An office's visit list on a server without visits is that empty list, not a laptop's.
    CHECK(runCliOk(QStringLiteral("visits"), {QStringLiteral("--json"), QStringLiteral("--db"),
                                              server.uri()})
              .trimmed() == QStringLiteral("[\n]"));
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("postgresql:")));
}

} // namespace tillsyn_unity_fees_postgres_cli_test
