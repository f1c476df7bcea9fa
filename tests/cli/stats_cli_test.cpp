#include "clirunner.h"

#include "content/shippedcontent.h"
#include "visitfile/visitfilereader.h"

#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_stats_cli_test {

using namespace tillsyn;
using tillsyn::test::CliResult;
using tillsyn::test::runCli;
using tillsyn::test::runCliJson;
using tillsyn::test::runCliObject;
using tillsyn::test::TempDir;

namespace {

// An office database with `visits` generated visit files merged into it; the files are kept in
// files/ to work out the expected numbers from.
struct OfficeDb
{
    TempDir dir;
    QString db = dir.file(QStringLiteral("office.db"));
    QString files = dir.file(QStringLiteral("files"));

    OfficeDb(int visits, int seed)
    {
        REQUIRE(runCli(QStringLiteral("init"), {QStringLiteral("--db"), db, QStringLiteral("--office")})
                    .exitCode == 0);
        const CliResult g =
            runCli(QStringLiteral("generate"),
                   {QStringLiteral("--out"), files, QStringLiteral("--visits"),
                    QString::number(visits), QStringLiteral("--seed"), QString::number(seed)});
        REQUIRE(g.exitCode == 0);
        const QString inbox = dir.file(QStringLiteral("share/inbox"));
        REQUIRE(QDir().mkpath(inbox));
        for (const QString &name : QDir(files).entryList(QDir::Files))
            REQUIRE(QFile::copy(QDir(files).filePath(name), QDir(inbox).filePath(name)));
        const CliResult m =
            runCli(QStringLiteral("merge"), {QStringLiteral("--db"), db, QStringLiteral("--share"),
                                             dir.file(QStringLiteral("share"))});
        INFO(m.err.toStdString());
        REQUIRE(m.exitCode == 0);
    }

    // The database option goes last: a two-word command ("stats export") must come first.
    QStringList args(QStringList more) const
    {
        return more + QStringList{QStringLiteral("--db"), db};
    }

    // The current (highest) revision of every visit, read from the files themselves.
    std::vector<domain::Visit> currentVisits() const
    {
        std::map<QString, domain::Visit> current;
        for (const QString &name : QDir(files).entryList(QDir::Files)) {
            const domain::Visit v =
                visitfile::VisitFileReader::read(test::readAll(QDir(files).filePath(name)), name);
            auto it = current.find(v.visitId);
            if (it == current.end() || it->second.revision < v.revision)
                current[v.visitId] = v;
        }
        std::vector<domain::Visit> out;
        for (auto &[id, v] : current)
            out.push_back(v);
        return out;
    }
};

QStringList keysOf(const QJsonObject &o)
{
    return o.keys();
}

QString publishedText(const QString &checklistId, const QString &itemId)
{
    for (const auto &c : content::ShippedContent::checklists()) {
        if (c.id == checklistId && c.findItem(itemId))
            return c.findItem(itemId)->text;
    }
    return {};
}

QJsonObject compareJson(const QStringList &args)
{
    return runCliObject(QStringLiteral("stats"), QStringList{QStringLiteral("compare")} + args +
                                                     QStringList{QStringLiteral("--json")});
}

} // namespace

TEST_CASE("stats --by item --json gives exactly the agreed rows with the right rates",
          "[cli][stats]")
{
    const OfficeDb office(60, 5);
    // What the rows must say, counted from the visit files.
    struct Expected
    {
        qint64 visits = 0, checked = 0, deviations = 0, notChecked = 0, notApplicable = 0;
    };
    std::map<std::pair<QString, QString>, Expected> expected;
    for (const domain::Visit &v : office.currentVisits()) {
        for (const domain::Answer &a : v.answers) {
            Expected &e = expected[{v.checklist.id, a.itemId}];
            ++e.visits;
            e.checked += a.result == domain::Result::Ok || a.result == domain::Result::Deviation;
            e.deviations += a.result == domain::Result::Deviation;
            e.notChecked += a.result == domain::Result::NotChecked;
            e.notApplicable += a.result == domain::Result::NotApplicable;
        }
    }
    const QJsonArray rows = runCliJson(
        QStringLiteral("stats"),
        office.args({QStringLiteral("--by"), QStringLiteral("item"), QStringLiteral("--json")}));
    REQUIRE(size_t(rows.size()) == expected.size());
    // The members of issue 17 (how the deviations were followed up) were added, none renamed.
    const QStringList members{QStringLiteral("checked"),
                              QStringLiteral("checklistId"),
                              QStringLiteral("corrected"),
                              QStringLiteral("correctedByDeadline"),
                              QStringLiteral("deviations"),
                              QStringLiteral("itemId"),
                              QStringLiteral("medianDaysToCorrection"),
                              QStringLiteral("notApplicable"),
                              QStringLiteral("notChecked"),
                              QStringLiteral("rate"),
                              QStringLiteral("shareCorrectedByDeadline"),
                              QStringLiteral("text"),
                              QStringLiteral("visits"),
                              QStringLiteral("withDeadline")};
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        CHECK(keysOf(row) == members);
        const QString checklist = row[QStringLiteral("checklistId")].toString();
        const QString item = row[QStringLiteral("itemId")].toString();
        INFO(checklist.toStdString() << '/' << item.toStdString());
        REQUIRE(expected.count({checklist, item}) == 1);
        const Expected &e = expected[{checklist, item}];
        CHECK(row[QStringLiteral("visits")].toInteger() == e.visits);
        CHECK(row[QStringLiteral("checked")].toInteger() == e.checked);
        CHECK(row[QStringLiteral("deviations")].toInteger() == e.deviations);
        CHECK(row[QStringLiteral("notChecked")].toInteger() == e.notChecked);
        CHECK(row[QStringLiteral("notApplicable")].toInteger() == e.notApplicable);
        if (e.checked == 0)
            CHECK(row[QStringLiteral("rate")].isNull());
        else
            CHECK(row[QStringLiteral("rate")].toDouble() ==
                  Approx(double(e.deviations) / double(e.checked)));
        CHECK(row[QStringLiteral("text")].toString() == publishedText(checklist, item));
    }
    // The key comes first in each row as printed.
    const CliResult r = runCli(QStringLiteral("stats"), office.args({QStringLiteral("--json")}));
    CHECK(r.out.startsWith(QStringLiteral("[\n    {\n        \"checklistId\": ")));
}

TEST_CASE("stats --by control-area --json counts the answers of each food reporting area",
          "[cli][stats][controlarea]")
{
    const OfficeDb office(40, 19);
    struct Expected
    {
        qint64 visits = 0, checked = 0, deviations = 0, notChecked = 0, notApplicable = 0;
    };
    std::map<QString, Expected> expected;
    for (const domain::Visit &v : office.currentVisits()) {
        QSet<QString> areas;
        for (const domain::Answer &a : v.answers) {
            if (a.controlArea.isEmpty())
                continue;
            Expected &e = expected[a.controlArea];
            if (!areas.contains(a.controlArea)) {
                areas.insert(a.controlArea);
                ++e.visits;
            }
            e.checked += a.result == domain::Result::Ok || a.result == domain::Result::Deviation;
            e.deviations += a.result == domain::Result::Deviation;
            e.notChecked += a.result == domain::Result::NotChecked;
            e.notApplicable += a.result == domain::Result::NotApplicable;
        }
    }
    // The generated food visits use the shipped food checklist, whose items all carry a code.
    REQUIRE(expected.size() >= 10);
    const QJsonArray rows =
        runCliJson(QStringLiteral("stats"), office.args({QStringLiteral("--by"),
                                                         QStringLiteral("control-area"),
                                                         QStringLiteral("--json")}));
    REQUIRE(size_t(rows.size()) == expected.size());
    QString previous;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const QString area = row[QStringLiteral("controlArea")].toString();
        INFO(area.toStdString());
        CHECK(area > previous); // by code
        previous = area;
        REQUIRE(expected.count(area) == 1);
        const Expected &e = expected[area];
        CHECK(row[QStringLiteral("visits")].toInteger() == e.visits);
        CHECK(row[QStringLiteral("checked")].toInteger() == e.checked);
        CHECK(row[QStringLiteral("deviations")].toInteger() == e.deviations);
        CHECK(row[QStringLiteral("notChecked")].toInteger() == e.notChecked);
        CHECK(row[QStringLiteral("notApplicable")].toInteger() == e.notApplicable);
        CHECK_FALSE(row[QStringLiteral("name")].toString().isEmpty());
    }
    // The table names each area.
    const CliResult table = runCli(
        QStringLiteral("stats"), office.args({QStringLiteral("--by"), QStringLiteral("control-area")}));
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("J08 · ")));
}

TEST_CASE("stats by the other groupings, filters, the table, and usage errors", "[cli][stats]")
{
    const OfficeDb office(30, 8);
    const auto json = [&](QStringList args) {
        return runCliJson(QStringLiteral("stats"), office.args(args << QStringLiteral("--json")));
    };
    const QJsonArray kinds = json({QStringLiteral("--by"), QStringLiteral("kind")});
    REQUIRE(!kinds.isEmpty());
    // chargeableShare and activities (issue 18) were added, none renamed.
    CHECK(keysOf(kinds[0].toObject()) ==
          QStringList{QStringLiteral("activities"), QStringLiteral("chargeableShare"),
                      QStringLiteral("checked"), QStringLiteral("deviations"),
                      QStringLiteral("kind"), QStringLiteral("minutesMean"),
                      QStringLiteral("minutesMedian"), QStringLiteral("notApplicable"),
                      QStringLiteral("notChecked"), QStringLiteral("rate"),
                      QStringLiteral("timedVisits"), QStringLiteral("visits")});
    CHECK(keysOf(kinds[0][QStringLiteral("activities")].toObject()) ==
          QStringList{QStringLiteral("inspection"), QStringLiteral("other"),
                      QStringLiteral("preparation"), QStringLiteral("reporting"),
                      QStringLiteral("sampling"), QStringLiteral("travel")});
    // --by office: one row for all of them, with the members of both issues.
    const QJsonArray office1 = json({QStringLiteral("--by"), QStringLiteral("office")});
    REQUIRE(office1.size() == 1);
    CHECK(office1[0][QStringLiteral("visits")].toInteger() ==
          qint64(office.currentVisits().size()));
    for (const QString &member :
         {QStringLiteral("chargeableShare"), QStringLiteral("activities"),
          QStringLiteral("withDeadline"), QStringLiteral("shareCorrectedByDeadline"),
          QStringLiteral("medianDaysToCorrection"), QStringLiteral("minutesMedian")})
        CHECK(office1[0].toObject().contains(member));
    qint64 visits = 0;
    for (const QJsonValue &k : kinds)
        visits += k[QStringLiteral("visits")].toInteger();
    CHECK(visits == qint64(office.currentVisits().size()));
    for (const QString &by : {QStringLiteral("section"), QStringLiteral("checklist"),
                              QStringLiteral("category"), QStringLiteral("month"),
                              QStringLiteral("office")}) {
        INFO(by.toStdString());
        const QJsonArray rows = json({QStringLiteral("--by"), by});
        REQUIRE(!rows.isEmpty());
        CHECK(rows[0].toObject().contains(QStringLiteral("rate")));
        const CliResult table =
            runCli(QStringLiteral("stats"), office.args({QStringLiteral("--by"), by}));
        CHECK(table.exitCode == 0);
        CHECK(table.out.startsWith(QStringLiteral("visits  checked  deviations")));
    }
    CHECK(json({QStringLiteral("--by"), QStringLiteral("month")})[0]
              .toObject()[QStringLiteral("month")]
              .toString()
              .startsWith(QStringLiteral("2026-")));
    // Filters: no visits of a future period, none of an unknown checklist.
    CHECK(json({QStringLiteral("--from"), QStringLiteral("2030-01-01")}).isEmpty());
    CHECK(json({QStringLiteral("--checklist"), QStringLiteral("nothing")}).isEmpty());
    CHECK(json({QStringLiteral("--inspector"), QStringLiteral("nobody at all")}).isEmpty());
    CHECK(json({QStringLiteral("--area"), QStringLiteral("food"), QStringLiteral("--kind"),
                QStringLiteral("planned"), QStringLiteral("--to"), QStringLiteral("2026-12-31")})
              .size() > 0);

    // In Swedish the rates have a decimal comma ("17,6 %"), in English a point.
    const QRegularExpression swedishRate(QStringLiteral("\\d+,\\d %"));
    const QRegularExpression englishRate(QStringLiteral("\\d+\\.\\d %"));
    const CliResult swedish = runCli(
        QStringLiteral("stats"), office.args({QStringLiteral("--lang"), QStringLiteral("sv")}));
    CHECK(swedish.exitCode == 0);
    CHECK(swedish.out.contains(swedishRate));
    CHECK_FALSE(swedish.out.contains(englishRate));
    const CliResult english = runCli(
        QStringLiteral("stats"), office.args({QStringLiteral("--lang"), QStringLiteral("en")}));
    CHECK(english.out.contains(englishRate));

    for (const QStringList &bad :
         {QStringList{QStringLiteral("--by"), QStringLiteral("facility")},
          QStringList{QStringLiteral("--from"), QStringLiteral("2026-13-01")},
          QStringList{QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                      QStringLiteral("--to"), QStringLiteral("2026-02-01")},
          QStringList{QStringLiteral("--area"), QStringLiteral("water")},
          QStringList{QStringLiteral("--kind"), QStringLiteral("visit")}}) {
        const CliResult r = runCli(QStringLiteral("stats"), office.args(bad));
        INFO(bad.join(u' ').toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.startsWith(QStringLiteral("tillsyn-cli stats: --")));
    }
}

TEST_CASE("stats export and stats compare across two offices", "[cli][stats]")
{
    // Enough visits that most items have the answers the test needs.
    const OfficeDb solna(200, 5);
    const OfficeDb nacka(200, 6);
    const TempDir dir;
    const QString a = dir.file(QStringLiteral("solna.json"));
    const QString b = dir.file(QStringLiteral("nacka.json"));
    const CliResult ea = runCli(QStringLiteral("stats"),
                                solna.args({QStringLiteral("export"), QStringLiteral("--out"), a,
                                            QStringLiteral("--office"), QStringLiteral("Solna")}));
    INFO(ea.err.toStdString());
    REQUIRE(ea.exitCode == 0);
    CHECK(ea.out.startsWith(a + QStringLiteral(": statistics of 2026-")));
    // The office name can also come from the database.
    REQUIRE(runCli(QStringLiteral("office"),
                   nacka.args({QStringLiteral("--name"), QStringLiteral("Nacka")}))
                .exitCode == 0);
    REQUIRE(runCli(QStringLiteral("stats"),
                   nacka.args({QStringLiteral("export"), QStringLiteral("--out"), b}))
                .exitCode == 0);

    // Nothing of the generated visits' people and facilities is in the file.
    const QString text = QString::fromUtf8(test::readAll(a));
    for (const QString &secret :
         {QStringLiteral("Anna Berg"), QStringLiteral("Olle Ek"), QStringLiteral("Sara Lind"),
          QStringLiteral("Karim Nasser"), QStringLiteral("Eva Holm"), QStringLiteral("G-0"),
          QStringLiteral("inspector-"), QStringLiteral("laptop"), QStringLiteral("Måsen"),
          QStringLiteral("Smuts"), QStringLiteral("sköts")}) {
        INFO(secret.toStdString());
        CHECK_FALSE(text.contains(secret));
    }

    const QJsonObject c = compareJson({a, b});
    CHECK(c[QStringLiteral("offices")].toArray() ==
          QJsonArray{QStringLiteral("Solna"), QStringLiteral("Nacka")});
    const QJsonArray items = c[QStringLiteral("items")].toArray();
    REQUIRE(!items.isEmpty());
    CHECK(c[QStringLiteral("tested")].toInt() > 0);
    const QJsonObject first = items[0].toObject();
    for (const QString &member :
         {QStringLiteral("checklistId"), QStringLiteral("itemId"), QStringLiteral("versions"),
          QStringLiteral("text"), QStringLiteral("offices"), QStringLiteral("spread"),
          QStringLiteral("pValue"), QStringLiteral("pAdjusted"), QStringLiteral("flagged"),
          QStringLiteral("wordingDiffers")})
        CHECK(first.contains(member));
    CHECK(
        first[QStringLiteral("offices")].toArray()[0].toObject().contains(QStringLiteral("rate")));

    const CliResult plain = runCli(QStringLiteral("stats"), {QStringLiteral("compare"), a, b});
    CHECK(plain.exitCode == 0);
    CHECK(plain.out.startsWith(QStringLiteral("Offices: Solna, Nacka\n")));
    CHECK(plain.out.contains(QStringLiteral("Holm-Bonferroni")));

    const CliResult one = runCli(QStringLiteral("stats"), {QStringLiteral("compare"), a});
    CHECK(one.exitCode == 2);
}

TEST_CASE("stats compare rejects hostile and malformed files, naming file and member",
          "[cli][stats]")
{
    const OfficeDb office(40, 5);
    const TempDir dir;
    const QString good = dir.file(QStringLiteral("good.json"));
    REQUIRE(runCli(QStringLiteral("stats"),
                   office.args({QStringLiteral("export"), QStringLiteral("--out"), good,
                                QStringLiteral("--office"), QStringLiteral("Solna")}))
                .exitCode == 0);
    QByteArray bytes = test::readAll(good);
    QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QJsonArray items = root[QStringLiteral("items")].toArray();
    QJsonObject item = items[0].toObject();
    item[QStringLiteral("deviations")] = item[QStringLiteral("checked")].toInt() + 1;
    items[0] = item;
    root[QStringLiteral("items")] = items;
    const QString hostile = dir.write(QStringLiteral("hostile.json"), QJsonDocument(root).toJson());
    const CliResult r = runCli(QStringLiteral("stats"), {QStringLiteral("compare"), good, hostile});
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.startsWith(QStringLiteral("tillsyn-cli stats compare: ") + hostile +
                           QStringLiteral(": member \"items[0].deviations\"")));
    const CliResult missing = runCli(
        QStringLiteral("stats"), {QStringLiteral("compare"), good, dir.file(QStringLiteral("x"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("cannot be read")));
}

TEST_CASE("stats compare rejects every JSONTestSuite file with a message, one line per file",
          "[cli][stats][corpus]")
{
    const QDir corpus(QStringLiteral(TILLSYN_CORPORA_DIR "/jsontestsuite/test_parsing/"));
    QStringList files;
    for (const QString &name :
         corpus.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files.append(corpus.filePath(name));
    REQUIRE(files.size() > 300);
    const CliResult r =
        runCli(QStringLiteral("stats"), QStringList{QStringLiteral("compare")} + files);
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
    QStringList lines = r.err.split(u'\n');
    REQUIRE(lines.last().isEmpty());
    lines.removeLast();
    REQUIRE(lines.size() == files.size());
    for (int i = 0; i < files.size(); ++i) {
        INFO(lines[i].toStdString());
        CHECK(lines[i].startsWith(QStringLiteral("tillsyn-cli stats compare: ") + files[i] + u':'));
    }
}

} // namespace tillsyn_unity_stats_cli_test
