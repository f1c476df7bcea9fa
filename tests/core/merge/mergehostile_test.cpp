// MergeRun over a share an attacker can write to (issue 13): real folders, real symbolic links,
// FIFOs and sparse files. A share folder that is a link to elsewhere stops the run before
// anything is written; a link, a pipe, a huge file or a name near the length limit in the inbox
// is that file's outcome and never stops the others; a planted reason file is neither reused nor
// fatal; a file that changes while it is merged is left for the next run, and only the bytes
// merged are archived.
#include "mergefixture.h"

#include "storage/sqliteofficerepository.h"
#include "support/officerepo.h"
#include "sync/shareerror.h"

#include "support/catchqt.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <functional>
#include <sys/stat.h>
#include <unistd.h>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_mergehostile_test {

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

void makeLink(const QString &target, const QString &link)
{
    REQUIRE(::symlink(QFile::encodeName(target).constData(), QFile::encodeName(link).constData()) ==
            0);
}

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

sync::ShareError errorOf(const std::function<void()> &call)
{
    try {
        call();
    } catch (const sync::ShareError &e) {
        return e;
    }
    FAIL("no ShareError");
    return sync::ShareError(sync::ShareError::Kind::Other, {});
}

// Every file under a folder with its bytes (links as "-> target"): equal snapshots mean nothing
// there changed.
QString snapshot(const QString &root)
{
    QString out;
    for (const QString &name : test::filesUnder(root)) {
        const QFileInfo info(root + u'/' + name);
        out += name + QStringLiteral(": ") +
               (info.isSymLink() ? QStringLiteral("-> ") + info.symLinkTarget()
                                 : QString::fromLatin1(test::readAll(info.filePath()).toHex())) +
               u'\n';
    }
    return out;
}

// A folder share whose read() runs `afterRead` once for one file, right after the bytes were
// read: what another program writing to the share at that moment would do.
class ChangingShare : public sync::FolderShare
{
public:
    ChangingShare(const QString &root, QString path, std::function<void()> afterRead)
        : FolderShare(root)
        , m_path(std::move(path))
        , m_afterRead(std::move(afterRead))
    {}
    std::optional<QByteArray> read(const QString &path) override
    {
        auto bytes = FolderShare::read(path);
        if (path == m_path && m_afterRead)
            std::exchange(m_afterRead, {})();
        return bytes;
    }

private:
    QString m_path;
    std::function<void()> m_afterRead;
};

} // namespace

TEST_CASE("MergeRun refuses a share folder that is a link to elsewhere, before writing anything",
          "[merge][share][hostile]")
{
    const QString linked = GENERATE(QStringLiteral("rejected"), QStringLiteral("archive"),
                                    QStringLiteral("archive/2026"), QStringLiteral("inbox"));
    INFO(linked.toStdString());
    OfficeFixture f;
    const VisitFile valid = visitFile(mergeVisit(uuidFor(1), 1, 0));
    const VisitFile broken{QStringLiteral("broken.json"), "{\"format\": 1"};
    // Elsewhere: e.g. ~/.config/autostart or the home folder.
    const QString elsewhere = f.dir.file(QStringLiteral("elsewhere"));
    QDir().mkpath(elsewhere);
    write(elsewhere + QStringLiteral("/keep.txt"), "the user's own file");
    if (linked == u"inbox") {
        write(elsewhere + u'/' + valid.name, valid.bytes);
        write(elsewhere + u'/' + broken.name, broken.bytes);
        QDir().mkpath(f.shareDir);
    } else {
        f.toInbox({valid, broken});
        QDir().mkpath(QFileInfo(f.shareDir + u'/' + linked).path());
    }
    makeLink(elsewhere, f.shareDir + u'/' + linked);
    const QString elsewhereBefore = snapshot(elsewhere);
    const QString shareBefore = snapshot(f.shareDir);
    const QString dbBefore = test::fullDump(f.db);

    const sync::ShareError e = errorOf([&] { f.run.run(); });
    INFO(e.message().toStdString());
    CHECK(e.kind() == sync::ShareError::Kind::Forbidden);
    CHECK(e.message().contains(f.shareDir + u'/' + linked));
    CHECK(e.message().contains(QStringLiteral("symbolic link")));
    // Nothing written anywhere: not elsewhere, not on the share, not in the database.
    CHECK(snapshot(elsewhere) == elsewhereBefore);
    CHECK(snapshot(f.shareDir) == shareBefore);
    CHECK(test::fullDump(f.db) == dbBefore);
}

TEST_CASE("MergeRun rejects a link in the inbox without reading what it points to",
          "[merge][share][hostile]")
{
    OfficeFixture f;
    const VisitFile outside = visitFile(mergeVisit(uuidFor(2), 1, 0));
    const VisitFile valid = visitFile(mergeVisit(uuidFor(3), 1, 0));
    const QString elsewhere = f.dir.file(QStringLiteral("elsewhere"));
    write(elsewhere + u'/' + outside.name, outside.bytes);
    f.toInbox({valid});
    const QString inbox = f.shareDir + QStringLiteral("/inbox/");
    makeLink(elsewhere + u'/' + outside.name, inbox + outside.name); // a valid visit file
    makeLink(elsewhere, inbox + QStringLiteral("folder.json"));
    makeLink(elsewhere + QStringLiteral("/missing.json"), inbox + QStringLiteral("dangling.json"));
    const QString elsewhereBefore = snapshot(elsewhere);

    const merge::MergeReport report = f.run.run();
    REQUIRE(report.files.size() == 4);
    CHECK(findOutcome(report, valid.name)->outcome == Outcome::Imported);
    for (const QString &name :
         {outside.name, QStringLiteral("folder.json"), QStringLiteral("dangling.json")}) {
        const merge::FileOutcome *r = findOutcome(report, name);
        REQUIRE(r);
        INFO(r->reason.toStdString());
        CHECK(r->outcome == Outcome::Rejected);
        CHECK(r->reason.contains(QStringLiteral("is a symbolic link; not read")));
        // The link itself moved, still pointing where it did; nothing it points to changed.
        CHECK(QFileInfo(f.shareDir + QStringLiteral("/rejected/") + name).isSymLink());
    }
    CHECK(test::currentRevision(f.db, uuidFor(2)) == 0); // never merged
    CHECK(test::currentRevision(f.db, uuidFor(3)) == 1);
    CHECK(snapshot(elsewhere) == elsewhereBefore);
    CHECK(test::namesIn(f.shareDir + QStringLiteral("/inbox")).isEmpty());
}

TEST_CASE("MergeRun: one file's problem is that file's outcome, never the run's",
          "[merge][share][hostile]")
{
    OfficeFixture f;
    const VisitFile first = visitFile(mergeVisit(uuidFor(4), 1, 0));
    const VisitFile last = visitFile(mergeVisit(uuidFor(5), 1, 0));
    // A 240-byte name (its reason file's temporary name used to be too long to create) and a
    // 250-byte one (whose reason file's own name is too long).
    const VisitFile name240{QString(235, u'j') + QStringLiteral(".json"), "junk"};
    const VisitFile name250{QString(245, u'k') + QStringLiteral(".json"), "junk"};
    f.toInbox({first, name240, name250, last});
    const QString inbox = f.shareDir + QStringLiteral("/inbox/");
    // Unreadable in a way that holds for root too: a FIFO (nobody writes to it: reading would
    // block forever) and a 2 GiB file (sparse: nothing on disk) over the 64 MiB limit.
    REQUIRE(::mkfifo(QFile::encodeName(inbox + QStringLiteral("pipe.json")).constData(), 0644) ==
            0);
    {
        QFile big(inbox + QStringLiteral("big.json"));
        REQUIRE(big.open(QIODevice::WriteOnly));
        REQUIRE(big.resize(qint64(2) * 1024 * 1024 * 1024));
    }
    // As another user, a file this account may not read (root reads everything: skipped).
    const bool root = ::geteuid() == 0;
    if (!root) {
        write(inbox + QStringLiteral("secret.json"), "{}");
        QFile::setPermissions(inbox + QStringLiteral("secret.json"), {});
    }

    const merge::MergeReport report = f.run.run();
    CHECK(report.files.size() == (root ? 6U : 7U));
    CHECK(findOutcome(report, first.name)->outcome == Outcome::Imported);
    CHECK(findOutcome(report, last.name)->outcome == Outcome::Imported);
    const auto rejectedFor = [&](const QString &name) {
        const merge::FileOutcome *r = findOutcome(report, name);
        REQUIRE(r);
        CHECK(r->outcome == Outcome::Rejected);
        return r->reason;
    };
    CHECK(rejectedFor(QStringLiteral("pipe.json"))
              .contains(QStringLiteral("is not a regular file (a folder, a pipe or a device)")));
    // Named within the share: the reason is written there, the office's mount point is not.
    CHECK(rejectedFor(QStringLiteral("big.json")) ==
          QStringLiteral("inbox/big.json: is larger than the limit of 64 MiB; not read"));
    CHECK(rejectedFor(name240.name).contains(QStringLiteral("not valid JSON")));
    CHECK(rejectedFor(name250.name).contains(QStringLiteral("not valid JSON")));
    if (!root)
        CHECK(rejectedFor(QStringLiteral("secret.json")).contains(QStringLiteral("cannot read")));

    // Every rejected file has its reason beside it, under a name a file system can hold; the
    // long one's is shortened, unique to it.
    const QStringList rejected = test::namesIn(f.shareDir + QStringLiteral("/rejected"));
    INFO(rejected.join(u'\n').toStdString());
    for (const QString &name : rejected)
        CHECK(name.toUtf8().size() <= 255);
    CHECK(rejected.contains(name240.name + QStringLiteral(".reason.txt")));
    QStringList longReasons;
    for (const QString &name : rejected) {
        if (name.startsWith(QString(200, u'k')) && name.endsWith(QStringLiteral(".reason.txt")))
            longReasons.append(name);
    }
    REQUIRE(longReasons.size() == 1);
    CHECK(longReasons[0].contains(u'~'));
    CHECK(test::readAll(f.shareDir + QStringLiteral("/rejected/") + longReasons[0]) ==
          (findOutcome(report, name250.name)->reason + u'\n').toUtf8());
    CHECK(test::namesIn(f.shareDir + QStringLiteral("/inbox")).isEmpty());

    // Later runs are not stuck on them: a new file merges, nothing is left to finish.
    const VisitFile later = visitFile(mergeVisit(uuidFor(6), 1, 0));
    f.toInbox({later, name250});
    const merge::MergeReport next = f.run.run();
    REQUIRE(next.files.size() == 2);
    CHECK(findOutcome(next, later.name)->outcome == Outcome::Imported);
    CHECK(findOutcome(next, name250.name)->outcome == Outcome::Rejected);
    CHECK(f.run.run().files.empty());
}

TEST_CASE("MergeRun: a file the database refuses to store waits in the inbox, the run goes on",
          "[merge][share][hostile]")
{
    OfficeFixture f;
    const VisitFile first = visitFile(mergeVisit(uuidFor(4), 1, 0));
    const VisitFile refused = visitFile(mergeVisit(uuidFor(5), 1, 0));
    const VisitFile last = visitFile(mergeVisit(uuidFor(6), 1, 0));
    f.toInbox({first, refused, last});
    // What a backend that cannot hold one file's rows does (e.g. a value PostgreSQL refuses):
    // the database itself refuses that visit's row.
    f.db.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON office_revision WHEN"
                             " NEW.visit_id = '%1' BEGIN SELECT RAISE(ABORT, 'refused here');"
                             " END")
                  .arg(uuidFor(5)));

    const merge::MergeReport report = f.run.run();
    REQUIRE(report.files.size() == 3);
    CHECK(findOutcome(report, first.name)->outcome == Outcome::Imported);
    CHECK(findOutcome(report, last.name)->outcome == Outcome::Imported);
    const merge::FileOutcome *waiting = findOutcome(report, refused.name);
    REQUIRE(waiting);
    CHECK(waiting->outcome == Outcome::Waiting);
    CHECK(waiting->reason.contains(refused.name));
    CHECK(waiting->reason.contains(QStringLiteral("refused here")));
    // Nothing of it stored, nothing rejected: it is still in the inbox, as it was.
    CHECK(test::currentRevision(f.db, uuidFor(5)) == 0);
    CHECK(test::namesIn(f.shareDir + QStringLiteral("/inbox")) == QStringList{refused.name});
    CHECK(test::namesIn(f.shareDir + QStringLiteral("/rejected")).isEmpty());

    f.db.exec(QStringLiteral("DROP TRIGGER refuse"));
    const merge::MergeReport next = f.run.run();
    REQUIRE(next.files.size() == 1);
    CHECK(findOutcome(next, refused.name)->outcome == Outcome::Imported);
    CHECK(test::currentRevision(f.db, uuidFor(5)) == 1);
}

TEST_CASE("MergeRun: a planted reason file neither stops the merge nor stands as the reason",
          "[merge][share][hostile]")
{
    OfficeFixture f;
    const VisitFile broken{QStringLiteral("broken.json"), "{\"format\": 1"};
    const VisitFile other{QStringLiteral("other.json"), "not json"};
    const QString rejectedDir = f.shareDir + QStringLiteral("/rejected/");
    const QString elsewhere = f.dir.file(QStringLiteral("elsewhere"));
    write(elsewhere + QStringLiteral("/autostart.desktop"), "[Desktop Entry]");
    write(rejectedDir + QStringLiteral("broken.json.reason.txt"), "All fine, merged by IT.\n");
    makeLink(elsewhere + QStringLiteral("/autostart.desktop"),
             rejectedDir + QStringLiteral("other.json.reason.txt"));
    const QString elsewhereBefore = snapshot(elsewhere);
    f.toInbox({broken, other});

    const merge::MergeReport report = f.run.run();
    REQUIRE(report.files.size() == 2);
    for (const merge::FileOutcome &r : report.files) {
        INFO(r.file.toStdString());
        CHECK(r.outcome == Outcome::Rejected);
        // Not beside the planted reason: under the next name, with its own reason.
        CHECK_FALSE(QFileInfo::exists(rejectedDir + r.file));
        CHECK(test::readAll(rejectedDir + r.file + QStringLiteral(".2")) ==
              (r.file == broken.name ? broken.bytes : other.bytes));
        CHECK(test::readAll(rejectedDir + r.file + QStringLiteral(".2.reason.txt")) ==
              (r.reason + u'\n').toUtf8());
    }
    // The planted files are left as they were (nothing is deleted), and nothing was written
    // through the link.
    CHECK(test::readAll(rejectedDir + QStringLiteral("broken.json.reason.txt")) ==
          "All fine, merged by IT.\n");
    CHECK(QFileInfo(rejectedDir + QStringLiteral("other.json.reason.txt")).isSymLink());
    CHECK(snapshot(elsewhere) == elsewhereBefore);
    const auto recorded = f.office.rejected();
    REQUIRE(recorded.size() == 2);
    for (const auto &r : recorded)
        CHECK(r.storedAs == QStringLiteral("rejected/") + r.fileName + QStringLiteral(".2"));
}

TEST_CASE("MergeRun archives only the bytes it merged: a file replaced after the read stays",
          "[merge][share][hostile]")
{
    OfficeFixture f;
    const VisitFile r1 = visitFile(mergeVisit(uuidFor(7), 1, 0));
    const VisitFile replacement = visitFile(mergeVisit(uuidFor(8), 1, 0));
    f.toInbox({r1});
    const QString path = f.shareDir + QStringLiteral("/inbox/") + r1.name;
    // Replaced under the same name (written beside it, renamed over it) right after the read.
    ChangingShare share(f.shareDir, QStringLiteral("inbox/") + r1.name, [&] {
        write(path + QStringLiteral(".new"), replacement.bytes);
        REQUIRE(::rename(QFile::encodeName(path + QStringLiteral(".new")).constData(),
                         QFile::encodeName(path).constData()) == 0);
    });
    const merge::MergeReport report = merge::MergeRun(f.office, share, &test::mergeClock).run();
    REQUIRE(report.files.size() == 1);
    CHECK(report.files[0].outcome == Outcome::Imported);
    CHECK(report.files[0].reason.contains(QStringLiteral("changed after it was read")));
    // The bytes merged are the first visit's; the replacement is still in the inbox, unmerged.
    CHECK(test::currentRevision(f.db, uuidFor(7)) == 1);
    CHECK(test::currentRevision(f.db, uuidFor(8)) == 0);
    CHECK(test::readAll(path) == replacement.bytes);
    CHECK_FALSE(QFileInfo::exists(f.shareDir + u'/' + kArchive + u'/' + r1.name));

    // The next run merges what the file is now, and archives exactly that.
    const merge::MergeReport next = f.run.run();
    REQUIRE(next.files.size() == 1);
    CHECK(next.files[0].outcome == Outcome::Imported);
    CHECK(test::currentRevision(f.db, uuidFor(8)) == 1);
    CHECK(test::readAll(f.shareDir + u'/' + kArchive + u'/' + r1.name) == replacement.bytes);
}

TEST_CASE("MergeRun archives a file whose version changed after the read but not its bytes",
          "[merge][share][hostile]")
{
    // Another merge moving the file away changes its version (the change time) while it may
    // still be seen in the inbox; so does a copy tool writing the same bytes again. Neither is
    // a change: the file is archived and reported once, as merged.
    OfficeFixture f;
    const VisitFile file = visitFile(mergeVisit(uuidFor(11), 1, 0));
    f.toInbox({file});
    const QString path = f.shareDir + QStringLiteral("/inbox/") + file.name;
    sync::FolderShare plain(f.shareDir);
    const QString inboxPath = QStringLiteral("inbox/") + file.name;
    const QString before = plain.version(inboxPath).value().tag;
    ChangingShare share(f.shareDir, inboxPath, [&] {
        write(path + QStringLiteral(".new"), file.bytes);
        REQUIRE(::rename(QFile::encodeName(path + QStringLiteral(".new")).constData(),
                         QFile::encodeName(path).constData()) == 0);
        REQUIRE(plain.version(inboxPath).value().tag != before);
    });
    const merge::MergeReport report = merge::MergeRun(f.office, share, &test::mergeClock).run();
    REQUIRE(report.files.size() == 1);
    INFO(report.files[0].reason.toStdString());
    CHECK(report.files[0].outcome == Outcome::Imported);
    CHECK(report.files[0].reason.isEmpty());
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(test::readAll(f.shareDir + u'/' + kArchive + u'/' + file.name) == file.bytes);
}

TEST_CASE("MergeRun leaves a file still being copied in for the next run instead of rejecting it",
          "[merge][share][hostile]")
{
    OfficeFixture f;
    const VisitFile file = visitFile(mergeVisit(uuidFor(9), 1, 0));
    const qsizetype half = file.bytes.size() / 2;
    f.toInbox({{file.name, file.bytes.left(half)}});
    const QString path = f.shareDir + QStringLiteral("/inbox/") + file.name;
    // The copy goes on while the merge reads: the rest arrives right after the read.
    ChangingShare share(f.shareDir, QStringLiteral("inbox/") + file.name, [&] {
        QFile out(path);
        REQUIRE(out.open(QIODevice::Append));
        REQUIRE(out.write(file.bytes.mid(half)) == file.bytes.size() - half);
    });
    const merge::MergeReport report = merge::MergeRun(f.office, share, &test::mergeClock).run();
    REQUIRE(report.files.size() == 1);
    INFO(report.files[0].reason.toStdString());
    CHECK(report.files[0].outcome == Outcome::Waiting);
    CHECK(report.files[0].reason.contains(QStringLiteral("left in the inbox")));
    CHECK(f.office.rejected().empty());
    CHECK_FALSE(QFileInfo::exists(f.shareDir + QStringLiteral("/rejected/") + file.name));
    CHECK(test::readAll(path) == file.bytes);

    const merge::MergeReport next = f.run.run();
    REQUIRE(next.files.size() == 1);
    CHECK(next.files[0].outcome == Outcome::Imported);
    CHECK(test::readAll(f.shareDir + u'/' + kArchive + u'/' + file.name) == file.bytes);
}

TEST_CASE("A visit whose visitId ends in a newline is rejected, not imported as a second visit",
          "[merge][hostile]")
{
    OfficeFixture f;
    const domain::Visit visit = mergeVisit(uuidFor(10), 1, 0);
    REQUIRE(f.outcome(visitFile(visit)) == Outcome::Imported);
    QJsonObject o = test::jsonOf(visit);
    o[QStringLiteral("visitId")] = uuidFor(10) + u'\n';
    const merge::FileOutcome r = f.merge({QStringLiteral("newline.json"), test::bytesOf(o)});
    INFO(r.reason.toStdString());
    CHECK(r.outcome == Outcome::Rejected);
    CHECK(r.reason.contains(QStringLiteral("\"visitId\"")));
    CHECK(test::rowCount(f.db, QStringLiteral("office_visit")) == 1);
}

} // namespace tillsyn_unity_mergehostile_test
