// A county's pool on PostgreSQL (issue 20): two offices in one database, whose shares use the
// same facility, checklist and even visit ids, each see exactly what a database of their own
// gives; a clerk's own SQL cannot reach the other office's rows (row-level security, not the
// program); the county's member reads both and gets a row per office. Ordinary login roles with
// SCRAM passwords throughout: a superuser would bypass row security.
#include "clirunner.h"

#include "storage/postgres/postgresmigrations.h"
#include "support/catchqt.h"
#include "support/envguard.h"
#include "support/postgres/postgresfixture.h"
#include "support/tempdir.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <stdexcept>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_pool_postgres_cli_test {

using namespace tillsyn;
using tillsyn::test::CliResult;
using tillsyn::test::EnvGuard;
using tillsyn::test::pdfText;
using tillsyn::test::PostgresDatabase;
using tillsyn::test::runCli;
using tillsyn::test::runCliOk;
using tillsyn::test::TempDir;

namespace {

const QString kPassword = QStringLiteral("Pool-L\u00f6sen-20");

// Generated visit files of the shipped facilities and checklists (the same ids in every
// office); `seed` makes the visits.
QStringList generate(const TempDir &tmp, const QString &name, int seed)
{
    const QString dir = tmp.file(name);
    runCliOk(QStringLiteral("generate"),
             {QStringLiteral("--out"), dir, QStringLiteral("--visits"), QStringLiteral("10"),
              QStringLiteral("--seed"), QString::number(seed)});
    QStringList paths;
    for (const QString &file : QDir(dir).entryList(QDir::Files, QDir::Name))
        paths << QDir(dir).filePath(file);
    return paths;
}

QString shareWith(const TempDir &tmp, const QString &name, const QStringList &paths)
{
    const QString inbox = tmp.file(name + QStringLiteral("/inbox"));
    REQUIRE(QDir().mkpath(inbox));
    for (const QString &path : paths)
        REQUIRE(QFile::copy(path, QDir(inbox).filePath(QFileInfo(path).fileName())));
    return tmp.file(name);
}

// What an office shows: its visits and statistics as the commands print them.
QStringList shown(const QStringList &db)
{
    QStringList out;
    for (const QStringList &args :
         {QStringList{QStringLiteral("visits"), QStringLiteral("--json")},
          QStringList{QStringLiteral("stats"), QStringLiteral("--json")},
          QStringList{QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("office"),
                      QStringLiteral("--json")},
          QStringList{QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("checklist"),
                      QStringLiteral("--json")}})
        out << runCliOk(args.front(), args.mid(1) + db);
    return out;
}

QJsonArray jsonArray(const QString &text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

// psql as a clerk: the statement's single value, or the server's refusal as an exception.
QString asClerk(const PostgresDatabase &db, const QString &clerk, const QString &sql)
{
    return PostgresDatabase::server().psql(db.name(), sql, clerk, kPassword).trimmed();
}

} // namespace

TEST_CASE("A county pool on PostgreSQL: two offices with the same ids, each its own rows, the "
          "county both",
          "[cli][postgres][pool]")
{
    auto &server = PostgresDatabase::server();
    for (const QString &role : {QStringLiteral("clerk_0180"), QStringLiteral("clerk_0114"),
                                QStringLiteral("county_clerk")})
        server.createRole(role, kPassword);
    EnvGuard password("PGPASSWORD", kPassword.toUtf8());
    PostgresDatabase db;
    TempDir tmp;

    // The DBA (here the superuser) sets the pool up without knowing Tillsyn's tables.
    const QString made = runCliOk(QStringLiteral("pool add-office"),
                                  {QStringLiteral("0180"), QStringLiteral("--db"), db.uri(),
                                   QStringLiteral("--member"), QStringLiteral("clerk_0180")});
    CHECK(made.contains(QStringLiteral("tillsyn_office_0180")));
    runCliOk(QStringLiteral("pool add-office"),
             {QStringLiteral("0114"), QStringLiteral("--db"), db.uri(), QStringLiteral("--member"),
              QStringLiteral("clerk_0114")});
    runCliOk(QStringLiteral("pool add-county"),
             {QStringLiteral("county_clerk"), QStringLiteral("--db"), db.uri()});

    // Stockholm's (0180) and Huddinge's (0114) visits; Huddinge's share also holds one of
    // Stockholm's files, so even a visit id is in both offices.
    const QStringList stockholm = generate(tmp, QStringLiteral("files-0180"), 31);
    const QStringList huddinge =
        generate(tmp, QStringLiteral("files-0114"), 32) + QStringList{stockholm.front()};

    const QStringList pg0180{QStringLiteral("--db"), db.uri(QStringLiteral("clerk_0180")),
                             QStringLiteral("--office"), QStringLiteral("0180")};
    // The office in the address works as --office does.
    const QStringList pg0114{QStringLiteral("--db"),
                             db.uri(QStringLiteral("clerk_0114")) + QStringLiteral("?office=0114")};
    const QStringList county{QStringLiteral("--db"), db.uri(QStringLiteral("county_clerk"))};
    runCliOk(QStringLiteral("init"),
             {QStringLiteral("--office"), QStringLiteral("--db"),
              db.uri(QStringLiteral("clerk_0180")) + QStringLiteral("?office=0180")});
    runCliOk(QStringLiteral("init"), QStringList{QStringLiteral("--office")} + pg0114);
    runCliOk(QStringLiteral("merge"),
             pg0180 + QStringList{QStringLiteral("--share"),
                                  shareWith(tmp, QStringLiteral("share-0180"), stockholm)});
    runCliOk(QStringLiteral("merge"),
             pg0114 + QStringList{QStringLiteral("--share"),
                                  shareWith(tmp, QStringLiteral("share-0114"), huddinge)});

    // Each office alone in a file of its own, merged from the same files.
    const auto alone = [&](const QString &code, const QStringList &files) {
        const QString file = tmp.file(QStringLiteral("office-%1.db").arg(code));
        runCliOk(QStringLiteral("init"),
                 {QStringLiteral("--office"), QStringLiteral("--db"), file});
        runCliOk(QStringLiteral("merge"),
                 {QStringLiteral("--db"), file, QStringLiteral("--office"), code,
                  QStringLiteral("--share"),
                  shareWith(tmp, QStringLiteral("file-share-") + code, files)});
        return QStringList{QStringLiteral("--db"), file};
    };
    const QStringList file0180 = alone(QStringLiteral("0180"), stockholm);
    const QStringList file0114 = alone(QStringLiteral("0114"), huddinge);
    const auto visitCount = [](const QStringList &db) {
        return jsonArray(
                   runCliOk(QStringLiteral("visits"), db + QStringList{QStringLiteral("--json")}))
            .size();
    };
    const qsizetype visits0180 = visitCount(file0180);
    const qsizetype visits0114 = visitCount(file0114);
    REQUIRE(visits0180 > 1);
    REQUIRE(visits0114 > 1);
    // The checks below share this set-up (one after the other rather than as sections, each of
    // which would build it again): none of them changes what the next one reads.
    {
        INFO("each office's output is what a database of its own gives");
        const QStringList expected0180 = shown(file0180);
        const QStringList expected0114 = shown(file0114);
        REQUIRE(expected0180 != expected0114);
        CHECK_FALSE(expected0180.join(u'\n').contains(QStringLiteral("\"office\"")));
        const QStringList got0180 = shown(pg0180);
        const QStringList got0114 = shown(pg0114);
        for (qsizetype i = 0; i < expected0180.size(); ++i) {
            INFO("output " << i);
            CHECK(got0180[i] == expected0180[i]);
            CHECK(got0114[i] == expected0114[i]);
        }
        // The checklists of each office: the same ids and versions, once per office; and the
        // visit both offices merged, once in each.
        CHECK(db.psql(QStringLiteral("SELECT count(*) FROM checklist WHERE (id, version) IN"
                                     " (SELECT id, version FROM checklist WHERE office = '0180')"
                                     " GROUP BY id, version ORDER BY 1 LIMIT 1"))
                  .trimmed() == QStringLiteral("2"));
        CHECK(db.psql(QStringLiteral("SELECT count(*) FROM office_visit GROUP BY visit_id"
                                     " ORDER BY 1 DESC LIMIT 1"))
                  .trimmed() == QStringLiteral("2"));
    }

    {
        INFO("the county's member reads both offices: a row per office");
        const QJsonArray rows = jsonArray(
            runCliOk(QStringLiteral("stats"),
                     county + QStringList{QStringLiteral("--by"), QStringLiteral("office"),
                                          QStringLiteral("--json")}));
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].toObject().value(QStringLiteral("office")).toString() ==
              QStringLiteral("0114"));
        CHECK(rows[1].toObject().value(QStringLiteral("office")).toString() ==
              QStringLiteral("0180"));
        // Each row is the office's own row, with its code.
        for (const auto &[row, own] :
             {std::pair{rows[0].toObject(), file0114}, std::pair{rows[1].toObject(), file0180}}) {
            QJsonObject withoutOffice = row;
            withoutOffice.remove(QStringLiteral("office"));
            const QJsonArray ownRows = jsonArray(
                runCliOk(QStringLiteral("stats"),
                         own + QStringList{QStringLiteral("--by"), QStringLiteral("office"),
                                           QStringLiteral("--json")}));
            REQUIRE(ownRows.size() == 1);
            CHECK(withoutOffice == ownRows[0].toObject());
        }
        const QJsonArray visits = jsonArray(
            runCliOk(QStringLiteral("visits"), county + QStringList{QStringLiteral("--json")}));
        CHECK(visits.size() == visits0180 + visits0114);
        int in0180 = 0;
        for (const QJsonValue &v : visits)
            in0180 += v.toObject().value(QStringLiteral("office")).toString() == u"0180";
        CHECK(in0180 == visits0180);
        // Read-only: the county's session that names no office changes nothing.
        CHECK_THROWS_WITH(asClerk(db, QStringLiteral("county_clerk"),
                                  QStringLiteral("INSERT INTO fee_rate (valid_from,"
                                                 " ore_per_hour, rounding) VALUES ('2026-01-01',"
                                                 " 1, 'none')")),
                          Catch::Contains("row-level security"));
        // A report by visit: a visit two offices merged is refused, naming both, rather than
        // mixing their revisions; a visit of one office is reported with its office's
        // letterhead.
        runCliOk(QStringLiteral("office"),
                 pg0180 + QStringList{QStringLiteral("--name"), QStringLiteral("Stockholms stad")});
        runCliOk(QStringLiteral("office"),
                 pg0114 + QStringList{QStringLiteral("--name"), QStringLiteral("Huddinge kommun")});
        std::map<QString, QStringList> officesOf;
        for (const QJsonValue &v : visits)
            officesOf[v.toObject().value(QStringLiteral("visitId")).toString()]
                << v.toObject().value(QStringLiteral("office")).toString();
        QString shared;
        QString only0180;
        for (const auto &[id, offices] : officesOf) {
            if (offices.size() == 2)
                shared = id;
            else if (offices == QStringList{QStringLiteral("0180")})
                only0180 = id;
        }
        REQUIRE_FALSE(shared.isEmpty());
        REQUIRE_FALSE(only0180.isEmpty());
        const QString pdf = tmp.file(QStringLiteral("county-report.pdf"));
        const CliResult both = runCli(
            QStringLiteral("report"),
            county + QStringList{QStringLiteral("--visit"), shared, QStringLiteral("--out"), pdf});
        CHECK(both.exitCode == 1);
        CHECK(both.err.contains(QStringLiteral("Visit %1 is in more than one office").arg(shared)));
        CHECK(both.err.contains(QStringLiteral("(0114, 0180)")));
        CHECK_FALSE(QFileInfo::exists(pdf));
        runCliOk(QStringLiteral("report"), county + QStringList{QStringLiteral("--visit"),
                                                                only0180, QStringLiteral("--out"),
                                                                pdf});
        const QString text = pdfText(pdf);
        CHECK(text.contains(QStringLiteral("Stockholms stad")));
        CHECK_FALSE(text.contains(QStringLiteral("Huddinge kommun")));

        // Acting for an office, the county's member gets that office's figures.
        CHECK(runCliOk(QStringLiteral("stats"),
                       county + QStringList{QStringLiteral("--office"), QStringLiteral("0180"),
                                            QStringLiteral("--json")}) ==
              runCliOk(QStringLiteral("stats"), file0180 + QStringList{QStringLiteral("--json")}));
    }

    {
        INFO("a clerk's own SQL cannot reach the other office's rows");
        const QString clerk = QStringLiteral("clerk_0180");
        CHECK(asClerk(db, clerk,
                      QStringLiteral("SET tillsyn.office = '0180'; SELECT count(*) FROM"
                                     " office_visit"))
                  .toInt() == visits0180);
        for (const QString &table :
             {QStringLiteral("office_visit"), QStringLiteral("office_answer"),
              QStringLiteral("office_revision"), QStringLiteral("facility"),
              QStringLiteral("checklist_item"), QStringLiteral("setting"),
              QStringLiteral("office_item_count")}) {
            INFO(table.toStdString());
            CHECK(asClerk(db, clerk,
                          QStringLiteral("SET tillsyn.office = '0114'; SELECT count(*) FROM %1")
                              .arg(table)) == QStringLiteral("0"));
            // Naming no office in a pool shows nothing either.
            CHECK(asClerk(db, clerk, QStringLiteral("SELECT count(*) FROM %1").arg(table)) ==
                  QStringLiteral("0"));
        }
        CHECK(asClerk(db, clerk,
                      QStringLiteral("SET tillsyn.office = '0114'; WITH u AS (UPDATE office_visit"
                                     " SET deviations = deviations + 1 RETURNING 1) SELECT"
                                     " count(*) FROM u")) == QStringLiteral("0"));
        CHECK(asClerk(db, clerk,
                      QStringLiteral("SET tillsyn.office = '0114'; WITH d AS (DELETE FROM"
                                     " office_answer RETURNING 1) SELECT count(*) FROM d")) ==
              QStringLiteral("0"));
        // The server refuses, naming its row security.
        const auto refused = Catch::Contains("row-level security");
        CHECK_THROWS_WITH(asClerk(db, clerk,
                                  QStringLiteral("SET tillsyn.office = '0114'; INSERT INTO"
                                                 " facility (id, name) VALUES ('X-1', 'Intrång')")),
                          refused);
        CHECK_THROWS_WITH(asClerk(db, clerk,
                                  QStringLiteral("SET tillsyn.office = '0180'; INSERT INTO"
                                                 " facility (office, id, name) VALUES ('0114',"
                                                 " 'X-1', 'Intrång')")),
                          refused);
        CHECK_THROWS_WITH(asClerk(db, clerk,
                                  QStringLiteral("SET tillsyn.office = '0180'; UPDATE office_visit"
                                                 " SET office = '0114'")),
                          refused);
        // Huddinge's rows are all still there, untouched.
        CHECK(db.psql(QStringLiteral("SELECT count(*), sum(deviations) FROM office_visit WHERE"
                                     " office = '0114'"))
                  .trimmed() ==
              asClerk(db, QStringLiteral("clerk_0114"),
                      QStringLiteral("SET tillsyn.office = '0114'; SELECT count(*),"
                                     " sum(deviations) FROM office_visit")));
        CHECK(db.psql(QStringLiteral("SELECT count(*) FROM facility WHERE id = 'X-1'")).trimmed() ==
              QStringLiteral("0"));
    }

    {
        INFO("refusals name the office");
        const CliResult other = runCli(
            QStringLiteral("visits"), {QStringLiteral("--db"), db.uri(QStringLiteral("clerk_0180")),
                                       QStringLiteral("--office"), QStringLiteral("0114")});
        CHECK(other.exitCode == 1);
        CHECK(other.err.contains(
            QStringLiteral("You are not a member of office 0114's role tillsyn_office_0114")));
        const CliResult unknown = runCli(
            QStringLiteral("visits"), {QStringLiteral("--db"), db.uri(QStringLiteral("clerk_0180")),
                                       QStringLiteral("--office"), QStringLiteral("2180")});
        CHECK(unknown.exitCode == 1);
        CHECK(unknown.err.contains(QStringLiteral("office 2180's role tillsyn_office_2180")));
        CHECK(unknown.err.contains(QStringLiteral("the role does not exist")));
        const CliResult none =
            runCli(QStringLiteral("visits"),
                   {QStringLiteral("--db"), db.uri(QStringLiteral("clerk_0180"))});
        CHECK(none.exitCode == 1);
        CHECK(none.err.contains(QStringLiteral("county pool of the offices 0114, 0180")));
        const CliResult notCode =
            runCli(QStringLiteral("visits"),
                   {QStringLiteral("--db"),
                    db.uri(QStringLiteral("clerk_0180")) + QStringLiteral("?office=180")});
        CHECK(notCode.exitCode == 1);
        CHECK(notCode.err.contains(QStringLiteral("four digits")));
        // A superuser would see every office: it may not act for one.
        const CliResult super =
            runCli(QStringLiteral("visits"), {QStringLiteral("--db"), db.uri(),
                                              QStringLiteral("--office"), QStringLiteral("0180")});
        CHECK(super.exitCode == 1);
        CHECK(super.err.contains(QStringLiteral("bypasses row-level security")));
        // An SQLite office database is one office's: another code is refused, nothing changed.
        const QString before =
            runCliOk(QStringLiteral("visits"), file0180 + QStringList{QStringLiteral("--json")});
        const CliResult sqlite =
            runCli(QStringLiteral("merge"),
                   file0180 + QStringList{QStringLiteral("--office"), QStringLiteral("0114"),
                                          QStringLiteral("--share"),
                                          shareWith(tmp, QStringLiteral("wrong"), huddinge)});
        CHECK(sqlite.exitCode == 1);
        CHECK(sqlite.err.contains(QStringLiteral("is office 0180's database")));
        CHECK(runCliOk(QStringLiteral("visits"),
                       file0180 + QStringList{QStringLiteral("--json")}) == before);
    }
}

TEST_CASE("A database of one office on PostgreSQL joins a pool: pool add-office --adopt gives "
          "its rows to the office",
          "[cli][postgres][pool]")
{
    auto &server = PostgresDatabase::server();
    server.createRole(QStringLiteral("clerk_0180"), kPassword);
    EnvGuard password("PGPASSWORD", kPassword.toUtf8());
    PostgresDatabase db;
    TempDir tmp;
    // An office's own database, as it was before the county pooled: no office codes.
    const QStringList alone{QStringLiteral("--db"), db.uri()};
    runCliOk(QStringLiteral("init"), QStringList{QStringLiteral("--office")} + alone);
    runCliOk(QStringLiteral("merge"),
             alone + QStringList{QStringLiteral("--share"),
                                 shareWith(tmp, QStringLiteral("share"),
                                           generate(tmp, QStringLiteral("files"), 41))});
    const QStringList before = shown(alone);
    const qsizetype visits =
        jsonArray(runCliOk(QStringLiteral("visits"), alone + QStringList{QStringLiteral("--json")}))
            .size();
    REQUIRE(visits > 1);
    const auto forced = [&] {
        return db.psql(QStringLiteral("SELECT count(*) FILTER (WHERE relforcerowsecurity) ||"
                                      " '/' || count(*) FROM pg_class WHERE relname IN"
                                      " ('office_visit', 'facility', 'setting', 'checklist')"))
            .trimmed();
    };
    REQUIRE(forced() == QStringLiteral("4/4"));

    // Added without --adopt: the office sees nothing of it, and the DBA is told.
    const QString added =
        runCliOk(QStringLiteral("pool add-office"),
                 {QStringLiteral("0180"), QStringLiteral("--db"), db.uri(),
                  QStringLiteral("--member"), QStringLiteral("clerk_0180")});
    CHECK(added.contains(QStringLiteral("under no office (%1 visit(s)").arg(visits)));
    CHECK(added.contains(QStringLiteral("pool add-office CODE --adopt")));
    const QStringList pg0180{QStringLiteral("--db"), db.uri(QStringLiteral("clerk_0180")),
                             QStringLiteral("--office"), QStringLiteral("0180")};
    // (Its first session also records the office's role setting: a copy of the one under no
    // office, dropped when adopting.)
    CHECK(jsonArray(runCliOk(QStringLiteral("visits"), pg0180 + QStringList{QStringLiteral("--json")}))
              .isEmpty());
    CHECK(db.psql(QStringLiteral("SELECT count(*) FROM setting WHERE key = 'role'")).trimmed() ==
          QStringLiteral("2"));

    const QString adopted = runCliOk(
        QStringLiteral("pool add-office"),
        {QStringLiteral("0180"), QStringLiteral("--db"), db.uri(), QStringLiteral("--adopt")});
    CHECK(adopted.contains(QStringLiteral("Office 0180 now holds what the database held as one "
                                          "office's: %1 visit(s)")
                               .arg(visits)));
    CHECK_FALSE(adopted.contains(QStringLiteral("under no office")));
    // The office now shows exactly what the database showed as its own.
    const QStringList after = shown(pg0180);
    for (qsizetype i = 0; i < before.size(); ++i) {
        INFO("output " << i);
        CHECK(after[i] == before[i]);
    }
    for (const QString &table : storage::PostgresMigrations::officeTableNames()) {
        INFO(table.toStdString());
        CHECK(db.psql(QStringLiteral("SELECT count(*) FROM %1 WHERE office = ''").arg(table))
                  .trimmed() == QStringLiteral("0"));
    }
    CHECK(db.psql(QStringLiteral("SELECT count(*) FROM setting WHERE key = 'role'")).trimmed() ==
          QStringLiteral("1"));
    CHECK(forced() == QStringLiteral("4/4"));
    // Again: nothing left to give, nothing said.
    const QString again = runCliOk(
        QStringLiteral("pool add-office"),
        {QStringLiteral("0180"), QStringLiteral("--db"), db.uri(), QStringLiteral("--adopt")});
    CHECK_FALSE(again.contains(QStringLiteral("now holds")));
    CHECK_FALSE(again.contains(QStringLiteral("under no office")));

    // A row under no office whose key the office has with other values stops it all.
    db.psql(QStringLiteral("INSERT INTO facility (office, id, name) VALUES ('0180', 'F-9',"
                           " 'Bageriet'), ('', 'F-9', 'Bageriet AB');"
                           " INSERT INTO fee_rate (office, valid_from, ore_per_hour, rounding)"
                           " VALUES ('', '2031-01-01', 1, 'none')"));
    const QString firstFacility = QStringLiteral("F-9");
    const CliResult collides = runCli(
        QStringLiteral("pool add-office"),
        {QStringLiteral("0180"), QStringLiteral("--db"), db.uri(), QStringLiteral("--adopt")});
    CHECK(collides.exitCode == 1);
    CHECK(collides.err.contains(QStringLiteral("office 0180 already has 1 row(s) of the table "
                                               "facility with the same key (id)")));
    CHECK(collides.err.contains(QStringLiteral("(the first: %1)").arg(firstFacility)));
    CHECK(collides.err.contains(QStringLiteral("Nothing was changed")));
    CHECK(db.psql(QStringLiteral("SELECT count(*) FROM facility WHERE office = ''")).trimmed() ==
          QStringLiteral("1"));
    CHECK(db.psql(QStringLiteral("SELECT count(*) FROM fee_rate WHERE office = ''")).trimmed() ==
          QStringLiteral("1"));
    CHECK(forced() == QStringLiteral("4/4"));
    CHECK(runCliOk(QStringLiteral("visits"), pg0180 + QStringList{QStringLiteral("--json")}) ==
          before.front());
}

} // namespace tillsyn_unity_pool_postgres_cli_test
