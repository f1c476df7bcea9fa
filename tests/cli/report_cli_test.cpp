#include "clirunner.h"

#include "report/csvexport.h"
#include "storage/database.h"
#include "storage/sqliteofficerepository.h"
#include "support/officerepo.h"

#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <map>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_report_cli_test {

using namespace tillsyn;
using tillsyn::test::CliResult;
using tillsyn::test::pdfText;
using tillsyn::test::runCli;
using tillsyn::test::runCliJson;
using tillsyn::test::runCliObject;
using tillsyn::test::TempDir;

namespace {

const QString kChecklist = QStringLiteral("livsmedel-restaurang");
const QString kFacility = QStringLiteral("F-0004"); // a demo facility: "Bistro Émile"

struct ReportCliFixture
{
    TempDir dir;
    QString db = dir.file(QStringLiteral("tillsyn.db"));
    QStringList items;

    ReportCliFixture()
    {
        const CliResult init =
            runCli(QStringLiteral("init"), {QStringLiteral("--db"), db, QStringLiteral("--demo")});
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
        for (const QJsonValue &c :
             runCliJson(QStringLiteral("checklists"), dbArgs({QStringLiteral("--json")}))) {
            if (c.toObject().value(QStringLiteral("id")).toString() != kChecklist)
                continue;
            for (const QJsonValue &s : c.toObject().value(QStringLiteral("sections")).toArray()) {
                for (const QJsonValue &i : s.toObject().value(QStringLiteral("items")).toArray())
                    items.append(i.toObject().value(QStringLiteral("id")).toString());
            }
        }
        REQUIRE(items.size() >= 3);
    }

    QStringList dbArgs(QStringList more = {}) const { return more << QStringLiteral("--db") << db; }

    void mustRun(const QString &command, const QStringList &args) const
    {
        const CliResult r = runCli(command, dbArgs(args));
        INFO(command.toStdString()
             << ' ' << args.join(u' ').toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }

    // A draft on the demo facility: one deviation with a comment, two items ok.
    QString draft() const
    {
        const CliResult r =
            runCli(QStringLiteral("visit"),
                   dbArgs({QStringLiteral("start"), QStringLiteral("--facility"), kFacility,
                           QStringLiteral("--checklist"), kChecklist, QStringLiteral("--inspector"),
                           QStringLiteral("Eva Ek")}));
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QString id = r.out.trimmed();
        REQUIRE_FALSE(id.isEmpty());
        answer(id, items.at(0), QStringLiteral("deviation"),
               QStringLiteral("Kylen höll 11 °C på förmiddagen."));
        answer(id, items.at(1), QStringLiteral("ok"));
        answer(id, items.at(2), QStringLiteral("ok"));
        return id;
    }

    void answer(const QString &id, const QString &item, const QString &result,
                const QString &comment = {}) const
    {
        QStringList args = {QStringLiteral("answer"),
                            QStringLiteral("--visit"),
                            id,
                            QStringLiteral("--item"),
                            item,
                            QStringLiteral("--result"),
                            result};
        if (!comment.isEmpty())
            args << QStringLiteral("--comment") << comment;
        mustRun(QStringLiteral("visit"), args);
    }

    QString finished() const
    {
        const QString id = draft();
        mustRun(QStringLiteral("visit"), {QStringLiteral("finish"), QStringLiteral("--visit"), id});
        return id;
    }

    CliResult report(const QStringList &args) const
    {
        return runCli(QStringLiteral("report"), dbArgs(args));
    }
};

} // namespace

TEST_CASE("cli: report writes the PDF of a finished visit", "[cli][report]")
{
    ReportCliFixture fx;
    const QString id = fx.finished();
    const QString out = fx.dir.file(QStringLiteral("rapport.pdf"));

    const CliResult r = fx.report({QStringLiteral("--visit"), id, QStringLiteral("--out"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    CHECK(r.out.trimmed() ==
          QStringLiteral("Report of visit %1 revision 1 written to %2").arg(id, out));
    REQUIRE(QFileInfo(out).isFile());
    CHECK(QFileInfo(out).size() > 1000);
    CHECK(test::readAll(out).startsWith("%PDF-"));

    const QString text = pdfText(out);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Bistro Émile")));
    CHECK(text.contains(QStringLiteral("556244-5097")));
    CHECK(text.contains(QStringLiteral("Control report")));
    CHECK(text.contains(QStringLiteral("Kylen höll 11 °C på förmiddagen.")));
    CHECK(text.contains(QStringLiteral("Page 1 of ")));
    CHECK(text.contains(QStringLiteral("Miljö- och hälsoskyddsförvaltningen")));

    SECTION("--revision 1 is the same revision; a missing one is an error")
    {
        const QString first = fx.dir.file(QStringLiteral("r1.pdf"));
        const CliResult one =
            fx.report({QStringLiteral("--visit"), id, QStringLiteral("--revision"),
                       QStringLiteral("1"), QStringLiteral("--out"), first});
        INFO(one.err.toStdString());
        CHECK(one.exitCode == 0);
        CHECK(pdfText(first).contains(QStringLiteral("Bistro Émile")));

        const QString missing = fx.dir.file(QStringLiteral("r5.pdf"));
        const CliResult five =
            fx.report({QStringLiteral("--visit"), id, QStringLiteral("--revision"),
                       QStringLiteral("5"), QStringLiteral("--out"), missing});
        CHECK(five.exitCode == 1);
        CHECK(five.err.contains(QStringLiteral("no revision 5")));
        CHECK_FALSE(QFileInfo::exists(missing));
    }

    SECTION("an unwritable --out is an error")
    {
        const QString bad = fx.dir.file(QStringLiteral("no-such-folder/r.pdf"));
        const CliResult w =
            fx.report({QStringLiteral("--visit"), id, QStringLiteral("--out"), bad});
        CHECK(w.exitCode == 1);
        CHECK(w.err.contains(QStringLiteral("cannot be written")));
        CHECK_FALSE(QFileInfo::exists(bad));
    }
}

TEST_CASE("cli: report --lang sv prints Swedish labels", "[cli][report]")
{
    ReportCliFixture fx;
    const QString id = fx.finished();
    const QString out = fx.dir.file(QStringLiteral("rapport-sv.pdf"));
    // The first --lang is the one that counts: runCli's "--lang en" comes after it.
    const CliResult r = fx.report({QStringLiteral("--lang"), QStringLiteral("sv"),
                                   QStringLiteral("--visit"), id, QStringLiteral("--out"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = pdfText(out);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Bistro Émile")));
    CHECK(text.contains(QStringLiteral("Kontrollrapport")));
    CHECK(text.contains(QStringLiteral("Sida 1 av")));
    CHECK_FALSE(text.contains(QStringLiteral("Page 1 of")));
}

TEST_CASE("cli: report refuses drafts, unknown visits and missing options", "[cli][report]")
{
    ReportCliFixture fx;
    const QString out = fx.dir.file(QStringLiteral("rapport.pdf"));

    SECTION("a draft: exit 1, says it is a draft")
    {
        const QString id = fx.draft();
        const CliResult r =
            fx.report({QStringLiteral("--visit"), id, QStringLiteral("--out"), out});
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(QStringLiteral("draft")));
        CHECK(r.err.contains(id));
        CHECK_FALSE(QFileInfo::exists(out));
    }
    SECTION("an unknown visit: exit 1")
    {
        const CliResult r = fx.report({QStringLiteral("--visit"), QStringLiteral("no-such-visit"),
                                       QStringLiteral("--out"), out});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("Unknown visit \"no-such-visit\"")));
        CHECK_FALSE(QFileInfo::exists(out));
    }
    SECTION("no --out: exit 2 (usage)")
    {
        const QString id = fx.finished();
        const CliResult r = fx.report({QStringLiteral("--visit"), id});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("--visit and --out are required")));
    }
    SECTION("no --visit: exit 2 (usage)")
    {
        const CliResult r = fx.report({QStringLiteral("--out"), out});
        CHECK(r.exitCode == 2);
        CHECK_FALSE(QFileInfo::exists(out));
    }
    SECTION("--revision 0: exit 2 (usage)")
    {
        const QString id = fx.finished();
        const CliResult r = fx.report({QStringLiteral("--visit"), id, QStringLiteral("--revision"),
                                       QStringLiteral("0"), QStringLiteral("--out"), out});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("--revision")));
        CHECK_FALSE(QFileInfo::exists(out));
    }
}

TEST_CASE("cli: office sets and shows the letterhead as JSON", "[cli][report]")
{
    ReportCliFixture fx;
    auto office = [&](const QStringList &args) {
        return runCliObject(QStringLiteral("office"), fx.dbArgs(args));
    };

    // init --demo set the demo office.
    const QJsonObject demo = office({});
    CHECK(demo.value(QStringLiteral("name"))
              .toString()
              .startsWith(QStringLiteral("Miljö- och hälsoskyddsförvaltningen")));

    const QString name = QStringLiteral("Bygg- och miljönämnden i Åby");
    const QJsonObject set = office({QStringLiteral("--name"), name});
    CHECK(set.value(QStringLiteral("name")).toString() == name);

    const QJsonObject shown = office({});
    CHECK(shown.value(QStringLiteral("name")).toString() == name);
    // Only the option given changed.
    CHECK(shown.value(QStringLiteral("address")) == demo.value(QStringLiteral("address")));
    CHECK(shown.value(QStringLiteral("email")) == demo.value(QStringLiteral("email")));
    CHECK(shown.value(QStringLiteral("logo")) == demo.value(QStringLiteral("logo")));

    // The report prints the new letterhead.
    const QString id = fx.finished();
    const QString out = fx.dir.file(QStringLiteral("rapport.pdf"));
    const CliResult r = fx.report({QStringLiteral("--visit"), id, QStringLiteral("--out"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = pdfText(out);
    CHECK(text.contains(name));
    CHECK_FALSE(text.contains(QStringLiteral("Miljö- och hälsoskyddsförvaltningen")));
}

TEST_CASE("csv visits|answers writes the Office tab's CSV files, filtered by finishing date",
          "[cli][csv]")
{
    const TempDir dir;
    const QString share = dir.file(QStringLiteral("share"));
    const QString db = dir.file(QStringLiteral("office.db"));
    const auto ok = [](const QString &command, const QStringList &args) {
        const CliResult r = runCli(command, args);
        INFO("tillsyn-cli " << command.toStdString() << ' ' << args.join(u' ').toStdString()
                            << "\nstdout: " << r.out.toStdString()
                            << "\nstderr: " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.out.trimmed();
    };
    ok(QStringLiteral("generate"),
       {QStringLiteral("--out"), share + QStringLiteral("/inbox"), QStringLiteral("--visits"),
        QStringLiteral("12"), QStringLiteral("--seed"), QStringLiteral("9")});
    ok(QStringLiteral("init"), {QStringLiteral("--office"), QStringLiteral("--db"), db});
    ok(QStringLiteral("merge"), {QStringLiteral("--db"), db, QStringLiteral("--share"), share});
    const auto read = [](const QString &path) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    };
    const QString visitsCsv = dir.file(QStringLiteral("visits.csv"));
    const QString answersCsv = dir.file(QStringLiteral("answers.csv"));
    const QString written = ok(QStringLiteral("csv visits"),
                               {QStringLiteral("--db"), db, QStringLiteral("--out"), visitsCsv});
    ok(QStringLiteral("csv answers"),
       {QStringLiteral("--db"), db, QStringLiteral("--out"), answersCsv});
    QByteArray allVisits;
    QByteArray allAnswers;
    std::map<QString, int> perDay; // finishing day → visits
    int perDayTotal = 0;
    {
        storage::Database officeDb(db);
        storage::SqliteOfficeRepository office(officeDb);
        // With no filter the Office tab shows, and exports, every merged visit.
        QStringList ids;
        for (const auto &v : office.visitSummaries()) {
            ids.append(v.visitId);
            ++perDay[v.finishedAt.toLocalTime().date().toString(Qt::ISODate)];
            ++perDayTotal;
        }
        allVisits = report::CsvExport::visits(office, ids);
        allAnswers = report::CsvExport::answers(office, ids);
    }
    CHECK(written == QStringLiteral("%1 visit(s) written to %2").arg(perDayTotal).arg(visitsCsv));
    CHECK(read(visitsCsv) == allVisits);
    CHECK(read(answersCsv) == allAnswers);
    REQUIRE(perDay.size() >= 2);

    // One day: only the visits finished that day (column "Finished" is local time).
    const auto &[day, count] = *perDay.begin();
    const QString oneDay = dir.file(QStringLiteral("day.csv"));
    ok(QStringLiteral("csv visits"), {QStringLiteral("--db"), db, QStringLiteral("--out"), oneDay,
                                      QStringLiteral("--from"), day, QStringLiteral("--to"), day});
    const QStringList lines =
        QString::fromUtf8(read(oneDay).mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1 + count);
    for (const QString &line : lines.mid(1))
        CHECK(line.split(u';').at(10).startsWith(day));
    // A range with no visit: the header line only.
    ok(QStringLiteral("csv answers"), {QStringLiteral("--db"), db, QStringLiteral("--out"), oneDay,
                                       QStringLiteral("--to"), QStringLiteral("1999-12-31")});
    CHECK(QString::fromUtf8(read(oneDay).mid(3)).count(QStringLiteral("\r\n")) == 1);

    // Usage errors: exit 2.
    for (const QStringList &bad :
         {QStringList{QStringLiteral("--db"), db},
          QStringList{QStringLiteral("--db"), db, QStringLiteral("--out"), oneDay,
                      QStringLiteral("--from"), QStringLiteral("26/11/2026")},
          QStringList{QStringLiteral("--db"), db, QStringLiteral("--out"), oneDay,
                      QStringLiteral("--from"), QStringLiteral("2026-12-02"),
                      QStringLiteral("--to"), QStringLiteral("2026-12-01")}}) {
        INFO(bad.join(u' ').toStdString());
        CHECK(runCli(QStringLiteral("csv visits"), bad).exitCode == 2);
    }
    // A file that cannot be written: exit 1 with the reason.
    const CliResult r =
        runCli(QStringLiteral("csv visits"), {QStringLiteral("--db"), db, QStringLiteral("--out"),
                                              dir.file(QStringLiteral("no/such/folder/x.csv"))});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("x.csv cannot be written")));
}

} // namespace tillsyn_unity_report_cli_test
