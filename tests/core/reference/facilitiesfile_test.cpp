#include "reference/facilitiesfile.h"
#include "util/error.h"

#include "samples.h"
#include "support/catchqt.h"

#include <QJsonArray>
#include <QJsonDocument>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_facilitiesfile_test {

using namespace tillsyn;
using reference::FacilitiesFile;
using tillsyn::test::editJson;
using tillsyn::test::sampleFacility;
using tillsyn::test::toBytes;

namespace {

const QDateTime kPublished(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);

std::vector<domain::Facility> sampleList()
{
    domain::Facility minimal;
    minimal.id = QStringLiteral("min");
    minimal.name = QStringLiteral("Kiosken \"Hörnan\"");
    domain::Facility inactive =
        sampleFacility(QStringLiteral("gammal-1"), QStringLiteral("Nedlagd"));
    inactive.active = false;
    inactive.riskClass.reset();
    inactive.operatorDetails.orgNumber = QStringLiteral("212000-0142");
    domain::Facility risk8 = sampleFacility(QStringLiteral("r8"), QStringLiteral("Risk åtta"));
    risk8.riskClass = 8;
    return {sampleFacility(QStringLiteral("f-1"), QStringLiteral("Restaurang Solsidan")), minimal,
            inactive, risk8};
}

QJsonObject sampleDocument()
{
    return QJsonDocument::fromJson(FacilitiesFile::write(sampleList(), kPublished)).object();
}

QString errorOf(const QByteArray &bytes)
{
    try {
        FacilitiesFile::read(bytes, QStringLiteral("facilities.json"));
    } catch (const Error &e) {
        CHECK(e.message().startsWith(QStringLiteral("facilities.json: ")));
        return e.message();
    }
    FAIL("read without an error");
    return {};
}

QString errorAfter(const QStringList &path, const std::function<void(QJsonObject &)> &edit)
{
    return errorOf(toBytes(editJson(sampleDocument(), path, edit).toObject()));
}

const QStringList kSecond = {QStringLiteral("facilities"), QStringLiteral("1")};

} // namespace

TEST_CASE("FacilitiesFile round trip", "[reference]")
{
    const auto list = sampleList();
    const QByteArray bytes = FacilitiesFile::write(list, kPublished);
    CHECK(FacilitiesFile::read(bytes, {}) == list);
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    CHECK(root.value(QStringLiteral("format")) == QStringLiteral("tillsyn-facilities"));
    CHECK(root.value(QStringLiteral("formatVersion")) == 1);
    CHECK(root.value(QStringLiteral("publishedAt")) == QStringLiteral("2026-01-02T03:04:05Z"));
    const QJsonObject first = root.value(QStringLiteral("facilities")).toArray().at(0).toObject();
    CHECK(first.value(QStringLiteral("orgNumber")) == QStringLiteral("556677-8899"));
    CHECK(first.value(QStringLiteral("postalCode")) == QStringLiteral("123 45"));
    CHECK(first.value(QStringLiteral("riskClass")) == 3);
}

TEST_CASE("FacilitiesFile normalises org. numbers and ignores unknown members", "[reference]")
{
    QJsonObject doc = editJson(sampleDocument(), kSecond, [](QJsonObject &o) {
                          o[QStringLiteral("orgNumber")] = QStringLiteral("169697123454");
                          o[QStringLiteral("municipalityCode")] = QStringLiteral("0509");
                      }).toObject();
    doc.insert(QStringLiteral("generator"), QStringLiteral("Ecos"));
    const auto list = FacilitiesFile::read(toBytes(doc), {});
    REQUIRE(list.size() == 4);
    CHECK(list[1].operatorDetails.orgNumber == QStringLiteral("969712-3454"));
}

TEST_CASE("FacilitiesFile rejects the wrong format and unknown versions", "[reference]")
{
    CHECK(errorAfter({}, [](QJsonObject &o) {
              o[QStringLiteral("format")] = QStringLiteral("tillsyn-checklists");
          }).contains(QStringLiteral("expected \"tillsyn-facilities\"")));
    const QString newer =
        errorAfter({}, [](QJsonObject &o) { o[QStringLiteral("formatVersion")] = 3; });
    CHECK(newer.contains(QStringLiteral("\"formatVersion\"")));
    CHECK(newer.contains(QStringLiteral("version 3 ")));
    CHECK(errorAfter({}, [](QJsonObject &o) {
              o[QStringLiteral("formatVersion")] = 0;
          }).contains(QStringLiteral("version 0 ")));
}

TEST_CASE("FacilitiesFile names the path of a missing or wrong member", "[reference]")
{
    for (const char *member : {"id", "name"}) {
        const QString message =
            errorAfter(kSecond, [&](QJsonObject &o) { o.remove(QString::fromLatin1(member)); });
        INFO(message.toStdString());
        CHECK(message.contains(
            QStringLiteral("\"facilities[1].%1\": is required").arg(QString::fromLatin1(member))));
    }
    CHECK(errorAfter({}, [](QJsonObject &o) {
              o.remove(QStringLiteral("facilities"));
          }).contains(QStringLiteral("\"facilities\"")));
    CHECK(errorAfter(kSecond, [](QJsonObject &o) {
              o[QStringLiteral("city")] = 12;
          }).contains(QStringLiteral("\"facilities[1].city\": must be a string")));
    CHECK(errorAfter(kSecond, [](QJsonObject &o) {
              o[QStringLiteral("riskClass")] = 9;
          }).contains(QStringLiteral("\"facilities[1].riskClass\"")));
    CHECK(errorAfter(kSecond, [](QJsonObject &o) {
              o[QStringLiteral("active")] = 1;
          }).contains(QStringLiteral("\"facilities[1].active\"")));
    CHECK(errorAfter(kSecond, [](QJsonObject &o) {
              o[QStringLiteral("name")] = QStringLiteral("");
          }).contains(QStringLiteral("\"facilities[1].name\": must not be empty")));
    CHECK(errorAfter({}, [](QJsonObject &o) {
              o[QStringLiteral("facilities")] = QJsonArray{QStringLiteral("f-1")};
          }).contains(QStringLiteral("\"facilities[0]\": must be an object")));
}

TEST_CASE("FacilitiesFile rejects duplicate ids, bad ids and bad org. numbers", "[reference]")
{
    const QString duplicate = errorAfter(
        kSecond, [](QJsonObject &o) { o[QStringLiteral("id")] = QStringLiteral("f-1"); });
    CHECK(duplicate.contains(QStringLiteral("\"facilities[1].id\"")));
    CHECK(duplicate.contains(QStringLiteral("\"f-1\" is used by another facility")));

    // "f-2\n": `$` would match before the final newline (issue 13).
    for (const QString &id : {QString(), QStringLiteral("ö"), QStringLiteral("a b"),
                              QStringLiteral("a:b"), QString(129, u'1'), QStringLiteral("f-2\n")}) {
        INFO(id.toStdString());
        CHECK(errorAfter(kSecond, [&](QJsonObject &o) {
                  o[QStringLiteral("id")] = id;
              }).contains(QStringLiteral("\"facilities[1].id\": must be 1 to 128")));
    }

    for (const char *org : {"556677-8898", "5566778898", "556677-889", "12345", "abc"}) {
        const QString message = errorAfter(kSecond, [&](QJsonObject &o) {
            o[QStringLiteral("orgNumber")] = QString::fromLatin1(org);
        });
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("\"facilities[1].orgNumber\"")));
        CHECK(message.contains(QStringLiteral("\"%1\" is not a valid organisation number")
                                   .arg(QString::fromLatin1(org))));
    }
}

TEST_CASE("FacilitiesFile rejects malformed JSON", "[reference]")
{
    CHECK(errorOf("{\"format\": \"tillsyn-facilities\" \"formatVersion\": 1}")
              .contains(QStringLiteral("not valid JSON at line 1")));
    CHECK(errorOf("\xEF\xBB\xBF{}").contains(QStringLiteral("not valid JSON")));
    CHECK(errorOf("{\"facilities\": [], \"facilities\": []}").contains(QStringLiteral("twice")));
}

} // namespace tillsyn_unity_facilitiesfile_test
