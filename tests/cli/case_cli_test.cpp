// Issue 18 through the real tillsyn-cli: a visit with time on four activities, a case number and
// a signature (and one declined) is finished on a laptop, synced, merged in the office, and
// `fees --json` gives the worked example exactly (95 chargeable minutes, started half hour,
// 1 400 kr/h → 2.0 h, 2 800 kr).
#include "clirunner.h"

#include "content/shippedcontent.h"

#include "support/catchqt.h"
#include "support/tempdir.h"
#include "support/testimages.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_case_cli_test {

using namespace tillsyn;
using tillsyn::test::CliResult;
using tillsyn::test::runCli;
using tillsyn::test::runCliJson;
using tillsyn::test::runCliObject;
using tillsyn::test::TempDir;

namespace {

QString ok(const QString &command, const QStringList &args)
{
    return test::runCliOk(command, args).trimmed();
}

// The exit code and stderr of a command that must fail.
CliResult failing(const QString &command, const QStringList &args)
{
    const CliResult r = runCli(command, args);
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    CHECK(r.exitCode != 0);
    return r;
}

QStringList with(const QString &db, const QStringList &args)
{
    return QStringList{QStringLiteral("--db"), db} + args;
}

} // namespace

TEST_CASE("time per activity, case number and signature from the laptop to the invoice basis",
          "[cli][case][fees]")
{
    const TempDir dir;
    const QString laptop = dir.file(QStringLiteral("laptop.db"));
    ok(QStringLiteral("init"), with(laptop, {QStringLiteral("--demo")}));
    const QString facility = content::ShippedContent::demoFacilities().front().id;
    const QString checklist = content::ShippedContent::checklists().front().id;
    const QString signature = dir.write(QStringLiteral("signatur.png"), test::pngWithAlpha(120, 40));

    const QString v1 = ok(QStringLiteral("visit start"),
                          with(laptop, {QStringLiteral("--facility"), facility,
                                        QStringLiteral("--checklist"), checklist,
                                        QStringLiteral("--case"), QStringLiteral("MBN 2026-000417")}));
    const auto time = [&](const QString &visit, const QString &activity, int minutes,
                          bool chargeable) {
        QStringList args = with(laptop, {QStringLiteral("--visit"), visit,
                                         QStringLiteral("--minutes"), QString::number(minutes)});
        if (!activity.isEmpty())
            args += {QStringLiteral("--activity"), activity};
        if (!chargeable)
            args += QStringLiteral("--not-chargeable");
        ok(QStringLiteral("visit time"), args);
    };
    time(v1, QStringLiteral("preparation"), 15, true);
    time(v1, QStringLiteral("travel"), 40, false);
    time(v1, {}, 60, true); // without --activity: the inspection, as before
    time(v1, QStringLiteral("reporting"), 20, true);
    ok(QStringLiteral("visit sign"),
       with(laptop, {QStringLiteral("--visit"), v1, QStringLiteral("--name"),
                     QStringLiteral("Åsa Ägare"), QStringLiteral("--role"), QStringLiteral("VD"),
                     QStringLiteral("--image"), signature, QStringLiteral("--comment"),
                     QStringLiteral("Åtgärdas i veckan.")}));
    ok(QStringLiteral("visit finish"), with(laptop, {QStringLiteral("--visit"), v1}));
    // The finished revision's visit file carries all of it.
    const QString exported = dir.file(QStringLiteral("export"));
    ok(QStringLiteral("export"),
       with(laptop, {QStringLiteral("--visit"), v1, QStringLiteral("--out"), exported}));
    const QStringList files = QDir(exported).entryList(QDir::Files);
    REQUIRE(files.size() == 1);
    QFile visitFile(exported + u'/' + files.front());
    REQUIRE(visitFile.open(QIODevice::ReadOnly));
    const QJsonObject shown = QJsonDocument::fromJson(visitFile.readAll()).object();
    CHECK(shown[u"caseNumber"].toString() == QStringLiteral("MBN 2026-000417"));
    CHECK(shown[u"minutesSpent"].toInt() == 135);
    CHECK(shown[u"timeEntries"].toArray().size() == 4);
    CHECK(shown[u"timeEntries"].toArray()[1].toObject() ==
          QJsonObject{{QStringLiteral("activity"), QStringLiteral("travel")},
                      {QStringLiteral("minutes"), 40},
                      {QStringLiteral("chargeable"), false}});
    CHECK(shown[u"operatorComment"].toString() == QStringLiteral("Åtgärdas i veckan."));
    CHECK(shown[u"signature"].toObject()[u"name"].toString() == QStringLiteral("Åsa Ägare"));
    CHECK_FALSE(shown[u"signature"].toObject()[u"declined"].toBool());
    CHECK(shown[u"signature"].toObject()[u"mediaType"].toString() == QStringLiteral("image/png"));

    // A second visit: no case number at start, set afterwards; the operator declined.
    const QString v2 = ok(QStringLiteral("visit start"),
                          with(laptop, {QStringLiteral("--facility"), facility,
                                        QStringLiteral("--checklist"), checklist}));
    ok(QStringLiteral("visit case"), with(laptop, {QStringLiteral("--visit"), v2,
                                                   QStringLiteral("--number"),
                                                   QStringLiteral("MBN 2026-000999")}));
    time(v2, {}, 31, true);
    ok(QStringLiteral("visit sign"),
       with(laptop, {QStringLiteral("--visit"), v2, QStringLiteral("--name"),
                     QStringLiteral("Bo Berg"), QStringLiteral("--declined")}));
    ok(QStringLiteral("visit finish"), with(laptop, {QStringLiteral("--visit"), v2}));

    const QString share = dir.file(QStringLiteral("share"));
    QDir().mkpath(share);
    runCli(QStringLiteral("sync"), with(laptop, {QStringLiteral("--share"), share}));
    REQUIRE(QDir(share + QStringLiteral("/inbox")).entryList(QDir::Files).size() == 2);
    const QString office = dir.file(QStringLiteral("office.db"));
    ok(QStringLiteral("init"), with(office, {QStringLiteral("--office")}));
    ok(QStringLiteral("merge"), with(office, {QStringLiteral("--share"), share}));

    // No rate in force yet: exit 1 naming a visit.
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    ok(QStringLiteral("fees rate"),
       with(office, {QStringLiteral("--from"), QStringLiteral("2099-01-01"),
                     QStringLiteral("--sek-per-hour"), QStringLiteral("1500"),
                     QStringLiteral("--rounding"), QStringLiteral("started-hour")}));
    const CliResult none = failing(QStringLiteral("fees"), with(office, {QStringLiteral("--json")}));
    CHECK(none.exitCode == 1);
    CHECK((none.err.contains(v1) || none.err.contains(v2)));
    CHECK(none.err.contains(QStringLiteral("no hourly rate")));

    ok(QStringLiteral("fees rate"),
       with(office, {QStringLiteral("--from"), QStringLiteral("2020-01-01"),
                     QStringLiteral("--sek-per-hour"), QStringLiteral("1400"),
                     QStringLiteral("--rounding"), QStringLiteral("started-half-hour")}));
    const QString csv = dir.file(QStringLiteral("underlag.csv"));
    const QJsonArray basis = runCliJson(
        QStringLiteral("fees"), with(office, {QStringLiteral("--json"), QStringLiteral("--from"),
                                              today, QStringLiteral("--to"), today,
                                              QStringLiteral("--out"), csv}));
    REQUIRE(basis.size() == 2);
    QJsonObject worked, declined;
    for (const QJsonValue &v : basis)
        (v[u"visitId"].toString() == v1 ? worked : declined) = v.toObject();
    const QJsonObject expected{{QStringLiteral("visitId"), v1},
                               {QStringLiteral("revision"), 1},
                               {QStringLiteral("caseNumber"), QStringLiteral("MBN 2026-000417")},
                               {QStringLiteral("facilityId"), facility},
                               {QStringLiteral("orgNumber"), worked[u"orgNumber"]},
                               {QStringLiteral("date"), today},
                               {QStringLiteral("chargeableMinutes"), 95},
                               {QStringLiteral("billedHours"), 2.0},
                               {QStringLiteral("sekPerHour"), 1400},
                               {QStringLiteral("amount"), 2800}};
    CHECK(QJsonDocument(worked).toJson() == QJsonDocument(expected).toJson());
    CHECK(declined[u"caseNumber"].toString() == QStringLiteral("MBN 2026-000999"));
    CHECK(declined[u"chargeableMinutes"].toInt() == 31);
    CHECK(declined[u"billedHours"].toDouble() == 1.0);
    CHECK(declined[u"amount"].toDouble() == 1400.0);

    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBFvisitId;revision;caseNumber;facilityId;orgNumber;"
                           "date;chargeableMinutes;billedHours;sekPerHour;amount\r\n"));
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.contains(QStringLiteral(";MBN 2026-000417;")));
    CHECK(text.contains(QStringLiteral(";95;2,00;1400;2800\r\n")));

    // The table speaks the language's decimal sign (issue 16): "2,00 h" in Swedish.
    const QStringList period{QStringLiteral("--from"), today, QStringLiteral("--to"), today,
                             QStringLiteral("--lang")};
    const CliResult swedish = runCli(QStringLiteral("fees"), with(office, period + QStringList{QStringLiteral("sv")}));
    CHECK(swedish.exitCode == 0);
    CHECK(swedish.out.contains(QStringLiteral("95 min, 2,00 h × 1400 kr = 2800 kr")));
    CHECK_FALSE(swedish.out.contains(QStringLiteral("2.00")));
    const CliResult english = runCli(QStringLiteral("fees"), with(office, period + QStringList{QStringLiteral("en")}));
    CHECK(english.out.contains(QStringLiteral("95 min, 2.00 h × 1400 kr = 2800 kr")));

    // Outside the period: nothing.
    CHECK(runCliJson(QStringLiteral("fees"),
                     with(office, {QStringLiteral("--json"), QStringLiteral("--to"),
                                   QStringLiteral("2020-12-31")}))
              .isEmpty());
}

TEST_CASE("visit time, case, sign and fees refuse bad input with a reason", "[cli][case][fees]")
{
    const TempDir dir;
    const QString laptop = dir.file(QStringLiteral("laptop.db"));
    ok(QStringLiteral("init"), with(laptop, {QStringLiteral("--demo")}));
    const QString v = ok(
        QStringLiteral("visit start"),
        with(laptop, {QStringLiteral("--facility"),
                      content::ShippedContent::demoFacilities().front().id,
                      QStringLiteral("--checklist"), content::ShippedContent::checklists().front().id}));
    const QStringList visit{QStringLiteral("--visit"), v};

    CliResult r = failing(QStringLiteral("visit time"),
                          with(laptop, visit + QStringList{QStringLiteral("--activity"),
                                                           QStringLiteral("driving"),
                                                           QStringLiteral("--minutes"),
                                                           QStringLiteral("5")}));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--activity must be preparation, travel, inspection")));
    r = failing(QStringLiteral("visit time"),
                with(laptop, visit + QStringList{QStringLiteral("--minutes"), QStringLiteral("1441")}));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("1440")));
    r = failing(QStringLiteral("visit case"),
                with(laptop, visit + QStringList{QStringLiteral("--number"), QString(65, u'x')}));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("1 to 64 characters")));
    r = failing(QStringLiteral("visit sign"),
                with(laptop, visit + QStringList{QStringLiteral("--name"), QStringLiteral("Bo")}));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--image or --declined")));
    const QString jpeg = dir.write(QStringLiteral("s.jpg"), test::jpegBytes(20, 10));
    r = failing(QStringLiteral("visit sign"),
                with(laptop, visit + QStringList{QStringLiteral("--name"), QStringLiteral("Bo"),
                                                 QStringLiteral("--image"), jpeg}));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("not a PNG")));
    r = failing(QStringLiteral("visit start"),
                with(laptop, {QStringLiteral("--facility"),
                              content::ShippedContent::demoFacilities().front().id,
                              QStringLiteral("--checklist"),
                              content::ShippedContent::checklists().front().id,
                              QStringLiteral("--case"), QStringLiteral("A\tB")}));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("control characters")));

    const QString office = dir.file(QStringLiteral("office.db"));
    ok(QStringLiteral("init"), with(office, {QStringLiteral("--office")}));
    for (const QStringList &bad :
         {QStringList{QStringLiteral("--from"), QStringLiteral("2026-13-01"),
                      QStringLiteral("--sek-per-hour"), QStringLiteral("1400"),
                      QStringLiteral("--rounding"), QStringLiteral("none")},
          QStringList{QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                      QStringLiteral("--sek-per-hour"), QStringLiteral("14 00"),
                      QStringLiteral("--rounding"), QStringLiteral("none")},
          QStringList{QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                      QStringLiteral("--sek-per-hour"), QStringLiteral("1400"),
                      QStringLiteral("--rounding"), QStringLiteral("started-minute")}}) {
        r = failing(QStringLiteral("fees rate"), with(office, bad));
        CHECK(r.exitCode == 2);
    }
    // An office command on a laptop's database.
    r = failing(QStringLiteral("fees"), with(laptop, {}));
    CHECK(r.exitCode == 1);
}

} // namespace tillsyn_unity_case_cli_test
