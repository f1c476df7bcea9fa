// The follow-up members of the visit file (formats.md, "Additions to version 1"): `deadline` on a
// deviation and `followUps`. They round-trip, are optional (an old file stays valid), and every
// rule is rejected with the file, the member path and the reason.
#include "util/error.h"
#include "visitfile/visitfilereader.h"
#include "visitfile/visitfilewriter.h"

#include "support/catchqt.h"

#include <QJsonArray>
#include <QJsonDocument>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_followupmembers_test {

using namespace tillsyn;
using domain::Visit;
using visitfile::VisitFileReader;
using visitfile::VisitFileWriter;

namespace {

const QString kFile = QStringLiteral("visit-follow-up.json");
const QString kEarlier = QStringLiteral("11111111-2222-4333-8444-555555555555");

Visit followUpVisit()
{
    Visit v;
    v.visitId = QStringLiteral("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee");
    v.status = domain::VisitStatus::Finished;
    v.startedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    v.finishedAt = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    v.device = {QStringLiteral("6c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5"), QStringLiteral("b")};
    v.inspectors = {{QStringLiteral("eva"), QStringLiteral("Eva Ek")}};
    v.facility.id = QStringLiteral("F-1");
    v.facility.name = QStringLiteral("Kafé");
    v.checklist = {QStringLiteral("livs"), 1, QStringLiteral("Livsmedel")};
    v.kind = domain::VisitKind::FollowUp;
    domain::Answer deviation{QStringLiteral("golv"),
                             QStringLiteral("Lokaler"),
                             QStringLiteral("Golv är rena"),
                             QString(),
                             domain::Result::Deviation,
                             QStringLiteral("Smuts"),
                             {},
                             QDate(2026, 12, 15)};
    domain::Answer ok{QStringLiteral("kyl"),
                      QStringLiteral("Kyl"),
                      QStringLiteral("Kylen"),
                      QString(),
                      domain::Result::Ok,
                      QString(),
                      {},
                      std::nullopt};
    v.answers = {deviation, ok};
    v.followUps = {{kEarlier, QStringLiteral("golv"), domain::FollowUpStatus::Remains,
                    QStringLiteral("Fortfarande smutsigt")},
                   {kEarlier, QStringLiteral("kyl"), domain::FollowUpStatus::Corrected, QString()}};
    return v;
}

QJsonObject base()
{
    return VisitFileWriter::toJson(followUpVisit());
}

QString rejectionOf(const QJsonObject &o)
{
    try {
        VisitFileReader::read(QJsonDocument(o).toJson(QJsonDocument::Compact), kFile);
    } catch (const Error &e) {
        return e.message();
    }
    FAIL("accepted");
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

QJsonObject withAnswer(int i, const QString &member, const QJsonValue &value)
{
    QJsonObject o = base();
    QJsonArray answers = o[u"answers"].toArray();
    QJsonObject a = answers[i].toObject();
    if (value.isUndefined())
        a.remove(member);
    else
        a[member] = value;
    answers[i] = a;
    o[u"answers"] = answers;
    return o;
}

QJsonObject withFollowUp(int i, const QString &member, const QJsonValue &value)
{
    QJsonObject o = base();
    QJsonArray list = o[u"followUps"].toArray();
    QJsonObject f = list[i].toObject();
    if (value.isUndefined())
        f.remove(member);
    else
        f[member] = value;
    list[i] = f;
    o[u"followUps"] = list;
    return o;
}

} // namespace

TEST_CASE("Deadlines and followUps round-trip through the visit file", "[visitfile][followup]")
{
    const Visit v = followUpVisit();
    const QByteArray bytes = VisitFileWriter::write(v);
    CHECK(bytes.contains("\"deadline\":\"2026-12-15\""));
    CHECK(bytes.contains("\"followUps\":["));
    CHECK(VisitFileReader::read(bytes, kFile) == v);
}

TEST_CASE("A visit file without the follow-up members stays valid", "[visitfile][followup]")
{
    Visit v = followUpVisit();
    v.followUps.clear();
    v.answers[0].deadline.reset();
    const QByteArray bytes = VisitFileWriter::write(v);
    CHECK_FALSE(bytes.contains("followUps"));
    CHECK_FALSE(bytes.contains("deadline"));
    CHECK(VisitFileReader::read(bytes, kFile) == v);
}

TEST_CASE("A deadline left on an answer that is no deviation is not written",
          "[visitfile][followup]")
{
    Visit v = followUpVisit();
    v.answers[1].deadline = QDate(2027, 1, 1);
    CHECK_FALSE(VisitFileWriter::write(v).contains("2027-01-01"));
}

TEST_CASE("The reader rejects each broken rule of deadline", "[visitfile][followup]")
{
    const QString path = QStringLiteral("answers[0].deadline");
    const QString date = QStringLiteral("must be a date written YYYY-MM-DD");
    requireRejected(withAnswer(0, QStringLiteral("deadline"), QStringLiteral("2026-12-5")), path,
                    date);
    requireRejected(withAnswer(0, QStringLiteral("deadline"), QStringLiteral("2026-02-30")), path,
                    date);
    requireRejected(
        withAnswer(0, QStringLiteral("deadline"), QStringLiteral("2026-12-15T00:00:00Z")), path,
        date);
    requireRejected(withAnswer(0, QStringLiteral("deadline"), 20261215), path, date);
    requireRejected(withAnswer(0, QStringLiteral("deadline"), QJsonValue()), path, date);
    requireRejected(withAnswer(1, QStringLiteral("deadline"), QStringLiteral("2026-12-15")),
                    QStringLiteral("answers[1].deadline"),
                    QStringLiteral("is allowed only on a deviation (the result is \"ok\")"));
}

TEST_CASE("The reader rejects each broken rule of followUps", "[visitfile][followup]")
{
    SECTION("not an array, or an entry that is not an object")
    {
        QJsonObject o = base();
        o[u"followUps"] = QJsonObject();
        requireRejected(o, QStringLiteral("followUps"), QStringLiteral("must be an array"));
        o[u"followUps"] = QJsonArray{1};
        requireRejected(o, QStringLiteral("followUps[0]"), QStringLiteral("must be an object"));
    }
    SECTION("each member missing")
    {
        for (const char *member : {"visitId", "itemId", "status", "comment"}) {
            INFO(member);
            requireRejected(withFollowUp(0, QLatin1String(member), QJsonValue::Undefined),
                            QStringLiteral("followUps[0].") + QLatin1String(member),
                            QStringLiteral("is required but missing"));
        }
    }
    SECTION("visitId not a lowercase UUID, or this visit's own")
    {
        requireRejected(withFollowUp(0, QStringLiteral("visitId"), QStringLiteral("11111111-2222-4333-8444-55555555555A")),
                        QStringLiteral("followUps[0].visitId"),
                        QStringLiteral("must be a lowercase UUID"));
        requireRejected(
            withFollowUp(1, QStringLiteral("visitId"), followUpVisit().visitId),
            QStringLiteral("followUps[1].visitId"),
            QStringLiteral("is this visit's own id: a visit follows up earlier visits only"));
    }
    SECTION("itemId not an id")
    {
        requireRejected(withFollowUp(0, QStringLiteral("itemId"), QStringLiteral("golv brunn")),
                        QStringLiteral("followUps[0].itemId"),
                        QStringLiteral("must be 1 to 128 characters"));
    }
    SECTION("status not one of the three")
    {
        requireRejected(withFollowUp(0, QStringLiteral("status"), QStringLiteral("fixed")),
                        QStringLiteral("followUps[0].status"),
                        QStringLiteral("must be corrected, remains or not_checked"));
        requireRejected(withFollowUp(0, QStringLiteral("status"), 1),
                        QStringLiteral("followUps[0].status"), QStringLiteral("must be a string"));
    }
    SECTION("comment not a string (empty is allowed)")
    {
        requireRejected(withFollowUp(0, QStringLiteral("comment"), QJsonValue()),
                        QStringLiteral("followUps[0].comment"), QStringLiteral("must be a string"));
        const QJsonObject empty = withFollowUp(0, QStringLiteral("comment"), QString());
        CHECK_NOTHROW(VisitFileReader::read(QJsonDocument(empty).toJson(), kFile));
    }
    SECTION("the pair visitId, itemId twice")
    {
        requireRejected(withFollowUp(1, QStringLiteral("itemId"), QStringLiteral("golv")),
                        QStringLiteral("followUps[1].itemId"),
                        QStringLiteral("is followed up twice"));
    }
}

} // namespace tillsyn_unity_followupmembers_test
