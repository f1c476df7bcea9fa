#include "clirunner.h"

#include "content/shippedcontent.h"

#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_cli_test {

using namespace tillsyn;
using tillsyn::test::CliResult;
using tillsyn::test::runCli;
using tillsyn::test::runCliJson;
using tillsyn::test::TempDir;

namespace {

// A database in a fresh folder, made with `init` (and the demo facilities if asked).
struct Fixture
{
    TempDir dir;
    QString db = dir.file(QStringLiteral("tillsyn.db"));

    explicit Fixture(bool demo = true)
    {
        QStringList args = {QStringLiteral("--db"), db};
        if (demo)
            args << QStringLiteral("--demo");
        const CliResult r = runCli(QStringLiteral("init"), args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        REQUIRE(r.out.contains(db));
    }
    QStringList dbArgs(QStringList more = {}) const { return more << QStringLiteral("--db") << db; }
    // Everything in the database, as `facilities --all --json` prints it.
    QByteArray facilitiesJson() const
    {
        const CliResult r = runCli(QStringLiteral("facilities"),
                                   dbArgs({QStringLiteral("--all"), QStringLiteral("--json")}));
        REQUIRE(r.exitCode == 0);
        return r.out.toUtf8();
    }
    QByteArray checklistsJson() const
    {
        const CliResult r =
            runCli(QStringLiteral("checklists"), dbArgs({QStringLiteral("--json")}));
        REQUIRE(r.exitCode == 0);
        return r.out.toUtf8();
    }
};

QStringList ids(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out.append(v.toObject().value(QStringLiteral("id")).toString());
    return out;
}

QString oneLine(const QString &s)
{
    QString t = s;
    if (t.endsWith(u'\n'))
        t.chop(1);
    return t;
}

} // namespace

TEST_CASE("cli: init --demo, then search the facilities as JSON", "[cli]")
{
    Fixture fx;
    const QJsonArray all =
        runCliJson(QStringLiteral("facilities"), fx.dbArgs({QStringLiteral("--json")}));
    CHECK(all.size() == 60);

    // A demo facility with an org. number, found by a prefix of a long word of its name.
    domain::Facility wanted;
    QString word;
    for (const auto &f : content::ShippedContent::demoFacilities()) {
        for (const QString &w : f.name.split(u' ')) {
            if (w.size() >= 6 && !f.operatorDetails.orgNumber.isEmpty() && word.isEmpty()) {
                wanted = f;
                word = w;
            }
        }
    }
    REQUIRE_FALSE(word.isEmpty());
    const QString prefix = word.left(5);
    const QJsonArray found =
        runCliJson(QStringLiteral("facilities"),
                   fx.dbArgs({QStringLiteral("--search"), prefix, QStringLiteral("--json")}));
    INFO(prefix.toStdString());
    REQUIRE_FALSE(found.isEmpty());
    CHECK(found.size() < all.size());
    CHECK(ids(found).contains(wanted.id));
    for (const QJsonValue &v : found) {
        const QJsonObject o = v.toObject();
        CHECK(o.value(QStringLiteral("id")).isString());
        CHECK(o.value(QStringLiteral("name")).isString());
    }
    const QJsonObject hit = found.at(ids(found).indexOf(wanted.id)).toObject();
    CHECK(hit.value(QStringLiteral("name")).toString() == wanted.name);
    CHECK(hit.value(QStringLiteral("orgNumber")).toString() == wanted.operatorDetails.orgNumber);
    CHECK(hit.value(QStringLiteral("city")).toString() == wanted.city);
    CHECK(hit.value(QStringLiteral("address")).toString() == wanted.address);
    CHECK(hit.value(QStringLiteral("postalCode")).toString() == wanted.postalCode);

    // The org. number finds it too, with and without the dash.
    const QString org = wanted.operatorDetails.orgNumber;
    for (const QString &q : {org, QString(org).remove(u'-')}) {
        INFO(q.toStdString());
        CHECK(ids(runCliJson(QStringLiteral("facilities"),
                             fx.dbArgs({QStringLiteral("--search"), q, QStringLiteral("--json")})))
                  .contains(wanted.id));
    }

    // Plain output: one line per facility, tab separated.
    const CliResult plain =
        runCli(QStringLiteral("facilities"), fx.dbArgs({QStringLiteral("--search"), prefix}));
    CHECK(plain.exitCode == 0);
    CHECK(plain.out.count(u'\n') == found.size());
    CHECK(plain.out.contains(wanted.id + u'\t' + wanted.name));

    // init again changes nothing.
    const QByteArray before = fx.facilitiesJson();
    CHECK(runCli(QStringLiteral("init"), fx.dbArgs({QStringLiteral("--demo")})).exitCode == 0);
    CHECK(fx.facilitiesJson() == before);
}

TEST_CASE("cli: checklists --json lists the shipped checklists", "[cli]")
{
    Fixture fx(false);
    const QJsonArray list =
        runCliJson(QStringLiteral("checklists"), fx.dbArgs({QStringLiteral("--json")}));
    CHECK(list.size() == 4);
    QStringList found = ids(list);
    found.sort();
    CHECK(found == (QStringList{QStringLiteral("forskola"), QStringLiteral("hygienlokal"),
                                QStringLiteral("livsmedel-restaurang"),
                                QStringLiteral("miljo-bilverkstad")}));
    for (const QJsonValue &v : list) {
        const QJsonObject c = v.toObject();
        INFO(c.value(QStringLiteral("id")).toString().toStdString());
        CHECK(c.value(QStringLiteral("version")).toInt() >= 1);
        CHECK_FALSE(c.value(QStringLiteral("title")).toString().isEmpty());
        CHECK(QStringList(
                  {QStringLiteral("food"), QStringLiteral("health"), QStringLiteral("environment")})
                  .contains(c.value(QStringLiteral("area")).toString()));
        const QJsonArray sections = c.value(QStringLiteral("sections")).toArray();
        REQUIRE_FALSE(sections.isEmpty());
        for (const QJsonValue &s : sections) {
            CHECK(s.toObject().value(QStringLiteral("title")).isString());
            const QJsonArray items = s.toObject().value(QStringLiteral("items")).toArray();
            CHECK_FALSE(items.isEmpty());
            for (const QJsonValue &i : items) {
                const QJsonObject item = i.toObject();
                CHECK_FALSE(item.value(QStringLiteral("id")).toString().isEmpty());
                CHECK_FALSE(item.value(QStringLiteral("text")).toString().isEmpty());
                CHECK_FALSE(item.value(QStringLiteral("guidance")).toString().isEmpty());
                CHECK(item.value(QStringLiteral("legalReference")).isString());
            }
        }
    }
    const CliResult plain = runCli(QStringLiteral("checklists"), fx.dbArgs());
    CHECK(plain.exitCode == 0);
    CHECK(plain.out.count(u'\n') == 4);
}

TEST_CASE("cli: import-facilities refuses a malformed JSON file", "[cli]")
{
    Fixture fx;
    const QByteArray before = fx.facilitiesJson();
    const QString file =
        fx.dir.write(QStringLiteral("broken.json"),
                     "{\n  \"format\": \"tillsyn-facilities\",\n  \"formatVersion\": 1,\n"
                     "  \"facilities\": [ {\"id\": \"x\", \"name\": \"X\"} \n");
    const CliResult r = runCli(QStringLiteral("import-facilities"), fx.dbArgs({file}));
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
    INFO(r.err.toStdString());
    CHECK(r.err.endsWith(u'\n'));
    CHECK_FALSE(oneLine(r.err).contains(u'\n'));
    CHECK(r.err.contains(QStringLiteral("broken.json")));
    CHECK(r.err.contains(QStringLiteral("not valid JSON")));
    CHECK(fx.facilitiesJson() == before);

    SECTION("a valid document with a bad org. number imports nothing either")
    {
        const QString bad = fx.dir.write(
            QStringLiteral("bad.json"),
            R"({"format": "tillsyn-facilities", "formatVersion": 1, "publishedAt": "2026-11-26T09:15:00Z",
                "facilities": [{"id": "ny-1", "name": "Ny"}, {"id": "ny-2", "name": "Fel", "orgNumber": "556677-8898"}]})");
        const CliResult r2 = runCli(QStringLiteral("import-facilities"), fx.dbArgs({bad}));
        CHECK(r2.exitCode == 1);
        CHECK(r2.err.contains(QStringLiteral("bad.json")));
        CHECK(r2.err.contains(QStringLiteral("facilities[1].orgNumber")));
        CHECK(fx.facilitiesJson() == before);
    }
    SECTION("a file that does not exist")
    {
        const CliResult r2 = runCli(QStringLiteral("import-facilities"),
                                    fx.dbArgs({fx.dir.file(QStringLiteral("missing.csv"))}));
        CHECK(r2.exitCode == 1);
        CHECK(r2.err.contains(QStringLiteral("missing.csv")));
        CHECK(fx.facilitiesJson() == before);
    }
}

TEST_CASE("cli: import-facilities from CSV", "[cli]")
{
    Fixture fx;
    const QByteArray before = fx.facilitiesJson();

    SECTION("a bad row refuses the whole file and names the line")
    {
        const QString file = fx.dir.write(QStringLiteral("export.csv"),
                                          "Objekt-ID;Namn;Organisationsnummer;Postort\n"
                                          "csv-1;Kvarterskrogen Tvärsöver;556677-8899;Ödeshög\n"
                                          "csv-2;Felaktiga AB;556677-8898;Ödeshög\n");
        const CliResult r = runCli(QStringLiteral("import-facilities"), fx.dbArgs({file}));
        CHECK(r.exitCode == 1);
        INFO(r.err.toStdString());
        CHECK(r.err.contains(QStringLiteral("export.csv")));
        CHECK(r.err.contains(QStringLiteral("line 3: ")));
        CHECK_FALSE(r.err.contains(QStringLiteral("line 2: ")));
        CHECK(fx.facilitiesJson() == before);
    }
    SECTION("a good file adds its facilities")
    {
        const QString file =
            fx.dir.write(QStringLiteral("export.csv"),
                         "\xEF\xBB\xBFObjekt-ID;Namn;Organisationsnummer;Postort\r\n"
                         "csv-1;Kvarterskrogen Tvärsöver;5566778899;Ödeshög\r\n"
                         "csv-2;\"Salong \"\"Lugnet\"\"; hår\";;Ydre\r\n");
        const CliResult r = runCli(QStringLiteral("import-facilities"), fx.dbArgs({file}));
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("export.csv: 2 added, 0 updated, 0 unchanged")));
        const QJsonArray found =
            runCliJson(QStringLiteral("facilities"),
                       fx.dbArgs({QStringLiteral("--search"), QStringLiteral("tvarsov"),
                                  QStringLiteral("--json")}));
        REQUIRE(found.size() == 1);
        const QJsonObject o = found.at(0).toObject();
        CHECK(o.value(QStringLiteral("id")).toString() == QStringLiteral("csv-1"));
        CHECK(o.value(QStringLiteral("orgNumber")).toString() == QStringLiteral("556677-8899"));
        CHECK(o.value(QStringLiteral("city")).toString() == QStringLiteral("Ödeshög"));
        CHECK(ids(runCliJson(QStringLiteral("facilities"),
                             fx.dbArgs({QStringLiteral("--search"), QStringLiteral("lugnet"),
                                        QStringLiteral("--json")}))) ==
              QStringList{QStringLiteral("csv-2")});
        CHECK(runCliJson(QStringLiteral("facilities"), fx.dbArgs({QStringLiteral("--json")}))
                  .size() == 62);

        const CliResult again = runCli(QStringLiteral("import-facilities"), fx.dbArgs({file}));
        CHECK(again.exitCode == 0);
        CHECK(again.out.contains(QStringLiteral("0 added, 0 updated, 2 unchanged")));
    }
}

TEST_CASE("cli: import-checklists refuses a changed published version", "[cli]")
{
    Fixture fx(false);
    const QJsonArray shipped =
        runCliJson(QStringLiteral("checklists"), fx.dbArgs({QStringLiteral("--json")}));
    REQUIRE_FALSE(shipped.isEmpty());
    const QJsonObject first = shipped.at(0).toObject();
    const auto document = [](const QJsonObject &checklist) {
        return QJsonDocument(
                   QJsonObject{
                       {QStringLiteral("format"), QStringLiteral("tillsyn-checklists")},
                       {QStringLiteral("formatVersion"), 1},
                       {QStringLiteral("publishedAt"), QStringLiteral("2026-11-26T09:15:00Z")},
                       {QStringLiteral("checklists"), QJsonArray{checklist}}})
            .toJson();
    };

    const QString same = fx.dir.write(QStringLiteral("same.json"), document(first));
    const CliResult unchanged = runCli(QStringLiteral("import-checklists"), fx.dbArgs({same}));
    CHECK(unchanged.exitCode == 0);
    CHECK(
        unchanged.out.contains(QStringLiteral("0 checklist version(s) added, 1 already present")));

    const QByteArray before = fx.checklistsJson();
    QJsonObject changed = first;
    changed[QStringLiteral("title")] =
        first.value(QStringLiteral("title")).toString() + QStringLiteral(" (ändrad)");
    const QString file = fx.dir.write(QStringLiteral("changed.json"), document(changed));
    const CliResult r = runCli(QStringLiteral("import-checklists"), fx.dbArgs({file}));
    CHECK(r.exitCode == 1);
    INFO(r.err.toStdString());
    CHECK(r.err.contains(QStringLiteral("changed.json")));
    CHECK(r.err.contains(QStringLiteral("\"%1\" version %2")
                             .arg(first.value(QStringLiteral("id")).toString())
                             .arg(first.value(QStringLiteral("version")).toInt())));
    CHECK(fx.checklistsJson() == before);

    changed[QStringLiteral("version")] = first.value(QStringLiteral("version")).toInt() + 1;
    const QString next = fx.dir.write(QStringLiteral("next.json"), document(changed));
    const CliResult added = runCli(QStringLiteral("import-checklists"), fx.dbArgs({next}));
    CHECK(added.exitCode == 0);
    CHECK(added.out.contains(QStringLiteral("1 checklist version(s) added")));
    const QJsonArray after =
        runCliJson(QStringLiteral("checklists"), fx.dbArgs({QStringLiteral("--json")}));
    CHECK(after.size() == shipped.size());
    CHECK(after.contains(changed));
}

TEST_CASE("cli: usage errors exit with 2", "[cli]")
{
    const TempDir dir;
    const QString db = dir.file(QStringLiteral("tillsyn.db"));

    const CliResult unknownCommand =
        runCli(QStringLiteral("frobnicate"), {QStringLiteral("--db"), db});
    CHECK(unknownCommand.exitCode == 2);
    CHECK(unknownCommand.err.contains(QStringLiteral("unknown command \"frobnicate\"")));

    const CliResult unknownOption = runCli(QStringLiteral("facilities"),
                                           {QStringLiteral("--db"), db, QStringLiteral("--bogus")});
    CHECK(unknownOption.exitCode == 2);
    CHECK(unknownOption.err.contains(QStringLiteral("bogus")));

    for (const char *command : {"import-facilities", "import-checklists"}) {
        INFO(command);
        const CliResult missing =
            runCli(QString::fromLatin1(command), {QStringLiteral("--db"), db});
        CHECK(missing.exitCode == 2);
        CHECK(missing.err.contains(QStringLiteral("FILE")));
        CHECK(missing.err.contains(QStringLiteral("--help")));
        const CliResult twoFiles = runCli(
            QString::fromLatin1(command),
            {QStringLiteral("--db"), db, QStringLiteral("a.json"), QStringLiteral("b.json")});
        CHECK(twoFiles.exitCode == 2);
    }
    CHECK(runCli({}, {}).exitCode == 2);
    CHECK(runCli(QStringLiteral("--db"), {}).exitCode == 2);
    // No usage error touched the database.
    CHECK_FALSE(QFile::exists(db));
}

TEST_CASE("cli: --help for every command", "[cli]")
{
    const CliResult overview = runCli(QStringLiteral("--help"));
    CHECK(overview.exitCode == 0);
    const QStringList commands = {QStringLiteral("init"), QStringLiteral("facilities"),
                                  QStringLiteral("import-facilities"), QStringLiteral("checklists"),
                                  QStringLiteral("import-checklists")};
    for (const QString &command : commands) {
        INFO(command.toStdString());
        CHECK(overview.out.contains(QStringLiteral("  ") + command + u' '));
        const CliResult help = runCli(command, {QStringLiteral("--help")});
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains(QStringLiteral("tillsyn-cli %1 [options]").arg(command)));
        CHECK(help.out.contains(QStringLiteral("--db")));
        CHECK(help.err.isEmpty());
    }
}

TEST_CASE("cli: --db naming a file that is not SQLite", "[cli]")
{
    const TempDir dir;
    const QByteArray bytes = "Anteckningar från tillsynsbesöket\n" + QByteArray(3000, 'x');
    const QString path = dir.write(QStringLiteral("notes.txt"), bytes);
    for (const char *command : {"init", "facilities", "checklists"}) {
        INFO(command);
        const CliResult r = runCli(QString::fromLatin1(command), {QStringLiteral("--db"), path});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(path));
        CHECK(r.err.contains(QStringLiteral("not an SQLite file")));
        CHECK(test::readAll(path) == bytes);
    }
    const QString csv = dir.write(QStringLiteral("ok.csv"), "id;namn\nx;X\n");
    CHECK(
        runCli(QStringLiteral("import-facilities"), {QStringLiteral("--db"), path, csv}).exitCode ==
        1);
    CHECK(test::readAll(path) == bytes);
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 2);
}

} // namespace tillsyn_unity_cli_test
