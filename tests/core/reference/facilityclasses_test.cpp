// Issue 19: a facility's experience class and yearly control time, and org. numbers that are
// shaped right but fail their check digit (kept as given and flagged, not refused).
#include "domain/orgnumber.h"
#include "reference/facilitiesfile.h"
#include "reference/facilitycsv.h"
#include "storage/database.h"
#include "storage/facilitystore.h"
#include "util/error.h"

#include "samples.h"
#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QJsonArray>
#include <QJsonDocument>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_facilityclasses_test {

using namespace tillsyn;
using reference::FacilitiesFile;

namespace {

const QDateTime kPublished(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);

domain::Facility classified()
{
    domain::Facility f = test::sampleFacility(QStringLiteral("k-1"), QStringLiteral("Krogen"));
    f.expClass = QStringLiteral("B");
    f.controlHours = 6.5;
    return f;
}

QString errorAfter(const std::function<void(QJsonObject &)> &edit, bool keepFlagged = false)
{
    QJsonObject root =
        QJsonDocument::fromJson(FacilitiesFile::write({classified()}, kPublished)).object();
    const QJsonValue edited =
        test::editJson(root, {QStringLiteral("facilities"), QStringLiteral("0")}, edit);
    try {
        FacilitiesFile::read(test::toBytes(edited.toObject()), QStringLiteral("facilities.json"),
                             keepFlagged);
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

} // namespace

TEST_CASE("FacilitiesFile writes and reads expClass and controlHours", "[reference]")
{
    domain::Facility none = classified();
    none.id = QStringLiteral("k-2");
    none.expClass.clear();
    none.controlHours.reset();
    domain::Facility zero = classified();
    zero.id = QStringLiteral("k-3");
    zero.controlHours = 0; // zero hours is given, not absent
    const std::vector<domain::Facility> list{classified(), none, zero};
    const QByteArray bytes = FacilitiesFile::write(list, kPublished);
    CHECK(FacilitiesFile::read(bytes, {}) == list);
    const QJsonArray written =
        QJsonDocument::fromJson(bytes).object().value(QStringLiteral("facilities")).toArray();
    CHECK(written.at(0)[QStringLiteral("expClass")] == QStringLiteral("B"));
    CHECK(written.at(0)[QStringLiteral("controlHours")] == 6.5);
    CHECK_FALSE(written.at(1).toObject().contains(QStringLiteral("expClass")));
    CHECK_FALSE(written.at(1).toObject().contains(QStringLiteral("controlHours")));
    CHECK(written.at(2)[QStringLiteral("controlHours")] == 0);
}

TEST_CASE("FacilitiesFile rejects a bad expClass or controlHours with the reason", "[reference]")
{
    CHECK(errorAfter([](QJsonObject &) {}).isEmpty());
    for (const QJsonValue &bad : {QJsonValue(QStringLiteral("D")), QJsonValue(QStringLiteral("a")),
                                  QJsonValue(QString()), QJsonValue(1)}) {
        const QString message = errorAfter([&](QJsonObject &o) { o[u"expClass"] = bad; });
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("facilities.json")));
        CHECK(message.contains(QStringLiteral("\"facilities[0].expClass\"")));
    }
    CHECK(errorAfter([](QJsonObject &o) { o[u"expClass"] = QStringLiteral("D"); })
              .contains(QStringLiteral("must be \"A\", \"B\" or \"C\"")));
    for (const QJsonValue &bad :
         {QJsonValue(-0.5), QJsonValue(QStringLiteral("12")), QJsonValue(true)}) {
        const QString message = errorAfter([&](QJsonObject &o) { o[u"controlHours"] = bad; });
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("\"facilities[0].controlHours\": must be a number "
                                              "of at least 0")));
    }
}

TEST_CASE("A published FacilitiesFile keeps a shaped org. number failing its check digit",
          "[reference]")
{
    for (const char *org : {"556677-8898", "5566778898", "931115XXXX"}) {
        INFO(org);
        const auto edit = [&](QJsonObject &o) { o[u"orgNumber"] = QString::fromLatin1(org); };
        // What an office published (the laptop's pull) keeps it; a file imported by hand not.
        CHECK(errorAfter(edit, true).isEmpty());
        CHECK(errorAfter(edit).contains(QStringLiteral("is not a valid organisation number")));
        CHECK(domain::OrgNumber::isFlagged(QString::fromLatin1(org)));
    }
    CHECK(errorAfter([](QJsonObject &o) { o[u"orgNumber"] = QStringLiteral("55667788X9"); }, true)
              .contains(QStringLiteral("is not a valid organisation number")));
    CHECK_FALSE(domain::OrgNumber::isFlagged(QStringLiteral("556677-8899")));
    CHECK_FALSE(domain::OrgNumber::isFlagged(QString()));
    // The editor and Tillsyn's own CSV still refuse it.
    domain::Facility f = classified();
    f.operatorDetails.orgNumber = QStringLiteral("556677-8898");
    CHECK(FacilitiesFile::validate(&f).contains(QStringLiteral("not a valid organisation number")));
    CHECK(FacilitiesFile::validate(&f, true).isEmpty());
    CHECK(f.operatorDetails.orgNumber == QStringLiteral("556677-8898"));
}

TEST_CASE("FacilityStore keeps expClass and controlHours", "[storage]")
{
    const test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("tillsyn.db")));
    storage::FacilityStore store(db);
    domain::Facility none = classified();
    none.id = QStringLiteral("k-2");
    none.expClass.clear();
    none.controlHours.reset();
    CHECK(store.upsert({classified(), none}).added == 2);
    CHECK(store.find(QStringLiteral("k-1")) == classified());
    CHECK(store.find(QStringLiteral("k-2")) == none);
    domain::Facility changed = classified();
    changed.controlHours = 7;
    CHECK(store.upsert({changed, none}).updated == 1);
    CHECK(store.find(QStringLiteral("k-1"))->controlHours == 7.0);
}

TEST_CASE("FacilityCsv reads the experience class and the control time", "[reference]")
{
    const auto list = reference::FacilityCsv::read(
        "Objekt-ID;Namn;Riskklass;Erfarenhetsklass;Kontrolltid\n"
        "A-1;Solsidan;3;b;2,5\n"
        "A-2;Ängen;;;\n",
        QStringLiteral("export.csv"));
    REQUIRE(list.size() == 2);
    CHECK(list[0].expClass == QStringLiteral("B"));
    CHECK(list[0].controlHours == 2.5);
    CHECK(list[1].expClass.isEmpty());
    CHECK_FALSE(list[1].controlHours.has_value());
    try {
        reference::FacilityCsv::read("id,name,expClass,controlHours\r\nA-1,X,D,1\r\nA-2,Y,,tre\r\n",
                                     QStringLiteral("export.csv"));
        FAIL("read without an error");
    } catch (const Error &e) {
        CHECK(e.message().startsWith(QStringLiteral("export.csv: ")));
        CHECK(e.details().join(u'\n').contains(
            QStringLiteral("line 2: the experience class \"D\" must be A, B or C")));
        CHECK(e.details().join(u'\n').contains(
            QStringLiteral("line 3: the control time \"tre\" is not a number")));
    }
}

} // namespace tillsyn_unity_facilityclasses_test
