#include "reference/checklistsfile.h"
#include "util/error.h"

#include "samples.h"
#include "support/catchqt.h"

#include <QJsonArray>
#include <QJsonDocument>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_checklistsfile_test {

using namespace tillsyn;
using reference::ChecklistsFile;
using tillsyn::test::editJson;
using tillsyn::test::sampleChecklist;
using tillsyn::test::toBytes;

namespace {

const QDateTime kPublished(QDate(2026, 11, 26), QTime(9, 15), Qt::UTC);

std::vector<domain::Checklist> sampleList()
{
    domain::Checklist health = sampleChecklist(QStringLiteral("hygienlokal"), 3);
    health.area = domain::Area::Health;
    health.title = QStringLiteral("Hygienlokaler – tatuering & piercing");
    domain::Checklist environment = sampleChecklist(QStringLiteral("miljo.bilverkstad_2"));
    environment.area = domain::Area::Environment;
    environment.sections.push_back({QStringLiteral("Tomt avsnitt"), {}});
    return {sampleChecklist(QStringLiteral("livsmedel")), health, environment,
            sampleChecklist(QStringLiteral("livsmedel"), 2)};
}

QJsonObject sampleDocument()
{
    return QJsonDocument::fromJson(ChecklistsFile::write(sampleList(), kPublished)).object();
}

QString errorOf(const QByteArray &bytes)
{
    try {
        ChecklistsFile::read(bytes, QStringLiteral("lists.json"));
    } catch (const Error &e) {
        CHECK(e.message().startsWith(QStringLiteral("lists.json: ")));
        return e.message();
    }
    FAIL("read without an error");
    return {};
}

QString errorAfter(const QStringList &path, const std::function<void(QJsonObject &)> &edit)
{
    return errorOf(toBytes(editJson(sampleDocument(), path, edit).toObject()));
}

} // namespace

TEST_CASE("ChecklistsFile round trip", "[reference]")
{
    const auto list = sampleList();
    const QByteArray bytes = ChecklistsFile::write(list, kPublished);
    CHECK(ChecklistsFile::read(bytes, QStringLiteral("lists.json")) == list);
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    CHECK(root.value(QStringLiteral("format")) == QStringLiteral("tillsyn-checklists"));
    CHECK(root.value(QStringLiteral("formatVersion")) == 1);
    CHECK(root.value(QStringLiteral("publishedAt")) == QStringLiteral("2026-11-26T09:15:00Z"));
    CHECK(ChecklistsFile::read(ChecklistsFile::write({}, kPublished), {}).empty());
}

TEST_CASE("ChecklistsFile ignores members it does not know", "[reference]")
{
    QJsonObject doc = sampleDocument();
    doc.insert(QStringLiteral("publisher"), QStringLiteral("Miljökontoret"));
    doc = editJson(doc,
                   {QStringLiteral("checklists"), QStringLiteral("0"), QStringLiteral("sections"),
                    QStringLiteral("1"), QStringLiteral("items"), QStringLiteral("0")},
                   [](QJsonObject &o) { o.insert(QStringLiteral("weight"), 2); })
              .toObject();
    CHECK(ChecklistsFile::read(toBytes(doc), {}) == sampleList());
}

TEST_CASE("ChecklistsFile rejects the wrong format and unknown versions", "[reference]")
{
    const QString wrongFormat = errorAfter({}, [](QJsonObject &o) {
        o[QStringLiteral("format")] = QStringLiteral("tillsyn-facilities");
    });
    CHECK(wrongFormat.contains(QStringLiteral("\"format\"")));
    CHECK(wrongFormat.contains(QStringLiteral("tillsyn-checklists")));
    CHECK(errorAfter({}, [](QJsonObject &o) {
              o.remove(QStringLiteral("format"));
          }).contains(QStringLiteral("\"format\"")));

    const QString newer =
        errorAfter({}, [](QJsonObject &o) { o[QStringLiteral("formatVersion")] = 2; });
    CHECK(newer.contains(QStringLiteral("\"formatVersion\"")));
    CHECK(newer.contains(QStringLiteral("version 2 ")));
    CHECK(errorAfter({}, [](QJsonObject &o) {
              o[QStringLiteral("formatVersion")] = 17;
          }).contains(QStringLiteral("version 17 ")));
    CHECK(errorAfter({}, [](QJsonObject &o) {
              o[QStringLiteral("formatVersion")] = 1.5;
          }).contains(QStringLiteral("formatVersion")));
    CHECK(errorAfter({}, [](QJsonObject &o) {
              o[QStringLiteral("formatVersion")] = QStringLiteral("1");
          }).contains(QStringLiteral("formatVersion")));
    CHECK(errorAfter({}, [](QJsonObject &o) {
              o.remove(QStringLiteral("formatVersion"));
          }).contains(QStringLiteral("formatVersion")));
}

TEST_CASE("ChecklistsFile names the path of a missing or wrong member", "[reference]")
{
    const QStringList item = {QStringLiteral("checklists"), QStringLiteral("0"),
                              QStringLiteral("sections"),   QStringLiteral("1"),
                              QStringLiteral("items"),      QStringLiteral("2")};
    for (const char *member : {"id", "text", "guidance", "legalReference"}) {
        const QString message =
            errorAfter(item, [&](QJsonObject &o) { o.remove(QString::fromLatin1(member)); });
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("\"checklists[0].sections[1].items[2].%1\"")
                                   .arg(QString::fromLatin1(member))));
        CHECK(message.contains(QStringLiteral("missing")));
    }
    for (const char *member : {"id", "version", "title", "area", "sections"}) {
        const QString message =
            errorAfter({QStringLiteral("checklists"), QStringLiteral("2")},
                       [&](QJsonObject &o) { o.remove(QString::fromLatin1(member)); });
        INFO(message.toStdString());
        CHECK(message.contains(
            QStringLiteral("\"checklists[2].%1\"").arg(QString::fromLatin1(member))));
    }
    CHECK(errorAfter({QStringLiteral("checklists"), QStringLiteral("1"), QStringLiteral("sections"),
                      QStringLiteral("0")},
                     [](QJsonObject &o) { o.remove(QStringLiteral("title")); })
              .contains(QStringLiteral("\"checklists[1].sections[0].title\"")));
    CHECK(errorAfter({}, [](QJsonObject &o) {
              o.remove(QStringLiteral("checklists"));
          }).contains(QStringLiteral("\"checklists\"")));
    CHECK(errorAfter({}, [](QJsonObject &o) {
              o.remove(QStringLiteral("publishedAt"));
          }).contains(QStringLiteral("\"publishedAt\"")));
    CHECK(errorAfter({}, [](QJsonObject &o) {
              o[QStringLiteral("publishedAt")] = QStringLiteral("2026-11-26T10:15:00+01:00");
          }).contains(QStringLiteral("\"publishedAt\"")));
    CHECK(errorAfter({QStringLiteral("checklists"), QStringLiteral("0")}, [](QJsonObject &o) {
              o[QStringLiteral("version")] = QStringLiteral("1");
          }).contains(QStringLiteral("\"checklists[0].version\": must be an integer")));
    CHECK(errorAfter({QStringLiteral("checklists"), QStringLiteral("0")}, [](QJsonObject &o) {
              o[QStringLiteral("version")] = 0;
          }).contains(QStringLiteral("\"checklists[0].version\"")));
    CHECK(errorAfter(item, [](QJsonObject &o) {
              o[QStringLiteral("text")] = QStringLiteral(" ");
          }).contains(QStringLiteral("must not be empty")));
    CHECK(errorAfter(item, [](QJsonObject &o) {
              o[QStringLiteral("guidance")] = 5;
          }).contains(QStringLiteral("must be a string")));
    CHECK(errorOf(toBytes(QJsonObject{})).contains(QStringLiteral("\"format\"")));
}

TEST_CASE("ChecklistsFile rejects duplicate ids, bad ids and bad areas", "[reference]")
{
    const QStringList first = {QStringLiteral("checklists"), QStringLiteral("0")};
    SECTION("the same checklist version twice")
    {
        const QString message =
            errorAfter({QStringLiteral("checklists"), QStringLiteral("3")},
                       [](QJsonObject &o) { o[QStringLiteral("version")] = 1; });
        CHECK(message.contains(QStringLiteral("\"checklists[3].id\"")));
        CHECK(message.contains(QStringLiteral("\"livsmedel\" version 1 appears twice")));
    }
    SECTION("the same item id twice in one checklist")
    {
        const QString message = errorAfter(
            {QStringLiteral("checklists"), QStringLiteral("2"), QStringLiteral("sections"),
             QStringLiteral("1"), QStringLiteral("items"), QStringLiteral("0")},
            [](QJsonObject &o) { o[QStringLiteral("id")] = QStringLiteral("lokal-2"); });
        CHECK(message.contains(QStringLiteral("\"checklists[2].sections[1].items[0].id\"")));
        CHECK(message.contains(QStringLiteral("\"lokal-2\"")));
    }
    SECTION("bad id patterns")
    {
        for (const QString &id : {QString(), QStringLiteral("två"), QStringLiteral("a b"),
                                  QStringLiteral("a/b"), QString(129, u'x')}) {
            INFO(id.toStdString());
            CHECK(errorAfter(first, [&](QJsonObject &o) {
                      o[QStringLiteral("id")] = id;
                  }).contains(QStringLiteral("\"checklists[0].id\": must be 1 to 128")));
        }
        const QString longest(128, u'x');
        const auto doc = editJson(sampleDocument(), first,
                                  [&](QJsonObject &o) { o[QStringLiteral("id")] = longest; });
        CHECK(ChecklistsFile::read(toBytes(doc.toObject()), {}).front().id == longest);
    }
    SECTION("bad area")
    {
        for (const char *area : {"Food", "miljö", ""}) {
            INFO(area);
            CHECK(errorAfter(first, [&](QJsonObject &o) {
                      o[QStringLiteral("area")] = QString::fromUtf8(area);
                  }).contains(QStringLiteral("\"checklists[0].area\"")));
        }
    }
    SECTION("no sections or no items")
    {
        CHECK(errorAfter(first, [](QJsonObject &o) {
                  o[QStringLiteral("sections")] = QJsonArray();
              }).contains(QStringLiteral("at least one section")));
        CHECK(errorAfter(first, [](QJsonObject &o) {
                  o[QStringLiteral("sections")] =
                      QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Tomt")},
                                             {QStringLiteral("items"), QJsonArray()}}};
              }).contains(QStringLiteral("at least one item")));
    }
}

TEST_CASE("ChecklistsFile rejects malformed JSON", "[reference]")
{
    CHECK(
        errorOf("{\"format\": \"tillsyn-checklists\",").contains(QStringLiteral("not valid JSON")));
    CHECK(errorOf("").contains(QStringLiteral("not valid JSON")));
    CHECK(errorOf("[]").contains(QStringLiteral("not valid JSON")));
    QByteArray duplicated = ChecklistsFile::write(sampleList(), kPublished);
    duplicated.replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"formatVersion\": 2,");
    REQUIRE(duplicated.contains("\"formatVersion\": 2"));
    CHECK(errorOf(duplicated).contains(QStringLiteral("appears twice")));
}

} // namespace tillsyn_unity_checklistsfile_test
