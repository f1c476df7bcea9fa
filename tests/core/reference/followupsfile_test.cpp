// reference/followups.json (`tillsyn-followups`): round trip and every rule rejected with the file,
// the member and the reason.
#include "reference/followupsfile.h"
#include "util/error.h"

#include "support/catchqt.h"

#include <QJsonArray>
#include <QJsonDocument>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_followupsfile_test {

using namespace tillsyn;
using reference::FollowUpsFile;

namespace {

const QString kFile = QStringLiteral("followups.json");

domain::Deviation sample()
{
    domain::Deviation d;
    d.facilityId = QStringLiteral("F-1");
    d.visitId = QStringLiteral("11111111-2222-4333-8444-555555555555");
    d.revision = 2;
    d.finishedAt = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
    d.checklistId = QStringLiteral("livs");
    d.checklistVersion = 3;
    d.itemId = QStringLiteral("golv");
    d.section = QStringLiteral("Lokaler");
    d.text = QStringLiteral("Golv är rena");
    d.legalReference = QStringLiteral("852/2004");
    d.comment = QStringLiteral("Smuts");
    d.deadline = QDate(2026, 11, 20);
    d.controlArea = QStringLiteral("J08");
    d.photoCount = 2;
    return d;
}

QJsonObject base()
{
    return QJsonDocument::fromJson(
               FollowUpsFile::write({sample()},
                                    QDateTime(QDate(2026, 11, 3), QTime(8, 0), Qt::UTC)))
        .object();
}

QJsonObject withEntry(const QString &member, const QJsonValue &value)
{
    QJsonObject o = base();
    QJsonArray list = o[u"openDeviations"].toArray();
    QJsonObject e = list[0].toObject();
    if (value.isUndefined())
        e.remove(member);
    else
        e[member] = value;
    list[0] = e;
    o[u"openDeviations"] = list;
    return o;
}

void requireRejected(const QJsonObject &o, const QString &member, const QString &rule)
{
    QString message;
    try {
        FollowUpsFile::read(QJsonDocument(o).toJson(), kFile);
        FAIL("accepted");
    } catch (const Error &e) {
        message = e.message();
    }
    INFO(message.toStdString());
    CHECK(message.startsWith(kFile + u':'));
    CHECK(message.contains(QStringLiteral("member \"%1\"").arg(member)));
    CHECK(message.contains(rule));
}

} // namespace

TEST_CASE("followups.json round-trips", "[reference][followups]")
{
    const auto back = FollowUpsFile::read(QJsonDocument(base()).toJson(), kFile);
    CHECK(back.publishedAt == QDateTime(QDate(2026, 11, 3), QTime(8, 0), Qt::UTC));
    REQUIRE(back.openDeviations.size() == 1);
    CHECK(back.openDeviations[0] == sample());
    // The optional members may be left out.
    QJsonObject o = withEntry(QStringLiteral("deadline"), QJsonValue::Undefined);
    o = QJsonDocument::fromJson(QJsonDocument(o).toJson()).object();
    auto plain = FollowUpsFile::read(QJsonDocument(o).toJson(), kFile).openDeviations[0];
    CHECK_FALSE(plain.deadline);
}

TEST_CASE("followups.json rules are enforced", "[reference][followups]")
{
    for (const char *member :
         {"facilityId", "visitId", "revision", "finishedAt", "checklistId", "checklistVersion",
          "itemId", "section", "text", "legalReference", "comment"}) {
        INFO(member);
        requireRejected(withEntry(QLatin1String(member), QJsonValue::Undefined),
                        QStringLiteral("openDeviations[0].") + QLatin1String(member),
                        QStringLiteral("is required but missing"));
    }
    const QString e = QStringLiteral("openDeviations[0].");
    requireRejected(withEntry(QStringLiteral("visitId"), QStringLiteral("V1")),
                    e + QStringLiteral("visitId"), QStringLiteral("lowercase UUID"));
    requireRejected(withEntry(QStringLiteral("revision"), 0), e + QStringLiteral("revision"),
                    QStringLiteral("must be between 1"));
    requireRejected(withEntry(QStringLiteral("finishedAt"), QStringLiteral("2026-11-02")),
                    e + QStringLiteral("finishedAt"), QStringLiteral("RFC 3339"));
    requireRejected(withEntry(QStringLiteral("deadline"), QStringLiteral("2026-11-31")),
                    e + QStringLiteral("deadline"), QStringLiteral("YYYY-MM-DD"));
    requireRejected(withEntry(QStringLiteral("controlArea"), QStringLiteral("j08")),
                    e + QStringLiteral("controlArea"), QStringLiteral("like J08"));
    requireRejected(withEntry(QStringLiteral("photoCount"), -1), e + QStringLiteral("photoCount"),
                    QStringLiteral("must be between 0"));
    QJsonObject twice = base();
    QJsonArray list = twice[u"openDeviations"].toArray();
    list.append(list[0]);
    twice[u"openDeviations"] = list;
    requireRejected(twice, QStringLiteral("openDeviations[1].itemId"),
                    QStringLiteral("is listed twice"));
    QJsonObject other = base();
    other[u"format"] = QStringLiteral("tillsyn-facilities");
    requireRejected(other, QStringLiteral("format"), QStringLiteral("expected"));
    other = base();
    other[u"formatVersion"] = 2;
    requireRejected(other, QStringLiteral("formatVersion"), QStringLiteral("version 2"));
    other = base();
    other.remove(QStringLiteral("publishedAt"));
    requireRejected(other, QStringLiteral("publishedAt"), QStringLiteral("required"));
}

} // namespace tillsyn_unity_followupsfile_test
