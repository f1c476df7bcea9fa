// Issue 19: facilities from a file in the national open-data format (JSON and CSV), built from
// the format's description in tests/data/opendata/.
#include "reference/facilityimportpreview.h"
#include "reference/importer.h"
#include "reference/opendatafacilities.h"
#include "storage/database.h"
#include "storage/facilitystore.h"
#include "util/error.h"

#include "support/catchqt.h"
#include "support/tempdir.h"

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_opendatafacilities_test {

using namespace tillsyn;
using reference::OpenDataFacilities;

namespace {

const domain::Facility *byId(const std::vector<domain::Facility> &list, const QString &id)
{
    for (const auto &f : list) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

QString errorOf(const QByteArray &bytes, const QString &name)
{
    const test::TempDir dir;
    try {
        reference::Importer::readFacilities(dir.write(name, bytes));
    } catch (const Error &e) {
        return e.fullText();
    }
    return {};
}

} // namespace

TEST_CASE("Open-data JSON: facilities imported with string numbers and flagged org. numbers",
          "[reference]")
{
    const QString path = test::testData(QStringLiteral("opendata/facilities.json"));
    REQUIRE(OpenDataFacilities::isOpenData(reference::Importer::readFile(path)));
    const auto list = reference::Importer::readFacilities(path);
    REQUIRE(list.size() == 3);

    const domain::Facility *korv = byId(list, QStringLiteral("1001"));
    REQUIRE(korv);
    CHECK(korv->name == QStringLiteral("Kalles Korv"));
    CHECK(korv->operatorDetails.orgNumber == QStringLiteral("931115XXXX")); // as given
    CHECK(korv->category == QStringLiteral("Butik"));                       // first type
    CHECK(korv->riskClass == 5);                                            // "Riskklass 5"
    CHECK(korv->expClass == QStringLiteral("B"));
    CHECK(korv->controlHours == 12.0); // "12"
    CHECK(korv->address == QStringLiteral("Torggatan 3"));
    CHECK(korv->postalCode == QStringLiteral("21120"));
    CHECK(korv->city == QStringLiteral("Exempelby"));
    CHECK(korv->active);

    const domain::Facility *hamnen = byId(list, QStringLiteral("1002")); // idLocal a number
    REQUIRE(hamnen);
    CHECK(hamnen->operatorDetails.orgNumber == QStringLiteral("5566778898")); // bad check digit
    CHECK(hamnen->riskClass == 3);
    CHECK(hamnen->controlHours == 2.5);
    CHECK(hamnen->active); // "true"

    const domain::Facility *bageri = byId(list, QStringLiteral("1003"));
    REQUIRE(bageri);
    CHECK(bageri->operatorDetails.orgNumber == QStringLiteral("556677-8899")); // valid: normalised
    CHECK(bageri->controlHours == 3.5);                                      // "3,5"
    CHECK_FALSE(bageri->active);

    // The preview warns about the two numbers, and the import stores them as given.
    const test::TempDir dir;
    storage::Database db(dir.file(QStringLiteral("tillsyn.db")));
    const auto preview = reference::FacilityImportPreview::of(db, list);
    CHECK(preview.warnings() == 2);
    CHECK(preview.rows[0].warning.contains(QStringLiteral("\"931115XXXX\" fails its check digit")));
    CHECK(preview.rows[2].warning.isEmpty());
    CHECK(reference::Importer(db).importFacilities(path).added == 3);
    CHECK(storage::FacilityStore(db).find(QStringLiteral("1002"))->operatorDetails.orgNumber ==
          QStringLiteral("5566778898"));
}

TEST_CASE("Open-data CSV: one facility per idLocal from the facility columns", "[reference]")
{
    const QString path = test::testData(QStringLiteral("opendata/facilities.csv"));
    REQUIRE(OpenDataFacilities::isOpenData(reference::Importer::readFile(path)));
    const auto list = reference::Importer::readFacilities(path);
    REQUIRE(list.size() == 2); // three rows, two facilities
    const domain::Facility *korv = byId(list, QStringLiteral("1001"));
    REQUIRE(korv);
    CHECK(korv->name == QStringLiteral("Kalles Korv, \"Torget\""));
    CHECK(korv->category == QStringLiteral("Butik"));
    CHECK(korv->riskClass == 5);
    CHECK(korv->controlHours == 12.0);
    CHECK(korv->operatorDetails.orgNumber == QStringLiteral("931115XXXX"));
    const domain::Facility *hamnen = byId(list, QStringLiteral("1002"));
    REQUIRE(hamnen);
    CHECK(hamnen->expClass == QStringLiteral("A"));
    CHECK(hamnen->controlHours == 2.5);
    CHECK(hamnen->city == QStringLiteral("Exempelby"));

    // The JSON and the CSV of the same facilities read the same.
    const auto json =
        reference::Importer::readFacilities(test::testData(QStringLiteral("opendata/facilities.json")));
    CHECK(*byId(json, QStringLiteral("1002")) == *hamnen);
}

TEST_CASE("Open-data files with problems: the file and the problem named, nothing read",
          "[reference]")
{
    const QByteArray head = "{\"lang\": \"sv\", \"facilities\": [";
    QString e = errorOf(head + "{\"idLocal\": \"1\", \"name\": \"A\", \"inspecTime\": \"tolv\"}]}",
                        QStringLiteral("bad.json"));
    CHECK(e.startsWith(QStringLiteral("bad.json: not a usable open-data file")));
    CHECK(e.contains(QStringLiteral("facilities[0]: the control time (inspecTime) \"tolv\" is not "
                                    "a number")));
    e = errorOf(head + "{\"idLocal\": \"1\", \"name\": \"A\", \"riskClass\": \"Hög\"}]}",
                QStringLiteral("bad.json"));
    CHECK(e.contains(QStringLiteral("the risk class \"Hög\" is not a number from 1 to 8")));
    e = errorOf(head + "{\"idLocal\": \"1\", \"name\": \"A\", \"expClass\": \"D\"}]}",
                QStringLiteral("bad.json"));
    CHECK(e.contains(QStringLiteral("experience class \"D\" must be A, B or C")));
    e = errorOf(head + "{\"idLocal\": \"1\", \"name\": \"A\", \"organizationNumber\": \"12\"}]}",
                QStringLiteral("bad.json"));
    CHECK(e.contains(QStringLiteral("\"12\" is not a valid organisation number")));
    e = errorOf(head + "{\"idLocal\": \"1\", \"name\": \"A\"}, {\"idLocal\": 1, \"name\": \"B\"}]}",
                QStringLiteral("dup.json"));
    CHECK(e.contains(QStringLiteral("the idLocal \"1\" is used by more than one facility")));
    e = errorOf(head + "{\"idLocal\": \"1\", \"name\": \"A\"", QStringLiteral("cut.json"));
    CHECK(e.startsWith(QStringLiteral("cut.json: ")));
    e = errorOf("facility.idLocal,facility.name\r\n1,A\r\n1,B\r\n", QStringLiteral("rows.csv"));
    CHECK(e.contains(QStringLiteral("rows.csv: not a usable open-data file")));
    CHECK(e.contains(QStringLiteral("line 3: the facility \"1\" differs from its earlier row")));
    e = errorOf("facility.idLocal,facility.name\r\n", QStringLiteral("empty.csv"));
    CHECK(e.contains(QStringLiteral("the file lists no facilities")));
}

} // namespace tillsyn_unity_opendatafacilities_test
