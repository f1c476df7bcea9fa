#include "storage/database.h"
#include "storage/facilitystore.h"
#include "util/error.h"

#include "samples.h"
#include "support/catchqt.h"
#include "support/tempdir.h"

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_facilitystore_test {

using namespace tillsyn;
using storage::FacilityStore;
using tillsyn::test::sampleFacility;
using tillsyn::test::TempDir;

namespace {

domain::Facility facility(const QString &id, const QString &name, const QString &city,
                          const QString &orgNumber, bool active = true)
{
    domain::Facility f = sampleFacility(id, name);
    f.city = city;
    f.operatorDetails.orgNumber = orgNumber;
    f.operatorDetails.name = name + QStringLiteral(" AB");
    f.address = QStringLiteral("Gatan %1").arg(id);
    f.active = active;
    return f;
}

std::vector<domain::Facility> sampleSet()
{
    return {
        facility(QStringLiteral("a"), QStringLiteral("Restaurang Solsidan"),
                 QStringLiteral("Ödeshög"), QStringLiteral("556677-8899")),
        facility(QStringLiteral("b"), QStringLiteral("Café Ängen"), QStringLiteral("Malmö"),
                 QStringLiteral("556036-0793")),
        facility(QStringLiteral("c"), QStringLiteral("Pizzeria Bella Napoli"),
                 QStringLiteral("Linköping"), QStringLiteral("212000-0142")),
        facility(QStringLiteral("d"), QStringLiteral("Gamla Bageriet"), QStringLiteral("Ödeshög"),
                 QStringLiteral("802412-3450"), false),
        facility(QStringLiteral("e"), QStringLiteral("Solsidans förskola"),
                 QStringLiteral("Mjölby"), QString()),
    };
}

QStringList ids(const std::vector<domain::Facility> &facilities)
{
    QStringList out;
    for (const auto &f : facilities)
        out.append(f.id);
    return out;
}

QStringList list(std::initializer_list<const char16_t *> items)
{
    QStringList out;
    for (const char16_t *s : items)
        out.append(QString::fromUtf16(s));
    return out;
}

struct Fixture
{
    TempDir dir;
    storage::Database db{dir.file(QStringLiteral("tillsyn.db"))};
    FacilityStore store{db};

    Fixture() { REQUIRE(store.upsert(sampleSet()).added == 5); }
    QStringList search(const QString &text, bool inactive = false)
    {
        return ids(store.search(text, 0, 200, inactive));
    }
};

} // namespace

TEST_CASE("FacilityStore upsert counts added, updated and unchanged", "[storage]")
{
    const TempDir dir;
    storage::Database db(dir.file(QStringLiteral("tillsyn.db")));
    FacilityStore store(db);

    auto set = sampleSet();
    auto counts = store.upsert(set);
    CHECK(counts.added == 5);
    CHECK(counts.updated == 0);
    CHECK(counts.unchanged == 0);
    for (const auto &f : set)
        CHECK(store.find(f.id) == f);

    counts = store.upsert(set);
    CHECK(counts.added == 0);
    CHECK(counts.updated == 0);
    CHECK(counts.unchanged == 5);

    set[1].name = QStringLiteral("Café Ängen & Bar");
    set[3].riskClass.reset();
    set.push_back(facility(QStringLiteral("f"), QStringLiteral("Ny"), QStringLiteral("Ydre"), {}));
    counts = store.upsert(set);
    CHECK(counts.added == 1);
    CHECK(counts.updated == 2);
    CHECK(counts.unchanged == 3);
    CHECK(store.find(QStringLiteral("b"))->name == QStringLiteral("Café Ängen & Bar"));
    CHECK_FALSE(store.find(QStringLiteral("d"))->riskClass.has_value());
    CHECK(store.count({}, true) == 6);
    CHECK_FALSE(store.find(QStringLiteral("missing")).has_value());
}

TEST_CASE("FacilityStore stores a facility with only an id and a name", "[storage]")
{
    const TempDir dir;
    storage::Database db(dir.file(QStringLiteral("tillsyn.db")));
    FacilityStore store(db);
    domain::Facility f;
    f.id = QStringLiteral("min");
    f.name = QStringLiteral("Minimal");
    CHECK(store.upsert({f}).added == 1);
    CHECK(store.find(f.id) == f);
    CHECK(store.upsert({f}).unchanged == 1);
    CHECK(ids(store.search(QStringLiteral("minim"))) == QStringList{f.id});
}

TEST_CASE("FacilityStore search", "[storage]")
{
    Fixture fx;

    SECTION("by name prefix, any case")
    {
        CHECK(fx.search(QStringLiteral("sols")) == list({u"a", u"e"}));
        CHECK(fx.search(QStringLiteral("SOLSIDANS")) == list({u"e"}));
        CHECK(fx.search(QStringLiteral("RESTAURANG")) == list({u"a"}));
        CHECK(fx.search(QStringLiteral("napo")) == list({u"c"}));
        CHECK(fx.search(QStringLiteral("olsidan")).isEmpty()); // prefixes only
    }
    SECTION("every word must match")
    {
        CHECK(fx.search(QStringLiteral("solsidan restaurang")) == list({u"a"}));
        CHECK(fx.search(QStringLiteral("sols förskola")) == list({u"e"}));
        CHECK(fx.search(QStringLiteral("sols napoli")).isEmpty());
        CHECK(fx.search(QStringLiteral("  pizzeria   bella  ")) == list({u"c"}));
    }
    SECTION("by org. number with and without dash")
    {
        CHECK(fx.search(QStringLiteral("556677-8899")) == list({u"a"}));
        CHECK(fx.search(QStringLiteral("5566778899")) == list({u"a"}));
        CHECK(fx.search(QStringLiteral("55667788")) == list({u"a"}));
        CHECK(fx.search(QStringLiteral("556036")) == list({u"b"}));
        CHECK(fx.search(QStringLiteral("556")) == list({u"b", u"a"}));
    }
    SECTION("by city and address")
    {
        CHECK(fx.search(QStringLiteral("malmö")) == list({u"b"}));
        CHECK(fx.search(QStringLiteral("Linköping")) == list({u"c"}));
        CHECK(fx.search(QStringLiteral("Ödeshög")) == list({u"a"}));
        CHECK(fx.search(QStringLiteral("gatan e")) == list({u"e"}));
        CHECK(fx.search(QStringLiteral("123 45")) == list({u"b", u"c", u"a", u"e"}));
    }
    SECTION("Swedish letters, with and without diacritics")
    {
        CHECK(fx.search(QStringLiteral("ängen")) == list({u"b"}));
        CHECK(fx.search(QStringLiteral("ÄNGEN")) == list({u"b"}));
        CHECK(fx.search(QStringLiteral("angen")) == list({u"b"}));
        CHECK(fx.search(QStringLiteral("malmo")) == list({u"b"}));
        CHECK(fx.search(QStringLiteral("odeshog")) == list({u"a"}));
        CHECK(fx.search(QStringLiteral("cafe")) == list({u"b"}));
        CHECK(fx.search(QStringLiteral("forsk")) == list({u"e"}));
        CHECK(fx.search(QStringLiteral("linkö")) == list({u"c"}));
    }
    SECTION("inactive facilities only when asked")
    {
        CHECK(fx.search(QStringLiteral("bageriet")).isEmpty());
        CHECK(fx.search(QStringLiteral("bageriet"), true) == list({u"d"}));
        CHECK(fx.search(QStringLiteral("ödeshög"), true) == list({u"d", u"a"}));
        CHECK(fx.store.count(QStringLiteral("bageriet")) == 0);
        CHECK(fx.store.count(QStringLiteral("bageriet"), true) == 1);
    }
    SECTION("an empty text lists everything by name")
    {
        CHECK(fx.search({}) == list({u"b", u"c", u"a", u"e"}));
        CHECK(fx.search({}, true) == list({u"b", u"d", u"c", u"a", u"e"}));
        CHECK(fx.store.count({}) == 4);
        CHECK(fx.store.count({}, true) == 5);
        CHECK(fx.store.count(QStringLiteral("sols")) == 2);
        CHECK(fx.store.count(QStringLiteral("nothing-like-this")) == 0);
    }
    SECTION("paging")
    {
        CHECK(ids(fx.store.search({}, 0, 2, true)) == list({u"b", u"d"}));
        CHECK(ids(fx.store.search({}, 2, 2, true)) == list({u"c", u"a"}));
        CHECK(ids(fx.store.search({}, 4, 2, true)) == list({u"e"}));
        CHECK(ids(fx.store.search({}, 5, 2, true)).isEmpty());
        CHECK(ids(fx.store.search(QStringLiteral("ödeshög"), 1, 1, true)) == list({u"a"}));
    }
}

TEST_CASE("FacilityStore search never fails on FTS syntax", "[storage]")
{
    Fixture fx;
    const char *const queries[] = {
        "\"",
        "*",
        "(",
        ")",
        "AND",
        "OR",
        "NOT",
        "NEAR",
        "-",
        "^",
        ":",
        "+",
        "'",
        "\\",
        "_",
        "{",
        "}",
        "[",
        "]",
        "\"\"",
        "sols AND",
        "AND sols",
        "sols OR napoli",
        "NOT sols",
        "name:sols",
        "\"sols",
        "sols\"",
        "sols*",
        "*sols",
        "(sols",
        "sols)",
        "-sols",
        "sols -",
        "NEAR(sols napoli)",
        "sols +napoli",
        "%",
        "a'b",
        "\t\n",
        "\xC3\xA5*",
        "\xE2\x80\x9Csols\xE2\x80\x9D",
    };
    for (const char *q : queries) {
        const QString text = QString::fromUtf8(q);
        INFO(q);
        CHECK_NOTHROW(fx.store.search(text));
        CHECK_NOTHROW(fx.store.count(text, true));
    }
    // The punctuation is ignored; the words still search.
    CHECK(fx.search(QStringLiteral("\"sols")) == list({u"a", u"e"}));
    CHECK(fx.search(QStringLiteral("sols*")) == list({u"a", u"e"}));
    CHECK(fx.search(QStringLiteral("(sols)")) == list({u"a", u"e"}));
    CHECK(fx.search(QStringLiteral("-sols")) == list({u"a", u"e"}));
    CHECK(fx.search(QStringLiteral("name:sols")).isEmpty()); // "name" is a word, not a column
    CHECK(fx.search(QStringLiteral("AND")).isEmpty());
    CHECK(fx.search(QStringLiteral("\"*()")) == fx.search({}));
}

TEST_CASE("FacilityStore::matchExpression quotes every word as a prefix", "[storage]")
{
    CHECK(FacilityStore::matchExpression(QStringLiteral("sols")) == QStringLiteral("\"sols\"*"));
    CHECK(FacilityStore::matchExpression(QStringLiteral(" Café  Ängen ")).toUtf8() ==
          QByteArray("\"Caf\xC3\xA9\"* \"\xC3\x84ngen\"*"));
    CHECK(FacilityStore::matchExpression(QStringLiteral("556677-8899")) ==
          QStringLiteral("\"556677\"* \"8899\"*"));
    CHECK(FacilityStore::matchExpression(QStringLiteral("\"*()-")).isEmpty());
    CHECK(FacilityStore::matchExpression({}).isEmpty());
}

} // namespace tillsyn_unity_facilitystore_test
