// `tillsyn-cli open-data`: the options as the issue spells them, the form by the file name, the
// period, and usage errors (exit 2) for what is missing or malformed.
#include "clirunner.h"

#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_opendata_cli_test {

using namespace tillsyn;
using tillsyn::test::CliResult;
using tillsyn::test::runCli;
using tillsyn::test::TempDir;

TEST_CASE("open-data writes the food visits as JSON and CSV, and refuses bad usage",
          "[cli][opendata]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("office.db"));
    REQUIRE(runCli(QStringLiteral("init"), {QStringLiteral("--db"), db, QStringLiteral("--office")})
                .exitCode == 0);
    const QString files = dir.file(QStringLiteral("share/inbox"));
    REQUIRE(runCli(QStringLiteral("generate"), {QStringLiteral("--out"), files,
                                                QStringLiteral("--visits"), QStringLiteral("30"),
                                                QStringLiteral("--seed"), QStringLiteral("7")})
                .exitCode == 0);
    const CliResult merged = runCli(QStringLiteral("merge"), {QStringLiteral("--db"), db,
                                                              QStringLiteral("--share"),
                                                              dir.file(QStringLiteral("share"))});
    INFO(merged.err.toStdString());
    REQUIRE(merged.exitCode == 0);

    const auto run = [&](const QString &out, const QStringList &more = {}) {
        return runCli(QStringLiteral("open-data"),
                      QStringList{QStringLiteral("--db"), db, QStringLiteral("--out"), out,
                                  QStringLiteral("--org-id"), QStringLiteral("0180"),
                                  QStringLiteral("--org-name"), QStringLiteral("Stockholms stad"),
                                  QStringLiteral("--sweref99local"),
                                  QStringLiteral("SWEREF 99 18 00")} +
                          more);
    };
    const QString json = dir.file(QStringLiteral("open.json"));
    const CliResult written = run(json);
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.contains(json));
    const QJsonObject root = QJsonDocument::fromJson(test::readAll(json)).object();
    CHECK(root[u"inspecOrg"].toObject()[u"id"].toString() == u"0180");
    CHECK(root[u"inspecOrg"].toObject()[u"sweref99local"].toString() == u"SWEREF 99 18 00");
    const QJsonArray inspections = root[u"inspections"].toArray();
    // Only food visits: fewer than all 30, but some.
    CHECK(inspections.size() > 0);
    CHECK(inspections.size() < 30);
    for (const QJsonValue &i : inspections) {
        const QJsonObject o = i.toObject();
        CHECK(o[u"idNational"].toString() == QStringLiteral("I-0180-") + o[u"idLocal"].toString());
        CHECK(o[u"facilityIdNational"].toString().startsWith(QStringLiteral("F-0180-")));
    }

    const QString csv = dir.file(QStringLiteral("open.csv"));
    REQUIRE(run(csv).exitCode == 0);
    const QByteArray csvBytes = test::readAll(csv);
    CHECK(csvBytes.startsWith("lang,generator,inspecOrg.name,"));
    CHECK(csvBytes.count("\r\n") >= inspections.size() + 1);

    // A period that holds nothing: the header alone.
    const QString none = dir.file(QStringLiteral("none.csv"));
    REQUIRE(run(none, {QStringLiteral("--from"), QStringLiteral("1999-01-01"),
                       QStringLiteral("--to"), QStringLiteral("1999-12-31")})
                .exitCode == 0);
    CHECK(test::readAll(none).count("\r\n") == 1);

    // Usage errors: exit 2 and one line naming the problem; nothing written.
    const QString txt = dir.file(QStringLiteral("open.txt"));
    CliResult bad = run(txt);
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral(".json")));
    CHECK_FALSE(QFile::exists(txt));
    bad = run(json, {QStringLiteral("--from"), QStringLiteral("2026-13-01")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--from")));
    bad = runCli(QStringLiteral("open-data"), {QStringLiteral("--db"), db, QStringLiteral("--out"),
                                               json, QStringLiteral("--org-name"),
                                               QStringLiteral("X")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--org-id")));
}

TEST_CASE("What open-data writes, import-facilities reads back to the same facilities",
          "[cli][opendata]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("office.db"));
    REQUIRE(runCli(QStringLiteral("init"), {QStringLiteral("--db"), db, QStringLiteral("--office")})
                .exitCode == 0);
    REQUIRE(runCli(QStringLiteral("generate"),
                   {QStringLiteral("--out"), dir.file(QStringLiteral("share/inbox")),
                    QStringLiteral("--visits"), QStringLiteral("40"), QStringLiteral("--seed"),
                    QStringLiteral("11")})
                .exitCode == 0);
    REQUIRE(runCli(QStringLiteral("merge"), {QStringLiteral("--db"), db, QStringLiteral("--share"),
                                             dir.file(QStringLiteral("share"))})
                .exitCode == 0);
    const auto exportTo = [&](const QString &name) {
        const QString out = dir.file(name);
        const CliResult r = runCli(
            QStringLiteral("open-data"),
            {QStringLiteral("--db"), db, QStringLiteral("--out"), out, QStringLiteral("--org-id"),
             QStringLiteral("0180"), QStringLiteral("--org-name"), QStringLiteral("Stockholms stad")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return out;
    };
    const auto facilitiesOf = [](const QString &path) {
        std::map<QString, QJsonObject> byId;
        for (const QJsonValue &f :
             QJsonDocument::fromJson(test::readAll(path)).object()[u"facilities"].toArray())
            byId[f.toObject()[u"idLocal"].toString()] = f.toObject();
        return byId;
    };

    // As a case system would give them: each facility with an experience class and a control
    // time, imported into the office's register.
    QJsonObject root = QJsonDocument::fromJson(test::readAll(exportTo(QStringLiteral("a.json"))))
                           .object();
    QJsonArray given;
    int n = 0;
    for (const QJsonValue &v : root[u"facilities"].toArray()) {
        QJsonObject f = v.toObject();
        f.insert(QStringLiteral("expClass"), QString(QChar(u'A' + n % 3)));
        f.insert(QStringLiteral("inspecTime"), 1.5 + n++);
        given.append(f);
    }
    REQUIRE(given.size() > 3);
    root.insert(QStringLiteral("facilities"), given);
    const QString input = dir.file(QStringLiteral("given.json"));
    {
        QFile file(input);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(root).toJson());
    }
    const CliResult imported =
        runCli(QStringLiteral("import-facilities"), {QStringLiteral("--db"), db, input});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    // Written again: the same facilities, member for member.
    const QString again = exportTo(QStringLiteral("b.json"));
    const auto before = facilitiesOf(input);
    const auto after = facilitiesOf(again);
    REQUIRE(after.size() == before.size());
    for (const auto &[id, f] : before) {
        INFO(id.toStdString());
        REQUIRE(after.count(id));
        CHECK(after.at(id) == f);
    }
    // Read back, the JSON and the CSV form change nothing in the register.
    for (const QString &form : {QStringLiteral("b.json"), QStringLiteral("b.csv")}) {
        const QString path = form.endsWith(u"json") ? again : exportTo(form);
        const CliResult r = runCli(QStringLiteral("import-facilities"), {QStringLiteral("--db"), db, path});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral(": 0 added, 0 updated, %1 unchanged").arg(before.size())));
    }
}

} // namespace tillsyn_unity_opendata_cli_test
