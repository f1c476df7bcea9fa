#include "clirunner.h"

#include "support/catchqt.h"
#include "support/tempdir.h"
#include "support/testimages.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_visit_cli_test {

using namespace tillsyn;
using tillsyn::test::CliResult;
using tillsyn::test::runCli;
using tillsyn::test::runCliJson;
using tillsyn::test::TempDir;

namespace {

const QString kChecklist = QStringLiteral("livsmedel-restaurang");

// A database made with `init --demo`, a facility of it and the items of one shipped checklist.
struct VisitFixture
{
    TempDir dir;
    QString db = dir.file(QStringLiteral("tillsyn.db"));
    QString facility;
    QStringList items;

    VisitFixture()
    {
        const CliResult init =
            runCli(QStringLiteral("init"), {QStringLiteral("--db"), db, QStringLiteral("--demo")});
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
        const QJsonArray facilities =
            runCliJson(QStringLiteral("facilities"), dbArgs({QStringLiteral("--json")}));
        REQUIRE_FALSE(facilities.isEmpty());
        facility = facilities.at(0).toObject().value(QStringLiteral("id")).toString();
        for (const QJsonValue &c :
             runCliJson(QStringLiteral("checklists"), dbArgs({QStringLiteral("--json")}))) {
            if (c.toObject().value(QStringLiteral("id")).toString() != kChecklist)
                continue;
            for (const QJsonValue &s : c.toObject().value(QStringLiteral("sections")).toArray()) {
                for (const QJsonValue &i : s.toObject().value(QStringLiteral("items")).toArray())
                    items.append(i.toObject().value(QStringLiteral("id")).toString());
            }
        }
        REQUIRE(items.size() >= 4);
    }

    QStringList dbArgs(QStringList more = {}) const { return more << QStringLiteral("--db") << db; }

    // `tillsyn-cli visit <sub> ARGS --db DB`, typed as a user types it.
    CliResult visit(const QString &sub, const QStringList &args = {}) const
    {
        return runCli(QStringLiteral("visit"), dbArgs(QStringList{sub} + args));
    }

    QString start() const
    {
        const CliResult r =
            visit(QStringLiteral("start"),
                  {QStringLiteral("--facility"), facility, QStringLiteral("--checklist"),
                   kChecklist, QStringLiteral("--inspector"), QStringLiteral("Eva Ek")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        REQUIRE(r.out.endsWith(u'\n'));
        return r.out.chopped(1);
    }

    CliResult answer(const QString &visitId, const QString &item, const QString &result,
                     const QString &comment = QString()) const
    {
        QStringList args = {QStringLiteral("--visit"),  visitId, QStringLiteral("--item"), item,
                            QStringLiteral("--result"), result};
        if (!comment.isNull())
            args << QStringLiteral("--comment") << comment;
        return visit(QStringLiteral("answer"), args);
    }

    void mustAnswer(const QString &visitId, const QString &item, const QString &result,
                    const QString &comment = QString()) const
    {
        const CliResult r = answer(visitId, item, result, comment);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.isEmpty());
    }

    // `visit show --json` as printed (raw, to compare before and after) ...
    QByteArray showRaw(const QString &visitId, int revision = 0) const
    {
        QStringList args = {QStringLiteral("--visit"), visitId, QStringLiteral("--json")};
        if (revision)
            args << QStringLiteral("--revision") << QString::number(revision);
        const CliResult r = visit(QStringLiteral("show"), args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.out.toUtf8();
    }
    // ... and parsed.
    QJsonObject show(const QString &visitId, int revision = 0) const
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(showRaw(visitId, revision), &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        REQUIRE(doc.isObject());
        return doc.object();
    }
    QByteArray visitsRaw() const
    {
        const CliResult r = runCli(QStringLiteral("visits"), dbArgs({QStringLiteral("--json")}));
        REQUIRE(r.exitCode == 0);
        return r.out.toUtf8();
    }
};

bool isUuid(const QString &s)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(s).hasMatch();
}

QStringList keys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

QJsonObject item(const QJsonObject &show, const QString &itemId)
{
    for (const QJsonValue &v : show.value(QStringLiteral("items")).toArray()) {
        if (v.toObject().value(QStringLiteral("itemId")).toString() == itemId)
            return v.toObject();
    }
    FAIL("no item " << itemId.toStdString());
    return {};
}

QString stripped(QString s)
{
    return s.endsWith(u'\n') ? s.chopped(1) : s;
}

} // namespace

TEST_CASE("cli: a visit from start to a second revision", "[cli][visit]")
{
    VisitFixture fx;
    const int n = int(fx.items.size());

    // start prints the UUID and nothing else.
    const CliResult started =
        fx.visit(QStringLiteral("start"),
                 {QStringLiteral("--facility"), fx.facility, QStringLiteral("--checklist"),
                  kChecklist, QStringLiteral("--kind"), QStringLiteral("follow_up")});
    INFO(started.err.toStdString());
    REQUIRE(started.exitCode == 0);
    CHECK(started.err.isEmpty());
    REQUIRE(started.out.count(u'\n') == 1);
    const QString id = stripped(started.out);
    CHECK(isUuid(id));

    // Every item is listed, unanswered.
    QJsonObject shown = fx.show(id);
    CHECK(keys(shown) == (QStringList{QStringLiteral("baseRevision"), QStringLiteral("items"),
                                      QStringLiteral("minutesSpent"), QStringLiteral("photos"),
                                      QStringLiteral("revision"), QStringLiteral("status"),
                                      QStringLiteral("visitId")}));
    CHECK(shown.value(QStringLiteral("visitId")).toString() == id);
    CHECK(shown.value(QStringLiteral("revision")).toInt() == 1);
    CHECK(shown.value(QStringLiteral("baseRevision")).toInt() == 0);
    CHECK(shown.value(QStringLiteral("status")).toString() == QStringLiteral("draft"));
    CHECK(shown.value(QStringLiteral("minutesSpent")).toInt() == 0);
    CHECK(shown.value(QStringLiteral("photos")).toArray().isEmpty());
    QJsonArray items = shown.value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == n);
    for (int i = 0; i < n; ++i) {
        const QJsonObject a = items.at(i).toObject();
        CHECK(keys(a) == (QStringList{QStringLiteral("comment"), QStringLiteral("itemId"),
                                      QStringLiteral("photoIds"), QStringLiteral("result")}));
        CHECK(a.value(QStringLiteral("itemId")).toString() == fx.items.at(i));
        CHECK(a.value(QStringLiteral("result")).isNull());
        CHECK(a.value(QStringLiteral("comment")).toString().isEmpty());
        CHECK(a.value(QStringLiteral("photoIds")).toArray().isEmpty());
    }

    // Answer every item: every third a deviation with a comment, the last not applicable.
    int deviations = 0;
    for (int i = 0; i < n; ++i) {
        if (i == n - 1) {
            fx.mustAnswer(id, fx.items.at(i), QStringLiteral("not_applicable"));
        } else if (i % 3 == 1) {
            fx.mustAnswer(id, fx.items.at(i), QStringLiteral("deviation"),
                          QStringLiteral("Avvikelse %1: åtgärda före nästa besök.").arg(i));
            ++deviations;
        } else {
            fx.mustAnswer(id, fx.items.at(i), QStringLiteral("ok"));
        }
    }
    const QString deviating = fx.items.at(1);
    const QString jpeg = fx.dir.write(QStringLiteral("kyl.jpg"), test::jpegBytes(3000, 2000));
    QStringList photoIds;
    for (const QString &caption : {QStringLiteral("Kylen"), QStringLiteral("Termometern")}) {
        const CliResult photo =
            fx.visit(QStringLiteral("photo"),
                     {QStringLiteral("--visit"), id, QStringLiteral("--item"), deviating,
                      QStringLiteral("--file"), jpeg, QStringLiteral("--caption"), caption});
        INFO(photo.err.toStdString());
        REQUIRE(photo.exitCode == 0);
        REQUIRE(photo.out.count(u'\n') == 1);
        photoIds.append(stripped(photo.out));
    }
    CHECK(photoIds[0] != photoIds[1]);
    const CliResult time =
        fx.visit(QStringLiteral("time"), {QStringLiteral("--visit"), id,
                                          QStringLiteral("--minutes"), QStringLiteral("90")});
    REQUIRE(time.exitCode == 0);

    const CliResult finished = fx.visit(QStringLiteral("finish"), {QStringLiteral("--visit"), id});
    INFO(finished.err.toStdString());
    REQUIRE(finished.exitCode == 0);
    CHECK(finished.err.isEmpty()); // every item answered, every deviation explained
    CHECK(stripped(finished.out) == QStringLiteral("Visit %1 finished as revision 1.").arg(id));

    const QByteArray r1Raw = fx.showRaw(id);
    shown = fx.show(id);
    CHECK(shown.value(QStringLiteral("revision")).toInt() == 1);
    CHECK(shown.value(QStringLiteral("status")).toString() == QStringLiteral("finished"));
    CHECK(shown.value(QStringLiteral("minutesSpent")).toInt() == 90);
    CHECK(item(shown, deviating).value(QStringLiteral("result")).toString() ==
          QStringLiteral("deviation"));
    CHECK(item(shown, deviating).value(QStringLiteral("comment")).toString() ==
          QStringLiteral("Avvikelse 1: åtgärda före nästa besök."));
    CHECK(item(shown, deviating).value(QStringLiteral("photoIds")).toArray() ==
          QJsonArray::fromStringList(photoIds));
    CHECK(item(shown, fx.items.at(n - 1)).value(QStringLiteral("result")).toString() ==
          QStringLiteral("not_applicable"));
    const QJsonArray photos = shown.value(QStringLiteral("photos")).toArray();
    REQUIRE(photos.size() == 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject p = photos.at(i).toObject();
        CHECK(keys(p) == (QStringList{QStringLiteral("bytes"), QStringLiteral("id"),
                                      QStringLiteral("sha256")}));
        CHECK(p.value(QStringLiteral("id")).toString() == photoIds.at(i));
        CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))
                  .match(p.value(QStringLiteral("sha256")).toString())
                  .hasMatch());
        CHECK(p.value(QStringLiteral("bytes")).toInteger() > 1000);
        // Scaled to 2048 px: far smaller than the 3000x2000 original would re-encode to.
        CHECK(p.value(QStringLiteral("bytes")).toInteger() < 2'000'000);
    }
    // The same file twice: the same stored bytes.
    CHECK(photos.at(0)[QStringLiteral("sha256")] == photos.at(1)[QStringLiteral("sha256")]);

    // Reopen: revision 2, edited from 1, a draft with the same answers.
    const CliResult reopened = fx.visit(QStringLiteral("reopen"), {QStringLiteral("--visit"), id});
    REQUIRE(reopened.exitCode == 0);
    CHECK(stripped(reopened.out) ==
          QStringLiteral("Visit %1 reopened as draft revision 2.").arg(id));
    shown = fx.show(id);
    CHECK(shown.value(QStringLiteral("revision")).toInt() == 2);
    CHECK(shown.value(QStringLiteral("baseRevision")).toInt() == 1);
    CHECK(shown.value(QStringLiteral("status")).toString() == QStringLiteral("draft"));
    const QJsonObject r1 = QJsonDocument::fromJson(r1Raw).object();
    CHECK(shown.value(QStringLiteral("items")) == r1.value(QStringLiteral("items")));
    CHECK(shown.value(QStringLiteral("photos")) == r1.value(QStringLiteral("photos")));

    // Change one answer and finish again.
    fx.mustAnswer(id, deviating, QStringLiteral("ok"),
                  QStringLiteral("Åtgärdat: kylen håller 4 °C."));
    const CliResult again = fx.visit(QStringLiteral("finish"), {QStringLiteral("--visit"), id});
    REQUIRE(again.exitCode == 0);
    CHECK(stripped(again.out) == QStringLiteral("Visit %1 finished as revision 2.").arg(id));

    shown = fx.show(id);
    CHECK(shown.value(QStringLiteral("revision")).toInt() == 2);
    CHECK(shown.value(QStringLiteral("baseRevision")).toInt() == 1);
    CHECK(shown.value(QStringLiteral("status")).toString() == QStringLiteral("finished"));
    CHECK(shown.value(QStringLiteral("minutesSpent")).toInt() == 90);
    CHECK(item(shown, deviating).value(QStringLiteral("result")).toString() ==
          QStringLiteral("ok"));
    CHECK(item(shown, deviating).value(QStringLiteral("comment")).toString() ==
          QStringLiteral("Åtgärdat: kylen håller 4 °C."));
    CHECK(item(shown, deviating).value(QStringLiteral("photoIds")).toArray() ==
          QJsonArray::fromStringList(photoIds));
    items = shown.value(QStringLiteral("items")).toArray();
    const QJsonArray r1Items = r1.value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == n);
    for (int i = 0; i < n; ++i) {
        if (fx.items.at(i) != deviating)
            CHECK(items.at(i) == r1Items.at(i));
    }

    // Revision 1 stays readable and unchanged, to the byte.
    CHECK(fx.showRaw(id, 1) == r1Raw);
    const CliResult noSuch =
        fx.visit(QStringLiteral("show"), {QStringLiteral("--visit"), id,
                                          QStringLiteral("--revision"), QStringLiteral("3")});
    CHECK(noSuch.exitCode == 1);
    CHECK(noSuch.err.contains(QStringLiteral("Visit %1 has no revision 3.").arg(id)));

    // The visits list shows the newest revision and the history.
    const QJsonArray visits =
        runCliJson(QStringLiteral("visits"), fx.dbArgs({QStringLiteral("--json")}));
    REQUIRE(visits.size() == 1);
    const QJsonObject v = visits.at(0).toObject();
    CHECK(v.value(QStringLiteral("visitId")).toString() == id);
    CHECK(v.value(QStringLiteral("revision")).toInt() == 2);
    CHECK(v.value(QStringLiteral("baseRevision")).toInt() == 1);
    CHECK(v.value(QStringLiteral("status")).toString() == QStringLiteral("finished"));
    CHECK(v.value(QStringLiteral("revisions")).toArray() == (QJsonArray{1, 2}));
    CHECK(v.value(QStringLiteral("facilityId")).toString() == fx.facility);
    CHECK(v.value(QStringLiteral("checklistId")).toString() == kChecklist);
    CHECK(v.value(QStringLiteral("kind")).toString() == QStringLiteral("follow_up"));
    CHECK(v.value(QStringLiteral("answered")).toInt() == n);
    CHECK(v.value(QStringLiteral("items")).toInt() == n);
    CHECK(v.value(QStringLiteral("deviations")).toInt() == deviations - 1);
    CHECK(v.value(QStringLiteral("startedAt")).toString().endsWith(u'Z'));
    CHECK(v.value(QStringLiteral("finishedAt")).toString() >=
          v.value(QStringLiteral("startedAt")).toString());
    const CliResult plain = runCli(QStringLiteral("visits"), fx.dbArgs());
    CHECK(plain.exitCode == 0);
    CHECK(plain.out.startsWith(id + QStringLiteral("\tr2\tfinished\t")));
}

TEST_CASE("cli: visit finish warns about unanswered items and unexplained deviations",
          "[cli][visit]")
{
    VisitFixture fx;
    const QString id = fx.start();
    fx.mustAnswer(id, fx.items.at(0), QStringLiteral("deviation"));
    fx.mustAnswer(id, fx.items.at(1), QStringLiteral("ok"));
    const CliResult r = fx.visit(QStringLiteral("finish"), {QStringLiteral("--visit"), id});
    CHECK(r.exitCode == 0);
    CHECK(stripped(r.out) == QStringLiteral("Visit %1 finished as revision 1.").arg(id));
    const QStringList lines = stripped(r.err).split(u'\n');
    CHECK(lines.size() == fx.items.size() - 1);
    CHECK(r.err.count(QStringLiteral("warning: unanswered: ")) == fx.items.size() - 2);
    CHECK(r.err.contains(QStringLiteral("warning: unanswered: %1 ").arg(fx.items.at(2))));
    CHECK(r.err.contains(
        QStringLiteral("warning: deviation without a comment: %1 ").arg(fx.items.at(0))));
    CHECK_FALSE(r.err.contains(QStringLiteral(": %1 ").arg(fx.items.at(1))));
    CHECK(fx.show(id).value(QStringLiteral("status")).toString() == QStringLiteral("finished"));
}

TEST_CASE("cli: visit errors exit with 1, say what is wrong and change nothing", "[cli][visit]")
{
    VisitFixture fx;
    const QString id = fx.start();
    fx.mustAnswer(id, fx.items.at(0), QStringLiteral("deviation"),
                  QStringLiteral("Smutsigt golv."));
    const QString unknown = QStringLiteral("0f0f0f0f-0000-4000-8000-000000000000");
    const QString image = fx.dir.write(QStringLiteral("bild.jpg"), test::jpegBytes(400, 300));

    auto expectError = [&](const CliResult &r, const QString &message) {
        INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(message));
    };

    SECTION("an unknown visit")
    {
        const QByteArray before = fx.visitsRaw();
        const QString message = QStringLiteral("Unknown visit \"%1\".").arg(unknown);
        expectError(fx.answer(unknown, fx.items.at(0), QStringLiteral("ok")), message);
        expectError(fx.answer(unknown, fx.items.at(0), QStringLiteral("ok"), QStringLiteral("x")),
                    message);
        expectError(fx.visit(QStringLiteral("show"), {QStringLiteral("--visit"), unknown}),
                    message);
        expectError(fx.visit(QStringLiteral("finish"), {QStringLiteral("--visit"), unknown}),
                    message);
        expectError(fx.visit(QStringLiteral("reopen"), {QStringLiteral("--visit"), unknown}),
                    message);
        expectError(
            fx.visit(QStringLiteral("time"), {QStringLiteral("--visit"), unknown,
                                              QStringLiteral("--minutes"), QStringLiteral("5")}),
            message);
        expectError(fx.visit(QStringLiteral("photo"),
                             {QStringLiteral("--visit"), unknown, QStringLiteral("--item"),
                              fx.items.at(0), QStringLiteral("--file"), image}),
                    message);
        CHECK(fx.visitsRaw() == before);
    }
    SECTION("an item that is not in the visit's checklist")
    {
        const QByteArray before = fx.showRaw(id);
        const QString message =
            QStringLiteral("The item \"inte-en-punkt\" is not part of the checklist of visit %1.")
                .arg(id);
        expectError(fx.answer(id, QStringLiteral("inte-en-punkt"), QStringLiteral("ok")), message);
        expectError(fx.answer(id, QStringLiteral("inte-en-punkt"), QStringLiteral("deviation"),
                              QStringLiteral("x")),
                    message);
        expectError(fx.visit(QStringLiteral("photo"),
                             {QStringLiteral("--visit"), id, QStringLiteral("--item"),
                              QStringLiteral("inte-en-punkt"), QStringLiteral("--file"), image}),
                    message);
        CHECK(fx.showRaw(id) == before);
    }
    SECTION("photos that are not images or too large")
    {
        const QByteArray before = fx.showRaw(id);
        const QString text = fx.dir.write(QStringLiteral("anteckning.txt"), "Inte en bild.\n");
        expectError(
            fx.visit(QStringLiteral("photo"),
                     {QStringLiteral("--visit"), id, QStringLiteral("--item"), fx.items.at(0),
                      QStringLiteral("--file"), text}),
            QStringLiteral("anteckning.txt: not an image Tillsyn can read (use JPEG, PNG or WebP)"));
        const QString huge =
            fx.dir.write(QStringLiteral("enorm.png"), test::pngClaimingSize(8000, 7000));
        expectError(fx.visit(QStringLiteral("photo"),
                             {QStringLiteral("--visit"), id, QStringLiteral("--item"),
                              fx.items.at(0), QStringLiteral("--file"), huge}),
                    QStringLiteral("enorm.png: the image has 56.0 megapixels; the limit is 50"));
        expectError(
            fx.visit(QStringLiteral("photo"),
                     {QStringLiteral("--visit"), id, QStringLiteral("--item"), fx.items.at(0),
                      QStringLiteral("--file"), fx.dir.file(QStringLiteral("saknas.jpg"))}),
            QStringLiteral("saknas.jpg: cannot be read"));
        CHECK(fx.showRaw(id) == before);
    }
    SECTION("a draft cannot be reopened; a finished revision cannot be edited")
    {
        expectError(fx.visit(QStringLiteral("reopen"), {QStringLiteral("--visit"), id}),
                    QStringLiteral("Visit %1 is already open as revision 1.").arg(id));
        REQUIRE(fx.visit(QStringLiteral("finish"), {QStringLiteral("--visit"), id}).exitCode == 0);
        const QByteArray before = fx.showRaw(id);
        const QByteArray listBefore = fx.visitsRaw();
        const QString message =
            QStringLiteral(
                "Visit %1 revision 1 is finished and cannot be changed. Reopen it to make "
                "revision 2.")
                .arg(id);
        expectError(fx.answer(id, fx.items.at(0), QStringLiteral("ok")), message);
        expectError(
            fx.answer(id, fx.items.at(1), QStringLiteral("deviation"), QStringLiteral("Sent.")),
            message);
        expectError(fx.visit(QStringLiteral("photo"),
                             {QStringLiteral("--visit"), id, QStringLiteral("--item"),
                              fx.items.at(0), QStringLiteral("--file"), image}),
                    message);
        expectError(
            fx.visit(QStringLiteral("time"), {QStringLiteral("--visit"), id,
                                              QStringLiteral("--minutes"), QStringLiteral("5")}),
            message);
        const CliResult twice = fx.visit(QStringLiteral("finish"), {QStringLiteral("--visit"), id});
        CHECK(twice.exitCode == 1);
        CHECK(twice.out.isEmpty());
        CHECK(twice.err.contains(message));
        CHECK(fx.showRaw(id) == before);
        CHECK(fx.visitsRaw() == listBefore);
    }
}

TEST_CASE("cli: visit usage errors exit with 2 and change nothing", "[cli][visit]")
{
    VisitFixture fx;
    const QString id = fx.start();
    const QByteArray before = fx.showRaw(id);
    const QByteArray listBefore = fx.visitsRaw();

    auto expectUsage = [&](const CliResult &r, const QString &message) {
        INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(message));
    };
    const QString results =
        QStringLiteral("--result must be ok, deviation, not_checked or not_applicable");
    expectUsage(fx.answer(id, fx.items.at(0), QStringLiteral("bra")), results);
    expectUsage(fx.answer(id, fx.items.at(0), QStringLiteral("OK")), results);
    expectUsage(fx.answer(id, fx.items.at(0), QStringLiteral("deviation ")), results);
    expectUsage(fx.visit(QStringLiteral("answer"),
                         {QStringLiteral("--visit"), id, QStringLiteral("--item"), fx.items.at(0)}),
                QStringLiteral("--result is required"));
    expectUsage(
        fx.visit(QStringLiteral("answer"),
                 {QStringLiteral("--visit"), id, QStringLiteral("--result"), QStringLiteral("ok")}),
        QStringLiteral("--item is required"));
    expectUsage(
        fx.visit(QStringLiteral("answer"), {QStringLiteral("--item"), fx.items.at(0),
                                            QStringLiteral("--result"), QStringLiteral("ok")}),
        QStringLiteral("--visit is required"));
    expectUsage(
        fx.visit(QStringLiteral("answer"),
                 {QStringLiteral("--visit"), id, QStringLiteral("--item"), fx.items.at(0),
                  QStringLiteral("--result"), QStringLiteral("ok"), QStringLiteral("--bogus")}),
        QStringLiteral("bogus"));
    expectUsage(
        fx.visit(QStringLiteral("time"), {QStringLiteral("--visit"), id,
                                          QStringLiteral("--minutes"), QStringLiteral("en timme")}),
        QStringLiteral("--minutes must be a whole number"));
    expectUsage(fx.visit(QStringLiteral("photo"),
                         {QStringLiteral("--visit"), id, QStringLiteral("--item"), fx.items.at(0)}),
                QStringLiteral("--file is required"));
    expectUsage(
        fx.visit(QStringLiteral("show"), {QStringLiteral("--visit"), id,
                                          QStringLiteral("--revision"), QStringLiteral("ett")}),
        QStringLiteral("--revision must be a whole number"));
    expectUsage(fx.visit(QStringLiteral("finish")), QStringLiteral("--visit is required"));
    expectUsage(fx.visit(QStringLiteral("start"), {QStringLiteral("--checklist"), kChecklist}),
                QStringLiteral("--facility is required"));
    expectUsage(fx.visit(QStringLiteral("start"),
                         {QStringLiteral("--facility"), fx.facility, QStringLiteral("--checklist"),
                          kChecklist, QStringLiteral("--kind"), QStringLiteral("razzia")}),
                QStringLiteral("--kind must be planned, follow_up, complaint, incident or other"));
    CHECK(fx.showRaw(id) == before);
    CHECK(fx.visitsRaw() == listBefore);
}

TEST_CASE("cli: --help for the visit commands", "[cli][visit]")
{
    const QStringList subs = {QStringLiteral("start"),  QStringLiteral("answer"),
                              QStringLiteral("photo"),  QStringLiteral("time"),
                              QStringLiteral("finish"), QStringLiteral("reopen"),
                              QStringLiteral("show")};
    const CliResult overview = runCli(QStringLiteral("--help"));
    for (const QString &sub : subs) {
        INFO(sub.toStdString());
        CHECK(overview.out.contains(QStringLiteral("visit ") + sub));
        const CliResult help = runCli(QStringLiteral("visit"), {sub, QStringLiteral("--help")});
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains(QStringLiteral("tillsyn-cli visit %1 [options]").arg(sub)));
        CHECK(help.out.contains(QStringLiteral("--db")));
    }
    const CliResult visits = runCli(QStringLiteral("visits"), {QStringLiteral("--help")});
    CHECK(visits.exitCode == 0);
    CHECK(visits.out.contains(QStringLiteral("--json")));
}

TEST_CASE("visit start without --checklist takes the checklist meant for the facility's category",
          "[cli][visit]")
{
    VisitFixture fx;
    QString restaurant, unknown;
    for (const QJsonValue &f : runCliJson(QStringLiteral("facilities"),
                                          fx.dbArgs({QStringLiteral("--json")}))) {
        const QString category = f.toObject().value(QStringLiteral("category")).toString();
        const QString id = f.toObject().value(QStringLiteral("id")).toString();
        if (category == u"Restaurang" && restaurant.isEmpty())
            restaurant = id;
        if (category == u"Bassängbad" && unknown.isEmpty())
            unknown = id;
    }
    REQUIRE_FALSE(restaurant.isEmpty());
    REQUIRE_FALSE(unknown.isEmpty());

    const CliResult started = fx.visit(QStringLiteral("start"),
                                       {QStringLiteral("--facility"), restaurant,
                                        QStringLiteral("--inspector"), QStringLiteral("Eva Ek")});
    INFO(started.err.toStdString());
    REQUIRE(started.exitCode == 0);
    const QJsonArray visits = runCliJson(QStringLiteral("visits"), fx.dbArgs({QStringLiteral("--json")}));
    REQUIRE(visits.size() == 1);
    CHECK(visits.at(0).toObject().value(QStringLiteral("checklistId")).toString() == kChecklist);

    // No checklist is meant for it: a one-line reason, exit 1, nothing started.
    const CliResult refused = fx.visit(QStringLiteral("start"),
                                       {QStringLiteral("--facility"), unknown,
                                        QStringLiteral("--inspector"), QStringLiteral("Eva Ek")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"Bassängbad"));
    CHECK(refused.err.contains(u"--checklist"));
    CHECK(runCliJson(QStringLiteral("visits"), fx.dbArgs({QStringLiteral("--json")})).size() == 1);
}

} // namespace tillsyn_unity_visit_cli_test
