// Follow-up of deviations through the real tillsyn-cli (issue 17): laptop A finds deviations,
// the office merges and publishes them, laptop B follows them up, the office derives which are
// open — the same whatever the order of the files — a conflict resolved against the closing
// revision reopens a deviation, and closing by hand empties followups.json.
#include "clirunner.h"

#include "content/shippedcontent.h"
#include "reference/followupsfile.h"
#include "storage/database.h"

#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

#include <set>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_followup_cli_test {

using namespace tillsyn;
using tillsyn::test::CliResult;
using tillsyn::test::pdfText;
using tillsyn::test::runCli;
using tillsyn::test::runCliJson;
using tillsyn::test::TempDir;

namespace {

QString ok(const QString &command, const QStringList &args)
{
    return test::runCliOk(command, args).trimmed();
}

int exitOf(const QString &command, const QStringList &args, QString *err = nullptr)
{
    const CliResult r = runCli(command, args);
    if (err)
        *err = r.err;
    return r.exitCode;
}

std::set<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return {keys.begin(), keys.end()};
}

struct Laptop
{
    QString db;

    QStringList dbArg() const { return {QStringLiteral("--db"), db}; }
    QString start(const QString &facility, const QString &checklist, bool followUp = false) const
    {
        QStringList args = dbArg() + QStringList{QStringLiteral("--facility"), facility,
                                                 QStringLiteral("--checklist"), checklist};
        if (followUp)
            args << QStringLiteral("--kind") << QStringLiteral("follow_up");
        return ok(QStringLiteral("visit start"), args);
    }
    void answer(const QString &visit, const QString &item, const QString &result,
                const QString &comment, const QString &deadline = {}) const
    {
        QStringList args = dbArg() + QStringList{QStringLiteral("--visit"),   visit,
                                                 QStringLiteral("--item"),    item,
                                                 QStringLiteral("--result"),  result,
                                                 QStringLiteral("--comment"), comment};
        if (!deadline.isEmpty())
            args << QStringLiteral("--deadline") << deadline;
        ok(QStringLiteral("visit answer"), args);
    }
    QStringList followUpArgs(const QString &visit, const QString &of, const QString &item,
                             const QString &status) const
    {
        return dbArg() +
               QStringList{QStringLiteral("--visit"), visit, QStringLiteral("--of"),     of,
                           QStringLiteral("--item"),  item,  QStringLiteral("--status"), status};
    }
    void followUp(const QString &visit, const QString &of, const QString &item,
                  const QString &status, const QString &comment) const
    {
        ok(QStringLiteral("visit follow-up"),
           followUpArgs(visit, of, item, status) +
               QStringList{QStringLiteral("--comment"), comment});
    }
    void finish(const QString &visit) const
    {
        ok(QStringLiteral("visit finish"), dbArg() + QStringList{QStringLiteral("--visit"), visit});
    }
    void reopen(const QString &visit) const
    {
        ok(QStringLiteral("visit reopen"), dbArg() + QStringList{QStringLiteral("--visit"), visit});
    }
    void sync(const QString &share) const
    {
        const CliResult r =
            runCli(QStringLiteral("sync"), dbArg() + QStringList{QStringLiteral("--share"), share});
        INFO(r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    QJsonArray followUps(const QString &facility) const
    {
        return runCliJson(QStringLiteral("followups"),
                          dbArg() + QStringList{QStringLiteral("--facility"), facility,
                                                QStringLiteral("--json")});
    }
};

void merge(const QString &office, const QString &share)
{
    ok(QStringLiteral("merge"), {QStringLiteral("--db"), office, QStringLiteral("--share"), share});
}

QJsonArray deviations(const QString &office, const QStringList &more = {})
{
    return runCliJson(QStringLiteral("deviations"),
                      QStringList{QStringLiteral("--db"), office, QStringLiteral("--json")} + more);
}

QJsonObject find(const QJsonArray &list, const QString &visitId, const QString &itemId)
{
    for (const QJsonValue &v : list) {
        if (v[u"visitId"].toString() == visitId && v[u"itemId"].toString() == itemId)
            return v.toObject();
    }
    FAIL("deviation " << itemId.toStdString() << " of " << visitId.toStdString() << " missing");
    return {};
}

// Every visit file the office archived, by visit id.
std::map<QString, QStringList> archivedFiles(const QString &share)
{
    std::map<QString, QStringList> out;
    QDirIterator it(share + QStringLiteral("/archive"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = QFileInfo(path).fileName();
        out[name.mid(6, 36)].append(path);
    }
    return out;
}

QJsonArray publishedOpen(const QString &share)
{
    QFile f(share + QStringLiteral("/reference/followups.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    // What was published is a valid tillsyn-followups file.
    REQUIRE_NOTHROW(reference::FollowUpsFile::read(bytes, QStringLiteral("followups.json")));
    return QJsonDocument::fromJson(bytes).object()[u"openDeviations"].toArray();
}

void copyDatabase(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(from + suffix))
            REQUIRE(QFile::copy(from + suffix, to + suffix));
    }
}

} // namespace

TEST_CASE("Follow-up of deviations across laptops and the office, end to end",
          "[cli][followup][e2e]")
{
    const TempDir dir;
    const QString share = dir.file(QStringLiteral("share"));
    QDir().mkpath(share);
    const QString office = dir.file(QStringLiteral("office.db"));
    ok(QStringLiteral("init"),
       {QStringLiteral("--db"), office, QStringLiteral("--office"), QStringLiteral("--demo")});
    const Laptop a{dir.file(QStringLiteral("a.db"))};
    const Laptop b{dir.file(QStringLiteral("b.db"))};
    ok(QStringLiteral("init"), a.dbArg() + QStringList{QStringLiteral("--demo")});
    ok(QStringLiteral("init"), b.dbArg() + QStringList{QStringLiteral("--demo")});
    const QString facility = content::ShippedContent::demoFacilities().front().id;
    const domain::Checklist checklist = content::ShippedContent::checklists().front();
    const QString item1 = checklist.sections.front().items.at(0).id;
    const QString item2 = checklist.sections.front().items.at(1).id;
    const QString item3 = checklist.sections.front().items.at(2).id;

    // Laptop A: visit 1 with two deviations, one with a deadline (long past: overdue).
    const QString v1 = a.start(facility, checklist.id);
    a.answer(v1, item1, QStringLiteral("deviation"), QStringLiteral("Smuts vid golvbrunnen"),
             QStringLiteral("2020-01-15"));
    a.answer(v1, item2, QStringLiteral("deviation"), QStringLiteral("Kylen håller 12 °C"));
    // A deadline on another result is a usage error, as is a date that is not YYYY-MM-DD.
    CHECK(exitOf(QStringLiteral("visit answer"),
                 a.dbArg() + QStringList{QStringLiteral("--visit"), v1, QStringLiteral("--item"),
                                         item3, QStringLiteral("--result"), QStringLiteral("ok"),
                                         QStringLiteral("--deadline"),
                                         QStringLiteral("2027-01-01")}) == 2);
    CHECK(exitOf(QStringLiteral("visit answer"),
                 a.dbArg() + QStringList{QStringLiteral("--visit"), v1, QStringLiteral("--item"),
                                         item3, QStringLiteral("--result"),
                                         QStringLiteral("deviation"), QStringLiteral("--deadline"),
                                         QStringLiteral("1/2/2027")}) == 2);
    {
        // Visit 1 took place the day before: a follow-up closes only deviations of visits
        // started before it, and times are kept to the second, so on a fast machine both visits
        // of this test could start within one second (a CI run failed so).
        storage::Database db(a.db);
        QSqlQuery q = db.prepare(QStringLiteral("SELECT started_at FROM visit WHERE visit_id = ?"));
        q.addBindValue(v1);
        db.exec(q);
        REQUIRE(q.next());
        const QDateTime started = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
        REQUIRE(started.isValid());
        QSqlQuery u = db.prepare(QStringLiteral("UPDATE visit SET started_at = ? WHERE visit_id = ?"));
        u.addBindValue(storage::Database::timeText(started.addDays(-1)));
        u.addBindValue(v1);
        db.exec(u);
        REQUIRE(u.numRowsAffected() == 1);
    }
    a.finish(v1);
    // A knows its own deviations before any publish.
    CHECK(a.followUps(facility).size() == 2);
    a.sync(share);

    merge(office, share);
    const QString published = ok(QStringLiteral("publish"), {QStringLiteral("--db"), office,
                                                             QStringLiteral("--share"), share});
    CHECK(published.contains(QStringLiteral("Published 2 open deviations.")));
    CHECK(publishedOpen(share).size() == 2);
    {
        const QJsonArray all = deviations(office);
        REQUIRE(all.size() == 2);
        for (const QJsonValue &v : all) {
            CHECK(keysOf(v.toObject()) ==
                  std::set<QString>{QStringLiteral("facilityId"), QStringLiteral("visitId"),
                                    QStringLiteral("revision"), QStringLiteral("itemId"),
                                    QStringLiteral("text"), QStringLiteral("comment"),
                                    QStringLiteral("finishedAt"), QStringLiteral("deadline"),
                                    QStringLiteral("status"), QStringLiteral("closedBy")});
            CHECK(v[u"status"].toString() == u"open");
            CHECK(v[u"closedBy"].isNull());
            CHECK(v[u"facilityId"].toString() == facility);
            CHECK(v[u"revision"].toInt() == 1);
        }
        CHECK(find(all, v1, item1)[u"deadline"].toString() == u"2020-01-15");
        CHECK(find(all, v1, item2)[u"deadline"].isNull());
        CHECK(find(all, v1, item2)[u"comment"].toString() == u"Kylen håller 12 °C");
        const QJsonArray overdue = deviations(office, {QStringLiteral("--overdue")});
        REQUIRE(overdue.size() == 1);
        CHECK(overdue[0][u"itemId"].toString() == item1);
        CHECK(deviations(office, {QStringLiteral("--facility"), QStringLiteral("nowhere")})
                  .isEmpty());
    }

    // Laptop B syncs and sees both, with exactly an openDeviations entry's members.
    b.sync(share);
    const QJsonArray known = b.followUps(facility);
    REQUIRE(known.size() == 2);
    for (const QJsonValue &v : known) {
        std::set<QString> keys = keysOf(v.toObject());
        keys.erase(QStringLiteral("deadline"));
        keys.erase(QStringLiteral("photoCount"));
        CHECK(keys == std::set<QString>{QStringLiteral("facilityId"), QStringLiteral("visitId"),
                                        QStringLiteral("revision"), QStringLiteral("finishedAt"),
                                        QStringLiteral("checklistId"),
                                        QStringLiteral("checklistVersion"),
                                        QStringLiteral("itemId"), QStringLiteral("section"),
                                        QStringLiteral("text"), QStringLiteral("legalReference"),
                                        QStringLiteral("comment")});
    }
    CHECK(find(known, v1, item1)[u"deadline"].toString() == u"2020-01-15");

    // B's follow-up visit marks one corrected and one remaining.
    const QString v2 = b.start(facility, checklist.id, true);
    QString err;
    CHECK(
        exitOf(QStringLiteral("visit follow-up"),
               b.followUpArgs(v2, v1, QStringLiteral("no-such-item"), QStringLiteral("corrected")),
               &err) == 1);
    CHECK(err.contains(QStringLiteral("no open deviation")));
    CHECK(exitOf(QStringLiteral("visit follow-up"),
                 b.followUpArgs(v2, v2, item1, QStringLiteral("corrected")), &err) == 1);
    CHECK(err.contains(QStringLiteral("its own deviation")));
    CHECK(exitOf(QStringLiteral("visit follow-up"),
                 b.followUpArgs(v2, v1, item1, QStringLiteral("fixed"))) == 2);
    b.followUp(v2, v1, item1, QStringLiteral("corrected"), QStringLiteral("Rent och torrt"));
    b.followUp(v2, v1, item2, QStringLiteral("remains"), QStringLiteral("Fortfarande 12 °C"));
    b.answer(v2, item3, QStringLiteral("deviation"), QStringLiteral("Ny brist"),
             QStringLiteral("2026-11-05"));
    b.finish(v2);
    // Once finished, B itself knows the first one is closed.
    const QJsonArray afterB = b.followUps(facility);
    CHECK(afterB.size() == 2); // v1's item2 and v2's own new deviation
    CHECK(find(afterB, v1, item2)[u"itemId"].toString() == item2);
    b.sync(share);

    // The report of the follow-up visit lists what was followed up, and the new deadline.
    const QString pdf = dir.file(QStringLiteral("v2.pdf"));
    ok(QStringLiteral("report"),
       b.dbArg() + QStringList{QStringLiteral("--visit"), v2, QStringLiteral("--out"), pdf});
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Follow-up of earlier deviations")));
    CHECK(text.contains(QStringLiteral("Follow-up visit")));
    CHECK(text.contains(QStringLiteral("Corrected")));
    CHECK(text.contains(QStringLiteral("Remains")));
    CHECK(text.contains(QStringLiteral("Rent och torrt")));
    CHECK(text.contains(QStringLiteral("To be corrected by 2026-11-05")));
    CHECK(text.contains(checklist.sections.front().items.at(0).text.left(20)));

    // The office: one of visit 1's deviations is open.
    merge(office, share);
    const QJsonArray merged = deviations(office);
    REQUIRE(merged.size() == 3);
    CHECK(find(merged, v1, item1)[u"status"].toString() == u"closed");
    CHECK(find(merged, v1, item1)[u"closedBy"].toObject() ==
          QJsonObject{{QStringLiteral("visitId"), v2}});
    CHECK(find(merged, v1, item2)[u"status"].toString() == u"open");
    CHECK(find(merged, v2, item3)[u"status"].toString() == u"open");
    CHECK(deviations(office, {QStringLiteral("--open")}).size() == 2);
    {
        // Statistics: two deviations have a deadline; the one corrected was past its deadline
        // (2020), the day after the visit that found it.
        const QJsonObject statistics =
            test::runCliObject(QStringLiteral("stats follow-up"),
                               {QStringLiteral("--db"), office, QStringLiteral("--json")});
        const QJsonObject all = statistics[u"office"].toObject();
        CHECK(all[u"deviations"].toInt() == 3);
        CHECK(all[u"withDeadline"].toInt() == 2);
        CHECK(all[u"correctedByDeadline"].toInt() == 0);
        CHECK(all[u"shareCorrectedByDeadline"].toDouble() == 0.0);
        CHECK(all[u"corrected"].toInt() == 1);
        CHECK(all[u"medianDaysToCorrection"].toDouble() == 1.0);
        CHECK(statistics[u"items"].toArray().size() == 3);
        // The office statistics carry the same figures, per office and per item.
        const QJsonArray byOffice = test::runCliJson(
            QStringLiteral("stats"), {QStringLiteral("--db"), office, QStringLiteral("--by"),
                                      QStringLiteral("office"), QStringLiteral("--json")});
        REQUIRE(byOffice.size() == 1);
        for (const char16_t *member : {u"withDeadline", u"correctedByDeadline",
                                       u"shareCorrectedByDeadline", u"corrected",
                                       u"medianDaysToCorrection"})
            CHECK(byOffice[0][QStringView(member)] == all[QStringView(member)]);
        const QJsonArray byItem = test::runCliJson(
            QStringLiteral("stats"),
            {QStringLiteral("--db"), office, QStringLiteral("--by"), QStringLiteral("item"),
             QStringLiteral("--json")});
        qint64 withDeadline = 0, corrected = 0;
        for (const QJsonValue &row : byItem) {
            withDeadline += row[u"withDeadline"].toInteger();
            corrected += row[u"corrected"].toInteger();
        }
        CHECK(withDeadline == 2);
        CHECK(corrected == 1);
    }

    // The same files into a fresh office, visit 2's first: the same answer.
    {
        const QString share2 = dir.file(QStringLiteral("share2"));
        QDir().mkpath(share2 + QStringLiteral("/inbox"));
        const QString office2 = dir.file(QStringLiteral("office2.db"));
        ok(QStringLiteral("init"), {QStringLiteral("--db"), office2, QStringLiteral("--office")});
        const auto files = archivedFiles(share);
        for (const QString &visit : {v2, v1}) {
            for (const QString &path : files.at(visit))
                REQUIRE(QFile::copy(path, share2 + QStringLiteral("/inbox/") +
                                              QFileInfo(path).fileName()));
            merge(office2, share2);
        }
        CHECK(deviations(office2) == merged);
    }

    // A conflict on visit 2: laptop C (a copy of B) also makes revision 2. Resolved against
    // C's revision, which closed the deviation, it is open again.
    const Laptop c{dir.file(QStringLiteral("c.db"))};
    copyDatabase(b.db, c.db);
    b.reopen(v2);
    b.followUp(v2, v1, item1, QStringLiteral("remains"), QStringLiteral("Smuts igen"));
    b.finish(v2);
    c.reopen(v2);
    c.followUp(v2, v1, item1, QStringLiteral("corrected"), QStringLiteral("Rent enligt C"));
    c.finish(v2);
    b.sync(share);
    c.sync(share);
    merge(office, share);
    // While in conflict visit 2 closes nothing (which content is current is not settled).
    CHECK(find(deviations(office), v1, item1)[u"status"].toString() == u"open");
    QString bR2;
    const auto archived = archivedFiles(share);
    for (const QString &path : archived.at(v2)) {
        if (path.contains(QStringLiteral("-r2-"))) {
            QFile f(path);
            REQUIRE(f.open(QIODevice::ReadOnly));
            if (f.readAll().contains("Smuts igen"))
                bR2 = QFileInfo(path).fileName();
        }
    }
    REQUIRE_FALSE(bR2.isEmpty());
    ok(QStringLiteral("resolve"),
       {QStringLiteral("--db"), office, QStringLiteral("--visit"), v2, QStringLiteral("--revision"),
        QStringLiteral("2"), QStringLiteral("--content"), bR2, QStringLiteral("--reason"),
        QStringLiteral("B:s version gäller")});
    const QJsonArray resolved = deviations(office);
    CHECK(find(resolved, v1, item1)[u"status"].toString() == u"open");
    CHECK(find(resolved, v1, item1)[u"closedBy"].isNull());
    CHECK(find(resolved, v2, item3)[u"revision"].toInt() == 2);

    // Closing by hand; closing a closed one is exit 1; then followups.json is empty.
    const QStringList close{
        QStringLiteral("--db"),     office,
        QStringLiteral("--visit"),  v1,
        QStringLiteral("--item"),   item1,
        QStringLiteral("--reason"), QStringLiteral("Foto på rengjord golvbrunn")};
    ok(QStringLiteral("close-deviation"), close);
    CHECK(exitOf(QStringLiteral("close-deviation"), close, &err) == 1);
    CHECK(err.contains(QStringLiteral("already closed")));
    CHECK(exitOf(QStringLiteral("close-deviation"),
                 {QStringLiteral("--db"), office, QStringLiteral("--visit"), v1,
                  QStringLiteral("--item"), QStringLiteral("no-such-item"),
                  QStringLiteral("--reason"), QStringLiteral("x")}) == 1);
    CHECK(exitOf(QStringLiteral("close-deviation"),
                 {QStringLiteral("--db"), office, QStringLiteral("--visit"), v1,
                  QStringLiteral("--item"), item2}) == 2);
    const QJsonObject byHand = find(deviations(office), v1, item1)[u"closedBy"].toObject();
    CHECK(keysOf(byHand) ==
          std::set<QString>{QStringLiteral("reason"), QStringLiteral("by"), QStringLiteral("at")});
    CHECK(byHand[u"reason"].toString() == u"Foto på rengjord golvbrunn");
    for (const auto &[visit, item] : {std::pair{v1, item2}, std::pair{v2, item3}})
        ok(QStringLiteral("close-deviation"),
           {QStringLiteral("--db"), office, QStringLiteral("--visit"), visit,
            QStringLiteral("--item"), item, QStringLiteral("--reason"),
            QStringLiteral("Åtgärdat")});
    ok(QStringLiteral("publish"),
       {QStringLiteral("--db"), office, QStringLiteral("--share"), share});
    CHECK(publishedOpen(share).isEmpty());
    CHECK(deviations(office, {QStringLiteral("--open")}).isEmpty());
    // The laptops learn it at their next sync.
    a.sync(share);
    CHECK(a.followUps(facility).isEmpty());
}

} // namespace tillsyn_unity_followup_cli_test
