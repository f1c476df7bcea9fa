#include "fieldfixture.h"

#include "field/photoimport.h"
#include "field/visitlifecycle.h"
#include "storage/visitstore.h"
#include "util/error.h"

#include "support/catchqt.h"
#include "support/testimages.h"
#include "util/sha256.h"

#include <QSqlQuery>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_visitlifecycle_test {

using namespace tillsyn;
using domain::Result;
using domain::Visit;
using domain::VisitStatus;
using tillsyn::test::FieldFixture;
using tillsyn::test::sampleItemIds;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

QStringList itemIds(const std::vector<domain::Answer> &answers)
{
    QStringList out;
    for (const auto &a : answers)
        out.append(a.itemId);
    return out;
}

// Runs `call`, which must throw tillsyn::Error; returns the message.
template <typename F> QString errorOf(F &&call)
{
    try {
        call();
    } catch (const Error &e) {
        return e.message();
    }
    FAIL("no tillsyn::Error was thrown");
    return {};
}

int count(storage::Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    db.exec(q);
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("VisitLifecycle::start records a draft from the facility and checklist as they are",
          "[field][lifecycle]")
{
    FieldFixture fx;
    fx.clock = utc(2026, 11, 26, 9, 15, 7, 750); // the stored time has whole seconds
    const QString id = fx.start();
    CHECK(test::isLowercaseUuid(id));

    const Visit v = fx.visits.current(id);
    CHECK(v.visitId == id);
    CHECK(v.revision == 1);
    CHECK(v.baseRevision == 0);
    CHECK(v.status == VisitStatus::Draft);
    CHECK(v.startedAt == utc(2026, 11, 26, 9, 15, 7));
    CHECK(v.startedAt.timeSpec() == Qt::UTC);
    CHECK_FALSE(v.finishedAt.isValid());
    CHECK(test::isLowercaseUuid(v.device.id));
    CHECK(v.device == fx.visits.device());
    CHECK_FALSE(v.device.name.isEmpty());
    REQUIRE(v.inspectors.size() == 2);
    CHECK(v.inspectors == fx.request().inspectors);
    CHECK(v.facility.id == QStringLiteral("F-1"));
    CHECK(v.facility.name == QStringLiteral("Kafé Kanelbullen"));
    CHECK(v.facility.operatorDetails.orgNumber == QStringLiteral("556677-8899"));
    CHECK(v.facility.city == QStringLiteral("Ödeshög"));
    CHECK(v.checklist.id == QStringLiteral("livs"));
    CHECK(v.checklist.version == 1);
    CHECK(v.checklist.title == QStringLiteral("Livsmedel – livs"));
    CHECK(v.kind == domain::VisitKind::Complaint);
    CHECK_FALSE(v.announced);
    CHECK(v.minutesSpent == 0);

    // One unanswered answer per item, in checklist order, with the wording of the time.
    CHECK(itemIds(v.answers) == sampleItemIds());
    CHECK(v.answeredCount() == 0);
    CHECK(v.answers[0].section == QStringLiteral("Lokaler"));
    CHECK(v.answers[2].section == QStringLiteral("Hantering"));
    CHECK(v.answers[4].text == QStringLiteral("Egenkontrollen följs \"i praktiken\""));
    CHECK(v.answers[2].legalReference == QStringLiteral("LIVSFS 2005:20"));
    for (const auto &a : v.answers) {
        CHECK_FALSE(a.result.has_value());
        CHECK(a.comment.isEmpty());
        CHECK(a.photoIds.isEmpty());
    }
    CHECK(v.photos.empty());

    // A second visit gets another id; the device stays the same.
    const QString other = fx.start();
    CHECK(other != id);
    CHECK(fx.visits.current(other).device == v.device);
    CHECK(storage::VisitStore(fx.db).list().size() == 2);
}

TEST_CASE("VisitLifecycle::start refuses what it cannot start, storing nothing",
          "[field][lifecycle]")
{
    FieldFixture fx;
    field::StartRequest r = fx.request();
    r.facilityId = QStringLiteral("F-404");
    CHECK(errorOf([&] { fx.visits.start(r); }).contains(QStringLiteral("\"F-404\"")));
    r = fx.request();
    r.checklistId = QStringLiteral("okand");
    CHECK(errorOf([&] { fx.visits.start(r); }).contains(QStringLiteral("\"okand\"")));
    r = fx.request();
    r.checklistVersion = 9;
    CHECK(errorOf([&] { fx.visits.start(r); }).contains(QStringLiteral("version 9")));
    r = fx.request();
    r.inspectors.clear();
    CHECK(errorOf([&] { fx.visits.start(r); }).contains(QStringLiteral("inspector")));
    CHECK(storage::VisitStore(fx.db).list().empty());
    CHECK(count(fx.db, QStringLiteral("SELECT count(*) FROM answer")) == 0);
}

TEST_CASE("Visit lifecycle: answer, finish, reopen, change one answer, finish again",
          "[field][lifecycle]")
{
    FieldFixture fx;
    const test::TempDir images;
    const QString id = fx.start();

    fx.visits.setAnswer(id, QStringLiteral("lokal-1"), Result::Ok, {});
    fx.visits.setAnswer(id, QStringLiteral("lokal-2"), Result::Deviation,
                        QStringLiteral("Tvål saknas vid handfatet."));
    fx.visits.setResult(id, QStringLiteral("hant-1"), Result::Ok);
    fx.visits.setResult(id, QStringLiteral("hant-2"), Result::Deviation);
    fx.visits.setComment(id, QStringLiteral("hant-2"), QStringLiteral("Rått kött över sallad."));
    fx.visits.setAnswer(id, QStringLiteral("hant.3_x"), Result::NotApplicable, {});
    const QString photoId =
        fx.visits.addPhoto(id, QStringLiteral("lokal-2"),
                           images.write(QStringLiteral("handfat.jpg"), test::jpegBytes(640, 480)),
                           QStringLiteral("Handfatet"));
    fx.visits.setMinutes(id, 75);
    fx.visits.setPresentPersons(
        id, {QStringLiteral(" Anna Svensson "), QString(), QStringLiteral("Bo")});
    fx.visits.setSummary(id, QStringLiteral("Två avvikelser."));

    // setResult keeps the comment, setComment keeps the result.
    Visit draft = fx.visits.current(id);
    REQUIRE(draft.answer(QStringLiteral("hant-2")));
    CHECK(draft.answer(QStringLiteral("hant-2"))->result == Result::Deviation);
    CHECK(draft.answer(QStringLiteral("hant-2"))->comment ==
          QStringLiteral("Rått kött över sallad."));
    CHECK(draft.presentPersons ==
          (QStringList{QStringLiteral("Anna Svensson"), QStringLiteral("Bo")}));
    CHECK(draft.summary == QStringLiteral("Två avvikelser."));
    const field::FinishCheck clean = fx.visits.check(id);
    CHECK(clean.unanswered.empty());
    CHECK(clean.deviationsWithoutComment.empty());

    fx.clock = utc(2026, 11, 26, 10, 40, 10, 999);
    CHECK(fx.visits.finish(id) == 1);

    storage::VisitStore store(fx.db);
    const Visit r1 = store.load(id, 1, true).value();
    CHECK(r1.status == VisitStatus::Finished);
    CHECK(r1.startedAt == utc(2026, 11, 26, 9, 15, 0));
    CHECK(r1.finishedAt == utc(2026, 11, 26, 10, 40, 10));
    CHECK(r1.answeredCount() == 5);
    CHECK(r1.deviationCount() == 2);
    CHECK(r1.minutesSpent == 75);
    CHECK(r1.answer(QStringLiteral("lokal-1"))->result == Result::Ok);
    CHECK(r1.answer(QStringLiteral("hant.3_x"))->result == Result::NotApplicable);
    CHECK(r1.answer(QStringLiteral("lokal-2"))->photoIds == QStringList{photoId});
    REQUIRE(r1.photos.size() == 1);
    CHECK(r1.photos[0].id == photoId);
    CHECK(r1.photos[0].itemId == QStringLiteral("lokal-2"));
    CHECK(r1.photos[0].caption == QStringLiteral("Handfatet"));
    CHECK(r1.photos[0].mediaType == QStringLiteral("image/jpeg"));
    CHECK(r1.photos[0].bytes == r1.photos[0].data.size());
    CHECK(r1.photos[0].sha256 == sha256Hex(r1.photos[0].data));
    CHECK(fx.visits.current(id) == store.load(id, 1).value());

    fx.clock = utc(2026, 11, 27, 8, 0, 0);
    CHECK(fx.visits.reopen(id) == 2);
    const Visit reopened = fx.visits.current(id);
    CHECK(reopened.revision == 2);
    CHECK(reopened.baseRevision == 1);
    CHECK(reopened.status == VisitStatus::Draft);
    CHECK_FALSE(reopened.finishedAt.isValid());
    CHECK(reopened.startedAt == r1.startedAt);
    CHECK(reopened.answers == r1.answers);
    CHECK(reopened.minutesSpent == 75);
    REQUIRE(reopened.photos.size() == 1);
    CHECK(reopened.photos[0].sha256 == r1.photos[0].sha256);

    fx.visits.setAnswer(id, QStringLiteral("hant-2"), Result::Ok,
                        QStringLiteral("Åtgärdat vid uppföljningen."));
    fx.clock = utc(2026, 11, 27, 8, 30, 0);
    CHECK(fx.visits.finish(id) == 2);

    const Visit r2 = store.load(id, 2, true).value();
    CHECK(r2.status == VisitStatus::Finished);
    CHECK(r2.baseRevision == 1);
    CHECK(r2.finishedAt == utc(2026, 11, 27, 8, 30, 0));
    CHECK(r2.answer(QStringLiteral("hant-2"))->result == Result::Ok);
    CHECK(r2.answer(QStringLiteral("hant-2"))->comment ==
          QStringLiteral("Åtgärdat vid uppföljningen."));
    CHECK(r2.deviationCount() == 1);
    for (size_t i = 0; i < r2.answers.size(); ++i) {
        if (r2.answers[i].itemId != u"hant-2")
            CHECK(r2.answers[i] == r1.answers[i]);
    }
    CHECK(r2.photos == r1.photos); // the same photo, bytes shared

    // Revision 1 is still there, unchanged, and the newest is 2.
    CHECK(store.load(id, 1, true).value() == r1);
    CHECK(store.revisions(id) == std::vector<int>{1, 2});
    CHECK(store.latestRevision(id) == 2);
    CHECK(fx.visits.current(id) == store.load(id, 2).value());
    const auto list = store.list();
    REQUIRE(list.size() == 1);
    CHECK(list[0].visitId == id);
    CHECK(list[0].revision == 2);
    CHECK(list[0].baseRevision == 1);
    CHECK(list[0].status == VisitStatus::Finished);
    CHECK(list[0].answered == 5);
    CHECK(list[0].items == 5);
    CHECK(list[0].deviations == 1);
    CHECK(list[0].finishedAt == utc(2026, 11, 27, 8, 30, 0));
    CHECK(count(fx.db, QStringLiteral("SELECT count(*) FROM photo_data")) == 1);

    // A third revision builds on the second.
    CHECK(fx.visits.reopen(id) == 3);
    CHECK(fx.visits.current(id).baseRevision == 2);
}

TEST_CASE("FinishCheck lists unanswered items and deviations without a comment",
          "[field][lifecycle]")
{
    FieldFixture fx;
    const QString id = fx.start();
    field::FinishCheck check = fx.visits.check(id);
    CHECK(itemIds(check.unanswered) == sampleItemIds());
    CHECK(check.deviationsWithoutComment.empty());

    fx.visits.setAnswer(id, QStringLiteral("lokal-1"), Result::Deviation, {});
    fx.visits.setAnswer(id, QStringLiteral("lokal-2"), Result::Deviation, QStringLiteral("  \n"));
    fx.visits.setAnswer(id, QStringLiteral("hant-1"), Result::Deviation,
                        QStringLiteral("Varm kyl."));
    fx.visits.setResult(id, QStringLiteral("hant-2"), Result::NotChecked);
    check = fx.visits.check(id);
    CHECK(itemIds(check.unanswered) == QStringList{QStringLiteral("hant.3_x")});
    CHECK(itemIds(check.deviationsWithoutComment) ==
          (QStringList{QStringLiteral("lokal-1"), QStringLiteral("lokal-2")}));
    CHECK(check.unanswered[0].text == QStringLiteral("Egenkontrollen följs \"i praktiken\""));

    // Clearing an answer makes it unanswered again.
    fx.visits.setResult(id, QStringLiteral("hant-1"), std::nullopt);
    check = fx.visits.check(id);
    CHECK(itemIds(check.unanswered) ==
          (QStringList{QStringLiteral("hant-1"), QStringLiteral("hant.3_x")}));

    // The check only warns: finishing is allowed.
    CHECK(fx.visits.finish(id) == 1);
    CHECK(fx.visits.current(id).status == VisitStatus::Finished);
}

TEST_CASE("Visit lifecycle errors name the problem and change nothing", "[field][lifecycle]")
{
    FieldFixture fx;
    const test::TempDir images;
    const QString image = images.write(QStringLiteral("a.jpg"), test::jpegBytes(320, 240));
    const QString id = fx.start();
    fx.visits.setAnswer(id, QStringLiteral("lokal-1"), Result::Deviation,
                        QStringLiteral("Smutsigt."));
    const QString photoId = fx.visits.addPhoto(id, QStringLiteral("lokal-1"), image);

    SECTION("an unknown visit")
    {
        const QString unknown = QStringLiteral("00000000-0000-4000-8000-000000000000");
        const QString before = fx.dump();
        for (const QString &message :
             {errorOf(
                  [&] { fx.visits.setAnswer(unknown, QStringLiteral("lokal-1"), Result::Ok, {}); }),
              errorOf([&] { fx.visits.setResult(unknown, QStringLiteral("lokal-1"), Result::Ok); }),
              errorOf([&] {
                  fx.visits.setComment(unknown, QStringLiteral("lokal-1"), QStringLiteral("x"));
              }),
              errorOf([&] { fx.visits.addPhoto(unknown, QStringLiteral("lokal-1"), image); }),
              errorOf([&] { fx.visits.setMinutes(unknown, 5); }),
              errorOf([&] { fx.visits.current(unknown); }),
              errorOf([&] { fx.visits.check(unknown); }),
              errorOf([&] { fx.visits.finish(unknown); }),
              errorOf([&] { fx.visits.reopen(unknown); })}) {
            CHECK(message == QStringLiteral("Unknown visit \"%1\".").arg(unknown));
        }
        CHECK(fx.dump() == before);
    }
    SECTION("an item that is not in the visit's checklist")
    {
        const QString before = fx.dump();
        const QString expected =
            QStringLiteral("The item \"hant-9\" is not part of the checklist of visit %1.").arg(id);
        CHECK(errorOf([&] { fx.visits.setAnswer(id, QStringLiteral("hant-9"), Result::Ok, {}); }) ==
              expected);
        CHECK(errorOf([&] { fx.visits.setResult(id, QStringLiteral("hant-9"), Result::Ok); }) ==
              expected);
        CHECK(errorOf([&] {
                  fx.visits.setComment(id, QStringLiteral("hant-9"), QStringLiteral("x"));
              }) == expected);
        CHECK(errorOf([&] { fx.visits.addPhoto(id, QStringLiteral("hant-9"), image); }) ==
              expected);
        CHECK(fx.dump() == before);
    }
    SECTION("a photo the visit does not have, and an impossible time")
    {
        const QString before = fx.dump();
        CHECK(errorOf([&] {
                  fx.visits.removePhoto(id, QStringLiteral("photo-nej"));
              }).contains(QStringLiteral("no photo \"photo-nej\"")));
        CHECK(errorOf([&] {
                  fx.visits.setPhotoCaption(id, QStringLiteral("photo-nej"), {});
              }).contains(QStringLiteral("no photo \"photo-nej\"")));
        CHECK(errorOf([&] { fx.visits.setMinutes(id, -1); }).contains(QStringLiteral("minutes")));
        CHECK(errorOf([&] {
                  fx.visits.reopen(id);
              }).contains(QStringLiteral("already open as revision 1")));
        CHECK(fx.dump() == before);
    }
    SECTION("a finished revision cannot be edited")
    {
        fx.clock = utc(2026, 11, 26, 11, 0, 0);
        REQUIRE(fx.visits.finish(id) == 1);
        const QString before = fx.dump();
        const QString expected = QStringLiteral("Visit %1 revision 1 is finished and cannot be "
                                                "changed. Reopen it to make revision 2.")
                                     .arg(id);
        CHECK(errorOf([&] {
                  fx.visits.setAnswer(id, QStringLiteral("lokal-1"), Result::Ok, {});
              }) == expected);
        CHECK(errorOf([&] { fx.visits.setResult(id, QStringLiteral("lokal-1"), Result::Ok); }) ==
              expected);
        CHECK(errorOf([&] {
                  fx.visits.setComment(id, QStringLiteral("lokal-1"), QStringLiteral("x"));
              }) == expected);
        CHECK(errorOf([&] { fx.visits.addPhoto(id, QStringLiteral("lokal-2"), image); }) ==
              expected);
        CHECK(errorOf([&] { fx.visits.removePhoto(id, photoId); }) == expected);
        CHECK(errorOf([&] { fx.visits.setPhotoCaption(id, photoId, QStringLiteral("x")); }) ==
              expected);
        CHECK(errorOf([&] { fx.visits.setMinutes(id, 10); }) == expected);
        CHECK(errorOf([&] { fx.visits.setPresentPersons(id, {QStringLiteral("A")}); }) == expected);
        CHECK(errorOf([&] { fx.visits.setSummary(id, QStringLiteral("x")); }) == expected);
        fx.clock = utc(2026, 11, 26, 12, 0, 0);
        CHECK(errorOf([&] { fx.visits.finish(id); }) == expected);
        CHECK(fx.dump() == before);
        CHECK(fx.visits.current(id).finishedAt == utc(2026, 11, 26, 11, 0, 0));
        // The failed calls left no transaction open: the lifecycle goes on.
        CHECK(fx.visits.reopen(id) == 2);
        fx.visits.setAnswer(id, QStringLiteral("lokal-1"), Result::Ok, {});
        CHECK(fx.visits.current(id).answer(QStringLiteral("lokal-1"))->result == Result::Ok);
    }
}

TEST_CASE("The database itself refuses to change a finished revision", "[field][storage]")
{
    FieldFixture fx;
    const test::TempDir images;
    const QString id = fx.start();
    fx.visits.setAnswer(id, QStringLiteral("lokal-1"), Result::Deviation,
                        QStringLiteral("Smutsigt."));
    const QString photoId =
        fx.visits.addPhoto(id, QStringLiteral("lokal-1"),
                           images.write(QStringLiteral("a.jpg"), test::jpegBytes(64, 48)));
    REQUIRE(fx.visits.finish(id) == 1);
    REQUIRE(fx.visits.reopen(id) == 2);
    const QString before = fx.dump();

    const QStringList statements = {
        QStringLiteral("UPDATE answer SET result = 'ok', comment = '' WHERE visit_id = '%1' AND"
                       " revision = %2 AND item_id = 'lokal-1'"),
        QStringLiteral(
            "UPDATE visit SET minutes_spent = 999 WHERE visit_id = '%1' AND revision = %2"),
        QStringLiteral("UPDATE visit SET status = 'draft' WHERE visit_id = '%1' AND revision = %2"),
        QStringLiteral(
            "UPDATE photo SET caption = 'ändrad' WHERE visit_id = '%1' AND revision = %2"),
        QStringLiteral("DELETE FROM photo WHERE visit_id = '%1' AND revision = %2"),
    };
    for (const QString &sql : statements) {
        INFO(sql.toStdString());
        // On the finished revision 1: refused by the triggers.
        try {
            fx.db.exec(sql.arg(id).arg(1));
            FAIL("the statement changed a finished revision");
        } catch (const Error &e) {
            CHECK(e.message().contains(
                QStringLiteral("a finished visit revision cannot be changed")));
        }
    }
    CHECK(fx.dump() == before);

    // The same statements on the draft revision 2 work (so the refusal above is the lock).
    fx.db.exec(statements[0].arg(id).arg(2));
    fx.db.exec(statements[1].arg(id).arg(2));
    fx.db.exec(statements[3].arg(id).arg(2));
    fx.db.exec(statements[4].arg(id).arg(2));
    storage::VisitStore store(fx.db);
    const Visit r2 = store.load(id, 2).value();
    CHECK(r2.answer(QStringLiteral("lokal-1"))->result == Result::Ok);
    CHECK(r2.minutesSpent == 999);
    CHECK(r2.photos.empty());
    const Visit r1 = store.load(id, 1, true).value();
    CHECK(r1.answer(QStringLiteral("lokal-1"))->result == Result::Deviation);
    REQUIRE(r1.photos.size() == 1);
    CHECK(r1.photos[0].id == photoId);
    CHECK_FALSE(r1.photos[0].data.isEmpty());
}

TEST_CASE("Visit photos: caption, remove, bytes shared between revisions", "[field][photo]")
{
    FieldFixture fx;
    const test::TempDir images;
    const QString a = images.write(QStringLiteral("a.jpg"), test::jpegBytes(800, 600));
    const QString b = images.write(QStringLiteral("b.png"), test::pngWithAlpha(300, 300));
    const QString id = fx.start();
    const QString p1 =
        fx.visits.addPhoto(id, QStringLiteral("lokal-1"), a, QStringLiteral("Golvet"));
    const QString p2 = fx.visits.addPhoto(id, QStringLiteral("lokal-1"), a); // the same picture
    const QString p3 = fx.visits.addPhoto(id, QStringLiteral("hant-1"), b);
    CHECK(p1 != p2);
    QRegularExpression idRule(QStringLiteral("^[A-Za-z0-9._-]{1,128}$"));
    for (const QString &p : {p1, p2, p3})
        CHECK(idRule.match(p).hasMatch());

    storage::VisitStore store(fx.db);
    Visit v = store.load(id, 0, true).value();
    REQUIRE(v.photos.size() == 3);
    CHECK(v.photos[0].id == p1);
    CHECK(v.photos[1].id == p2);
    CHECK(v.photos[2].id == p3);
    CHECK(v.photos[0].sha256 == v.photos[1].sha256);
    CHECK(v.photos[0].caption == QStringLiteral("Golvet"));
    CHECK(v.photos[1].caption.isEmpty());
    CHECK(v.photos[2].mediaType == QStringLiteral("image/jpeg"));
    CHECK(v.answer(QStringLiteral("lokal-1"))->photoIds == (QStringList{p1, p2}));
    CHECK(v.answer(QStringLiteral("hant-1"))->photoIds == QStringList{p3});
    CHECK(count(fx.db, QStringLiteral("SELECT count(*) FROM photo_data")) == 2);

    fx.visits.setPhotoCaption(id, p2, QStringLiteral("Golvet, närbild"));
    CHECK(fx.visits.current(id).photo(p2)->caption == QStringLiteral("Golvet, närbild"));

    // Removing one of two photos with the same bytes keeps the bytes for the other.
    fx.visits.removePhoto(id, p1);
    v = store.load(id, 0, true).value();
    REQUIRE(v.photos.size() == 2);
    CHECK_FALSE(v.photo(p1));
    CHECK(v.answer(QStringLiteral("lokal-1"))->photoIds == QStringList{p2});
    CHECK(v.photo(p2)->data.size() == v.photo(p2)->bytes);
    CHECK(count(fx.db, QStringLiteral("SELECT count(*) FROM photo_data")) == 2);

    // The last user of the bytes gone: the bytes go too.
    fx.visits.removePhoto(id, p3);
    CHECK(count(fx.db, QStringLiteral("SELECT count(*) FROM photo_data")) == 1);

    // After finishing and reopening, removing the photo from the draft keeps revision 1 whole.
    REQUIRE(fx.visits.finish(id) == 1);
    REQUIRE(fx.visits.reopen(id) == 2);
    fx.visits.removePhoto(id, p2);
    CHECK(fx.visits.current(id).photos.empty());
    const Visit r1 = store.load(id, 1, true).value();
    REQUIRE(r1.photos.size() == 1);
    CHECK(r1.photos[0].id == p2);
    CHECK(sha256Hex(r1.photos[0].data) == r1.photos[0].sha256);
    CHECK(count(fx.db, QStringLiteral("SELECT count(*) FROM photo_data")) == 1);

    // A file that is not an image is refused before anything is stored.
    const QString before = fx.dump();
    const QString text = images.write(QStringLiteral("notes.txt"), "Inte en bild.\n");
    CHECK(errorOf([&] {
              fx.visits.addPhoto(id, QStringLiteral("lokal-1"), text);
          }).contains(QStringLiteral("notes.txt: not an image")));
    CHECK(fx.dump() == before);
}

TEST_CASE("Result, kind and status tokens round trip", "[field][domain]")
{
    for (Result r : {Result::Ok, Result::Deviation, Result::NotChecked, Result::NotApplicable}) {
        Result back = Result::Ok;
        CHECK(domain::fromString(domain::toString(r), &back));
        CHECK(back == r);
    }
    CHECK(domain::toString(Result::NotApplicable) == QStringLiteral("not_applicable"));
    CHECK(domain::toString(domain::VisitKind::FollowUp) == QStringLiteral("follow_up"));
    CHECK(domain::toString(VisitStatus::Finished) == QStringLiteral("finished"));
    Result r = Result::Ok;
    CHECK_FALSE(domain::fromString(QStringLiteral("OK"), &r));
    CHECK_FALSE(domain::fromString(QString(), &r));
    domain::VisitKind k = domain::VisitKind::Planned;
    CHECK(domain::fromString(QStringLiteral("incident"), &k));
    CHECK(k == domain::VisitKind::Incident);
    CHECK_FALSE(domain::fromString(QStringLiteral("inspection"), &k));
}

} // namespace tillsyn_unity_visitlifecycle_test
