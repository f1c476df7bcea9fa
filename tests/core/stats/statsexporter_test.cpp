#include "stats/statsexporter.h"
#include "util/error.h"
#include "json/objectreader.h"

#include "statsfixture.h"
#include "support/catchqt.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <set>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_statsexporter_test {

using namespace tillsyn;
using namespace tillsyn::stats;
using tillsyn::test::at;
using tillsyn::test::StatsFixture;
using tillsyn::test::StatsVisit;

namespace {

constexpr auto O = domain::Result::Ok;
constexpr auto D = domain::Result::Deviation;
constexpr auto N = domain::Result::NotChecked;
constexpr auto A = domain::Result::NotApplicable;

// Everything identifying the visits carry; none of it may reach the file.
const QStringList kSecrets{
    QStringLiteral("HEMLIG-ANL"),     QStringLiteral("Kalles Kebab"),
    QStringLiteral("Kalle"),          QStringLiteral("Åsa"),
    QStringLiteral("Öberg"),          QStringLiteral("asa-oberg"),
    QStringLiteral("Smutsigt"),       QStringLiteral("Sammanfattning"),
    QStringLiteral("556677-8899"),    QStringLiteral("Storgatan"),
    QStringLiteral("070-123"),        QStringLiteral("kalle@example.se"),
    QStringLiteral("enligt besöket"), QStringLiteral("laptop"),
    QStringLiteral("6c1d2e3f"),       QStringLiteral("-0000-4000-a000-"),
    QStringLiteral("Ödeshög"),        QStringLiteral("Ingrid"),
};

// A visit full of people, a facility and free text.
domain::Visit identifying(const StatsVisit &spec)
{
    domain::Visit v = StatsFixture::visit(spec);
    v.facility.id = QStringLiteral("HEMLIG-ANL-%1").arg(spec.number);
    v.facility.name = QStringLiteral("Kalles Kebab %1").arg(spec.number);
    v.facility.address = QStringLiteral("Storgatan 7");
    v.facility.city = QStringLiteral("Ödeshög");
    v.facility.operatorDetails = {QStringLiteral("Kalles Kebab AB"), QStringLiteral("556677-8899"),
                                  QStringLiteral("Kalle Karlsson"), QStringLiteral("070-123 45 67"),
                                  QStringLiteral("kalle@example.se")};
    v.inspectors = {{QStringLiteral("asa-oberg"), QStringLiteral("Åsa Öberg")}};
    v.presentPersons = {QStringLiteral("Kalle Karlsson"), QStringLiteral("Ingrid Kock")};
    v.summary = QStringLiteral("Sammanfattning: Kalle visade runt.");
    for (domain::Answer &a : v.answers) {
        a.text = QStringLiteral("%1 (enligt besöket)").arg(a.text);
        a.comment = QStringLiteral("Smutsigt hos Kalle, sa Ingrid");
        a.legalReference = QStringLiteral("Kalles egen regel");
    }
    return v;
}

// Six restaurant visits and one with a hostile category in March, three cafés in April, two
// hairdressers in May, and one visit in conflict.
std::unique_ptr<StatsFixture> office()
{
    auto f = std::make_unique<StatsFixture>();
    const QString livs = QStringLiteral("livs"), restaurang = QStringLiteral("Restaurang");
    const std::vector<std::vector<domain::Result>> restaurants{{O, O, D}, {O, D, D}, {O, O, O},
                                                               {D, O, A}, {O, N, O}, {O, O, D}};
    int n = 0;
    for (const auto &results : restaurants) {
        ++n;
        REQUIRE(
            f->merge(identifying(
                {n, livs, 1, at(3, n), domain::VisitKind::Planned, restaurang, {}, 30, results})) ==
            merge::Outcome::Imported);
    }
    for (int i = 0; i < 3; ++i)
        REQUIRE(f->merge(identifying({++n,
                                      livs,
                                      1,
                                      at(4, 10 + i),
                                      domain::VisitKind::Planned,
                                      QStringLiteral("Café"),
                                      {},
                                      30,
                                      {O, O, O}})) == merge::Outcome::Imported);
    REQUIRE(f->merge(identifying({++n,
                                  livs,
                                  1,
                                  at(3, 20),
                                  domain::VisitKind::Planned,
                                  QStringLiteral("kalle@example.se"),
                                  {},
                                  30,
                                  {D, D, D}})) == merge::Outcome::Imported);
    for (int i = 0; i < 2; ++i)
        REQUIRE(f->merge(identifying({++n,
                                      QStringLiteral("halsa"),
                                      1,
                                      at(5, 3 + i),
                                      domain::VisitKind::Planned,
                                      QStringLiteral("Frisör"),
                                      {},
                                      30,
                                      {D, O}})) == merge::Outcome::Imported);
    f->addInConflict({++n,
                      livs,
                      1,
                      at(3, 25),
                      domain::VisitKind::Planned,
                      restaurang,
                      {QStringLiteral("Kalle Konflikt")},
                      30,
                      {D, D, D}});
    return f;
}

const StatsItem *findItem(const std::vector<StatsItem> &items, const QString &itemId)
{
    for (const StatsItem &i : items) {
        if (i.itemId == itemId)
            return &i;
    }
    return nullptr;
}

// Every member name and string value in a JSON value.
void collect(const QJsonValue &v, std::set<QString> *names, std::set<QString> *strings)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            names->insert(it.key());
            collect(it.value(), names, strings);
        }
    } else if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            collect(e, names, strings);
    } else if (v.isString()) {
        strings->insert(v.toString());
    }
}

} // namespace

TEST_CASE("stats: The export counts per checklist version, item, category and month, leaving out "
          "groups of fewer than 5 visits",
          "[stats][export]")
{
    auto f = office();
    const StatsData data = StatsExporter(f->office).build(QStringLiteral("Miljöförvaltningen"));
    CHECK(data.office == u"Miljöförvaltningen");
    CHECK(data.from == QDate(2026, 3, 1));
    CHECK(data.to == QDate(2026, 5, 4));
    CHECK(data.minimumGroupVisits == 5);
    // livs v1: 6 restaurants + 3 cafés + 1 hostile category = 10 visits; halsa: 2, left out.
    REQUIRE(data.items.size() == 3);
    const StatsItem *golv = findItem(data.items, QStringLiteral("golv"));
    REQUIRE(golv);
    CHECK(golv->checklistId == u"livs");
    CHECK(golv->checklistVersion == 1);
    CHECK(golv->counts == Counts{10, 10, 2, 0, 0});
    CHECK(findItem(data.items, QStringLiteral("tvatt"))->counts == Counts{10, 9, 2, 1, 0});
    CHECK(findItem(data.items, QStringLiteral("allergen"))->counts == Counts{10, 9, 4, 0, 1});
    // The wording is the published one of that version, never the visit's.
    CHECK(findItem(data.items, QStringLiteral("allergen"))->text ==
          QStringLiteral("Allergeninformation finns"));
    CHECK(golv->textSha256 == StatsFile::sha256Hex(QStringLiteral("Golven är rena")));
    // Per category: only the restaurants (cafés: 3 visits; the e-mail address is no label).
    REQUIRE(data.itemCategories.size() == 3);
    for (const StatsItem &i : data.itemCategories)
        CHECK(i.category == u"Restaurang");
    CHECK(findItem(data.itemCategories, QStringLiteral("golv"))->counts == Counts{6, 6, 1, 0, 0});
    CHECK(findItem(data.itemCategories, QStringLiteral("tvatt"))->counts == Counts{6, 5, 1, 1, 0});
    CHECK(findItem(data.itemCategories, QStringLiteral("allergen"))->counts ==
          Counts{6, 5, 3, 0, 1});
    REQUIRE(data.categories.size() == 1);
    CHECK(data.categories[0].label == u"Restaurang");
    CHECK(data.categories[0].counts == Counts{6, 16, 5, 1, 1});
    // March: the six restaurants and the hostile one; April (3) and May (2) are left out.
    REQUIRE(data.months.size() == 1);
    CHECK(data.months[0].label == u"2026-03");
    CHECK(data.months[0].counts == Counts{7, 19, 8, 1, 1});
}

TEST_CASE("stats: An exported file holds no facility, person or free text: not even by accident",
          "[stats][export]")
{
    auto f = office();
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("stats.json"));
    StatsExporter::save(StatsExporter(f->office).build(QStringLiteral("Miljöförvaltningen")), path);
    const QByteArray bytes = test::readAll(path);
    REQUIRE(bytes.size() > 500);
    const QString text = QString::fromUtf8(bytes);
    for (const QString &secret : kSecrets) {
        INFO(secret.toStdString());
        CHECK_FALSE(text.contains(secret, Qt::CaseInsensitive));
    }
    // Beyond the list: every member is one the format defines, and every string is an id, a
    // label, a month, a date, a published wording or its hash.
    std::set<QString> names, strings;
    collect(QJsonDocument::fromJson(bytes).object(), &names, &strings);
    const std::set<QString> known{
        QStringLiteral("format"),      QStringLiteral("formatVersion"),
        QStringLiteral("office"),      QStringLiteral("period"),
        QStringLiteral("from"),        QStringLiteral("to"),
        QStringLiteral("createdAt"),   QStringLiteral("minimumGroupVisits"),
        QStringLiteral("items"),       QStringLiteral("itemCategories"),
        QStringLiteral("categories"),  QStringLiteral("months"),
        QStringLiteral("checklistId"), QStringLiteral("checklistVersion"),
        QStringLiteral("itemId"),      QStringLiteral("text"),
        QStringLiteral("textSha256"),  QStringLiteral("category"),
        QStringLiteral("month"),       QStringLiteral("visits"),
        QStringLiteral("checked"),     QStringLiteral("deviations"),
        QStringLiteral("notChecked"),  QStringLiteral("notApplicable"),
        // The optional members of issues 17 and 18: counts and sums only.
        QStringLiteral("kinds"),       QStringLiteral("kind"),
        QStringLiteral("followUp"),    QStringLiteral("withDeadline"),
        QStringLiteral("correctedByDeadline"), QStringLiteral("corrected"),
        QStringLiteral("daysToCorrectionSum"), QStringLiteral("time"),
        QStringLiteral("timedVisits"), QStringLiteral("minutes"),
        QStringLiteral("chargeableMinutes"), QStringLiteral("preparation"),
        QStringLiteral("travel"),      QStringLiteral("inspection"),
        QStringLiteral("sampling"),    QStringLiteral("reporting"),
        QStringLiteral("other")};
    for (const QString &n : names) {
        INFO(n.toStdString());
        CHECK(known.count(n) == 1);
    }
    std::set<QString> allowed{QStringLiteral("tillsyn-stats"), QStringLiteral("Miljöförvaltningen"),
                              QStringLiteral("2026-03-01"),    QStringLiteral("2026-05-04"),
                              QStringLiteral("livs"),          QStringLiteral("golv"),
                              QStringLiteral("tvatt"),         QStringLiteral("allergen"),
                              QStringLiteral("Restaurang"),    QStringLiteral("2026-03"),
                              // kinds of visit, the format's tokens
                              QStringLiteral("planned"),       QStringLiteral("follow_up"),
                              QStringLiteral("complaint"),     QStringLiteral("incident"),
                              QStringLiteral("other")};
    for (const auto &c : StatsFixture::checklists()) {
        for (const auto &s : c.sections) {
            for (const auto &i : s.items) {
                allowed.insert(i.text);
                allowed.insert(StatsFile::sha256Hex(i.text));
            }
        }
    }
    for (const QString &s : strings) {
        INFO(s.toStdString());
        CHECK((allowed.count(s) == 1 || json::ObjectReader::isValidUtcTime(s)));
    }
}

TEST_CASE("stats: The export's period selects the visits and is written as given",
          "[stats][export]")
{
    auto f = office();
    const StatsData march =
        StatsExporter(f->office).build(QStringLiteral("Solna"), QDate(2026, 3, 1), QDate(2026, 3, 31));
    CHECK(march.from == QDate(2026, 3, 1));
    CHECK(march.to == QDate(2026, 3, 31));
    // The six restaurants and the hostile category: 7 visits.
    REQUIRE(march.items.size() == 3);
    CHECK(findItem(march.items, QStringLiteral("golv"))->counts.visits == 7);
    // A period without visits gives a file without groups.
    const StatsData empty =
        StatsExporter(f->office).build(QStringLiteral("Solna"), QDate(2027, 1, 1), QDate(2027, 1, 31));
    CHECK(empty.items.empty());
    CHECK(empty.months.empty());
    CHECK(StatsFile::read(StatsFile::write(empty), QStringLiteral("x")).to == QDate(2027, 1, 31));
}

TEST_CASE("stats: The export refuses what it cannot write sensibly, naming the problem",
          "[stats][export]")
{
    StatsFixture f;
    // No visits and no period: there is nothing to say which period the file covers.
    CHECK_THROWS_WITH(StatsExporter(f.office).build(QStringLiteral("Solna")),
                      Catch::Contains("no merged visits"));
    CHECK_THROWS_WITH(StatsExporter(f.office).build(QStringLiteral("Solna\nNacka"), QDate(2026, 1, 1),
                                                QDate(2026, 2, 1)),
                      Catch::Contains("office name"));
    CHECK_THROWS_WITH(
        StatsExporter(f.office).build(QStringLiteral("Solna"), QDate(2026, 3, 1), QDate(2026, 2, 1)),
        Catch::Contains("ends (2026-02-01) before it begins (2026-03-01)"));
}

TEST_CASE("stats: The export is written atomically", "[stats][export]")
{
    auto f = office();
    test::TempDir dir;
    const StatsData data = StatsExporter(f->office).build(QStringLiteral("Solna"));
    const QString path = dir.write(QStringLiteral("stats.json"), QByteArrayLiteral("old"));
    StatsExporter::save(data, path);
    CHECK(StatsFile::read(test::readAll(path), path).items.size() == 3);
    // A folder that does not exist: an error naming the file, and nothing else written.
    const QString bad = dir.file(QStringLiteral("missing/stats.json"));
    CHECK_THROWS_WITH(StatsExporter::save(data, bad), Catch::Contains(bad.toStdString()));
    CHECK_FALSE(QFile::exists(bad));
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("stats.json")});
}

} // namespace tillsyn_unity_statsexporter_test
