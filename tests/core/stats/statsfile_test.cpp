#include "stats/statsfile.h"
#include "util/error.h"

#include "samples.h"
#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_statsfile_test {

using namespace tillsyn;
using namespace tillsyn::stats;
using tillsyn::test::editJson;
using tillsyn::test::toBytes;

namespace {

const QString kFile = QStringLiteral("solna.json");

QJsonObject counts(qint64 visits, qint64 checked, qint64 deviations, qint64 notChecked,
                   qint64 notApplicable)
{
    return {{QStringLiteral("visits"), visits},
            {QStringLiteral("checked"), checked},
            {QStringLiteral("deviations"), deviations},
            {QStringLiteral("notChecked"), notChecked},
            {QStringLiteral("notApplicable"), notApplicable}};
}

QJsonObject with(QJsonObject o, const QJsonObject &more)
{
    for (auto it = more.begin(); it != more.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject valid()
{
    const QString text = QStringLiteral("Golven är rena");
    return {
        {QStringLiteral("format"), QStringLiteral("tillsyn-stats")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("office"), QStringLiteral("Miljöförvaltningen Solna")},
        {QStringLiteral("period"),
         QJsonObject{{QStringLiteral("from"), QStringLiteral("2026-01-01")},
                     {QStringLiteral("to"), QStringLiteral("2026-12-31")}}},
        {QStringLiteral("createdAt"), QStringLiteral("2026-11-27T10:00:00Z")},
        {QStringLiteral("minimumGroupVisits"), 5},
        {QStringLiteral("items"),
         QJsonArray{
             with(counts(10, 8, 2, 1, 1),
                  {{QStringLiteral("checklistId"), QStringLiteral("livs")},
                   {QStringLiteral("checklistVersion"), 1},
                   {QStringLiteral("itemId"), QStringLiteral("golv")},
                   {QStringLiteral("text"), text},
                   {QStringLiteral("textSha256"), StatsFile::sha256Hex(text)}}),
             with(counts(5, 5, 0, 0, 0), {{QStringLiteral("checklistId"), QStringLiteral("livs")},
                                          {QStringLiteral("checklistVersion"), 2},
                                          {QStringLiteral("itemId"), QStringLiteral("golv")}})}},
        {QStringLiteral("itemCategories"),
         QJsonArray{with(counts(6, 5, 1, 1, 0),
                         {{QStringLiteral("checklistId"), QStringLiteral("livs")},
                          {QStringLiteral("checklistVersion"), 1},
                          {QStringLiteral("itemId"), QStringLiteral("golv")},
                          {QStringLiteral("category"), QStringLiteral("Restaurang")}})}},
        {QStringLiteral("categories"),
         QJsonArray{with(counts(6, 20, 3, 2, 1),
                         {{QStringLiteral("category"), QStringLiteral("Restaurang")}})}},
        {QStringLiteral("months"),
         QJsonArray{with(counts(10, 30, 4, 0, 0),
                         {{QStringLiteral("month"), QStringLiteral("2026-03")}})}},
    };
}

// Reads bytes that must be rejected; the message names the file and contains `expected`.
void requireRejected(const QByteArray &bytes, const QString &expected)
{
    try {
        StatsFile::read(bytes, kFile);
        FAIL("accepted; expected a rejection mentioning " << expected.toStdString());
    } catch (const Error &e) {
        INFO(e.message().toStdString());
        CHECK(e.message().startsWith(kFile + u':'));
        CHECK(e.message().contains(expected));
    }
}

void requireRejected(const std::function<void(QJsonObject &)> &edit, const QStringList &path,
                     const QString &expected)
{
    requireRejected(toBytes(editJson(valid(), path, edit).toObject()), expected);
}

} // namespace

TEST_CASE("stats: A stats file reads back as written", "[stats][statsfile]")
{
    const StatsData data = StatsFile::read(toBytes(valid()), kFile);
    CHECK(data.office == u"Miljöförvaltningen Solna");
    CHECK(data.from == QDate(2026, 1, 1));
    CHECK(data.to == QDate(2026, 12, 31));
    CHECK(data.minimumGroupVisits == 5);
    REQUIRE(data.items.size() == 2);
    CHECK(data.items[0].text == QStringLiteral("Golven är rena"));
    CHECK(data.items[0].counts == Counts{10, 8, 2, 1, 1});
    CHECK_FALSE(data.items[1].textSha256.has_value());
    REQUIRE(data.itemCategories.size() == 1);
    CHECK(data.itemCategories[0].category == u"Restaurang");
    REQUIRE(data.categories.size() == 1);
    REQUIRE(data.months.size() == 1);
    CHECK(data.months[0].label == u"2026-03");
    const StatsData again = StatsFile::read(StatsFile::write(data), kFile);
    CHECK(again.items.size() == 2);
    CHECK(again.items[0].textSha256 == data.items[0].textSha256);
    CHECK(again.categories[0].counts == data.categories[0].counts);
    CHECK(again.createdAt == data.createdAt);
}

TEST_CASE("stats: Malformed and hostile stats files are rejected, naming the file and member",
          "[stats][statsfile]")
{
    using O = QJsonObject;
    const QStringList root;
    const QStringList item{QStringLiteral("items"), QStringLiteral("0")};
    const QStringList second{QStringLiteral("items"), QStringLiteral("1")};
    const QStringList category{QStringLiteral("itemCategories"), QStringLiteral("0")};
    const QStringList month{QStringLiteral("months"), QStringLiteral("0")};
    const QStringList period{QStringLiteral("period")};

    SECTION("not JSON, not an object, a member twice")
    {
        requireRejected(QByteArray(), QStringLiteral("empty"));
        requireRejected(QByteArrayLiteral("[1, 2]"), QStringLiteral("top level"));
        QByteArray twice = toBytes(valid());
        twice.replace("\"office\":", "\"office\": \"Nacka\", \"office\":");
        requireRejected(twice, QStringLiteral("appears twice"));
        QByteArray twiceInItem = toBytes(valid());
        twiceInItem.replace("\"deviations\": 2,", "\"deviations\": 2, \"deviations\": 0,");
        requireRejected(twiceInItem, QStringLiteral("\"deviations\" appears twice"));
    }
    SECTION("another format or version")
    {
        requireRejected([](O &o) { o[QStringLiteral("format")] = QStringLiteral("tillsyn-visit"); },
                        root, QStringLiteral("\"format\""));
        requireRejected([](O &o) { o[QStringLiteral("formatVersion")] = 2; }, root,
                        QStringLiteral("\"formatVersion\""));
        requireRejected([](O &o) { o.remove(QStringLiteral("format")); }, root,
                        QStringLiteral("\"format\""));
    }
    SECTION("counts: negative, fractional, text, huge; deviations beyond checked; not adding up")
    {
        requireRejected([](O &o) { o[QStringLiteral("visits")] = -10; }, item,
                        QStringLiteral("\"items[0].visits\": must be between 0"));
        requireRejected([](O &o) { o[QStringLiteral("notChecked")] = -1; }, item,
                        QStringLiteral("\"items[0].notChecked\""));
        requireRejected([](O &o) { o[QStringLiteral("checked")] = 7.5; }, item,
                        QStringLiteral("\"items[0].checked\": must be an integer"));
        requireRejected([](O &o) { o[QStringLiteral("checked")] = QStringLiteral("8"); }, item,
                        QStringLiteral("\"items[0].checked\""));
        requireRejected([](O &o) { o[QStringLiteral("deviations")] = 1e300; }, item,
                        QStringLiteral("\"items[0].deviations\""));
        requireRejected([](O &o) { o[QStringLiteral("deviations")] = 9; }, item,
                        QStringLiteral("\"items[0].deviations\": is 9, more than the 8"));
        requireRejected([](O &o) { o[QStringLiteral("deviations")] = 31; }, month,
                        QStringLiteral("\"months[0].deviations\""));
        requireRejected([](O &o) { o[QStringLiteral("visits")] = 11; }, item,
                        QStringLiteral("\"items[0].visits\": is 11, but checked"));
    }
    SECTION("a group below the minimum; a minimum below 5")
    {
        requireRejected(
            [](O &o) {
                o[QStringLiteral("visits")] = 4;
                o[QStringLiteral("checked")] = 4;
                o[QStringLiteral("deviations")] = 0;
                o[QStringLiteral("notChecked")] = 0;
                o[QStringLiteral("notApplicable")] = 0;
            },
            second, QStringLiteral("\"items[1].visits\": is 4, below"));
        requireRejected([](O &o) { o[QStringLiteral("minimumGroupVisits")] = 1; }, root,
                        QStringLiteral("\"minimumGroupVisits\""));
    }
    SECTION("a group twice")
    {
        requireRejected(
            [](O &o) {
                QJsonArray items = o[QStringLiteral("items")].toArray();
                items.append(items.at(0));
                o[QStringLiteral("items")] = items;
            },
            root, QStringLiteral("\"items[2].itemId\": item \"golv\" of checklist \"livs\""));
        requireRejected(
            [](O &o) {
                QJsonArray months = o[QStringLiteral("months")].toArray();
                months.append(months.at(0));
                o[QStringLiteral("months")] = months;
            },
            root, QStringLiteral("\"months[1].month\": \"2026-03\" appears twice"));
    }
    SECTION("ids, labels, months, dates, office names that are not what they claim")
    {
        requireRejected([](O &o) { o[QStringLiteral("itemId")] = QStringLiteral("a b"); }, item,
                        QStringLiteral("\"items[0].itemId\""));
        requireRejected([](O &o) { o[QStringLiteral("checklistId")] = QString(200, u'x'); }, item,
                        QStringLiteral("\"items[0].checklistId\""));
        requireRejected([](O &o) { o[QStringLiteral("checklistVersion")] = 0; }, item,
                        QStringLiteral("\"items[0].checklistVersion\""));
        requireRejected(
            [](O &o) { o[QStringLiteral("category")] = QStringLiteral("anna@example.se"); },
            category, QStringLiteral("\"itemCategories[0].category\""));
        requireRejected(
            [](O &o) {
                o[QStringLiteral("category")] =
                    QStringLiteral("Restaurang Måsen: Anna Svensson, tel. 070-123 45 67");
            },
            category, QStringLiteral("\"itemCategories[0].category\""));
        requireRejected([](O &o) { o[QStringLiteral("month")] = QStringLiteral("2026-13"); }, month,
                        QStringLiteral("\"months[0].month\": must be a month"));
        requireRejected([](O &o) { o[QStringLiteral("month")] = QStringLiteral("2025-12"); }, month,
                        QStringLiteral("\"months[0].month\": 2025-12 lies outside"));
        requireRejected([](O &o) { o[QStringLiteral("to")] = QStringLiteral("2025-12-31"); },
                        period, QStringLiteral("\"period.to\": lies before"));
        requireRejected([](O &o) { o[QStringLiteral("from")] = QStringLiteral("2026-02-30"); },
                        period, QStringLiteral("\"period.from\""));
        requireRejected([](O &o) { o[QStringLiteral("office")] = QStringLiteral("Solna\nNacka"); },
                        root, QStringLiteral("\"office\""));
        requireRejected([](O &o) { o[QStringLiteral("office")] = QStringLiteral(" "); }, root,
                        QStringLiteral("\"office\""));
        requireRejected([](O &o) { o[QStringLiteral("createdAt")] = QStringLiteral("igår"); }, root,
                        QStringLiteral("\"createdAt\""));
    }
    SECTION("a wording without its hash, or with another's")
    {
        requireRejected([](O &o) { o.remove(QStringLiteral("textSha256")); }, item,
                        QStringLiteral("\"items[0].textSha256\""));
        requireRejected(
            [](O &o) { o[QStringLiteral("text")] = QStringLiteral("Golven är smutsiga"); }, item,
            QStringLiteral("\"items[0].textSha256\": must be present and be the SHA-256"));
        requireRejected([](O &o) { o[QStringLiteral("textSha256")] = QStringLiteral("ABC"); }, item,
                        QStringLiteral("\"items[0].textSha256\": must be 64 lowercase"));
    }
    SECTION("members of the wrong type, missing members")
    {
        requireRejected([](O &o) { o[QStringLiteral("items")] = QJsonObject(); }, root,
                        QStringLiteral("\"items\": must be an array"));
        requireRejected([](O &o) { o[QStringLiteral("items")] = QJsonArray{1}; }, root,
                        QStringLiteral("\"items[0]\": must be an object"));
        requireRejected([](O &o) { o.remove(QStringLiteral("months")); }, root,
                        QStringLiteral("\"months\": is required"));
        requireRejected([](O &o) { o.remove(QStringLiteral("deviations")); }, item,
                        QStringLiteral("\"items[0].deviations\": is required"));
        requireRejected([](O &o) { o[QStringLiteral("period")] = QStringLiteral("2026"); }, root,
                        QStringLiteral("\"period\": must be an object"));
    }
    SECTION("a category count that does not fit its item")
    {
        requireRejected([](O &o) { o[QStringLiteral("itemId")] = QStringLiteral("tvatt"); },
                        category, QStringLiteral("\"itemCategories[0]\": does not fit"));
        requireRejected(
            [](O &o) {
                o[QStringLiteral("visits")] = 12;
                o[QStringLiteral("checked")] = 12;
                o[QStringLiteral("notChecked")] = 0;
            },
            category, QStringLiteral("\"itemCategories[0]\": does not fit"));
    }
}

TEST_CASE("stats: The writer refuses data that breaks a rule instead of writing it",
          "[stats][statsfile]")
{
    StatsData data = StatsFile::read(toBytes(valid()), kFile);
    data.categories[0].label = QStringLiteral("kalle@example.se");
    CHECK_THROWS_AS(StatsFile::write(data), Error);
    data = StatsFile::read(toBytes(valid()), kFile);
    data.items[1].counts.visits = 3;
    data.items[1].counts.checked = 3;
    CHECK_THROWS_AS(StatsFile::write(data), Error);
}

TEST_CASE("stats: Every JSONTestSuite file is rejected as a stats file, without a crash",
          "[stats][statsfile][corpus]")
{
    const QDir dir(QStringLiteral(TILLSYN_CORPORA_DIR "/jsontestsuite/test_parsing/"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() > 300);
    for (const QString &name : files) {
        INFO(name.toStdString());
        try {
            StatsFile::read(test::readAll(dir.filePath(name)), name);
            FAIL("accepted");
        } catch (const Error &e) {
            CHECK(e.message().startsWith(name + u':'));
        }
    }
}

TEST_CASE("stats: a value that ends in a newline is refused wherever a pattern checks it",
          "[stats][statsfile]")
{
    // `$` in a QRegularExpression matches before a final newline; every pattern is anchored at
    // the very end (issue 13).
    using O = QJsonObject;
    const QStringList root;
    const QStringList item{QStringLiteral("items"), QStringLiteral("0")};
    const QStringList month{QStringLiteral("months"), QStringLiteral("0")};
    const QStringList period{QStringLiteral("period")};
    const QStringList category{QStringLiteral("categories"), QStringLiteral("0")};
    requireRejected(
        [](O &o) { o[QStringLiteral("createdAt")] = QStringLiteral("2026-11-27T10:00:00Z\n"); },
        root, QStringLiteral("\"createdAt\""));
    requireRejected([](O &o) { o[QStringLiteral("from")] = QStringLiteral("2026-01-01\n"); },
                    period, QStringLiteral("\"period.from\""));
    requireRejected([](O &o) { o[QStringLiteral("month")] = QStringLiteral("2026-03\n"); }, month,
                    QStringLiteral("\"months[0].month\""));
    requireRejected([](O &o) { o[QStringLiteral("itemId")] = QStringLiteral("golv\n"); }, item,
                    QStringLiteral("\"items[0].itemId\""));
    requireRejected(
        [](O &o) {
            o[QStringLiteral("textSha256")] = o[QStringLiteral("textSha256")].toString() + u'\n';
        },
        item, QStringLiteral("\"items[0].textSha256\""));
    requireRejected([](O &o) { o[QStringLiteral("category")] = QStringLiteral("Restaurang\n"); },
                    category, QStringLiteral("\"categories[0].category\""));
}

} // namespace tillsyn_unity_statsfile_test
