// tillsyn-cli validate / generate / export / sync, run as the real program.
#include "clirunner.h"

#include "content/shippedcontent.h"
#include "field/visitlifecycle.h"
#include "storage/database.h"
#include "storage/outboxstore.h"

#include "support/catchqt.h"
#include "support/tempdir.h"
#include "support/webdav/apachefixture.h"

#include <algorithm>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_sync_cli_test {

using namespace tillsyn;
using tillsyn::test::CliResult;
using tillsyn::test::jsonObjectOf;
using tillsyn::test::runCli;
using tillsyn::test::TempDir;

namespace {

// A field database with `visits` finished visits, made through the core library.
struct FieldDb
{
    TempDir dir;
    QString path = dir.file(QStringLiteral("field.db"));
    QStringList visitIds;

    explicit FieldDb(int visits)
    {
        storage::Database db(path);
        content::ShippedContent::install(db, true);
        field::VisitLifecycle lifecycle(db);
        field::StartRequest request;
        request.facilityId = content::ShippedContent::demoFacilities().front().id;
        request.checklistId = content::ShippedContent::checklists().front().id;
        request.inspectors = {{QStringLiteral("eva"), QStringLiteral("Eva Ek")}};
        for (int i = 0; i < visits; ++i) {
            const QString id = lifecycle.start(request);
            lifecycle.setAnswer(id, lifecycle.current(id).answers.front().itemId,
                                domain::Result::Deviation, QStringLiteral("Anmärkning %1").arg(i));
            lifecycle.finish(id);
            visitIds.append(id);
        }
    }
    std::vector<storage::OutboxEntry> outbox() const
    {
        storage::Database db(path);
        storage::OutboxStore store(db);
        auto rows = store.all();
        for (auto &row : rows)
            row.bytes = store.find(row.visitId, row.revision)->bytes;
        return rows;
    }
};

QStringList filesIn(const QString &dir)
{
    QStringList out;
    for (const QString &name : QDir(dir).entryList(QDir::Files, QDir::Name))
        out.append(QDir(dir).filePath(name));
    return out;
}

QString expectedName(const QByteArray &bytes)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    return QStringLiteral("visit-%1-r%2-%3.json")
        .arg(o.value(QStringLiteral("visitId")).toString())
        .arg(o.value(QStringLiteral("revision")).toInt())
        .arg(QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(8)));
}

// Sets an environment variable for one scope (the CLI runner passes the environment on).
struct ScopedEnv
{
    QByteArray name;
    ScopedEnv(const char *n, const QString &value)
        : name(n)
    {
        qputenv(n, value.toUtf8());
    }
    ~ScopedEnv() { qunsetenv(name.constData()); }
};

} // namespace

TEST_CASE("validate rejects every JSONTestSuite file with a message, one line per file",
          "[cli][sync][validate][corpus]")
{
    const QDir corpus(QStringLiteral(TILLSYN_CORPORA_DIR "/jsontestsuite/test_parsing/"));
    const QStringList files = filesIn(corpus.path());
    REQUIRE(files.size() > 300);
    const CliResult r = runCli(QStringLiteral("validate"), files);
    INFO("stderr: " << r.err.toStdString());
    CHECK(r.exitCode == 1);
    QStringList lines = r.out.split(u'\n');
    REQUIRE(lines.last().isEmpty());
    lines.removeLast();
    REQUIRE(lines.size() == files.size());
    for (int i = 0; i < files.size(); ++i) {
        INFO(lines[i].toStdString());
        REQUIRE(lines[i].startsWith(files[i] + QStringLiteral(": ")));
        const QString verdict = lines[i].mid(files[i].size() + 2);
        CHECK(verdict != u"OK");
        // The reason names the file it is about.
        CHECK(verdict.startsWith(QFileInfo(files[i]).fileName() + u':'));
        CHECK(verdict.size() > QFileInfo(files[i]).fileName().size() + 10);
    }
}

TEST_CASE("generate writes valid files, the same for the same seed, and validate finds a broken "
          "one",
          "[cli][sync][validate]")
{
    const TempDir dir;
    const QString out = dir.file(QStringLiteral("gen"));
    const CliResult g =
        runCli(QStringLiteral("generate"),
               {QStringLiteral("--out"), out, QStringLiteral("--visits"), QStringLiteral("6"),
                QStringLiteral("--photos"), QStringLiteral("2"), QStringLiteral("--seed"),
                QStringLiteral("3")});
    INFO(g.err.toStdString());
    REQUIRE(g.exitCode == 0);
    const QStringList files = filesIn(out);
    REQUIRE(files.size() == 6);
    for (const QString &f : files)
        CHECK(QFileInfo(f).fileName() == expectedName(test::readAll(f)));

    const CliResult ok = runCli(QStringLiteral("validate"), files);
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.count(QStringLiteral(": OK\n")) == 6);

    // The same seed, the same files.
    const QString again = dir.file(QStringLiteral("again"));
    REQUIRE(runCli(QStringLiteral("generate"),
                   {QStringLiteral("--out"), again, QStringLiteral("--visits"), QStringLiteral("6"),
                    QStringLiteral("--photos"), QStringLiteral("2"), QStringLiteral("--seed"),
                    QStringLiteral("3")})
                .exitCode == 0);
    const QStringList second = filesIn(again);
    REQUIRE(second.size() == 6);
    for (int i = 0; i < 6; ++i) {
        CHECK(QFileInfo(second[i]).fileName() == QFileInfo(files[i]).fileName());
        CHECK(test::readAll(second[i]) == test::readAll(files[i]));
    }

    // One broken file: exit 1, and its line names the member and the rule.
    QJsonObject o = QJsonDocument::fromJson(test::readAll(files[2])).object();
    o[QStringLiteral("kind")] = QStringLiteral("routine");
    const QString broken =
        dir.write(QStringLiteral("broken.json"), QJsonDocument(o).toJson(QJsonDocument::Compact));
    const CliResult bad = runCli(QStringLiteral("validate"), {files[0], broken, files[1]});
    CHECK(bad.exitCode == 1);
    const QStringList lines = bad.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == files[0] + QStringLiteral(": OK"));
    CHECK(lines[1].startsWith(broken + QStringLiteral(": broken.json: member \"kind\": must be")));
    CHECK(lines[2] == files[1] + QStringLiteral(": OK"));

    const CliResult missing =
        runCli(QStringLiteral("validate"), {dir.file(QStringLiteral("nope.json"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.out.contains(QStringLiteral("cannot be read")));
}

TEST_CASE("export writes the very bytes that are sent, and sync sends to a folder once",
          "[cli][sync]")
{
    const FieldDb field(2);
    const TempDir out;
    const CliResult e = runCli(QStringLiteral("export"),
                               {QStringLiteral("--db"), field.path, QStringLiteral("--visit"),
                                field.visitIds[1], QStringLiteral("--out"), out.path()});
    INFO(e.err.toStdString());
    REQUIRE(e.exitCode == 0);
    const auto rows = field.outbox();
    const auto row = std::find_if(rows.begin(), rows.end(),
                                  [&](const auto &r) { return r.visitId == field.visitIds[1]; });
    REQUIRE(row != rows.end());
    CHECK(e.out.trimmed() == out.file(row->fileName));
    CHECK(test::readAll(out.file(row->fileName)) == row->bytes);
    CHECK(runCli(QStringLiteral("validate"), {out.file(row->fileName)}).exitCode == 0);
    CHECK(runCli(QStringLiteral("export"),
                 {QStringLiteral("--db"), field.path, QStringLiteral("--visit"), field.visitIds[1],
                  QStringLiteral("--revision"), QStringLiteral("2"), QStringLiteral("--out"),
                  out.path()})
              .exitCode != 0);
    // Not a revision number: a usage error, as report says it.
    const CliResult bad = runCli(QStringLiteral("export"),
                                 {QStringLiteral("--db"), field.path, QStringLiteral("--visit"),
                                  field.visitIds[1], QStringLiteral("--revision"),
                                  QStringLiteral("two"), QStringLiteral("--out"), out.path()});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--revision must be a revision number")));

    const QString share = out.file(QStringLiteral("share"));
    QDir().mkpath(share);
    const CliResult s = runCli(QStringLiteral("sync"),
                               {QStringLiteral("--db"), field.path, QStringLiteral("--share"),
                                share, QStringLiteral("--json")});
    CHECK(s.exitCode == 0);
    const QJsonObject first = jsonObjectOf(s);
    CHECK(first.value(QStringLiteral("sent")).toInt() == 2);
    CHECK(first.value(QStringLiteral("waiting")).toInt() == 0);
    CHECK(first.value(QStringLiteral("share")).toString() == share);
    for (const QJsonValue &v : first.value(QStringLiteral("visits")).toArray())
        CHECK(v.toObject().value(QStringLiteral("outcome")).toString() == u"sent");
    const QStringList inbox = filesIn(share + QStringLiteral("/inbox"));
    REQUIRE(inbox.size() == 2);
    CHECK(runCli(QStringLiteral("validate"), inbox).exitCode == 0);

    const QJsonObject second = jsonObjectOf(runCli(
        QStringLiteral("sync"), {QStringLiteral("--db"), field.path, QStringLiteral("--share"),
                                 share, QStringLiteral("--json")}));
    CHECK(second.value(QStringLiteral("sent")).toInt() == 0);
    CHECK(second.value(QStringLiteral("visits")).toArray().isEmpty());
    // The text form says the same.
    const CliResult text = runCli(QStringLiteral("sync"), {QStringLiteral("--db"), field.path,
                                                           QStringLiteral("--share"), share});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("0 sent, 0 already on the share, 0 waiting")));
}

TEST_CASE("sync to Apache WebDAV from the command line: password file, environment, CA file",
          "[cli][sync][webdav][apache]")
{
    const FieldDb field(2);
    test::ApacheFixture apache({/*https=*/true});
    const TempDir secrets;
    const QString wrong = secrets.write(QStringLiteral("wrong"), "inte-rätt\n");
    const QString right = secrets.write(QStringLiteral("right"), apache.password().toUtf8() + '\n');
    const QStringList common = {QStringLiteral("--db"),    field.path,
                                QStringLiteral("--share"), apache.url().toString(),
                                QStringLiteral("--user"),  apache.user(),
                                QStringLiteral("--json"),  QStringLiteral("--timeout"),
                                QStringLiteral("20")};

    // The wrong password: exit 1, a clear reason, both still waiting.
    const CliResult bad = runCli(
        QStringLiteral("sync"), common + QStringList{QStringLiteral("--password-file"), wrong,
                                                     QStringLiteral("--ca-file"), apache.caFile()});
    CHECK(bad.exitCode == 1);
    const QJsonObject failed = jsonObjectOf(bad);
    CHECK(failed.value(QStringLiteral("waiting")).toInt() == 2);
    CHECK(failed.value(QStringLiteral("failed")).toInt() == 2);
    const QJsonObject firstVisit =
        failed.value(QStringLiteral("visits")).toArray().at(0).toObject();
    CHECK(firstVisit.value(QStringLiteral("outcome")).toString() == u"failed");
    CHECK(firstVisit.value(QStringLiteral("reason")).toString().contains(QStringLiteral("(401)")));
    CHECK_FALSE(bad.out.contains(QStringLiteral("inte-rätt")));

    // Another CA: refused with a TLS message.
    {
        const ScopedEnv password("TILLSYN_PASSWORD", apache.password());
        const CliResult tls =
            runCli(QStringLiteral("sync"),
                   common + QStringList{QStringLiteral("--ca-file"), apache.otherCaFile()});
        CHECK(tls.exitCode == 1);
        CHECK(jsonObjectOf(tls)
                  .value(QStringLiteral("visits"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("reason"))
                  .toString()
                  .contains(QStringLiteral("certificate does not verify")));

        // The right password from the environment and the server's CA: both go.
        const CliResult ok =
            runCli(QStringLiteral("sync"),
                   common + QStringList{QStringLiteral("--ca-file"), apache.caFile()});
        INFO(ok.out.toStdString() << ok.err.toStdString());
        CHECK(ok.exitCode == 0);
        CHECK(jsonObjectOf(ok).value(QStringLiteral("sent")).toInt() == 2);
    }
    const QStringList landed = filesIn(apache.shareDir() + QStringLiteral("/inbox"));
    REQUIRE(landed.size() == 2);
    const CliResult valid = runCli(QStringLiteral("validate"), landed);
    CHECK(valid.exitCode == 0);

    // The password file works as well; nothing is left to send.
    const CliResult again = runCli(
        QStringLiteral("sync"), common + QStringList{QStringLiteral("--password-file"), right,
                                                     QStringLiteral("--ca-file"), apache.caFile()});
    CHECK(again.exitCode == 0);
    CHECK(jsonObjectOf(again).value(QStringLiteral("visits")).toArray().isEmpty());
}

TEST_CASE("credentials: the password file's first line exactly, one source only, never echoed",
          "[cli][sync][credentials][apache]")
{
    const FieldDb field(1);
    // HTTPS: a password is never sent over plain http.
    test::ApacheFixture apache({/*https=*/true});
    const TempDir secrets;
    const QStringList common = {QStringLiteral("--db"),      field.path,
                                QStringLiteral("--share"),   apache.url().toString(),
                                QStringLiteral("--user"),    apache.user(),
                                QStringLiteral("--ca-file"), apache.caFile(),
                                QStringLiteral("--json")};
    const auto syncWith = [&](const QByteArray &fileBytes) {
        const QString file = secrets.write(QStringLiteral("password"), fileBytes);
        return runCli(QStringLiteral("sync"),
                      common + QStringList{QStringLiteral("--password-file"), file});
    };
    const QByteArray password = apache.password().toUtf8();
    // Spaces are part of a password: one more is another password (they used to be trimmed).
    const CliResult spaced = syncWith(password + " \n");
    CHECK(spaced.exitCode == 1);
    CHECK(jsonObjectOf(spaced).value(QStringLiteral("failed")).toInt() == 1);
    // The line end (\n or \r\n) is not; the first line only.
    const CliResult crlf = syncWith(password + "\r\nsecond line\n");
    INFO(crlf.out.toStdString() << crlf.err.toStdString());
    CHECK(crlf.exitCode == 0);
    CHECK(jsonObjectOf(crlf).value(QStringLiteral("sent")).toInt() == 1);

    // Two sources of credentials: a usage error naming both, nothing sent.
    const QString file = secrets.write(QStringLiteral("password"), password + '\n');
    {
        const ScopedEnv token("TILLSYN_TOKEN", QStringLiteral("a-token"));
        const CliResult both = runCli(
            QStringLiteral("sync"), common + QStringList{QStringLiteral("--password-file"), file});
        CHECK(both.exitCode == 2);
        CHECK(both.err.contains(QStringLiteral("--password-file, TILLSYN_TOKEN")));
    }
    {
        const ScopedEnv env("TILLSYN_PASSWORD", apache.password());
        const CliResult both =
            runCli(QStringLiteral("merge"),
                   {QStringLiteral("--db"), field.dir.file(QStringLiteral("o.db")),
                    QStringLiteral("--share"), apache.url().toString(),
                    QStringLiteral("--token-file"), file});
        CHECK(both.exitCode == 2);
        CHECK(both.err.contains(QStringLiteral("--token-file, TILLSYN_PASSWORD")));
    }
}

TEST_CASE("an invalid share address never echoes its password", "[cli][sync][credentials]")
{
    const FieldDb field(0);
    for (const QString &url : {QStringLiteral("https://eva:s3cret-pw@bad host/dav/"),
                               QStringLiteral("https://eva:s3cret-pw/x@[::1/dav/"),
                               QStringLiteral("http://:s3cret-pw@/")}) {
        const CliResult r = runCli(QStringLiteral("sync"), {QStringLiteral("--db"), field.path,
                                                            QStringLiteral("--share"), url});
        INFO(url.toStdString() << " -> " << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("is not a valid address")));
        CHECK_FALSE(r.err.contains(QStringLiteral("s3cret")));
        CHECK_FALSE(r.out.contains(QStringLiteral("s3cret")));
    }
}

} // namespace tillsyn_unity_sync_cli_test
