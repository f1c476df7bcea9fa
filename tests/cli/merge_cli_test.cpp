// tillsyn-cli merge / resolve / visits (office database), run as the real program: the JSON
// shape and exit codes, and the whole story of two laptops that edited one visit apart.
#include "clirunner.h"

#include "content/shippedcontent.h"
#include "storage/database.h"

#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

#include <map>
#include <set>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_merge_cli_test {

using namespace tillsyn;
using tillsyn::test::CliResult;
using tillsyn::test::runCli;
using tillsyn::test::runCliObject;
using tillsyn::test::TempDir;

namespace {

std::set<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return {keys.begin(), keys.end()};
}

// Runs a command that must succeed and returns its stdout.
QString ok(const QString &command, const QStringList &args)
{
    return test::runCliOk(command, args).trimmed();
}

// Makes an office database (merge, resolve and publish refuse a field one) and returns its path.
QString officeDb(const QString &path)
{
    ok(QStringLiteral("init"), {QStringLiteral("--db"), path, QStringLiteral("--office")});
    return path;
}

QJsonObject merge(const QString &db, const QString &share)
{
    return runCliObject(
        QStringLiteral("merge"),
        {QStringLiteral("--db"), db, QStringLiteral("--share"), share, QStringLiteral("--json")});
}

// Every row of every office table (blobs as their SHA-256), sorted.
QString officeDump(const QString &path)
{
    storage::Database db(path);
    QString out;
    for (const QString &table :
         {QStringLiteral("office_revision"), QStringLiteral("office_visit"),
          QStringLiteral("office_answer"), QStringLiteral("office_resolution"),
          QStringLiteral("office_rejected")}) {
        QSqlQuery q = db.prepare(QStringLiteral("SELECT * FROM %1").arg(table));
        db.exec(q);
        QStringList rows;
        while (q.next()) {
            QString row;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                row += v.typeId() == QMetaType::QByteArray
                           ? QString::fromLatin1(QCryptographicHash::hash(
                                                     v.toByteArray(), QCryptographicHash::Sha256)
                                                     .toHex())
                           : v.toString();
                row += u'|';
            }
            rows.append(row);
        }
        rows.sort();
        out += table + u'\n' + rows.join(u'\n') + u'\n';
    }
    return out;
}

QStringList filesUnder(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(root).relativeFilePath(it.next()));
    out.sort();
    return out;
}

const QJsonObject *entryFor(const QJsonArray &files, const QString &visitId, int revision,
                            std::vector<QJsonObject> &keep)
{
    keep.clear();
    for (const QJsonValue &v : files) {
        const QJsonObject o = v.toObject();
        if (o[u"visitId"].toString() == visitId && o[u"revision"].toInt() == revision)
            keep.push_back(o);
    }
    return keep.size() == 1 ? &keep.front() : nullptr;
}

QJsonObject visitIn(const QJsonArray &visits, const QString &visitId)
{
    for (const QJsonValue &v : visits) {
        if (v[u"visitId"].toString() == visitId)
            return v.toObject();
    }
    FAIL("visit " << visitId.toStdString() << " is not listed");
    return {};
}

// A field laptop driven through the CLI.
struct Laptop
{
    QString db;
    QString firstItem;

    QStringList dbArg() const { return {QStringLiteral("--db"), db}; }
    QString start(const QString &facility, const QString &checklist) const
    {
        return ok(QStringLiteral("visit start"),
                  dbArg() + QStringList{QStringLiteral("--facility"), facility,
                                        QStringLiteral("--checklist"), checklist});
    }
    void answer(const QString &visit, const QString &item, const QString &result,
                const QString &comment) const
    {
        ok(QStringLiteral("visit answer"),
           dbArg() + QStringList{QStringLiteral("--visit"), visit, QStringLiteral("--item"), item,
                                 QStringLiteral("--result"), result, QStringLiteral("--comment"),
                                 comment});
    }
    void finish(const QString &visit) const
    {
        ok(QStringLiteral("visit finish"), dbArg() + QStringList{QStringLiteral("--visit"), visit});
    }
    void reopen(const QString &visit) const
    {
        ok(QStringLiteral("visit reopen"), dbArg() + QStringList{QStringLiteral("--visit"), visit});
    }
    // Syncs and returns the names of the visit files this laptop sent, by "visitId rN".
    std::map<QString, QString> sync(const QString &share) const
    {
        const CliResult r =
            runCli(QStringLiteral("sync"), dbArg() + QStringList{QStringLiteral("--share"), share,
                                                                 QStringLiteral("--json")});
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        INFO(r.out.toStdString() << r.err.toStdString());
        // Exit 1 only for the reference data the office never published on this share.
        REQUIRE(o[u"failed"].toInt() == 0);
        REQUIRE(o[u"waiting"].toInt() == 0);
        std::map<QString, QString> sent;
        for (const QJsonValue &v : o[u"visits"].toArray())
            sent[QStringLiteral("%1 r%2")
                     .arg(v[u"visitId"].toString())
                     .arg(v[u"revision"].toInt())] = v[u"file"].toString();
        return sent;
    }
};

} // namespace

TEST_CASE("merge --json prints the outcome in its documented shape", "[cli][merge]")
{
    const TempDir dir;
    const QString share = dir.file(QStringLiteral("share"));
    const QString db = officeDb(dir.file(QStringLiteral("office.db")));
    ok(QStringLiteral("generate"),
       {QStringLiteral("--out"), share + QStringLiteral("/inbox"), QStringLiteral("--visits"),
        QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("5")});
    dir.write(QStringLiteral("share/inbox/junk.json"), "not json at all");
    dir.write(QStringLiteral("share/inbox/visit-not-really.json"),
              "{\"format\":\"tillsyn-visit\",\"formatVersion\":1,\"visitId\":\"nope\"}");

    const QJsonObject report = merge(db, share);
    CHECK(keysOf(report) == std::set<QString>{QStringLiteral("imported"), QStringLiteral("updated"),
                                              QStringLiteral("duplicates"),
                                              QStringLiteral("conflicts"),
                                              QStringLiteral("history"), QStringLiteral("rejected"),
                                              QStringLiteral("files")});
    const QJsonArray files = report[u"files"].toArray();
    REQUIRE(files.size() == 5);
    CHECK(report[u"imported"].toInt() + report[u"updated"].toInt() == 3);
    CHECK(report[u"rejected"].toInt() == 2);
    CHECK(report[u"duplicates"].toInt() == 0);
    CHECK(report[u"conflicts"].toInt() == 0);
    CHECK(report[u"history"].toInt() == 0);
    const std::set<QString> full{QStringLiteral("file"), QStringLiteral("outcome"),
                                 QStringLiteral("visitId"), QStringLiteral("revision"),
                                 QStringLiteral("reason")};
    const std::set<QString> unreadable{QStringLiteral("file"), QStringLiteral("outcome"),
                                       QStringLiteral("reason")};
    for (const QJsonValue &v : files) {
        const QJsonObject f = v.toObject();
        INFO(QJsonDocument(f).toJson().toStdString());
        if (f[u"outcome"].toString() == u"rejected") {
            CHECK(keysOf(f) == unreadable);
            CHECK(f[u"reason"].toString().startsWith(f[u"file"].toString() + u':'));
            CHECK(QFile::exists(share + QStringLiteral("/rejected/") + f[u"file"].toString() +
                                QStringLiteral(".reason.txt")));
        } else {
            CHECK(keysOf(f) == full);
            CHECK((f[u"outcome"].toString() == u"imported" ||
                   f[u"outcome"].toString() == u"updated"));
            CHECK(f[u"visitId"].toString().size() == 36);
            CHECK(f[u"revision"].toInt() >= 1);
            CHECK(f[u"reason"].toString().isEmpty());
            CHECK(f[u"file"].toString().startsWith(QStringLiteral("visit-") +
                                                   f[u"visitId"].toString()));
        }
    }

    // The text form: one line per file and a summary.
    dir.write(QStringLiteral("share/inbox/junk2.json"), "[]");
    const QString text =
        ok(QStringLiteral("merge"), {QStringLiteral("--db"), db, QStringLiteral("--share"), share});
    CHECK(text.startsWith(QStringLiteral("junk2.json: rejected — junk2.json: ")));
    CHECK(text.endsWith(
        QStringLiteral("0 imported, 0 updated, 0 duplicates, 0 conflicts, 0 history, 1 rejected")));
}

TEST_CASE("merge and resolve exit codes", "[cli][merge]")
{
    const TempDir dir;
    const QString db = officeDb(dir.file(QStringLiteral("office.db")));
    SECTION("no --share is a usage error")
    {
        const CliResult r = runCli(QStringLiteral("merge"), {QStringLiteral("--db"), db});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("--share is required")));
        CHECK(r.out.isEmpty());
    }
    SECTION("a share folder that does not exist cannot be used")
    {
        const CliResult r =
            runCli(QStringLiteral("merge"),
                   {QStringLiteral("--db"), db, QStringLiteral("--share"),
                    dir.file(QStringLiteral("no-such-share")), QStringLiteral("--json")});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("no-such-share")));
        CHECK(r.err.contains(QStringLiteral("missing")));
        CHECK(r.out.isEmpty());
    }
    SECTION("an empty share: exit 0, nothing to do")
    {
        QDir().mkpath(dir.file(QStringLiteral("share")));
        const QJsonObject report = merge(db, dir.file(QStringLiteral("share")));
        CHECK(report[u"files"].toArray().isEmpty());
        CHECK(report[u"imported"].toInt() == 0);
    }
    SECTION("resolve needs --visit, --revision and --reason")
    {
        CHECK(runCli(QStringLiteral("resolve"),
                     {QStringLiteral("--db"), db, QStringLiteral("--visit"), QStringLiteral("x"),
                      QStringLiteral("--revision"), QStringLiteral("1")})
                  .exitCode == 2);
        CHECK(runCli(QStringLiteral("resolve"),
                     {QStringLiteral("--db"), db, QStringLiteral("--visit"), QStringLiteral("x"),
                      QStringLiteral("--revision"), QStringLiteral("zwei"),
                      QStringLiteral("--reason"), QStringLiteral("r")})
                  .exitCode == 2);
        const CliResult unknown =
            runCli(QStringLiteral("resolve"),
                   {QStringLiteral("--db"), db, QStringLiteral("--visit"), QStringLiteral("x"),
                    QStringLiteral("--revision"), QStringLiteral("1"), QStringLiteral("--reason"),
                    QStringLiteral("r")});
        CHECK(unknown.exitCode == 1);
        CHECK(unknown.err.contains(QStringLiteral("Unknown visit \"x\"")));
    }
}

TEST_CASE("two laptops edit one visit apart: sync, merge, conflict, resolve — end to end",
          "[cli][merge][e2e]")
{
    const TempDir dir;
    const QString share = dir.file(QStringLiteral("share"));
    QDir().mkpath(share);
    const QString office = officeDb(dir.file(QStringLiteral("office.db")));
    const Laptop a{dir.file(QStringLiteral("a.db")), {}};
    ok(QStringLiteral("init"), a.dbArg() + QStringList{QStringLiteral("--demo")});
    const QString facility = content::ShippedContent::demoFacilities().front().id;
    const domain::Checklist checklist = content::ShippedContent::checklists().front();
    const QString item1 = checklist.sections.front().items.at(0).id;
    const QString item2 = checklist.sections.front().items.at(1).id;

    // Laptop A finishes two visits.
    const QString v1 = a.start(facility, checklist.id);
    a.answer(v1, item1, QStringLiteral("deviation"), QStringLiteral("Smuts i köket"));
    a.finish(v1);
    const QString v2 = a.start(facility, checklist.id);
    a.answer(v2, item1, QStringLiteral("ok"), QString());
    a.finish(v2);

    // Laptop B is a copy of A's database after revision 1.
    const Laptop b{dir.file(QStringLiteral("b.db")), {}};
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(a.db + suffix))
            REQUIRE(QFile::copy(a.db + suffix, b.db + suffix));
    }

    // Both reopen v1 and finish revision 2 differently; A also refinishes v2.
    a.reopen(v1);
    a.answer(v1, item1, QStringLiteral("ok"), QStringLiteral("Åtgärdat enligt A"));
    a.finish(v1);
    b.reopen(v1);
    b.answer(v1, item2, QStringLiteral("deviation"), QStringLiteral("B såg något annat"));
    b.finish(v1);
    a.reopen(v2);
    a.answer(v2, item2, QStringLiteral("deviation"), QStringLiteral("Ny avvikelse"));
    a.finish(v2);

    a.sync(share);
    const QString bR2 = b.sync(share)[v1 + QStringLiteral(" r2")];
    REQUIRE(bR2.startsWith(QStringLiteral("visit-") + v1 + QStringLiteral("-r2-")));
    // r1 of both visits was sent by both laptops: the same bytes under the same name, once.
    const QStringList inbox = QDir(share + QStringLiteral("/inbox")).entryList(QDir::Files);
    REQUIRE(inbox.size() == 5);

    // The merge reports each outcome.
    const QJsonObject first = merge(office, share);
    CHECK(first[u"imported"].toInt() == 2);
    CHECK(first[u"updated"].toInt() == 2);
    CHECK(first[u"conflicts"].toInt() == 1);
    CHECK(first[u"duplicates"].toInt() == 0);
    CHECK(first[u"history"].toInt() == 0);
    CHECK(first[u"rejected"].toInt() == 0);
    const QJsonArray files = first[u"files"].toArray();
    REQUIRE(files.size() == 5);
    std::vector<QJsonObject> keep;
    REQUIRE(entryFor(files, v1, 1, keep));
    CHECK((*entryFor(files, v1, 1, keep))[u"outcome"].toString() == u"imported");
    CHECK((*entryFor(files, v2, 1, keep))[u"outcome"].toString() == u"imported");
    CHECK((*entryFor(files, v2, 2, keep))[u"outcome"].toString() == u"updated");
    entryFor(files, v1, 2, keep);
    REQUIRE(keep.size() == 2);
    std::set<QString> r2outcomes{keep[0][u"outcome"].toString(), keep[1][u"outcome"].toString()};
    CHECK(r2outcomes == std::set<QString>{QStringLiteral("updated"), QStringLiteral("conflict")});
    CHECK((keep[0][u"file"].toString() == bR2 || keep[1][u"file"].toString() == bR2));
    CHECK(QDir(share + QStringLiteral("/inbox")).entryList(QDir::Files).isEmpty());

    // A second merge finds nothing.
    const QJsonObject second = merge(office, share);
    CHECK(second[u"files"].toArray().isEmpty());
    for (const QString &k :
         {QStringLiteral("imported"), QStringLiteral("updated"), QStringLiteral("duplicates"),
          QStringLiteral("conflicts"), QStringLiteral("history"), QStringLiteral("rejected")})
        CHECK(second[k].toInt() == 0);

    // Archived copies put back merge as duplicates only; the database does not change.
    const QString merged = officeDump(office);
    const QDir archive(share + QStringLiteral("/archive/") +
                       QDateTime::currentDateTimeUtc().date().toString(QStringLiteral("yyyy/MM")));
    const QStringList archived = archive.entryList(QDir::Files);
    REQUIRE(archived.size() == 5);
    for (const QString &name : archived)
        REQUIRE(QFile::copy(archive.filePath(name), share + QStringLiteral("/inbox/") + name));
    const int filesBefore = int(filesUnder(share).size());
    const QJsonObject again = merge(office, share);
    CHECK(again[u"duplicates"].toInt() == 5);
    CHECK(again[u"files"].toArray().size() == 5);
    CHECK(again[u"imported"].toInt() + again[u"updated"].toInt() + again[u"conflicts"].toInt() +
              again[u"history"].toInt() + again[u"rejected"].toInt() ==
          0);
    CHECK(officeDump(office) == merged);
    CHECK(int(filesUnder(share).size()) == filesBefore);
    for (const QString &name : archived)
        CHECK(QFile::exists(archive.filePath(name + QStringLiteral(".2"))));

    // visits --json on the office database shows the conflict.
    const QJsonArray visits = test::runCliJson(
        QStringLiteral("visits"), {QStringLiteral("--db"), office, QStringLiteral("--json")});
    REQUIRE(visits.size() == 2);
    for (const QJsonValue &v : visits) {
        for (const QString &key : {QStringLiteral("visitId"), QStringLiteral("revision"),
                                   QStringLiteral("status"), QStringLiteral("revisions"),
                                   QStringLiteral("facilityId"), QStringLiteral("checklistId"),
                                   QStringLiteral("finishedAt"), QStringLiteral("deviations")})
            CHECK(v.toObject().contains(key));
    }
    // --facility narrows both forms: the visits' own facility keeps them, another none.
    for (const QString &form : {QStringLiteral("--json"), QString()}) {
        INFO("form: " << form.toStdString());
        QStringList args{QStringLiteral("--db"), office};
        if (!form.isEmpty())
            args.append(form);
        args.append(QStringLiteral("--facility"));
        const CliResult mine = runCli(QStringLiteral("visits"), args + QStringList{facility});
        REQUIRE(mine.exitCode == 0);
        CHECK(mine.out.contains(v1));
        const CliResult other = runCli(QStringLiteral("visits"),
                                       args + QStringList{QStringLiteral("no-such-facility")});
        REQUIRE(other.exitCode == 0);
        CHECK_FALSE(other.out.contains(v1));
        CHECK_FALSE(other.out.contains(v2));
    }
    const QJsonObject one = visitIn(visits, v1);
    CHECK(one[u"status"].toString() == u"conflict");
    CHECK(one[u"revision"].toInt() == 2);
    CHECK(one[u"revisions"].toArray() == QJsonArray{1, 2});
    CHECK(one[u"facilityId"].toString() == facility);
    CHECK(one[u"checklistId"].toString() == checklist.id);
    CHECK(QDateTime::fromString(one[u"finishedAt"].toString(), Qt::ISODate).isValid());
    const QJsonObject two = visitIn(visits, v2);
    CHECK(two[u"status"].toString() == u"ok");
    CHECK(two[u"revision"].toInt() == 2);
    CHECK(two[u"revisions"].toArray() == QJsonArray{1, 2});
    CHECK(two[u"deviations"].toInt() == 1);

    // resolve: two contents claim revision 2, so the content must be named.
    const QStringList resolveArgs{
        QStringLiteral("--db"),       office,
        QStringLiteral("--visit"),    v1,
        QStringLiteral("--revision"), QStringLiteral("2"),
        QStringLiteral("--reason"),   QStringLiteral("Laptop B:s version är den granskade")};
    const CliResult ambiguous = runCli(QStringLiteral("resolve"), resolveArgs);
    CHECK(ambiguous.exitCode == 1);
    CHECK(ambiguous.err.contains(QStringLiteral("2 different contents for revision 2")));
    CHECK(officeDump(office) == merged);
    // Named by its file name: laptop B's revision 2.
    const QString chosen = bR2;
    CHECK(ok(QStringLiteral("resolve"),
             resolveArgs + QStringList{QStringLiteral("--content"), chosen})
              .contains(QStringLiteral("revision 2 stands")));
    const QJsonArray resolved = test::runCliJson(
        QStringLiteral("visits"), {QStringLiteral("--db"), office, QStringLiteral("--json")});
    CHECK(visitIn(resolved, v1)[u"status"].toString() == u"ok");
    CHECK(visitIn(resolved, v1)[u"revision"].toInt() == 2);
    {
        storage::Database db(office);
        QSqlQuery q = db.prepare(QStringLiteral(
            "SELECT r.revision, r.reason, r.resolved_by, v.file_name FROM office_resolution r JOIN"
            " office_revision v ON v.visit_id = r.visit_id AND v.revision = r.revision AND"
            " v.content_hash = r.content_hash"));
        db.exec(q);
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 2);
        CHECK(q.value(1).toString() == u"Laptop B:s version är den granskade");
        CHECK_FALSE(q.value(2).toString().isEmpty());
        CHECK(q.value(3).toString() == chosen);
        CHECK_FALSE(q.next());
        QSqlQuery aside =
            db.prepare(QStringLiteral("SELECT file_name FROM office_revision WHERE set_aside = 1"));
        db.exec(aside);
        REQUIRE(aside.next());
        CHECK(aside.value(0).toString() != chosen);
        CHECK(aside.value(0).toString().contains(QStringLiteral("-r2-")));
        CHECK_FALSE(aside.next());
    }

    // Laptop B goes on from its chosen revision 2: its revision 3 merges as updated.
    b.reopen(v1);
    b.answer(v1, item1, QStringLiteral("ok"), QStringLiteral("Åtgärdat vid återbesök"));
    b.finish(v1);
    b.sync(share);
    const QJsonObject third = merge(office, share);
    REQUIRE(third[u"files"].toArray().size() == 1);
    CHECK(third[u"files"][0][u"outcome"].toString() == u"updated");
    CHECK(third[u"files"][0][u"revision"].toInt() == 3);
    const QJsonObject after =
        visitIn(test::runCliJson(QStringLiteral("visits"),
                                 {QStringLiteral("--db"), office, QStringLiteral("--json")}),
                v1);
    CHECK(after[u"status"].toString() == u"ok");
    CHECK(after[u"revision"].toInt() == 3);
    CHECK(after[u"revisions"].toArray() == QJsonArray{1, 2, 3});
}

TEST_CASE("merge's text output escapes names from the share, so they cannot fake lines",
          "[cli][merge]")
{
    const TempDir dir;
    const QString share = dir.file(QStringLiteral("share"));
    QDir().mkpath(share + QStringLiteral("/inbox"));
    // A junk file whose name carries a newline and a fake outcome line.
    const QString name = QStringLiteral("x.json\nvisit-forged.json: imported");
    {
        QFile f(share + QStringLiteral("/inbox/") + name);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("junk");
    }
    REQUIRE(runCli(QStringLiteral("init"), {QStringLiteral("--office"), QStringLiteral("--db"),
                                            dir.file(QStringLiteral("office.db"))})
                .exitCode == 0);
    const CliResult r = runCli(QStringLiteral("merge"),
                               {QStringLiteral("--db"), dir.file(QStringLiteral("office.db")),
                                QStringLiteral("--share"), share});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QStringList lines = r.out.trimmed().split(u'\n');
    REQUIRE(lines.size() == 2); // the file's line and the summary
    CHECK(lines[0].startsWith(QStringLiteral("x.json\\nvisit-forged.json: imported: rejected — ")));
    CHECK_FALSE(r.out.contains(QStringLiteral("\nvisit-forged.json")));
}

} // namespace tillsyn_unity_merge_cli_test
