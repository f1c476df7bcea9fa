// The visit file reader against every rule and limit of formats.md: a valid file round-trips, and
// each broken rule is rejected with a message naming the file, the member path and the rule.
#include "content/shippedcontent.h"
#include "field/photoimport.h"
#include "samples.h"
#include "util/error.h"
#include "visitfile/visitfilereader.h"
#include "visitfile/visitfilewriter.h"
#include "visitfile/visitgenerator.h"

#include "support/catchqt.h"
#include "support/testimages.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_visitfilereader_test {

using namespace tillsyn;
using domain::Visit;
using visitfile::Limits;
using visitfile::VisitFileReader;
using visitfile::VisitFileWriter;

namespace {

const QString kFile = QStringLiteral("visit-under-test.json");

QString sha256(const QByteArray &b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

// A small finished visit: three answers, a JPEG and a PNG photo, every optional member set.
Visit smallVisit()
{
    Visit v;
    v.visitId = QStringLiteral("0f8e4c2a-1b3d-4e5f-a6b7-c8d9e0f1a2b3");
    v.revision = 2;
    v.baseRevision = 1;
    v.status = domain::VisitStatus::Finished;
    v.startedAt = QDateTime(QDate(2026, 11, 26), QTime(9, 15, 0), Qt::UTC);
    v.finishedAt = QDateTime(QDate(2026, 11, 26), QTime(11, 40, 0), Qt::UTC);
    v.device = {QStringLiteral("6c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5"), QStringLiteral("laptop-7")};
    v.inspectors = {{QStringLiteral("eva"), QStringLiteral("Eva Ek")},
                    {QStringLiteral("ola.o"), QStringLiteral("Ola Öst")}};
    v.facility.id = QStringLiteral("F-1");
    v.facility.name = QStringLiteral("Kafé Kanelbullen");
    v.facility.operatorDetails.orgNumber = QStringLiteral("556677-8899");
    v.facility.operatorDetails.name = QStringLiteral("Kanelbullen AB");
    v.facility.address = QStringLiteral("Storgatan 1");
    v.facility.postalCode = QStringLiteral("171 45");
    v.facility.city = QStringLiteral("Solna");
    v.facility.category = QStringLiteral("food");
    v.checklist = {QStringLiteral("livs"), 3, QStringLiteral("Livsmedel")};
    v.kind = domain::VisitKind::FollowUp;
    v.announced = false;
    v.minutesSpent = 95;
    v.presentPersons = {QStringLiteral("Kim Kock"), QStringLiteral("Åsa Ägare")};
    v.summary = QStringLiteral("Brister i rengöring – \"uppföljning\" krävs.\nRad två.");
    v.answers = {
        {QStringLiteral("lokal-1"),
         QStringLiteral("Lokaler"),
         QStringLiteral("Golv är rena"),
         QStringLiteral("852/2004 bilaga II"),
         domain::Result::Deviation,
         QStringLiteral("Smuts vid golvbrunnen."),
         {QStringLiteral("p-1"), QStringLiteral("p.2")}},
        {QStringLiteral("hant-1"),
         QStringLiteral("Hantering"),
         QStringLiteral("Kylen håller 8 °C"),
         QString(),
         domain::Result::Ok,
         QString(),
         {}},
        {QStringLiteral("hant.3_x"),
         QStringLiteral("Hantering"),
         QStringLiteral("Allergener"),
         QString(),
         domain::Result::NotApplicable,
         QString(),
         {}},
    };
    const QByteArray jpeg = test::jpegBytes(24, 16);
    const QByteArray png = test::pngWithAlpha(8, 8);
    v.photos = {{QStringLiteral("p-1"), QStringLiteral("lokal-1"), QStringLiteral("image/jpeg"),
                 jpeg.size(), sha256(jpeg), QStringLiteral("Golvbrunn"), jpeg},
                {QStringLiteral("p.2"), QStringLiteral("lokal-1"), QStringLiteral("image/png"),
                 png.size(), sha256(png), QString(), png}};
    return v;
}

QJsonObject base()
{
    return VisitFileWriter::toJson(smallVisit());
}

QByteArray bytesOf(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The message read() throws; fails the test when it accepts the bytes.
QString rejectionOf(const QByteArray &bytes)
{
    try {
        VisitFileReader::read(bytes, kFile);
    } catch (const Error &e) {
        return e.message();
    }
    FAIL("accepted: " << bytes.left(300).toStdString());
    return {};
}

// Rejected with a message naming the file, the member path and the rule.
void requireRejected(const QByteArray &bytes, const QString &member, const QString &rule)
{
    const QString message = rejectionOf(bytes);
    INFO("message: " << message.toStdString());
    CHECK(message.startsWith(kFile + u':'));
    CHECK(message.contains(QStringLiteral("member \"%1\"").arg(member)));
    CHECK(message.contains(rule));
}

void requireRejected(const QJsonObject &o, const QString &member, const QString &rule)
{
    requireRejected(bytesOf(o), member, rule);
}

// A rejection while parsing, before there are members to name: the file, the line and column
// where the problem starts (unless the whole file is refused) and the rule.
void requireParseRejected(const QByteArray &bytes, const QString &rule, bool positioned = true)
{
    const QString message = rejectionOf(bytes);
    INFO("message: " << message.toStdString());
    CHECK(message.startsWith(kFile + u':'));
    if (positioned)
        CHECK(message.contains(QStringLiteral("not valid JSON at line ")));
    CHECK(message.contains(rule));
}

// `o` with `edit` applied to the object at `path` (e.g. {"photos", "0"}).
QJsonObject edited(const QJsonObject &o, const QStringList &path,
                   const std::function<void(QJsonObject &)> &edit)
{
    return test::editJson(o, path, edit).toObject();
}

QJsonObject with(const QStringList &path, const QString &member, const QJsonValue &value)
{
    return edited(base(), path, [&](QJsonObject &obj) { obj[member] = value; });
}

QJsonObject without(const QStringList &path, const QString &member)
{
    return edited(base(), path, [&](QJsonObject &obj) { obj.remove(member); });
}

// Sets a photo's data with a matching size and hash, so only the rule under test is broken.
void setPhotoData(QJsonObject &photo, const QByteArray &data)
{
    photo[u"data"] = QString::fromLatin1(data.toBase64());
    photo[u"bytes"] = data.size();
    photo[u"sha256"] = sha256(data);
}

QJsonObject tinyPhoto(int i)
{
    const QByteArray png = test::pngClaimingSize(1, 1);
    QJsonObject p{{QStringLiteral("id"), QStringLiteral("ph-%1").arg(i)},
                  {QStringLiteral("mediaType"), QStringLiteral("image/png")},
                  {QStringLiteral("caption"), QString()}};
    setPhotoData(p, png);
    return p;
}

QJsonObject answer(const QString &itemId)
{
    return QJsonObject{{QStringLiteral("itemId"), itemId},
                       {QStringLiteral("section"), QStringLiteral("S")},
                       {QStringLiteral("text"), QStringLiteral("T")},
                       {QStringLiteral("legalReference"), QString()},
                       {QStringLiteral("result"), QStringLiteral("ok")},
                       {QStringLiteral("comment"), QString()},
                       {QStringLiteral("photoIds"), QJsonArray()}};
}

// The compact text with `extra` inserted right after the root's opening brace.
QByteArray withRawMemberFirst(const QByteArray &extra)
{
    QByteArray b = bytesOf(base());
    REQUIRE(b.startsWith('{'));
    return b.insert(1, extra + ',');
}

} // namespace

TEST_CASE("A visit file read back equals the visit written", "[visitfile][reader]")
{
    SECTION("a small visit with every optional member and both media types")
    {
        const Visit v = smallVisit();
        const QByteArray bytes = VisitFileWriter::write(v);
        const Visit back = VisitFileReader::read(bytes, kFile);
        CHECK(back == v);
        // The writer's output is its own canonical form, and writing what was read gives the
        // same bytes.
        CHECK(VisitFileReader::canonical(bytes) == bytes);
        CHECK(VisitFileWriter::write(back) == bytes);
    }
    SECTION("generated visits, including second revisions")
    {
        visitfile::VisitGenerator generator(content::ShippedContent::checklists(), 7);
        const auto visits = generator.generate(6, 2);
        REQUIRE(visits.size() == 6);
        bool sawSecondRevision = false;
        for (const Visit &v : visits) {
            INFO(v.visitId.toStdString() << " r" << v.revision);
            const QByteArray bytes = VisitFileWriter::write(v);
            CHECK(VisitFileReader::read(bytes, VisitFileWriter::fileName(v, bytes)) == v);
            sawSecondRevision = sawSecondRevision || v.revision == 2;
        }
        CHECK(sawSecondRevision);
    }
    SECTION("white space, key order and \\u escapes do not matter")
    {
        const Visit v = smallVisit();
        const QByteArray indented = QJsonDocument(VisitFileWriter::toJson(v)).toJson();
        CHECK(VisitFileReader::read(indented, kFile) == v);
        QByteArray escaped = VisitFileWriter::write(v);
        escaped.replace("Kaf\xc3\xa9", "Kaf\\u00e9");
        REQUIRE(escaped != VisitFileWriter::write(v));
        CHECK(VisitFileReader::read(escaped, kFile) == v);
        CHECK(VisitFileReader::canonical(escaped) == VisitFileWriter::write(v));
    }
}

TEST_CASE("The visit file reader accepts members it does not know", "[visitfile][reader]")
{
    QJsonObject o = base();
    o[u"x-caseSystemRef"] = QStringLiteral("DNR 2026-123");
    o[u"x-extra"] = QJsonObject{{QStringLiteral("nested"), QJsonArray{1, 2, QJsonObject()}}};
    o = edited(o, {QStringLiteral("facility")}, [](QJsonObject &f) { f[u"riskClass"] = 3; });
    o = edited(o, {QStringLiteral("answers"), QStringLiteral("0")},
               [](QJsonObject &a) { a[u"severity"] = QStringLiteral("high"); });
    o = edited(o, {QStringLiteral("photos"), QStringLiteral("1")},
               [](QJsonObject &p) { p[u"takenAt"] = QStringLiteral("2026-11-26T10:00:00Z"); });
    o = edited(o, {QStringLiteral("device")}, [](QJsonObject &d) { d[u"os"] = 1; });
    CHECK(VisitFileReader::read(bytesOf(o), kFile) == smallVisit());
}

TEST_CASE("The visit file reader rejects another format or an unknown formatVersion",
          "[visitfile][reader]")
{
    requireRejected(with({}, QStringLiteral("format"), QStringLiteral("tillsyn-facilities")),
                    QStringLiteral("format"),
                    QStringLiteral("is \"tillsyn-facilities\", expected \"tillsyn-visit\""));
    requireRejected(without({}, QStringLiteral("format")), QStringLiteral("format"),
                    QStringLiteral("must be the string \"tillsyn-visit\""));
    requireRejected(with({}, QStringLiteral("format"), 1), QStringLiteral("format"),
                    QStringLiteral("must be the string \"tillsyn-visit\""));
    // The unknown version is named.
    requireRejected(with({}, QStringLiteral("formatVersion"), 2), QStringLiteral("formatVersion"),
                    QStringLiteral("version 2 is not known"));
    requireRejected(with({}, QStringLiteral("formatVersion"), 17), QStringLiteral("formatVersion"),
                    QStringLiteral("version 17 is not known"));
    requireRejected(with({}, QStringLiteral("formatVersion"), 0), QStringLiteral("formatVersion"),
                    QStringLiteral("version 0 is not known"));
    requireRejected(with({}, QStringLiteral("formatVersion"), 1.5), QStringLiteral("formatVersion"),
                    QStringLiteral("must be an integer"));
    requireRejected(with({}, QStringLiteral("formatVersion"), QStringLiteral("1")),
                    QStringLiteral("formatVersion"), QStringLiteral("must be an integer"));
    requireRejected(without({}, QStringLiteral("formatVersion")), QStringLiteral("formatVersion"),
                    QStringLiteral("must be an integer"));
}

TEST_CASE("The visit file reader rejects each missing required member, naming its path",
          "[visitfile][reader]")
{
    const std::vector<std::pair<QStringList, QString>> required = {
        {{}, QStringLiteral("visitId")},
        {{}, QStringLiteral("revision")},
        {{}, QStringLiteral("baseRevision")},
        {{}, QStringLiteral("startedAt")},
        {{}, QStringLiteral("finishedAt")},
        {{}, QStringLiteral("device")},
        {{}, QStringLiteral("inspectors")},
        {{}, QStringLiteral("facility")},
        {{}, QStringLiteral("checklist")},
        {{}, QStringLiteral("kind")},
        {{}, QStringLiteral("announced")},
        {{}, QStringLiteral("minutesSpent")},
        {{}, QStringLiteral("answers")},
        {{}, QStringLiteral("photos")},
        {{QStringLiteral("device")}, QStringLiteral("id")},
        {{QStringLiteral("device")}, QStringLiteral("name")},
        {{QStringLiteral("inspectors"), QStringLiteral("1")}, QStringLiteral("id")},
        {{QStringLiteral("inspectors"), QStringLiteral("0")}, QStringLiteral("name")},
        {{QStringLiteral("facility")}, QStringLiteral("id")},
        {{QStringLiteral("facility")}, QStringLiteral("name")},
        {{QStringLiteral("checklist")}, QStringLiteral("id")},
        {{QStringLiteral("checklist")}, QStringLiteral("version")},
        {{QStringLiteral("checklist")}, QStringLiteral("title")},
        {{QStringLiteral("answers"), QStringLiteral("2")}, QStringLiteral("itemId")},
        {{QStringLiteral("answers"), QStringLiteral("1")}, QStringLiteral("section")},
        {{QStringLiteral("answers"), QStringLiteral("1")}, QStringLiteral("text")},
        {{QStringLiteral("answers"), QStringLiteral("1")}, QStringLiteral("legalReference")},
        {{QStringLiteral("answers"), QStringLiteral("1")}, QStringLiteral("result")},
        {{QStringLiteral("answers"), QStringLiteral("1")}, QStringLiteral("comment")},
        {{QStringLiteral("answers"), QStringLiteral("0")}, QStringLiteral("photoIds")},
        {{QStringLiteral("photos"), QStringLiteral("1")}, QStringLiteral("id")},
        {{QStringLiteral("photos"), QStringLiteral("1")}, QStringLiteral("mediaType")},
        {{QStringLiteral("photos"), QStringLiteral("1")}, QStringLiteral("bytes")},
        {{QStringLiteral("photos"), QStringLiteral("1")}, QStringLiteral("sha256")},
        {{QStringLiteral("photos"), QStringLiteral("1")}, QStringLiteral("caption")},
        {{QStringLiteral("photos"), QStringLiteral("0")}, QStringLiteral("data")},
    };
    for (const auto &[path, member] : required) {
        QString full;
        for (const QString &step : path) {
            bool index = false;
            step.toInt(&index);
            full += index ? u'[' + step + u']' : (full.isEmpty() ? step : u'.' + step);
        }
        full += full.isEmpty() ? member : u'.' + member;
        INFO("missing " << full.toStdString());
        requireRejected(without(path, member), full, QStringLiteral("is required but missing"));
    }
    // The optional members may be left out.
    QJsonObject o = base();
    o.remove(QStringLiteral("presentPersons"));
    o.remove(QStringLiteral("summary"));
    o = edited(o, {QStringLiteral("facility")}, [](QJsonObject &f) {
        for (const char *m :
             {"orgNumber", "operatorName", "address", "postalCode", "city", "category"})
            f.remove(QLatin1String(m));
    });
    const Visit v = VisitFileReader::read(bytesOf(o), kFile);
    CHECK(v.summary.isEmpty());
    CHECK(v.presentPersons.isEmpty());
    CHECK(v.facility.city.isEmpty());
}

TEST_CASE("The visit file reader rejects members of the wrong type", "[visitfile][reader]")
{
    const QString integer = QStringLiteral("must be an integer");
    requireRejected(with({}, QStringLiteral("revision"), QStringLiteral("2")),
                    QStringLiteral("revision"), integer);
    requireRejected(with({}, QStringLiteral("revision"), 2.5), QStringLiteral("revision"), integer);
    requireRejected(with({}, QStringLiteral("minutesSpent"), true), QStringLiteral("minutesSpent"),
                    integer);
    requireRejected(
        with({QStringLiteral("checklist")}, QStringLiteral("version"), QStringLiteral("3")),
        QStringLiteral("checklist.version"), integer);
    requireRejected(with({QStringLiteral("photos"), QStringLiteral("0")}, QStringLiteral("bytes"),
                         QJsonValue::Null),
                    QStringLiteral("photos[0].bytes"), integer);
    requireRejected(with({}, QStringLiteral("announced"), QStringLiteral("true")),
                    QStringLiteral("announced"), QStringLiteral("must be true or false"));
    requireRejected(with({}, QStringLiteral("announced"), 1), QStringLiteral("announced"),
                    QStringLiteral("must be true or false"));
    requireRejected(with({}, QStringLiteral("visitId"), 12), QStringLiteral("visitId"),
                    QStringLiteral("must be a string"));
    requireRejected(with({}, QStringLiteral("summary"), QJsonArray{QStringLiteral("x")}),
                    QStringLiteral("summary"), QStringLiteral("must be a string"));
    requireRejected(with({}, QStringLiteral("presentPersons"), QJsonArray{QStringLiteral("a"), 2}),
                    QStringLiteral("presentPersons[1]"), QStringLiteral("must be a string"));
    requireRejected(with({}, QStringLiteral("presentPersons"), QStringLiteral("Kim")),
                    QStringLiteral("presentPersons"), QStringLiteral("must be an array"));
    requireRejected(with({}, QStringLiteral("device"), QJsonArray()), QStringLiteral("device"),
                    QStringLiteral("must be an object"));
    requireRejected(with({}, QStringLiteral("facility"), QStringLiteral("F-1")),
                    QStringLiteral("facility"), QStringLiteral("must be an object"));
    requireRejected(with({}, QStringLiteral("inspectors"), QJsonObject()),
                    QStringLiteral("inspectors"), QStringLiteral("must be an array"));
    requireRejected(with({}, QStringLiteral("inspectors"), QJsonArray()),
                    QStringLiteral("inspectors"), QStringLiteral("at least one inspector"));
    requireRejected(with({}, QStringLiteral("answers"), QJsonObject()), QStringLiteral("answers"),
                    QStringLiteral("must be an array"));
    requireRejected(with({}, QStringLiteral("photos"), QJsonValue::Null), QStringLiteral("photos"),
                    QStringLiteral("must be an array"));
    QJsonObject o = base();
    QJsonArray answers = o[u"answers"].toArray();
    answers[1] = QStringLiteral("hant-1");
    o[u"answers"] = answers;
    requireRejected(o, QStringLiteral("answers[1]"), QStringLiteral("must be an object"));
    requireRejected(with({QStringLiteral("answers"), QStringLiteral("0")},
                         QStringLiteral("photoIds"), QStringLiteral("p-1")),
                    QStringLiteral("answers[0].photoIds"), QStringLiteral("must be an array"));
    requireRejected(with({QStringLiteral("answers"), QStringLiteral("0")},
                         QStringLiteral("photoIds"), QJsonArray{7}),
                    QStringLiteral("answers[0].photoIds[0]"), QStringLiteral("must be a photo id"));
    requireRejected(
        with({QStringLiteral("photos"), QStringLiteral("1")}, QStringLiteral("caption"), 5),
        QStringLiteral("photos[1].caption"), QStringLiteral("must be a string"));
    requireRejected(with({QStringLiteral("facility")}, QStringLiteral("city"), 5),
                    QStringLiteral("facility.city"), QStringLiteral("must be a string"));
    requireRejected(with({QStringLiteral("answers"), QStringLiteral("1")}, QStringLiteral("text"),
                         QStringLiteral("   ")),
                    QStringLiteral("answers[1].text"), QStringLiteral("must not be empty"));
}

TEST_CASE("The visit file reader requires lowercase UUIDs for visitId and device.id",
          "[visitfile][reader]")
{
    const QString rule = QStringLiteral("must be a lowercase UUID");
    const QString good = QStringLiteral("0f8e4c2a-1b3d-4e5f-a6b7-c8d9e0f1a2b3");
    for (const QString &bad :
         {good.toUpper(), QStringLiteral("0F8e4c2a-1b3d-4e5f-a6b7-c8d9e0f1a2b3"),
          u'{' + good + u'}', QString(good).remove(u'-'), good.left(35), good + u'0',
          QStringLiteral("0f8e4c2a-1b3d-4e5f-a6b7-c8d9e0f1a2bg"), QStringLiteral("visit-1"),
          QString()}) {
        INFO("visitId " << bad.toStdString());
        requireRejected(with({}, QStringLiteral("visitId"), bad), QStringLiteral("visitId"), rule);
    }
    requireRejected(with({QStringLiteral("device")}, QStringLiteral("id"),
                         QStringLiteral("6C1D2E3F-4A5B-4C6D-8E7F-8091A2B3C4D5")),
                    QStringLiteral("device.id"), rule);
}

TEST_CASE("The visit file reader requires the id pattern for items, photos and other ids",
          "[visitfile][reader]")
{
    const QString rule = QStringLiteral("must be 1 to 128 characters");
    const QStringList bad = {QString(),           QStringLiteral("a b"), QStringLiteral("ph/1"),
                             QStringLiteral("å"), QStringLiteral("x:y"), QString(129, u'a')};
    for (const QString &id : bad) {
        INFO("id \"" << id.toStdString() << "\"");
        requireRejected(
            with({QStringLiteral("answers"), QStringLiteral("1")}, QStringLiteral("itemId"), id),
            QStringLiteral("answers[1].itemId"), rule);
        requireRejected(
            with({QStringLiteral("photos"), QStringLiteral("1")}, QStringLiteral("id"), id),
            QStringLiteral("photos[1].id"), rule);
    }
    requireRejected(with({QStringLiteral("inspectors"), QStringLiteral("0")}, QStringLiteral("id"),
                         QStringLiteral("eva ek")),
                    QStringLiteral("inspectors[0].id"), rule);
    requireRejected(with({QStringLiteral("facility")}, QStringLiteral("id"), QStringLiteral("F 1")),
                    QStringLiteral("facility.id"), rule);
    requireRejected(
        with({QStringLiteral("checklist")}, QStringLiteral("id"), QStringLiteral("livs/1")),
        QStringLiteral("checklist.id"), rule);
    requireRejected(with({QStringLiteral("answers"), QStringLiteral("0")},
                         QStringLiteral("photoIds"), QJsonArray{QStringLiteral("p 1")}),
                    QStringLiteral("answers[0].photoIds[0]"), QStringLiteral("must be a photo id"));
    // 128 characters of every allowed kind are fine.
    const QString longest = QStringLiteral("Az09._-") + QString(121, u'x');
    REQUIRE(longest.size() == 128);
    const Visit v =
        VisitFileReader::read(bytesOf(with({QStringLiteral("answers"), QStringLiteral("1")},
                                           QStringLiteral("itemId"), longest)),
                              kFile);
    CHECK(v.answers[1].itemId == longest);
}

TEST_CASE("The visit file reader rejects unknown kinds, results and media types",
          "[visitfile][reader]")
{
    for (const QString &kind :
         {QStringLiteral("routine"), QStringLiteral("Planned"), QStringLiteral("follow-up")}) {
        requireRejected(with({}, QStringLiteral("kind"), kind), QStringLiteral("kind"),
                        QStringLiteral("must be planned, follow_up, complaint, incident or other"));
    }
    for (const QString &result :
         {QStringLiteral("unanswered"), QStringLiteral("OK"), QStringLiteral("not-checked")}) {
        requireRejected(with({QStringLiteral("answers"), QStringLiteral("2")},
                             QStringLiteral("result"), result),
                        QStringLiteral("answers[2].result"),
                        QStringLiteral("must be ok, deviation, not_checked or not_applicable"));
    }
    requireRejected(with({QStringLiteral("answers"), QStringLiteral("2")}, QStringLiteral("result"),
                         QJsonValue::Null),
                    QStringLiteral("answers[2].result"), QStringLiteral("must be a string"));
    for (const QString &type : {QStringLiteral("image/gif"), QStringLiteral("image/jpg"),
                                QStringLiteral("IMAGE/PNG"), QStringLiteral("image/png ")}) {
        requireRejected(with({QStringLiteral("photos"), QStringLiteral("1")},
                             QStringLiteral("mediaType"), type),
                        QStringLiteral("photos[1].mediaType"),
                        QStringLiteral("must be \"image/jpeg\" or \"image/png\""));
    }
}

TEST_CASE("The visit file reader checks revision and baseRevision", "[visitfile][reader]")
{
    requireRejected(with({}, QStringLiteral("revision"), 0), QStringLiteral("revision"),
                    QStringLiteral("must be between 1 and"));
    requireRejected(with({}, QStringLiteral("revision"), -3), QStringLiteral("revision"),
                    QStringLiteral("must be between 1 and"));
    requireRejected(with({}, QStringLiteral("baseRevision"), -1), QStringLiteral("baseRevision"),
                    QStringLiteral("must be between 0 and"));
    // base == revision and base > revision.
    requireRejected(with({}, QStringLiteral("baseRevision"), 2), QStringLiteral("baseRevision"),
                    QStringLiteral("must be below revision (2)"));
    requireRejected(with({}, QStringLiteral("baseRevision"), 5), QStringLiteral("baseRevision"),
                    QStringLiteral("must be below revision (2)"));
    QJsonObject first = base();
    first[u"revision"] = 1;
    first[u"baseRevision"] = 0;
    CHECK(VisitFileReader::read(bytesOf(first), kFile).revision == 1);
    first[u"baseRevision"] = 1;
    requireRejected(first, QStringLiteral("baseRevision"),
                    QStringLiteral("must be below revision (1)"));
    requireRejected(with({QStringLiteral("checklist")}, QStringLiteral("version"), 0),
                    QStringLiteral("checklist.version"), QStringLiteral("must be between 1 and"));
    requireRejected(with({}, QStringLiteral("minutesSpent"), -1), QStringLiteral("minutesSpent"),
                    QStringLiteral("must be between 0 and"));
}

TEST_CASE("The visit file reader requires RFC 3339 UTC times in order", "[visitfile][reader]")
{
    const QString rule = QStringLiteral("must be an RFC 3339 time in UTC");
    for (const QString &t :
         {QStringLiteral("2026-11-26T09:15:00+01:00"), QStringLiteral("2026-11-26T09:15:00+00:00"),
          QStringLiteral("2026-11-26T09:15:00"), QStringLiteral("2026-11-26 09:15:00Z"),
          QStringLiteral("2026-11-26"), QStringLiteral("2026-13-01T09:15:00Z"),
          QStringLiteral("2026-02-30T09:15:00Z"), QStringLiteral("2026-11-26T25:15:00Z"),
          QStringLiteral("26/11/2026 09:15")}) {
        INFO("startedAt " << t.toStdString());
        requireRejected(with({}, QStringLiteral("startedAt"), t), QStringLiteral("startedAt"),
                        rule);
    }
    requireRejected(
        with({}, QStringLiteral("finishedAt"), QStringLiteral("2026-11-26T11:40:00+02:00")),
        QStringLiteral("finishedAt"), rule);
    requireRejected(with({}, QStringLiteral("startedAt"), 1764148500), QStringLiteral("startedAt"),
                    QStringLiteral("must be a string"));
    // startedAt after finishedAt, by a second.
    requireRejected(with({}, QStringLiteral("startedAt"), QStringLiteral("2026-11-26T11:40:01Z")),
                    QStringLiteral("finishedAt"), QStringLiteral("is before startedAt"));
    // Equal times are fine, and so are fractions of a second.
    CHECK(VisitFileReader::read(bytesOf(with({}, QStringLiteral("startedAt"),
                                             QStringLiteral("2026-11-26T11:40:00Z"))),
                                kFile)
              .startedAt == smallVisit().finishedAt);
    const Visit v = VisitFileReader::read(
        bytesOf(with({}, QStringLiteral("startedAt"), QStringLiteral("2026-11-26T09:15:00.250Z"))),
        kFile);
    CHECK(v.startedAt == smallVisit().startedAt.addMSecs(250));
}

TEST_CASE("The visit file reader rejects a duplicate itemId or photo id", "[visitfile][reader]")
{
    requireRejected(with({QStringLiteral("answers"), QStringLiteral("2")}, QStringLiteral("itemId"),
                         QStringLiteral("lokal-1")),
                    QStringLiteral("answers[2].itemId"),
                    QStringLiteral("\"lokal-1\" is answered twice"));
    requireRejected(with({QStringLiteral("photos"), QStringLiteral("1")}, QStringLiteral("id"),
                         QStringLiteral("p-1")),
                    QStringLiteral("photos[1].id"),
                    QStringLiteral("\"p-1\" is used by another photo"));
}

TEST_CASE("The visit file reader rejects photoIds naming a photo that is not in the file",
          "[visitfile][reader]")
{
    requireRejected(with({QStringLiteral("answers"), QStringLiteral("1")},
                         QStringLiteral("photoIds"),
                         QJsonArray{QStringLiteral("p-1"), QStringLiteral("p-3")}),
                    QStringLiteral("answers[1].photoIds[1]"),
                    QStringLiteral("names the photo \"p-3\", which is not in the file"));
    // Ids are case-sensitive.
    requireRejected(with({QStringLiteral("answers"), QStringLiteral("0")},
                         QStringLiteral("photoIds"), QJsonArray{QStringLiteral("P-1")}),
                    QStringLiteral("answers[0].photoIds[0]"),
                    QStringLiteral("names the photo \"P-1\""));
    // A photo no answer names is fine, and so is one named by two answers.
    QJsonObject o = with({QStringLiteral("answers"), QStringLiteral("0")},
                         QStringLiteral("photoIds"), QJsonArray{QStringLiteral("p-1")});
    o = edited(o, {QStringLiteral("answers"), QStringLiteral("1")},
               [](QJsonObject &a) { a[u"photoIds"] = QJsonArray{QStringLiteral("p-1")}; });
    const Visit v = VisitFileReader::read(bytesOf(o), kFile);
    CHECK(v.photos[0].itemId == u"lokal-1");
    CHECK(v.photos[1].itemId.isEmpty());
}

TEST_CASE("The visit file reader checks photo data: base64, size, SHA-256 and real image data",
          "[visitfile][reader]")
{
    const QStringList photo0 = {QStringLiteral("photos"), QStringLiteral("0")};
    const QByteArray jpeg = test::jpegBytes(24, 16);
    SECTION("not standard base64")
    {
        const QByteArray b64 = jpeg.toBase64();
        const QString rule = QStringLiteral("is not standard base64");
        // Bytes whose encoding uses '+' and '/', in the URL-safe alphabet ('-', '_') instead.
        const QByteArray tricky = QByteArray("\xFF\xD8\xFF\xfb\xef\xbe\xff\xff", 8);
        const QByteArray urlSafe = tricky.toBase64(QByteArray::Base64UrlEncoding);
        REQUIRE((urlSafe.contains('-') || urlSafe.contains('_')));
        for (const QByteArray &bad :
             {QByteArray("!!!!"), QByteArray(b64).insert(8, '\n'), QByteArray(b64).insert(4, ' '),
              b64.left(b64.size() - 1), QByteArray(b64).append('='), urlSafe,
              QByteArray("/9j/=AAA"), QByteArray("====")}) {
            INFO("data " << bad.left(40).toStdString());
            requireRejected(edited(base(), photo0,
                                   [&](QJsonObject &p) { p[u"data"] = QString::fromLatin1(bad); }),
                            QStringLiteral("photos[0].data"), rule);
        }
    }
    SECTION("decoded size differs from bytes")
    {
        requireRejected(
            edited(base(), photo0, [&](QJsonObject &p) { p[u"bytes"] = jpeg.size() + 1; }),
            QStringLiteral("photos[0].bytes"),
            QStringLiteral("says %1 bytes but the data holds %2")
                .arg(jpeg.size() + 1)
                .arg(jpeg.size()));
        requireRejected(edited(base(), photo0, [&](QJsonObject &p) { p[u"bytes"] = 0; }),
                        QStringLiteral("photos[0].bytes"), QStringLiteral("must be between 1 and"));
    }
    SECTION("SHA-256 mismatch")
    {
        QString other = sha256(jpeg);
        other[0] = other[0] == u'0' ? u'1' : u'0';
        requireRejected(edited(base(), photo0, [&](QJsonObject &p) { p[u"sha256"] = other; }),
                        QStringLiteral("photos[0].sha256"),
                        QStringLiteral("does not match the photo's data (the data hashes to %1)")
                            .arg(sha256(jpeg)));
        requireRejected(
            edited(base(), photo0, [&](QJsonObject &p) { p[u"sha256"] = sha256(jpeg).toUpper(); }),
            QStringLiteral("photos[0].sha256"),
            QStringLiteral("must be 64 lowercase hexadecimal digits"));
        requireRejected(
            edited(base(), photo0, [&](QJsonObject &p) { p[u"sha256"] = sha256(jpeg).left(63); }),
            QStringLiteral("photos[0].sha256"),
            QStringLiteral("must be 64 lowercase hexadecimal digits"));
    }
    SECTION("data that is not really the media type")
    {
        const QByteArray png = test::pngWithAlpha(4, 4);
        // A PNG labelled JPEG, a JPEG labelled PNG, text, and an almost-magic.
        requireRejected(edited(base(), photo0, [&](QJsonObject &p) { setPhotoData(p, png); }),
                        QStringLiteral("photos[0].data"),
                        QStringLiteral("is not a image/jpeg image"));
        requireRejected(edited(base(), {QStringLiteral("photos"), QStringLiteral("1")},
                               [&](QJsonObject &p) { setPhotoData(p, jpeg); }),
                        QStringLiteral("photos[1].data"),
                        QStringLiteral("is not a image/png image"));
        requireRejected(
            edited(base(), photo0,
                   [&](QJsonObject &p) { setPhotoData(p, "<html>not a photo</html>"); }),
            QStringLiteral("photos[0].data"), QStringLiteral("is not a image/jpeg image"));
        requireRejected(
            edited(base(), {QStringLiteral("photos"), QStringLiteral("1")},
                   [&](QJsonObject &p) { setPhotoData(p, QByteArray("\x89PNG\r\n\x1A", 7)); }),
            QStringLiteral("photos[1].data"), QStringLiteral("is not a image/png image"));
    }
}

TEST_CASE("The visit file reader reads a photo's header: a real JPEG or PNG within the pixel limit",
          "[visitfile][reader][security]")
{
    const QStringList photo0 = {QStringLiteral("photos"), QStringLiteral("0")};
    const QStringList photo1 = {QStringLiteral("photos"), QStringLiteral("1")};
    auto withJpeg = [&](const QByteArray &data) {
        return edited(base(), photo0, [&](QJsonObject &p) { setPhotoData(p, data); });
    };
    auto withPng = [&](const QByteArray &data) {
        return edited(base(), photo1, [&](QJsonObject &p) { setPhotoData(p, data); });
    };
    const QString data0 = QStringLiteral("photos[0].data");
    const QString data1 = QStringLiteral("photos[1].data");
    const QString brokenJpeg = QStringLiteral("is not a JPEG image (its header is broken)");

    // Real pictures and a bare valid header pass.
    CHECK_NOTHROW(VisitFileReader::read(bytesOf(withJpeg(test::jpegBytes(40, 30))), kFile));
    CHECK_NOTHROW(VisitFileReader::read(bytesOf(withPng(test::pngWithAlpha(40, 30))), kFile));
    CHECK_NOTHROW(VisitFileReader::read(
        bytesOf(withJpeg(test::withExifOrientation(test::jpegBytes(40, 30), 6))), kFile));
    CHECK_NOTHROW(VisitFileReader::read(
        bytesOf(withJpeg(test::jpegHeader(7000, 7000) + QByteArray(100, 'x'))), kFile));

    // SVG and HTML behind a JPEG's first three bytes, or behind a whole JPEG header's start.
    requireRejected(
        withJpeg(QByteArray("\xFF\xD8\xFF<svg xmlns=\"http://www.w3.org/2000/svg\"><text>x</text>"
                            "</svg>")),
        data0, brokenJpeg);
    requireRejected(withJpeg(QByteArray("\xFF\xD8\xFF\xE0<html><body>Inte ett foto</body></html>")),
                    data0, brokenJpeg);
    requireRejected(withJpeg(test::jpegBytes(40, 30).left(20)), data0, brokenJpeg);
    // A header without a frame, or a frame of no pixels.
    requireRejected(withJpeg(test::jpegHeader(40, 30).remove(2, 19)), data0, brokenJpeg);
    requireRejected(withJpeg(test::jpegHeader(0, 30)), data0, brokenJpeg);
    // Over the pixel limit, by the header alone.
    requireRejected(withJpeg(test::jpegHeader(8000, 7000) + QByteArray(100, 'x')), data0,
                    QStringLiteral("is 8000 × 7000 pixels (56.0 megapixels); the limit is 50 "
                                   "megapixels"));
    requireRejected(withPng(test::pngClaimingSize(8000, 7000)), data1,
                    QStringLiteral("is 8000 × 7000 pixels (56.0 megapixels); the limit is 50 "
                                   "megapixels"));
    // A PNG whose header checksum is wrong, or with something after its end.
    QByteArray badCrc = test::pngWithAlpha(40, 30);
    badCrc[29] = char(badCrc[29] ^ 1);
    requireRejected(withPng(badCrc), data1,
                    QStringLiteral("is not a PNG image (its header is broken)"));
    requireRejected(withPng(test::pngWithAlpha(40, 30) + "<html></html>"), data1,
                    QStringLiteral("is not a PNG image (it does not end with its IEND chunk)"));
}

TEST_CASE("The visit file reader enforces the limits on answers and photos",
          "[visitfile][reader][limits]")
{
    auto withAnswers = [](int n) {
        QJsonArray answers;
        for (int i = 0; i < n; ++i)
            answers.append(answer(QStringLiteral("item-%1").arg(i)));
        QJsonObject o = base();
        o[u"answers"] = answers;
        return o;
    };
    CHECK(VisitFileReader::read(bytesOf(withAnswers(Limits::kAnswers)), kFile).answers.size() ==
          2000);
    requireRejected(withAnswers(Limits::kAnswers + 1), QStringLiteral("answers"),
                    QStringLiteral("holds 2001 answers; the limit is 2000"));

    auto withPhotos = [](int n) {
        QJsonArray photos;
        for (int i = 0; i < n; ++i)
            photos.append(tinyPhoto(i));
        QJsonObject o = base();
        o[u"photos"] = photos;
        o[u"answers"] = QJsonArray{answer(QStringLiteral("a"))};
        return o;
    };
    CHECK(VisitFileReader::read(bytesOf(withPhotos(Limits::kPhotos)), kFile).photos.size() == 200);
    requireRejected(withPhotos(Limits::kPhotos + 1), QStringLiteral("photos"),
                    QStringLiteral("holds 201 photos; the limit is 200"));
}

TEST_CASE("The visit file reader limits a photo to 16 MiB decoded", "[visitfile][reader][limits]")
{
    // A JPEG header followed by filler: the reader checks the header, size and hash, not the
    // pixels.
    auto photoOf = [](qsizetype size) {
        QByteArray data(size, '\x5a');
        const QByteArray header = test::jpegHeader(640, 480);
        data.replace(0, header.size(), header);
        return data;
    };
    const QStringList photo0 = {QStringLiteral("photos"), QStringLiteral("0")};
    const QByteArray largest = photoOf(Limits::kPhotoBytes);
    const Visit v = VisitFileReader::read(
        bytesOf(edited(base(), photo0, [&](QJsonObject &p) { setPhotoData(p, largest); })), kFile);
    CHECK(v.photos[0].data.size() == 16 * 1024 * 1024);

    // One byte more, with honest size and hash: the size is over the limit.
    requireRejected(
        edited(base(), photo0,
               [&](QJsonObject &p) { setPhotoData(p, photoOf(Limits::kPhotoBytes + 1)); }),
        QStringLiteral("photos[0].bytes"), QStringLiteral("must be between 1 and 16777216"));
    // One byte more, claiming the limit: the data is bigger than it says.
    requireRejected(edited(base(), photo0,
                           [&](QJsonObject &p) {
                               setPhotoData(p, photoOf(Limits::kPhotoBytes + 1));
                               p[u"bytes"] = Limits::kPhotoBytes;
                           }),
                    QStringLiteral("photos[0].bytes"),
                    QStringLiteral("says 16777216 bytes but the data holds 16777217"));
    // Far more: the base64 string itself is refused while parsing, before decoding.
    const QByteArray huge = bytesOf(edited(base(), photo0, [&](QJsonObject &p) {
        setPhotoData(p, photoOf(Limits::kPhotoBytes + 4));
    }));
    requireParseRejected(huge,
                         QStringLiteral("a string is longer than the limit of 22369624 bytes"));
}

TEST_CASE("The visit file reader limits strings to 64 KiB, nesting to 16 and files to 64 MiB",
          "[visitfile][reader][limits]")
{
    SECTION("a string member of 64 KiB is fine, one byte more is not")
    {
        const QString longest(int(Limits::kStringBytes), u'x');
        CHECK(VisitFileReader::read(bytesOf(with({}, QStringLiteral("summary"), longest)), kFile)
                  .summary.size() == 65536);
        requireParseRejected(bytesOf(with({}, QStringLiteral("summary"), longest + u'x')),
                             QStringLiteral("a string is longer than the limit of 65536 bytes"));
        // Counted in bytes of the file: 32,769 two-byte characters are over the limit too.
        requireParseRejected(bytesOf(with({QStringLiteral("answers"), QStringLiteral("0")},
                                          QStringLiteral("comment"), QString(32769, QChar(0xe5)))),
                             QStringLiteral("a string is longer than the limit of 65536 bytes"));
    }
    SECTION("nesting of 16 levels is fine, 17 is not")
    {
        // The root object is level 1; "x" holds 15 or 16 nested arrays.
        CHECK_NOTHROW(VisitFileReader::read(
            withRawMemberFirst("\"x\":" + QByteArray(15, '[') + QByteArray(15, ']')), kFile));
        requireParseRejected(
            withRawMemberFirst("\"x\":" + QByteArray(16, '[') + QByteArray(16, ']')),
            QStringLiteral("nesting is deeper than the limit of 16 levels"));
        QByteArray objects;
        for (int i = 0; i < 16; ++i)
            objects += "{\"o\":";
        objects += "1" + QByteArray(16, '}');
        requireParseRejected(withRawMemberFirst("\"x\":" + objects),
                             QStringLiteral("nesting is deeper than the limit of 16 levels"));
    }
    SECTION("a file of 64 MiB + 1 byte is refused before parsing")
    {
        QByteArray big = bytesOf(base());
        big.append(QByteArray(Limits::kFileBytes + 1 - big.size(), ' '));
        REQUIRE(big.size() == 64 * 1024 * 1024 + 1);
        requireParseRejected(
            big, QStringLiteral("the file is larger than the limit of 67108864 bytes"), false);
        // Exactly 64 MiB (trailing white space) is read.
        big.chop(1);
        CHECK(VisitFileReader::read(big, kFile) == smallVisit());
    }
}

TEST_CASE("The visit file reader rejects duplicate member names", "[visitfile][reader]")
{
    // The second "revision" would make readers that keep the first and readers that keep the
    // last see different visits.
    requireParseRejected(withRawMemberFirst("\"revision\":7"),
                         QStringLiteral("the member \"revision\" appears twice in one object"));
    requireParseRejected(withRawMemberFirst("\"visitId\":\"0f8e4c2a-1b3d-4e5f-a6b7-c8d9e0f1a2b4\""),
                         QStringLiteral("the member \"visitId\" appears twice in one object"));
    // Inside a nested object too: the first answer gets a second "result".
    QByteArray b = bytesOf(base());
    const qsizetype at = b.indexOf("\"itemId\":\"lokal-1\"");
    REQUIRE(at > 0);
    b.insert(at, "\"result\":\"ok\",");
    requireParseRejected(b, QStringLiteral("the member \"result\" appears twice in one object"));
    // Two names that are equal only after unescaping are the same name.
    requireParseRejected(withRawMemberFirst("\"kin\\u0064\":\"planned\""),
                         QStringLiteral("the member \"kind\" appears twice in one object"));
}

TEST_CASE("The visit file reader rejects a lone surrogate", "[visitfile][reader]")
{
    auto withCaption = [](const QByteArray &escaped) {
        QByteArray b = bytesOf(base());
        const qsizetype at = b.indexOf("\"caption\":\"Golvbrunn\"");
        REQUIRE(at > 0);
        return b.replace(at, int(qstrlen("\"caption\":\"Golvbrunn\"")),
                         "\"caption\":\"" + escaped + '"');
    };
    requireParseRejected(withCaption("Golv\\udfaabrunn"),
                         QStringLiteral("a lone surrogate (\\udfaa) is not valid Unicode"));
    requireParseRejected(withCaption("\\ud83d"),
                         QStringLiteral("a lone surrogate (\\ud83d) is not valid Unicode"));
    requireParseRejected(withCaption("\\ud83d\\u0041"),
                         QStringLiteral("a lone surrogate (\\ud83d) is not valid Unicode"));
    // A NUL cannot be stored on PostgreSQL: the file is rejected on every backend alike.
    requireParseRejected(withCaption("Golv\\u0000brunn"),
                         QStringLiteral("\\u0000 (a NUL character) is not allowed in text"));
    // Encoded directly as UTF-8 (ED B0 80) it is invalid UTF-8.
    requireParseRejected(withCaption("\xed\xb0\x80"), QStringLiteral("invalid UTF-8"));
    // A proper pair is fine.
    const Visit v = VisitFileReader::read(withCaption("Golv \\ud83d\\udca7"), kFile);
    CHECK(v.photos[0].caption == QStringLiteral("Golv \U0001F4A7"));
}

TEST_CASE("The visit file reader rejects what is not a JSON object", "[visitfile][reader]")
{
    for (const QByteArray &bad : {QByteArray(), QByteArray("[]"), QByteArray("\"visit\""),
                                  QByteArray("{"), QByteArray("{}x"), QByteArray("null")}) {
        INFO("bytes " << bad.toStdString());
        const QString message = rejectionOf(bad);
        CHECK(message.startsWith(kFile + u':'));
    }
    // An empty object is valid JSON but not a visit file.
    requireRejected(QByteArray("{}"), QStringLiteral("format"),
                    QStringLiteral("must be the string \"tillsyn-visit\""));
}

} // namespace tillsyn_unity_visitfilereader_test
