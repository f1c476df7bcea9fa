// The visit file's case and billing members (formats.md, "Additions to version 1": caseNumber,
// timeEntries, operatorComment, signature): a file with them round-trips, a file without them
// stays valid, and each broken rule is rejected naming the member and the rule.
#include "util/error.h"
#include "util/sha256.h"
#include "visitfile/visitfilereader.h"
#include "visitfile/visitfilewriter.h"

#include "samples.h"
#include "support/catchqt.h"
#include "support/testimages.h"

#include <QJsonArray>
#include <QJsonDocument>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_casemembers_test {

using namespace tillsyn;
using namespace tillsyn::domain;
using visitfile::VisitFileReader;
using visitfile::VisitFileWriter;

namespace {

const QString kFile = QStringLiteral("visit-case.json");

Visit caseVisit()
{
    Visit v;
    v.visitId = QStringLiteral("1f8e4c2a-1b3d-4e5f-a6b7-c8d9e0f1a2b3");
    v.revision = 1;
    v.status = VisitStatus::Finished;
    v.startedAt = QDateTime(QDate(2026, 11, 26), QTime(9, 0, 0), Qt::UTC);
    v.finishedAt = QDateTime(QDate(2026, 11, 26), QTime(11, 0, 0), Qt::UTC);
    v.device = {QStringLiteral("6c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5"), QStringLiteral("laptop")};
    v.inspectors = {{QStringLiteral("eva"), QStringLiteral("Eva Ek")}};
    v.facility.id = QStringLiteral("F-1");
    v.facility.name = QStringLiteral("Kafé Kanelbullen");
    v.checklist = {QStringLiteral("livs"), 1, QStringLiteral("Livsmedel")};
    v.answers = {{QStringLiteral("a-1"), QStringLiteral("S"), QStringLiteral("T"), QString(),
                  Result::Ok, QString(), {}}};
    v.caseInfo.caseNumber = QStringLiteral("MBN 2026-001234");
    v.caseInfo.timeEntries = {{Activity::Preparation, 20, true},
                              {Activity::Travel, 30, false},
                              {Activity::Inspection, 65, true},
                              {Activity::Reporting, 10, true}};
    v.minutesSpent = 125;
    v.caseInfo.operatorComment = QStringLiteral("Vi åtgärdar golvbrunnen i veckan.");
    OperatorSignature s;
    s.name = QStringLiteral("Åsa Ägare");
    s.role = QStringLiteral("VD");
    s.signedAt = QDateTime(QDate(2026, 11, 26), QTime(10, 55, 0), Qt::UTC);
    s.mediaType = QStringLiteral("image/png");
    s.data = test::pngWithAlpha(40, 20);
    s.sha256 = sha256Hex(s.data);
    v.caseInfo.signature = s;
    return v;
}

QJsonObject base()
{
    return VisitFileWriter::toJson(caseVisit());
}

QByteArray bytesOf(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString rejectionOf(const QJsonObject &o)
{
    try {
        VisitFileReader::read(bytesOf(o), kFile);
    } catch (const Error &e) {
        return e.message();
    }
    FAIL("accepted: " << bytesOf(o).left(400).toStdString());
    return {};
}

void requireRejected(const QJsonObject &o, const QString &member, const QString &rule)
{
    const QString message = rejectionOf(o);
    INFO("message: " << message.toStdString());
    CHECK(message.startsWith(kFile + u':'));
    CHECK(message.contains(QStringLiteral("member \"%1\"").arg(member)));
    CHECK(message.contains(rule));
}

QJsonObject edited(const QStringList &path, const std::function<void(QJsonObject &)> &edit)
{
    return test::editJson(base(), path, edit).toObject();
}

QJsonObject with(const QStringList &path, const QString &member, const QJsonValue &value)
{
    return edited(path, [&](QJsonObject &obj) { obj[member] = value; });
}

void setImage(QJsonObject &signature, const QByteArray &data)
{
    signature[u"data"] = QString::fromLatin1(data.toBase64());
    signature[u"bytes"] = data.size();
    signature[u"sha256"] = sha256Hex(data);
}

} // namespace

TEST_CASE("Case members round-trip and stay optional", "[visitfile][case]")
{
    SECTION("every member set, a drawn signature")
    {
        const Visit v = caseVisit();
        const QByteArray bytes = VisitFileWriter::write(v);
        Visit back = VisitFileReader::read(bytes, kFile);
        CHECK(back.caseInfo == v.caseInfo);
        CHECK(back.minutesSpent == 125);
        CHECK(back.caseInfo.chargeableMinutes() == 95);
    }
    SECTION("a declined signature carries no image members")
    {
        Visit v = caseVisit();
        v.caseInfo.signature->declined = true;
        v.caseInfo.signature->data.clear();
        v.caseInfo.signature->mediaType.clear();
        v.caseInfo.signature->sha256.clear();
        const QJsonObject o = VisitFileWriter::toJson(v);
        const QJsonObject sig = o.value(u"signature").toObject();
        CHECK(sig.keys() == QStringList{QStringLiteral("declined"), QStringLiteral("name"),
                                        QStringLiteral("role"), QStringLiteral("signedAt")});
        CHECK(VisitFileReader::read(bytesOf(o), kFile).caseInfo == v.caseInfo);
    }
    SECTION("a file without them (written before them) reads as before")
    {
        QJsonObject o = base();
        for (const char *m : {"caseNumber", "timeEntries", "operatorComment", "signature"})
            o.remove(QLatin1String(m));
        o[u"minutesSpent"] = 4000; // no entries: minutesSpent has only its old rule
        const Visit back = VisitFileReader::read(bytesOf(o), kFile);
        CHECK(back.caseInfo == VisitCase{});
        CHECK(back.minutesSpent == 4000);
    }
    SECTION("the writer leaves out what is empty")
    {
        Visit v = caseVisit();
        v.caseInfo = {};
        const QJsonObject o = VisitFileWriter::toJson(v);
        for (const char *m : {"caseNumber", "timeEntries", "operatorComment", "signature"})
            CHECK_FALSE(o.contains(QLatin1String(m)));
    }
    SECTION("the writer makes minutesSpent the sum of the entries")
    {
        Visit v = caseVisit();
        v.minutesSpent = 3;
        CHECK(VisitFileWriter::toJson(v).value(u"minutesSpent").toInt() == 125);
    }
}

TEST_CASE("Each rule of the case members is rejected with its reason", "[visitfile][case]")
{
    SECTION("caseNumber")
    {
        requireRejected(with({}, QStringLiteral("caseNumber"), QString()),
                        QStringLiteral("caseNumber"), QStringLiteral("must be 1 to 64 characters"));
        requireRejected(with({}, QStringLiteral("caseNumber"), QString(65, u'x')),
                        QStringLiteral("caseNumber"), QStringLiteral("must be 1 to 64 characters"));
        requireRejected(with({}, QStringLiteral("caseNumber"), QStringLiteral("MBN\t2026")),
                        QStringLiteral("caseNumber"),
                        QStringLiteral("must not contain control characters"));
        requireRejected(with({}, QStringLiteral("caseNumber"), QStringLiteral("MBN\u00852026")),
                        QStringLiteral("caseNumber"),
                        QStringLiteral("must not contain control characters"));
        requireRejected(with({}, QStringLiteral("caseNumber"), 12), QStringLiteral("caseNumber"),
                        QStringLiteral("must be a string"));
        // 64 characters outside the BMP are 128 UTF-16 units and still valid.
        QString emoji;
        for (int i = 0; i < 64; ++i)
            emoji += QString::fromUcs4(U"\U0001F600", 1);
        CHECK(VisitFileReader::read(bytesOf(with({}, QStringLiteral("caseNumber"), emoji)), kFile)
                  .caseInfo.caseNumber == emoji);
    }
    SECTION("timeEntries")
    {
        requireRejected(with({}, QStringLiteral("timeEntries"), QStringLiteral("x")),
                        QStringLiteral("timeEntries"), QStringLiteral("must be an array"));
        requireRejected(with({QStringLiteral("timeEntries"), QStringLiteral("1")},
                             QStringLiteral("activity"), QStringLiteral("driving")),
                        QStringLiteral("timeEntries[1].activity"),
                        QStringLiteral("must be preparation, travel, inspection, sampling, "
                                       "reporting or other"));
        requireRejected(with({QStringLiteral("timeEntries"), QStringLiteral("0")},
                             QStringLiteral("minutes"), 1441),
                        QStringLiteral("timeEntries[0].minutes"), QStringLiteral("1440"));
        requireRejected(with({QStringLiteral("timeEntries"), QStringLiteral("0")},
                             QStringLiteral("minutes"), -1),
                        QStringLiteral("timeEntries[0].minutes"), QStringLiteral("0"));
        requireRejected(with({QStringLiteral("timeEntries"), QStringLiteral("0")},
                             QStringLiteral("minutes"), 2.5),
                        QStringLiteral("timeEntries[0].minutes"), QStringLiteral("integer"));
        requireRejected(with({QStringLiteral("timeEntries"), QStringLiteral("2")},
                             QStringLiteral("chargeable"), QStringLiteral("yes")),
                        QStringLiteral("timeEntries[2].chargeable"), QStringLiteral("must be true or false"));
        requireRejected(edited({QStringLiteral("timeEntries"), QStringLiteral("2")},
                               [](QJsonObject &e) { e.remove(QStringLiteral("chargeable")); }),
                        QStringLiteral("timeEntries[2].chargeable"),
                        QStringLiteral("is required but missing"));
        requireRejected(with({}, QStringLiteral("minutesSpent"), 124),
                        QStringLiteral("minutesSpent"),
                        QStringLiteral("is 124 but the time entries add up to 125"));
    }
    SECTION("operatorComment")
    {
        requireRejected(with({}, QStringLiteral("operatorComment"), true),
                        QStringLiteral("operatorComment"), QStringLiteral("must be a string"));
    }
    SECTION("signature")
    {
        const QStringList sig{QStringLiteral("signature")};
        requireRejected(with({}, QStringLiteral("signature"), QStringLiteral("Åsa")),
                        QStringLiteral("signature"), QStringLiteral("must be an object"));
        requireRejected(with(sig, QStringLiteral("name"), QString()),
                        QStringLiteral("signature.name"), QStringLiteral("must not be empty"));
        requireRejected(edited(sig, [](QJsonObject &s) { s.remove(QStringLiteral("role")); }),
                        QStringLiteral("signature.role"), QStringLiteral("is required but missing"));
        requireRejected(with(sig, QStringLiteral("signedAt"), QStringLiteral("2026-11-26 10:55")),
                        QStringLiteral("signature.signedAt"), QStringLiteral("RFC 3339"));
        requireRejected(with(sig, QStringLiteral("signedAt"), QStringLiteral("2026-11-26T08:59:59Z")),
                        QStringLiteral("signature.signedAt"), QStringLiteral("is before startedAt"));
        requireRejected(with(sig, QStringLiteral("declined"), 0),
                        QStringLiteral("signature.declined"), QStringLiteral("must be true or false"));
        // Declined, yet with an image member.
        for (const char *m : {"mediaType", "bytes", "sha256", "data"}) {
            requireRejected(edited(sig,
                                   [&](QJsonObject &s) {
                                       const QJsonValue keep = s.value(QLatin1String(m));
                                       for (const char *other :
                                            {"mediaType", "bytes", "sha256", "data"})
                                           s.remove(QLatin1String(other));
                                       s[QLatin1String(m)] = keep;
                                       s[u"declined"] = true;
                                   }),
                            QStringLiteral("signature.%1").arg(QLatin1String(m)),
                            QStringLiteral("must not be present when the operator declined"));
        }
        // Not declined, and an image member missing.
        for (const char *m : {"mediaType", "bytes", "sha256", "data"})
            requireRejected(edited(sig, [&](QJsonObject &s) { s.remove(QLatin1String(m)); }),
                            QStringLiteral("signature.%1").arg(QLatin1String(m)),
                            QStringLiteral("is required but missing"));
        requireRejected(with(sig, QStringLiteral("mediaType"), QStringLiteral("image/jpeg")),
                        QStringLiteral("signature.mediaType"),
                        QStringLiteral("must be \"image/png\""));
        requireRejected(with(sig, QStringLiteral("sha256"), QString(64, u'A')),
                        QStringLiteral("signature.sha256"),
                        QStringLiteral("must be 64 lowercase hexadecimal digits"));
        requireRejected(with(sig, QStringLiteral("sha256"), QString(64, u'0')),
                        QStringLiteral("signature.sha256"),
                        QStringLiteral("does not match the signature's data"));
        requireRejected(with(sig, QStringLiteral("bytes"), 3),
                        QStringLiteral("signature.bytes"), QStringLiteral("says 3 bytes"));
        requireRejected(with(sig, QStringLiteral("data"), QStringLiteral("iVBORw0KGgo")),
                        QStringLiteral("signature.data"),
                        QStringLiteral("is not standard base64"));
        requireRejected(edited(sig, [](QJsonObject &s) { setImage(s, test::jpegBytes(8, 8)); }),
                        QStringLiteral("signature.data"), QStringLiteral("is not a PNG image"));
        // Larger than 1 MiB decoded: a PNG header followed by filler.
        requireRejected(edited(sig,
                               [](QJsonObject &s) {
                                   QByteArray big = test::pngWithAlpha(4, 4);
                                   big.append(QByteArray(1024 * 1024, 'x'));
                                   setImage(s, big);
                               }),
                        QStringLiteral("signature.bytes"), QStringLiteral("1048576"));
    }
}

} // namespace tillsyn_unity_casemembers_test
