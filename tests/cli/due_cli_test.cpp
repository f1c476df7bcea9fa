// Issue 19 through the real tillsyn-cli: facilities imported from the national open-data format
// (control time written as a string, org. numbers failing their check digit kept and warned
// about), then `due --json` on visits of known days and times, on an office database (merged
// visit files, with and without time entries) and on a field database (its own visits).
#include "clirunner.h"

#include "visitfile/visitfilereader.h"
#include "visitfile/visitfilewriter.h"

#include "support/catchqt.h"
#include "support/postgres/postgresfixture.h"
#include "support/tempdir.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_due_cli_test {

using namespace tillsyn;
using tillsyn::test::CliResult;
using tillsyn::test::runCli;
using tillsyn::test::runCliJson;
using tillsyn::test::TempDir;

namespace {

QString ok(const QString &command, const QStringList &args)
{
    return test::runCliOk(command, args).trimmed();
}

QJsonObject row(const QString &id, const QString &name, double planned, double spent,
                double remaining, const QJsonValue &last)
{
    return {{QStringLiteral("facilityId"), id},       {QStringLiteral("name"), name},
            {QStringLiteral("controlHours"), planned}, {QStringLiteral("spentHours"), spent},
            {QStringLiteral("remainingHours"), remaining}, {QStringLiteral("lastVisit"), last}};
}

// A finished visit file of a facility on a day, with its minutes (and time entries when given),
// made from a generated visit so that everything else is a valid visit.
QByteArray visitFile(const domain::Visit &base, const QString &facilityId,
                     const QString &facilityName, const QDate &day, int minutes,
                     const std::vector<domain::TimeEntry> &entries)
{
    domain::Visit v = base;
    v.visitId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    v.facility.id = facilityId;
    v.facility.name = facilityName;
    v.startedAt = QDateTime(day, QTime(9, 0)).toUTC();
    v.finishedAt = QDateTime(day, QTime(11, 0)).toUTC();
    v.minutesSpent = minutes;
    v.caseInfo.timeEntries = entries;
    v.caseInfo.signature.reset();
    return visitfile::VisitFileWriter::write(v);
}

} // namespace

TEST_CASE("import-facilities reads the open-data format and due --json gives the worked numbers",
          "[cli][due][postgres]")
{
    const TempDir dir;
    const QString office = dir.file(QStringLiteral("office.db"));
    ok(QStringLiteral("init"), {QStringLiteral("--db"), office, QStringLiteral("--office")});
    const QString openData = test::testData(QStringLiteral("opendata/facilities.json"));
    const CliResult imported = runCli(QStringLiteral("import-facilities"),
                                      {QStringLiteral("--db"), office, openData});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("facilities.json: 3 added, 0 updated, 0 unchanged")));
    // Imported, not refused, and warned about.
    CHECK(imported.err.contains(QStringLiteral("facilities.json: warning: facility 1001: the "
                                               "organisation number \"931115XXXX\" fails its check "
                                               "digit")));
    CHECK(imported.err.contains(QStringLiteral("facility 1002:")));
    CHECK_FALSE(imported.err.contains(QStringLiteral("facility 1003:")));
    const QJsonArray shown = runCliJson(
        QStringLiteral("facilities"), {QStringLiteral("--db"), office, QStringLiteral("--json")});
    REQUIRE(shown.size() == 2); // 1003 is inactive
    CHECK(shown[0][u"id"] == QStringLiteral("1001"));
    CHECK(shown[0][u"controlHours"] == 12);
    CHECK(shown[0][u"expClass"] == QStringLiteral("B"));
    CHECK(shown[0][u"riskClass"] == 5);
    CHECK(shown[0][u"orgNumber"] == QStringLiteral("931115XXXX"));

    // Published with the new members, and a laptop's pull keeps the number as given.
    const QString published = dir.file(QStringLiteral("published"));
    REQUIRE(QDir().mkpath(published));
    ok(QStringLiteral("publish"), {QStringLiteral("--db"), office, QStringLiteral("--share"), published});
    const QString laptop = dir.file(QStringLiteral("laptop.db"));
    ok(QStringLiteral("init"), {QStringLiteral("--db"), laptop});
    ok(QStringLiteral("sync"), {QStringLiteral("--db"), laptop, QStringLiteral("--share"), published});
    const QJsonArray pulled = runCliJson(
        QStringLiteral("facilities"), {QStringLiteral("--db"), laptop, QStringLiteral("--json")});
    REQUIRE(pulled.size() == 2);
    CHECK(pulled[0].toObject() == shown[0].toObject());
    CHECK(pulled[1][u"orgNumber"] == QStringLiteral("5566778898"));
    CHECK(pulled[1][u"controlHours"] == 2.5);

    // Visit files of known days and times, merged.
    const QString files = dir.file(QStringLiteral("generated"));
    ok(QStringLiteral("generate"), {QStringLiteral("--out"), files, QStringLiteral("--visits"),
                                     QStringLiteral("1"), QStringLiteral("--seed"),
                                     QStringLiteral("3"), QStringLiteral("--photos"),
                                     QStringLiteral("0")});
    const QString first = QDir(files).entryList(QDir::Files).first();
    const domain::Visit base =
        visitfile::VisitFileReader::read(test::readAll(QDir(files).filePath(first)), first);
    const QString inbox = dir.file(QStringLiteral("share/inbox"));
    REQUIRE(QDir().mkpath(inbox));
    const auto put = [&](const QByteArray &bytes) {
        const domain::Visit v = visitfile::VisitFileReader::read(bytes, QStringLiteral("new"));
        dir.write(QStringLiteral("share/inbox/") + visitfile::VisitFileWriter::fileName(v, bytes),
                  bytes);
    };
    using domain::Activity;
    const QString korv = QStringLiteral("Kalles Korv");
    const QString hamnen = QStringLiteral("Restaurang Hamnen");
    // 1001: 60 + 30 minutes from time entries, then 45 recorded minutes without entries.
    put(visitFile(base, QStringLiteral("1001"), korv, QDate(2025, 3, 10), 90,
                  {{Activity::Inspection, 60, true}, {Activity::Travel, 30, false}}));
    put(visitFile(base, QStringLiteral("1001"), korv, QDate(2025, 11, 20), 45, {}));
    put(visitFile(base, QStringLiteral("1001"), korv, QDate(2024, 6, 1), 150, {}));
    // 1002: two hours in January 2026 only.
    put(visitFile(base, QStringLiteral("1002"), hamnen, QDate(2026, 1, 15), 120,
                  {{Activity::Inspection, 120, true}}));
    ok(QStringLiteral("merge"), {QStringLiteral("--db"), office, QStringLiteral("--share"),
                                 dir.file(QStringLiteral("share"))});

    const auto due = [&](const QString &year) {
        return runCliJson(QStringLiteral("due"), {QStringLiteral("--db"), office,
                                                  QStringLiteral("--year"), year,
                                                  QStringLiteral("--json")});
    };
    CHECK(due(QStringLiteral("2025")) ==
          QJsonArray{row(QStringLiteral("1001"), korv, 12, 2.25, 9.75, QStringLiteral("2025-11-20")),
                     row(QStringLiteral("1002"), hamnen, 2.5, 0, 2.5, QJsonValue::Null)});
    CHECK(due(QStringLiteral("2026")) ==
          QJsonArray{row(QStringLiteral("1001"), korv, 12, 0, 12, QStringLiteral("2025-11-20")),
                     row(QStringLiteral("1002"), hamnen, 2.5, 2, 0.5, QStringLiteral("2026-01-15"))});
    CHECK(due(QStringLiteral("2024"))[0].toObject() ==
          row(QStringLiteral("1001"), korv, 12, 2.5, 9.5, QStringLiteral("2024-06-01")));

    // The same office on PostgreSQL gives the same list.
    const test::PostgresDatabase server;
    ok(QStringLiteral("office-copy"),
       {QStringLiteral("--from"), office, QStringLiteral("--to"), server.uri()});
    for (const QString &year : {QStringLiteral("2024"), QStringLiteral("2025"), QStringLiteral("2026")}) {
        INFO(year.toStdString());
        CHECK(runCliJson(QStringLiteral("due"), {QStringLiteral("--db"), server.uri(),
                                                 QStringLiteral("--year"), year,
                                                 QStringLiteral("--json")}) == due(year));
    }

    const CliResult badYear = runCli(QStringLiteral("due"), {QStringLiteral("--db"), office,
                                                             QStringLiteral("--year"),
                                                             QStringLiteral("20x6")});
    CHECK(badYear.exitCode == 2);
    CHECK(badYear.err.contains(QStringLiteral("--year must be a year")));
}

TEST_CASE("due on a field database counts its own finished visits", "[cli][due]")
{
    const TempDir dir;
    const QString laptop = dir.file(QStringLiteral("laptop.db"));
    ok(QStringLiteral("init"), {QStringLiteral("--db"), laptop, QStringLiteral("--demo")});
    ok(QStringLiteral("import-facilities"),
       {QStringLiteral("--db"), laptop, test::testData(QStringLiteral("opendata/facilities.csv"))});
    const QString checklist = ok(QStringLiteral("checklists"), {QStringLiteral("--db"), laptop})
                                  .section(u'\t', 0, 0);
    const QString visit = ok(QStringLiteral("visit start"),
                             {QStringLiteral("--db"), laptop, QStringLiteral("--facility"),
                              QStringLiteral("1002"), QStringLiteral("--checklist"), checklist});
    for (const auto &[activity, minutes] :
         {std::pair{QStringLiteral("travel"), 30}, std::pair{QStringLiteral("inspection"), 45}})
        ok(QStringLiteral("visit time"),
           {QStringLiteral("--db"), laptop, QStringLiteral("--visit"), visit,
            QStringLiteral("--activity"), activity, QStringLiteral("--minutes"),
            QString::number(minutes)});
    const auto due = [&] {
        return runCliJson(QStringLiteral("due"),
                          {QStringLiteral("--db"), laptop, QStringLiteral("--json")});
    };
    // Not finished yet: no time spent.
    CHECK(due()[0].toObject() == row(QStringLiteral("1001"), QStringLiteral("Kalles Korv, \"Torget\""),
                                     12, 0, 12, QJsonValue::Null));
    CHECK(due()[1].toObject() == row(QStringLiteral("1002"), QStringLiteral("Restaurang Hamnen"),
                                     2.5, 0, 2.5, QJsonValue::Null));
    ok(QStringLiteral("visit finish"),
       {QStringLiteral("--db"), laptop, QStringLiteral("--visit"), visit});
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    CHECK(due()[1].toObject() == row(QStringLiteral("1002"), QStringLiteral("Restaurang Hamnen"),
                                     2.5, 1.25, 1.25, today));
    CHECK(runCliJson(QStringLiteral("due"), {QStringLiteral("--db"), laptop, QStringLiteral("--year"),
                                             QString::number(QDate::currentDate().year() - 1),
                                             QStringLiteral("--json")})[1]
              .toObject() == row(QStringLiteral("1002"), QStringLiteral("Restaurang Hamnen"), 2.5,
                                 0, 2.5, QJsonValue::Null));
}

} // namespace tillsyn_unity_due_cli_test
