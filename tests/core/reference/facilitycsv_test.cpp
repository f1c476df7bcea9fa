#include "reference/facilitycsv.h"
#include "util/error.h"

#include "support/catchqt.h"

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_facilitycsv_test {

using namespace tillsyn;
using reference::FacilityCsv;

namespace {

std::vector<domain::Facility> read(const QByteArray &bytes)
{
    return FacilityCsv::read(bytes, QStringLiteral("export.csv"));
}

Error errorOf(const QByteArray &bytes)
{
    try {
        read(bytes);
    } catch (const Error &e) {
        CHECK(e.message().startsWith(QStringLiteral("export.csv: ")));
        return e;
    }
    FAIL("read without an error");
    return Error({});
}

} // namespace

TEST_CASE("FacilityCsv reads Swedish headers separated by semicolons", "[reference]")
{
    const QByteArray csv =
        "Objekt-ID;Namn;Verksamhetsutövare;Organisationsnummer;Besöksadress;Postnummer;Postort;"
        "Verksamhetstyp;Riskklass;Kontaktperson;Telefon;E-post;Aktiv\n"
        "A-1;Restaurang Solsidan;Solsidan AB;5566778899;Storgatan 1;123 45;Ödeshög;Restaurang;3;"
        "Anna Svensson;0144-123 45;anna@example.se;ja\n"
        " B-2 ; Gamla Bageriet ;;;;;;;;;;;nej\n";
    const auto facilities = read(csv);
    REQUIRE(facilities.size() == 2);
    const domain::Facility &a = facilities[0];
    CHECK(a.id == QStringLiteral("A-1"));
    CHECK(a.name == QStringLiteral("Restaurang Solsidan"));
    CHECK(a.operatorDetails.name == QStringLiteral("Solsidan AB"));
    CHECK(a.operatorDetails.orgNumber == QStringLiteral("556677-8899"));
    CHECK(a.address == QStringLiteral("Storgatan 1"));
    CHECK(a.postalCode == QStringLiteral("123 45"));
    CHECK(a.city == QStringLiteral("Ödeshög"));
    CHECK(a.category == QStringLiteral("Restaurang"));
    CHECK(a.riskClass == 3);
    CHECK(a.operatorDetails.contactName == QStringLiteral("Anna Svensson"));
    CHECK(a.operatorDetails.phone == QStringLiteral("0144-123 45"));
    CHECK(a.operatorDetails.email == QStringLiteral("anna@example.se"));
    CHECK(a.active);
    CHECK(facilities[1].id == QStringLiteral("B-2"));
    CHECK(facilities[1].name == QStringLiteral("Gamla Bageriet"));
    CHECK_FALSE(facilities[1].riskClass.has_value());
    CHECK_FALSE(facilities[1].active);
}

TEST_CASE("FacilityCsv reads English headers separated by commas or tabs", "[reference]")
{
    const auto comma = read("id,name,orgNumber,city,active\r\n"
                            "x1,Pizzeria Napoli,212000-0142,Linköping,false\r\n"
                            "\r\n"
                            "x2,Kiosken,,Mjölby,\r\n");
    REQUIRE(comma.size() == 2);
    CHECK(comma[0].operatorDetails.orgNumber == QStringLiteral("212000-0142"));
    CHECK(comma[0].city == QStringLiteral("Linköping"));
    CHECK_FALSE(comma[0].active);
    CHECK(comma[1].name == QStringLiteral("Kiosken"));
    CHECK(comma[1].city == QStringLiteral("Mjölby"));
    CHECK(comma[1].active);

    const auto tab = read("Name\tID\tCity\nSalong Saxen\ts-1\tYdre");
    REQUIRE(tab.size() == 1);
    CHECK(tab[0].id == QStringLiteral("s-1"));
    CHECK(tab[0].name == QStringLiteral("Salong Saxen"));
    CHECK(tab[0].city == QStringLiteral("Ydre"));
}

TEST_CASE("FacilityCsv handles quoted fields", "[reference]")
{
    const QByteArray csv = "\"id\";\"namn\";\"adress\"\n"
                           "q1;\"Café \"\"Hörnan\"\"; bar\";\"c/o Nilsson\nStorgatan 2\"\n"
                           "q2;\"\";x\n" // an empty quoted name: a bad row on line 4
                           "q3;\"Semikolon; och, komma\";\"\"\n";
    const Error e = errorOf(csv);
    REQUIRE(e.details().size() == 1);
    CHECK(e.details().at(0).startsWith(QStringLiteral("line 4: ")));

    QByteArray good = csv;
    good.replace("q2;\"\";x\n", "");
    const auto facilities = read(good);
    REQUIRE(facilities.size() == 2);
    CHECK(facilities[0].name == QStringLiteral("Café \"Hörnan\"; bar"));
    CHECK(facilities[0].address == QStringLiteral("c/o Nilsson\nStorgatan 2"));
    CHECK(facilities[1].name == QStringLiteral("Semikolon; och, komma"));
    CHECK(facilities[1].address.isEmpty());
}

TEST_CASE("FacilityCsv decodes UTF-8 with a BOM and falls back to Latin-1", "[reference]")
{
    const auto withBom = read("\xEF\xBB\xBFObjekt-ID;Namn;Ort\n1;Åkerns förskola;Malmö\n");
    REQUIRE(withBom.size() == 1);
    CHECK(withBom[0].id == QStringLiteral("1"));
    CHECK(withBom[0].name == QStringLiteral("Åkerns förskola"));

    // "Anläggning" and "Åkerns förskola" in ISO 8859-1, as old Windows exports write them.
    const auto latin1 = read("Objekt-ID;Anl\xE4ggning;Postort\n1;\xC5kerns f\xF6rskola;Malm\xF6\n");
    REQUIRE(latin1.size() == 1);
    CHECK(latin1[0].name == QStringLiteral("Åkerns förskola"));
    CHECK(latin1[0].city == QStringLiteral("Malmö"));
}

TEST_CASE("FacilityCsv names a missing required column", "[reference]")
{
    const Error noName = errorOf("Objekt-ID;Adress\n1;Storgatan 1\n");
    CHECK(noName.message().contains(QStringLiteral("line 1")));
    CHECK(noName.message().contains(QStringLiteral("column(s) name ")));
    const Error noId = errorOf("Namn;Adress\nKiosken;Storgatan 1\n");
    CHECK(noId.message().contains(QStringLiteral("column(s) id ")));
    CHECK(errorOf("Adress\nStorgatan 1\n").message().contains(QStringLiteral("id, name")));
    CHECK(errorOf("").message().contains(QStringLiteral("empty")));
    CHECK(errorOf("\n\n").message().contains(QStringLiteral("empty")));
}

TEST_CASE("FacilityCsv reports every bad row by line and imports nothing", "[reference]")
{
    const QByteArray csv = "id;namn;orgnr;riskklass\n"         // line 1
                           "ok-1;Bra;556677-8899;1\n"          // 2
                           "bad-org;Fel nummer;556677-8898;\n" // 3
                           "ok-2;\"Två\nrader\";;\n"           // 4-5
                           "bad-risk;Fel risk;;hög\n"          // 6
                           "bad-count;För få fält\n"           // 7
                           "ok-1;Samma id igen;;\n"            // 8
                           "bad id;Mellanslag;;\n"             // 9
                           "risk-9;Risk nio;;9\n"              // 10
                           "no-name; ;;\n";                    // 11
    const Error e = errorOf(csv);
    CHECK(e.message().contains(QStringLiteral("rows with errors: 7")));
    CHECK(e.message().contains(QStringLiteral("nothing was imported")));
    const QStringList details = e.details();
    INFO(e.fullText().toStdString());
    REQUIRE(details.size() == 7);
    const char *const expected[] = {
        "line 3: ", "line 6: ", "line 7: ", "line 8: ", "line 9: ", "line 10: ", "line 11: "};
    for (int i = 0; i < 7; ++i)
        CHECK(details.at(i).startsWith(QString::fromLatin1(expected[i])));
    CHECK(details.at(0).contains(QStringLiteral("556677-8898")));
    CHECK(details.at(1).contains(QStringLiteral("hög")));
    CHECK(details.at(2).contains(QStringLiteral("2 fields")));
    CHECK(details.at(3).contains(QStringLiteral("\"ok-1\"")));
    CHECK(e.fullText().contains(QStringLiteral("\nline 3: ")));

    const Error unclosed = errorOf("id;namn\n1;\"Aldrig stängd\n2;x\n");
    CHECK(unclosed.details().contains(QStringLiteral("line 2: a quoted field is not closed")));
}

TEST_CASE("FacilityCsv::looksLikeCsv tells CSV from JSON", "[reference]")
{
    CHECK(FacilityCsv::looksLikeCsv("id;namn\n1;x\n"));
    CHECK(FacilityCsv::looksLikeCsv("\xEF\xBB\xBFid;namn\n"));
    CHECK_FALSE(FacilityCsv::looksLikeCsv("{\"format\": \"tillsyn-facilities\"}"));
    CHECK_FALSE(FacilityCsv::looksLikeCsv("\n  {}"));
    CHECK_FALSE(FacilityCsv::looksLikeCsv("[]"));
}

} // namespace tillsyn_unity_facilitycsv_test
