// The national open-data export (issue 19; ../shared/design/opendata.md) of a known set of
// merged visits, field by field: reporting areas passed and remarked, masking of personal
// identity numbers, ids, the period, conflicts and non-food visits left out, nothing personal,
// and the CSV form's columns, quoting and CRLF line ends.
#include "domain/controlarea.h"
#include "merge/mergefixture.h"
#include "report/opendata.h"
#include "util/error.h"

#include "samples.h"
#include "support/catchqt.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_opendata_test {

using namespace tillsyn;
using domain::Result;
using report::OpenData;

namespace {

const QString kOrg = QStringLiteral("1280");

domain::Checklist checklistOf(const QString &id, domain::Area area)
{
    domain::Checklist c = test::sampleChecklist(id);
    c.area = area;
    return c;
}

void setAnswers(domain::Visit &v,
                const std::vector<std::tuple<const char *, const char *, Result>> &answers)
{
    v.answers.clear();
    for (const auto &[item, area, result] : answers) {
        domain::Answer a{QString::fromLatin1(item), QStringLiteral("Avsnitt"),
                         QStringLiteral("Punkt"), QString(), result, QString(), {}};
        a.controlArea = QString::fromLatin1(area);
        if (result == Result::Deviation)
            a.comment = QStringLiteral("Personligt: Kalle sa att kylen är trasig");
        v.answers.push_back(a);
    }
}

struct Office
{
    test::OfficeFixture fixture;
    QString food1 = test::uuidFor(1);
    QString food2 = test::uuidFor(2);
    QString health = test::uuidFor(3);
    QString conflict = test::uuidFor(4);
    QString late = test::uuidFor(5);

    Office()
    {
        fixture.office.importChecklists({checklistOf(QStringLiteral("livs"), domain::Area::Food),
                                         checklistOf(QStringLiteral("halsa"),
                                                     domain::Area::Health)},
                                        QStringLiteral("test"));
        domain::Facility soleTrader =
            test::sampleFacility(QStringLiteral("F-1"), QStringLiteral("Kafé Kanelbullen"));
        soleTrader.operatorDetails.orgNumber = QStringLiteral("931115-0012");
        domain::Facility company =
            test::sampleFacility(QStringLiteral("F-2"), QStringLiteral("Pizzeria, \"Vesuvio\""));
        fixture.office.upsertFacilities({soleTrader, company});

        domain::Visit a = test::mergeVisit(food1, 1, 0);
        a.announced = true;
        a.kind = domain::VisitKind::Planned;
        a.summary = QStringLiteral("Godtagbart.");
        a.caseInfo.caseNumber = QStringLiteral("MBN 2026-123");
        setAnswers(a, {{"a1", "J03", Result::Ok},
                       {"a2", "J03", Result::Deviation},
                       {"a3", "J08", Result::Ok},
                       {"a4", "B02", Result::NotChecked},
                       {"a5", "K01", Result::NotApplicable},
                       {"a6", "K01", Result::Ok},
                       {"a7", "H01", Result::NotApplicable},
                       {"a8", "", Result::Deviation}});
        merge(a);

        domain::Visit b = test::mergeVisit(food2, 1, 0);
        b.facility.id = QStringLiteral("F-2");
        b.facility.name = QStringLiteral("Pizzeria, \"Vesuvio\"");
        b.kind = domain::VisitKind::Complaint;
        b.announced = false;
        b.startedAt = b.startedAt.addDays(1);
        b.finishedAt = b.finishedAt.addDays(1);
        b.summary = QStringLiteral("Brister, bl.a. \"kylen\"\nSe rapporten.");
        setAnswers(b, {{"b1", "A01", Result::Ok}});
        merge(b);

        domain::Visit c = test::mergeVisit(health, 1, 0);
        c.checklist = {QStringLiteral("halsa"), 1, QStringLiteral("Hälsa")};
        setAnswers(c, {{"c1", "J08", Result::Ok}});
        merge(c);

        merge(test::mergeVisit(conflict, 1, 0, QStringLiteral("x")));
        merge(test::mergeVisit(conflict, 1, 0, QStringLiteral("y")));
        REQUIRE(test::inConflict(fixture.db, conflict));

        domain::Visit d = test::mergeVisit(late, 1, 0);
        d.startedAt = QDateTime(QDate(2026, 5, 2), QTime(9, 0), Qt::UTC);
        d.finishedAt = d.startedAt.addSecs(3600);
        merge(d);
    }

    void merge(const domain::Visit &v)
    {
        const auto outcome = fixture.outcome(test::visitFile(v));
        REQUIRE((outcome == merge::Outcome::Imported || outcome == merge::Outcome::Conflict));
    }

    report::OpenDataSet collect(const QDate &to = QDate(2026, 3, 31))
    {
        return OpenData::collect(fixture.office, {kOrg, QStringLiteral("Malmö stad"),
                                                  QString(), QDate(2026, 1, 1), to});
    }
};

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out.append(v.toString());
    return out;
}

} // namespace

TEST_CASE("Organisation numbers that are personal identity numbers are masked",
          "[report][opendata]")
{
    CHECK(OpenData::publishedOrgNumber(QStringLiteral("931115-0012")) == u"931115XXXX");
    CHECK(OpenData::publishedOrgNumber(QStringLiteral("19931115-0012")) == u"931115XXXX");
    CHECK(OpenData::publishedOrgNumber(QStringLiteral("850101-1234")) == u"850101XXXX");
    CHECK(OpenData::publishedOrgNumber(QStringLiteral("556677-8899")) == u"5566778899");
    CHECK(OpenData::publishedOrgNumber(QStringLiteral("212000-0142")) == u"2120000142");
    CHECK(OpenData::publishedOrgNumber(QString()).isEmpty());
}

TEST_CASE("The open-data JSON of a known set of visits, field by field", "[report][opendata]")
{
    Office office;
    const report::OpenDataSet set = office.collect();
    const QJsonObject root = QJsonDocument::fromJson(OpenData::json(set)).object();

    CHECK(root[u"lang"].toString() == u"sv");
    CHECK(root[u"generator"].toString() == u"Tillsyn");
    CHECK(root[u"inspecOrg"].toObject() ==
          QJsonObject{{QStringLiteral("name"), QStringLiteral("Malmö stad")},
                      {QStringLiteral("id"), kOrg}});

    // Only the two food visits of the period not in conflict.
    const QJsonArray inspections = root[u"inspections"].toArray();
    REQUIRE(inspections.size() == 2);
    const QJsonObject first = inspections.at(0).toObject();
    CHECK(first[u"idLocal"].toString() == office.food1);
    CHECK(first[u"idNational"].toString() == QStringLiteral("I-1280-") + office.food1);
    CHECK(first[u"facilityIdNational"].toString() == u"F-1280-F-1");
    CHECK(first[u"prenotified"].toBool() == true);
    CHECK(first[u"type"].toInt() == 0);
    CHECK(strings(first[u"inspectionPoints"][u"passed"]) ==
          QStringList{QStringLiteral("J08"), QStringLiteral("K01")});
    CHECK(strings(first[u"inspectionPoints"][u"remark"]) == QStringList{QStringLiteral("J03")});
    CHECK(first[u"assessment"].toString() == u"Godtagbart.");
    CHECK(first[u"ownerComment"].toString() == u"MBN 2026-123");
    CHECK(first[u"date"].toString() == u"2026-02-10T09:00:00Z");
    CHECK(first[u"modified"].toString() == u"2026-02-10T10:00:00Z");
    const QJsonObject second = inspections.at(1).toObject();
    CHECK(second[u"idLocal"].toString() == office.food2);
    CHECK(second[u"prenotified"].toBool() == false);
    CHECK(second[u"type"].toInt() == 2);
    CHECK(strings(second[u"inspectionPoints"][u"passed"]) == QStringList{QStringLiteral("A01")});
    CHECK(strings(second[u"inspectionPoints"][u"remark"]).isEmpty());

    // Their facilities, each once; the sole trader's number masked.
    const QJsonArray facilities = root[u"facilities"].toArray();
    REQUIRE(facilities.size() == 2);
    const QJsonObject f1 = facilities.at(0).toObject();
    CHECK(f1[u"idLocal"].toString() == u"F-1");
    CHECK(f1[u"idNational"].toString() == u"F-1280-F-1");
    CHECK(f1[u"organizationNumber"].toString() == u"931115XXXX");
    CHECK(f1[u"name"].toString() == u"Kafé Kanelbullen");
    CHECK(strings(f1[u"type"]) == QStringList{QStringLiteral("Restaurang")});
    CHECK(f1[u"riskClass"].toString() == u"Riskklass 3");
    CHECK(f1[u"active"].toBool() == true);
    CHECK(f1[u"address"].toObject() ==
          QJsonObject{{QStringLiteral("streetAddress"), QStringLiteral("Storgatan 1")},
                      {QStringLiteral("postalCode"), QStringLiteral("12345")},
                      {QStringLiteral("locality"), QStringLiteral("Ödeshög")},
                      {QStringLiteral("country"), QStringLiteral("SE")}});
    CHECK(facilities.at(1).toObject()[u"organizationNumber"].toString() == u"5566778899");

    // Nothing personal: no inspector, no answer comment, no photo, no operator contact.
    const QString text = QString::fromUtf8(OpenData::json(set));
    for (const char *personal : {"Eva", "Kalle", "photo", "inspector", "contact", "phone"}) {
        INFO(personal);
        CHECK_FALSE(text.contains(QString::fromLatin1(personal), Qt::CaseInsensitive));
    }

    // The period: a later end takes the May visit too.
    CHECK(office.collect(QDate(2026, 12, 31)).rows.size() == 3);
}

TEST_CASE("The open-data CSV: the format's columns, one row per inspection, quoting and CRLF",
          "[report][opendata]")
{
    Office office;
    const QByteArray csv = OpenData::csv(office.collect());
    CHECK_FALSE(csv.startsWith("\xEF\xBB\xBF"));
    // Every record ends in CRLF (the last part is what follows the final one: nothing); the
    // line break inside a quoted cell is the cell's own.
    const QList<QByteArray> lines = [&] {
        QList<QByteArray> out;
        qsizetype from = 0;
        for (qsizetype at = csv.indexOf("\r\n"); at >= 0; at = csv.indexOf("\r\n", from)) {
            out.append(csv.mid(from, at - from) + '\r');
            from = at + 2;
        }
        out.append(csv.mid(from));
        return out;
    }();
    REQUIRE(lines.size() == 4);
    CHECK(lines.last().isEmpty());
    CHECK(lines.at(0) ==
          "lang,generator,inspecOrg.name,inspecOrg.id,inspecOrg.sweref99local,"
          "facility.organizationNumber,facility.name,facility.type,facility.expClass,"
          "facility.riskClass,facility.inspecTime,facility.idLocal,facility.idNational,"
          "facility.active,facility.created,facility.modified,facility.address.streetAddress,"
          "facility.address.postalCode,facility.address.locality,facility.address.region,"
          "facility.address.country,facility.location.wgs84.type,"
          "facility.location.wgs84.coordinates,facility.location.sweref99.type,"
          "facility.location.sweref99.coordinates,facility.location.sweref99local.type,"
          "facility.location.sweref99local.coordinates,inspection.idLocal,"
          "inspection.idNational,inspection.prenotified,inspection.type,"
          "inspection.inspectionPoints.passed,inspection.inspectionPoints.remark,"
          "inspection.assessment,inspection.ownerComment,inspection.date,"
          "inspection.modified\r");
    const QByteArray first = "sv,Tillsyn,Malmö stad,1280,,931115XXXX,Kafé Kanelbullen,"
                             "\"[\"\"Restaurang\"\"]\",,Riskklass 3,,F-1,F-1280-F-1,true,,,"
                             "Storgatan 1,12345,Ödeshög,,SE,,,,,,,";
    CHECK(lines.at(1) == first + office.food1.toUtf8() + ",I-1280-" + office.food1.toUtf8() +
                             ",true,0,\"[\"\"J08\"\",\"\"K01\"\"]\",\"[\"\"J03\"\"]\","
                             "Godtagbart.,MBN 2026-123,2026-02-10T09:00:00Z,"
                             "2026-02-10T10:00:00Z\r");
    // A name with a comma and quotes, and an assessment over two lines, are quoted: the row
    // continues after the line break inside the quotes.
    CHECK(csv.contains(",\"Pizzeria, \"\"Vesuvio\"\"\","));
    CHECK(csv.contains(",false,2,\"[\"\"A01\"\"]\",[],\"Brister, bl.a. \"\"kylen\"\"\nSe "
                       "rapporten.\","));
}

TEST_CASE("OpenData::write picks the form by the extension and refuses another",
          "[report][opendata]")
{
    Office office;
    const auto set = office.collect();
    const QString json = office.fixture.dir.file(QStringLiteral("open.json"));
    const QString csv = office.fixture.dir.file(QStringLiteral("open.CSV"));
    OpenData::write(json, set);
    OpenData::write(csv, set);
    QFile j(json), c(csv);
    REQUIRE(j.open(QIODevice::ReadOnly));
    REQUIRE(c.open(QIODevice::ReadOnly));
    CHECK(j.readAll() == OpenData::json(set));
    CHECK(c.readAll() == OpenData::csv(set));
    try {
        OpenData::write(office.fixture.dir.file(QStringLiteral("open.txt")), set);
        FAIL("written");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("open.txt")));
        CHECK(e.message().contains(QStringLiteral(".csv")));
    }
    CHECK_FALSE(QFile::exists(office.fixture.dir.file(QStringLiteral("open.txt"))));
}

} // namespace tillsyn_unity_opendata_test
