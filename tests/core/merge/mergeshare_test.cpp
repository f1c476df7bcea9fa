// MergeRun over a folder share: merged files go to archive/YYYY/MM/, rejected ones to rejected/
// with NAME.reason.txt; a second run has nothing to do; copies of merged files come back as
// duplicates and are archived beside the first (NAME.2); nothing is ever deleted. Rejection for
// each kind of broken file, and recheck after someone fixed a rejected file.
#include "mergefixture.h"

#include "storage/sqliteofficerepository.h"
#include "support/officerepo.h"
#include "sync/shareerror.h"

#include "support/catchqt.h"
#include "support/testimages.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_mergeshare_test {

using namespace tillsyn;
using merge::Outcome;
using test::findOutcome;
using test::mergeVisit;
using test::OfficeFixture;
using test::uuidFor;
using test::VisitFile;
using test::visitFile;

namespace {

const QString kArchive = QStringLiteral("archive/2026/03");

struct Broken
{
    QString name;
    QByteArray bytes;
    QStringList reason; // what the reason must say
};

QString sha256(const QByteArray &b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

std::vector<Broken> brokenFiles()
{
    const QJsonObject valid = test::jsonOf(test::mergeVisitWithPhoto(uuidFor(40)));
    const auto with = [&](const QString &member, const QJsonValue &value) {
        QJsonObject o = valid;
        o[member] = value;
        return test::bytesOf(o);
    };
    const auto withPhoto = [&](const std::function<void(QJsonObject &)> &edit) {
        QJsonObject o = valid;
        QJsonArray photos = o[u"photos"].toArray();
        QJsonObject photo = photos[0].toObject();
        edit(photo);
        photos[0] = photo;
        o[u"photos"] = photos;
        return test::bytesOf(o);
    };
    QByteArray twice = test::bytesOf(valid);
    twice.insert(1, "\"visitId\":\"" + uuidFor(41).toLatin1() + "\",");
    const QByteArray png = test::pngWithAlpha(8, 8);
    return {
        {QStringLiteral("bad-json.json"),
         test::bytesOf(valid).left(200),
         {QStringLiteral("bad-json.json: not valid JSON")}},
        {QStringLiteral("wrong-format.json"),
         with(QStringLiteral("format"), QStringLiteral("tillsyn-facilities")),
         {QStringLiteral("member \"format\""), QStringLiteral("expected \"tillsyn-visit\"")}},
        {QStringLiteral("wrong-version.json"),
         with(QStringLiteral("formatVersion"), 2),
         {QStringLiteral("member \"formatVersion\""), QStringLiteral("version 2 is not known")}},
        {QStringLiteral("bad-uuid.json"),
         with(QStringLiteral("visitId"), uuidFor(42).toUpper()),
         {QStringLiteral("member \"visitId\""), QStringLiteral("lowercase UUID")}},
        {QStringLiteral("sha-mismatch.json"),
         withPhoto([](QJsonObject &p) { p[u"sha256"] = QString(64, u'0'); }),
         {QStringLiteral("member \"photos[0].sha256\""),
          QStringLiteral("does not match the photo's data")}},
        {QStringLiteral("not-jpeg.json"),
         withPhoto([&](QJsonObject &p) {
             p[u"data"] = QString::fromLatin1(png.toBase64());
             p[u"bytes"] = png.size();
             p[u"sha256"] = sha256(png);
         }),
         {QStringLiteral("member \"photos[0].data\""),
          QStringLiteral("is not a image/jpeg image")}},
        {QStringLiteral("bad-revision.json"),
         with(QStringLiteral("revision"), 0),
         {QStringLiteral("member \"revision\""), QStringLiteral("must be between 1 and")}},
        {QStringLiteral("bad-base.json"),
         with(QStringLiteral("baseRevision"), 1),
         {QStringLiteral("member \"baseRevision\""), QStringLiteral("must be below revision (1)")}},
        {QStringLiteral("twice.json"),
         twice,
         {QStringLiteral("the member \"visitId\" appears twice")}},
    };
}

} // namespace

TEST_CASE("MergeRun archives merged files by month and rejects invalid ones with a reason",
          "[merge][share]")
{
    OfficeFixture f;
    const VisitFile r1 = visitFile(mergeVisit(uuidFor(1), 1, 0));
    const VisitFile r2 = visitFile(mergeVisit(uuidFor(1), 2, 1));
    const VisitFile other = visitFile(mergeVisit(uuidFor(2), 1, 0));
    const VisitFile broken{QStringLiteral("broken.json"), "{\"format\": \"tillsyn-visit\""};
    // In any order in the inbox: the run merges each visit's revisions in order.
    f.toInbox({r2, other, broken, r1});

    QStringList progress;
    const merge::MergeReport report = f.run.run([&](int done, int total, const QString &file) {
        progress.append(QStringLiteral("%1/%2 %3").arg(done).arg(total).arg(file));
        return true;
    });
    CHECK_FALSE(report.cancelled);
    REQUIRE(report.files.size() == 4);
    // One progress line per file (in the order merged: each visit's revisions in order), then
    // the end.
    CHECK(progress == QStringList{QStringLiteral("0/4 ") + r1.name,
                                  QStringLiteral("1/4 ") + r2.name,
                                  QStringLiteral("2/4 ") + other.name,
                                  QStringLiteral("3/4 broken.json"), QStringLiteral("4/4 ")});
    CHECK(findOutcome(report, r1.name)->outcome == Outcome::Imported);
    CHECK(findOutcome(report, r2.name)->outcome == Outcome::Updated);
    CHECK(findOutcome(report, other.name)->outcome == Outcome::Imported);
    const merge::FileOutcome *rejected = findOutcome(report, broken.name);
    REQUIRE(rejected);
    CHECK(rejected->outcome == Outcome::Rejected);
    CHECK(rejected->reason.startsWith(QStringLiteral("broken.json: not valid JSON")));

    CHECK(test::namesIn(f.shareDir + QStringLiteral("/inbox")).isEmpty());
    QStringList archived{r1.name, r2.name, other.name};
    archived.sort();
    CHECK(test::namesIn(f.shareDir + u'/' + kArchive) == archived);
    CHECK(test::readAll(f.shareDir + u'/' + kArchive + u'/' + r1.name) == r1.bytes);
    CHECK(test::namesIn(f.shareDir + QStringLiteral("/rejected")) ==
          QStringList{QStringLiteral("broken.json"), QStringLiteral("broken.json.reason.txt")});
    CHECK(test::readAll(f.shareDir + QStringLiteral("/rejected/broken.json")) == broken.bytes);
    CHECK(test::readAll(f.shareDir + QStringLiteral("/rejected/broken.json.reason.txt")) ==
          (rejected->reason + u'\n').toUtf8());
    // Recorded in the database too.
    const auto recorded = f.office.rejected();
    REQUIRE(recorded.size() == 1);
    CHECK(recorded[0].fileName == u"broken.json");
    CHECK(recorded[0].reason == rejected->reason);
    CHECK(recorded[0].rejectedAt == test::mergeClock());
    CHECK(recorded[0].share == f.share.describe());
    CHECK(recorded[0].storedAs == u"rejected/broken.json");
    CHECK(recorded[0].contentHash == sha256(broken.bytes));
}

TEST_CASE("MergeRun: a cancelled run stops before the next file", "[merge][share]")
{
    OfficeFixture f;
    const VisitFile a = visitFile(mergeVisit(uuidFor(1), 1, 0));
    const VisitFile b = visitFile(mergeVisit(uuidFor(2), 1, 0));
    f.toInbox({a, b});
    const merge::MergeReport report =
        f.run.run([](int done, int, const QString &) { return done < 1; });
    CHECK(report.cancelled);
    REQUIRE(report.files.size() == 1);
    CHECK(test::namesIn(f.shareDir + QStringLiteral("/inbox")).size() == 1);
    CHECK(f.run.run().files.size() == 1);
    CHECK(test::namesIn(f.shareDir + QStringLiteral("/inbox")).isEmpty());
}

TEST_CASE("MergeRun: merging twice does nothing, copies put back are duplicates archived as "
          "NAME.2, nothing is deleted",
          "[merge][share]")
{
    OfficeFixture f;
    std::vector<VisitFile> files{visitFile(mergeVisit(uuidFor(1), 1, 0)),
                                 visitFile(mergeVisit(uuidFor(1), 2, 1)),
                                 visitFile(mergeVisit(uuidFor(1), 2, 1, QStringLiteral("B"))),
                                 visitFile(mergeVisit(uuidFor(2), 1, 0)),
                                 visitFile(mergeVisit(uuidFor(3), 3, 2)),
                                 visitFile(mergeVisit(uuidFor(3), 2, 1))};
    f.toInbox(files);
    const merge::MergeReport first = f.run.run();
    REQUIRE(first.files.size() == files.size());
    CHECK(first.count(Outcome::Imported) == 3);
    CHECK(first.count(Outcome::Updated) == 2);
    CHECK(first.count(Outcome::Conflict) == 1);
    const QString merged = test::fullDump(f.db);
    const QStringList afterFirst = test::filesUnder(f.shareDir);
    CHECK(afterFirst.size() == int(files.size()));

    // The same inbox again: nothing to do.
    int calls = 0;
    const merge::MergeReport second = f.run.run([&](int, int total, const QString &) {
        CHECK(total == 0);
        ++calls;
        return true;
    });
    CHECK(second.files.empty());
    CHECK(calls == 1);
    CHECK(test::fullDump(f.db) == merged);
    CHECK(test::filesUnder(f.shareDir) == afterFirst);

    for (int copy = 2; copy <= 3; ++copy) {
        // Copies of the archived files back in the inbox.
        for (const VisitFile &file : files)
            QFile::copy(f.shareDir + u'/' + kArchive + u'/' + file.name,
                        f.shareDir + QStringLiteral("/inbox/") + file.name);
        const int before = int(test::filesUnder(f.shareDir).size());
        const merge::MergeReport again = f.run.run();
        REQUIRE(again.files.size() == files.size());
        CHECK(again.count(Outcome::Duplicate) == int(files.size()));
        CHECK(test::fullDump(f.db) == merged);
        // Nothing deleted: the copies are archived beside the first, under NAME.N.
        CHECK(int(test::filesUnder(f.shareDir).size()) == before);
        CHECK(test::namesIn(f.shareDir + QStringLiteral("/inbox")).isEmpty());
        for (const VisitFile &file : files) {
            const QString copyPath =
                QStringLiteral("%1/%2/%3.%4").arg(f.shareDir, kArchive, file.name).arg(copy);
            INFO(copyPath.toStdString());
            CHECK(test::readAll(copyPath) == file.bytes);
        }
    }
    CHECK(size_t(test::namesIn(f.shareDir + u'/' + kArchive).size()) == 3 * files.size());
}

TEST_CASE("MergeRun rejects each kind of broken file, naming the rule, storing nothing",
          "[merge][share][rejected]")
{
    OfficeFixture f;
    const std::vector<Broken> broken = brokenFiles();
    std::vector<VisitFile> files;
    for (const Broken &b : broken)
        files.push_back({b.name, b.bytes});
    f.toInbox(files);
    const QString empty = test::fullDump(f.db);
    const merge::MergeReport report = f.run.run();
    REQUIRE(report.files.size() == broken.size());
    CHECK(report.count(Outcome::Rejected) == int(broken.size()));
    for (const Broken &b : broken) {
        INFO(b.name.toStdString());
        const merge::FileOutcome *r = findOutcome(report, b.name);
        REQUIRE(r);
        INFO(r->reason.toStdString());
        CHECK(r->outcome == Outcome::Rejected);
        CHECK(r->reason.startsWith(b.name + u':'));
        for (const QString &part : b.reason)
            CHECK(r->reason.contains(part));
        CHECK(r->visitId.isEmpty());
        CHECK(test::readAll(f.shareDir + QStringLiteral("/rejected/") + b.name) == b.bytes);
        CHECK(test::readAll(f.shareDir + QStringLiteral("/rejected/") + b.name +
                            QStringLiteral(".reason.txt")) == (r->reason + u'\n').toUtf8());
    }
    // Nothing stored but the record of the rejections.
    for (const QString &table :
         {QStringLiteral("office_revision"), QStringLiteral("office_visit"),
          QStringLiteral("office_answer"), QStringLiteral("office_resolution")})
        CHECK(test::rowCount(f.db, table) == 0);
    const auto recorded = f.office.rejected();
    REQUIRE(recorded.size() == broken.size());
    for (const auto &rec : recorded)
        CHECK(findOutcome(report, rec.fileName)->reason == rec.reason);
    CHECK(test::namesIn(f.shareDir + QStringLiteral("/inbox")).isEmpty());
    CHECK(test::filesUnder(f.shareDir + QStringLiteral("/archive")).isEmpty());
    CHECK(empty != test::fullDump(f.db));

    SECTION("recheck: a fixed file goes back to the inbox and merges next time")
    {
        const VisitFile valid = visitFile(mergeVisit(uuidFor(50), 1, 0));
        f.dir.write(QStringLiteral("share/rejected/bad-revision.json"), valid.bytes);
        CHECK(f.run.recheck(QStringLiteral("bad-revision.json")).isEmpty());
        CHECK(test::namesIn(f.shareDir + QStringLiteral("/inbox")) ==
              QStringList{QStringLiteral("bad-revision.json")});
        CHECK_FALSE(QFile::exists(f.shareDir + QStringLiteral("/rejected/bad-revision.json")));
        // The old reason stays as a record.
        CHECK(QFile::exists(f.shareDir + QStringLiteral("/rejected/bad-revision.json.reason.txt")));
        const merge::MergeReport next = f.run.run();
        REQUIRE(next.files.size() == 1);
        CHECK(next.files[0].outcome == Outcome::Imported);
        CHECK(next.files[0].visitId == uuidFor(50));
        CHECK(test::readAll(f.shareDir + u'/' + kArchive + QStringLiteral("/bad-revision.json")) ==
              valid.bytes);
    }
    SECTION("recheck: a file still broken stays, and the reason is returned")
    {
        const QString reason = f.run.recheck(QStringLiteral("sha-mismatch.json"));
        CHECK(reason == findOutcome(report, QStringLiteral("sha-mismatch.json"))->reason);
        CHECK(QFile::exists(f.shareDir + QStringLiteral("/rejected/sha-mismatch.json")));
        CHECK(test::namesIn(f.shareDir + QStringLiteral("/inbox")).isEmpty());
        CHECK(f.run.recheck(QStringLiteral("no-such.json"))
                  .contains(QStringLiteral("no longer in rejected/")));
    }
    SECTION("a broken file sent again is rejected as NAME.2; fixed, it returns under its name")
    {
        f.toInbox({{QStringLiteral("twice.json"), broken.back().bytes}});
        const merge::MergeReport again = f.run.run();
        REQUIRE(again.files.size() == 1);
        CHECK(again.files[0].outcome == Outcome::Rejected);
        CHECK(test::readAll(f.shareDir + QStringLiteral("/rejected/twice.json.2")) ==
              broken.back().bytes);
        CHECK(QFile::exists(f.shareDir + QStringLiteral("/rejected/twice.json.2.reason.txt")));
        const VisitFile valid = visitFile(mergeVisit(uuidFor(51), 1, 0));
        f.dir.write(QStringLiteral("share/rejected/twice.json.2"), valid.bytes);
        CHECK(f.run.recheck(QStringLiteral("twice.json.2")).isEmpty());
        CHECK(test::namesIn(f.shareDir + QStringLiteral("/inbox")) ==
              QStringList{QStringLiteral("twice.json")});
        CHECK(QFile::exists(f.shareDir + QStringLiteral("/rejected/twice.json")));
    }
}

namespace {

// A folder share that fails once, as a crash or a dropped connection would, at one point of a
// rejection: the move to rejected/, or writing the reason after the move.
class FailingShare : public sync::Share
{
public:
    enum class At { Move, Reason };
    FailingShare(const QString &root, At at)
        : m_share(root)
        , m_at(at)
    {}
    QString describe() const override { return m_share.describe(); }
    QStringList list(const QString &folder) override { return m_share.list(folder); }
    std::optional<QByteArray> read(const QString &path) override { return m_share.read(path); }
    std::optional<FileVersion> version(const QString &path) override
    {
        return m_share.version(path);
    }
    PutResult putNew(const QString &path, const QByteArray &bytes) override
    {
        if (m_at == At::Reason && path.endsWith(QStringLiteral(".reason.txt")))
            throw sync::ShareError(sync::ShareError::Kind::Offline, QStringLiteral("gone"));
        return m_share.putNew(path, bytes);
    }
    void replace(const QString &path, const QByteArray &bytes) override
    {
        m_share.replace(path, bytes);
    }
    bool move(const QString &from, const QString &to) override
    {
        if (m_at == At::Move && to.startsWith(QStringLiteral("rejected/")))
            throw sync::ShareError(sync::ShareError::Kind::Offline, QStringLiteral("gone"));
        return m_share.move(from, to);
    }

private:
    sync::FolderShare m_share;
    At m_at;
};

} // namespace

TEST_CASE("MergeRun: a rejection interrupted before or after its move is finished by the next "
          "run, with one record",
          "[merge][share][rejected]")
{
    const auto at = GENERATE(FailingShare::At::Move, FailingShare::At::Reason);
    INFO((at == FailingShare::At::Move ? "failed moving" : "failed writing the reason"));
    OfficeFixture f;
    const VisitFile broken{QStringLiteral("broken.json"), "{\"format\": 1"};
    // Rejected before, under the same name: the interrupted one goes to broken.json.2.
    f.toInbox({broken});
    REQUIRE(f.run.run().count(Outcome::Rejected) == 1);
    f.toInbox({broken});
    {
        FailingShare failing(f.shareDir, at);
        merge::MergeRun interrupted(f.office, failing, &test::mergeClock);
        CHECK_THROWS_AS(interrupted.run(), sync::ShareError);
    }
    CHECK(f.office.rejected().size() == 2);
    const merge::MergeReport next = f.run.run();
    // A file still in the inbox is rejected again (under the pending record); one already moved
    // is not in the inbox, so not in the report, and its rejection is finished.
    CHECK(next.files.size() == (at == FailingShare::At::Move ? 1U : 0U));
    CHECK(test::namesIn(f.shareDir + QStringLiteral("/inbox")).isEmpty());
    CHECK(test::namesIn(f.shareDir + QStringLiteral("/rejected")) ==
          QStringList{QStringLiteral("broken.json"), QStringLiteral("broken.json.2"),
                      QStringLiteral("broken.json.2.reason.txt"),
                      QStringLiteral("broken.json.reason.txt")});
    CHECK(test::readAll(f.shareDir + QStringLiteral("/rejected/broken.json.2.reason.txt")) ==
          test::readAll(f.shareDir + QStringLiteral("/rejected/broken.json.reason.txt")));
    const auto recorded = f.office.rejected();
    REQUIRE(recorded.size() == 2);
    CHECK(recorded[0].storedAs == u"rejected/broken.json.2");
    CHECK(recorded[1].storedAs == u"rejected/broken.json");
    for (const auto &r : recorded) {
        CHECK(r.fileName == u"broken.json");
        CHECK(r.contentHash == sha256(broken.bytes));
    }
    // Nothing left to finish: another run changes nothing.
    const QString settled = test::fullDump(f.db);
    CHECK(f.run.run().files.empty());
    CHECK(test::fullDump(f.db) == settled);
}

} // namespace tillsyn_unity_mergeshare_test
