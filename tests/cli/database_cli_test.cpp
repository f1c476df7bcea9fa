// The database file as several programs share it, its role (field or office) and files that are
// not a usable Tillsyn database, through the real tillsyn-cli.
#include "clirunner.h"

#include "storage/database.h"
#include "storage/facilitystore.h"

#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <unistd.h>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_database_cli_test {

using namespace tillsyn;
using tillsyn::test::CliResult;
using tillsyn::test::runCli;
using tillsyn::test::TempDir;

namespace {

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(test::readAll(path), QCryptographicHash::Sha256);
}

QStringList facilityIds(const QString &db)
{
    const QJsonArray list =
        test::runCliJson(QStringLiteral("facilities"),
                         {QStringLiteral("--db"), db, QStringLiteral("--all"), QStringLiteral("--json")});
    QStringList ids;
    for (const QJsonValue &v : list)
        ids << v[u"id"].toString();
    return ids;
}

domain::Facility facility(const QString &id)
{
    domain::Facility f;
    f.id = id;
    f.name = QStringLiteral("Kafé %1").arg(id);
    f.city = QStringLiteral("Solna");
    return f;
}

// Every file under a folder, relative to it, sorted.
QStringList filesUnder(const QString &root)
{
    QStringList out;
    const QDir dir(root);
    for (const QFileInfo &info : dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (info.isDir()) {
            for (const QString &inner : filesUnder(info.filePath()))
                out << info.fileName() + u'/' + inner;
        } else {
            out << info.fileName();
        }
    }
    out.sort();
    return out;
}

// Starts a visit of the first facility with the first checklist of `db`.
CliResult startVisit(const QString &db)
{
    const QJsonArray facilities = test::runCliJson(
        QStringLiteral("facilities"), {QStringLiteral("--db"), db, QStringLiteral("--json")});
    const QJsonArray checklists = test::runCliJson(
        QStringLiteral("checklists"), {QStringLiteral("--db"), db, QStringLiteral("--json")});
    REQUIRE_FALSE(facilities.isEmpty());
    REQUIRE_FALSE(checklists.isEmpty());
    return runCli(QStringLiteral("visit start"),
                  {QStringLiteral("--db"), db, QStringLiteral("--facility"),
                   facilities.first()[u"id"].toString(), QStringLiteral("--checklist"),
                   checklists.first()[u"id"].toString()});
}

} // namespace

// Issue 12, part 1. POSIX locks belong to the process: if opening a second connection touched the
// file outside SQLite (as Database::checkFile() did, opening and closing it with QFile), this
// process would lose the locks of its first connection. The second program would then take
// itself for the last user, checkpoint and delete the WAL, and this process's next commits would
// go into the unlinked file, invisible to everyone else.
TEST_CASE("a second connection and another program leave this process's journal in place",
          "[cli][database]")
{
    const TempDir dir;
    const QString path = dir.file(QStringLiteral("field.db"));
    REQUIRE(runCli(QStringLiteral("init"), {QStringLiteral("--db"), path}).exitCode == 0);

    storage::Database first(path);
    storage::FacilityStore(first).upsert({facility(QStringLiteral("F-1"))});
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-wal")));
    {
        // The desktop program's sync and merge workers open their own connection like this.
        storage::Database second(path);
        CHECK(storage::FacilityStore(second).find(QStringLiteral("F-1")).has_value());
    }
    // A second program opens the database and closes it.
    const CliResult other = runCli(QStringLiteral("visits"), {QStringLiteral("--db"), path});
    INFO(other.err.toStdString());
    REQUIRE(other.exitCode == 0);
    CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK(QFileInfo::exists(path + QStringLiteral("-shm")));

    // This process commits again; a third program sees it.
    storage::FacilityStore(first).upsert({facility(QStringLiteral("F-2"))});
    CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
    const QStringList ids = facilityIds(path);
    CHECK(ids.contains(QStringLiteral("F-1")));
    CHECK(ids.contains(QStringLiteral("F-2")));
}

TEST_CASE("init makes a field database, init --office an office one, office commands refuse a "
          "field database and touch nothing",
          "[cli][database][role]")
{
    const TempDir dir;
    const QString field = dir.file(QStringLiteral("field.db"));
    const QString office = dir.file(QStringLiteral("office.db"));
    const CliResult madeField =
        runCli(QStringLiteral("init"), {QStringLiteral("--db"), field, QStringLiteral("--demo")});
    REQUIRE(madeField.exitCode == 0);
    CHECK(madeField.out.startsWith(QStringLiteral("Field database ready")));
    const CliResult madeOffice =
        runCli(QStringLiteral("init"), {QStringLiteral("--db"), office, QStringLiteral("--office"),
                                        QStringLiteral("--demo")});
    REQUIRE(madeOffice.exitCode == 0);
    CHECK(madeOffice.out.startsWith(QStringLiteral("Office database ready")));
    CHECK(storage::Database(field).role() == storage::Database::Role::Field);
    CHECK(storage::Database(office).role() == storage::Database::Role::Office);
    // Plain init (an upgrade) never turns the office's database into a field one.
    REQUIRE(runCli(QStringLiteral("init"), {QStringLiteral("--db"), office}).exitCode == 0);
    CHECK(storage::Database(office).role() == storage::Database::Role::Office);

    // A share with a visit file waiting in the inbox.
    const QString share = dir.file(QStringLiteral("share"));
    REQUIRE(runCli(QStringLiteral("generate"),
                   {QStringLiteral("--out"), share + QStringLiteral("/inbox"),
                    QStringLiteral("--visits"), QStringLiteral("2")})
                .exitCode == 0);
    const QStringList before = filesUnder(share);
    REQUIRE(before.size() == 2);

    const QStringList shareArgs{QStringLiteral("--db"), field, QStringLiteral("--share"), share};
    const std::vector<std::pair<QString, QStringList>> officeCommands = {
        {QStringLiteral("merge"), shareArgs},
        {QStringLiteral("merge"), shareArgs + QStringList{QStringLiteral("--json")}},
        {QStringLiteral("publish"), shareArgs},
        {QStringLiteral("resolve"),
         {QStringLiteral("--db"), field, QStringLiteral("--visit"), QStringLiteral("x"),
          QStringLiteral("--revision"), QStringLiteral("1"), QStringLiteral("--reason"),
          QStringLiteral("r")}},
    };
    for (const auto &[command, args] : officeCommands) {
        INFO(command.toStdString() << ' ' << args.join(u' ').toStdString());
        const CliResult r = runCli(command, args);
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.count(u'\n') == 1);
        CHECK(r.err.contains(QStringLiteral("is a field database")));
        CHECK(r.err.contains(QFileInfo(field).absoluteFilePath()));
        CHECK(filesUnder(share) == before);
    }

    // On the office database the same merge runs and empties the inbox.
    const CliResult merged = runCli(
        QStringLiteral("merge"), {QStringLiteral("--db"), office, QStringLiteral("--share"), share});
    INFO(merged.err.toStdString());
    CHECK(merged.exitCode == 0);
    CHECK(QDir(share + QStringLiteral("/inbox")).entryList(QDir::Files).isEmpty());
    CHECK(runCli(QStringLiteral("publish"),
                 {QStringLiteral("--db"), office, QStringLiteral("--share"), share})
              .exitCode == 0);
    // A field command on the office database: an office may run a visit itself.
    CHECK(startVisit(office).exitCode == 0);
}

TEST_CASE("init --office does not take over a field database that holds visits",
          "[cli][database][role]")
{
    const TempDir dir;
    const QString empty = dir.file(QStringLiteral("empty.db"));
    REQUIRE(runCli(QStringLiteral("init"), {QStringLiteral("--db"), empty}).exitCode == 0);
    // A field database without visits of its own becomes the office's.
    const CliResult converted =
        runCli(QStringLiteral("init"), {QStringLiteral("--db"), empty, QStringLiteral("--office")});
    CHECK(converted.exitCode == 0);
    CHECK(storage::Database(empty).role() == storage::Database::Role::Office);

    const QString laptop = dir.file(QStringLiteral("laptop.db"));
    REQUIRE(runCli(QStringLiteral("init"), {QStringLiteral("--db"), laptop, QStringLiteral("--demo")})
                .exitCode == 0);
    REQUIRE(startVisit(laptop).exitCode == 0);
    const CliResult refused =
        runCli(QStringLiteral("init"), {QStringLiteral("--db"), laptop, QStringLiteral("--office")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("is a field database with visits")));
    CHECK(storage::Database(laptop).role() == storage::Database::Role::Field);
}

// Issue 13, "Database files".
TEST_CASE("a read-only command leaves another program's SQLite database byte for byte alone",
          "[cli][database]")
{
    const TempDir dir;
    const QString path = dir.file(QStringLiteral("notes.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("n"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE note (text TEXT)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO note VALUES ('hej')")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("n"));
    const QByteArray before = sha256(path);
    for (const QString &command : {QStringLiteral("visits"), QStringLiteral("facilities")}) {
        const CliResult r = runCli(command, {QStringLiteral("--db"), path});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("not a Tillsyn database")));
        CHECK(sha256(path) == before);
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    }
}

TEST_CASE("a read-only database file is reported as read-only", "[cli][database]")
{
    const TempDir dir;
    const QString path = dir.file(QStringLiteral("field.db"));
    REQUIRE(runCli(QStringLiteral("init"), {QStringLiteral("--db"), path}).exitCode == 0);
    const QByteArray before = sha256(path);
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));

    QProcess process;
    QStringList args{QStringLiteral("visits"), QStringLiteral("--db"), path,
                     QStringLiteral("--lang"), QStringLiteral("en")};
    if (::geteuid() == 0) {
        // root may write any file: run the program as nobody, for whom the file is read-only.
        REQUIRE(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                      QFile::ExeOwner | QFile::ReadOther |
                                                      QFile::ExeOther));
        process.setChildProcessModifier([] {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        });
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TILLSYN_CLI_PATH), args);
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    INFO(err.toStdString());
    CHECK(process.exitCode() == 1);
    CHECK(err.contains(QStringLiteral("read-only")));
    CHECK_FALSE(err.contains(QStringLiteral("not readable")));
    CHECK(err.contains(QFileInfo(path).absoluteFilePath()));
    CHECK(sha256(path) == before);
}

TEST_CASE("merge refuses a damaged office database and leaves the inbox alone", "[cli][database]")
{
    const TempDir dir;
    const QString path = dir.file(QStringLiteral("office.db"));
    REQUIRE(runCli(QStringLiteral("init"), {QStringLiteral("--db"), path, QStringLiteral("--office")})
                .exitCode == 0);
    // Damage one index (its root page's type byte): SQLite opens the file and reads the role,
    // only a check of the b-trees finds it.
    int page = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("r"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral(
            "SELECT rootpage FROM sqlite_master WHERE name = 'office_visit_finished'")));
        REQUIRE(q.next());
        page = q.value(0).toInt();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("r"));
    REQUIRE(page > 1);
    REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.seek(qint64(page - 1) * 4096));
        REQUIRE(f.write(QByteArray(1, char(0x42))) == 1);
    }
    const QString share = dir.file(QStringLiteral("share"));
    REQUIRE(runCli(QStringLiteral("generate"),
                   {QStringLiteral("--out"), share + QStringLiteral("/inbox"),
                    QStringLiteral("--visits"), QStringLiteral("1")})
                .exitCode == 0);
    const QStringList before = filesUnder(share);
    const CliResult r =
        runCli(QStringLiteral("merge"), {QStringLiteral("--db"), path, QStringLiteral("--share"), share});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("damaged")));
    CHECK(r.err.contains(QFileInfo(path).absoluteFilePath()));
    CHECK(filesUnder(share) == before);
}

TEST_CASE("an office command on a database that does not exist creates nothing", "[cli][database]")
{
    const TempDir dir;
    const QString missing = dir.file(QStringLiteral("mistyped.db"));
    const QString share = dir.file(QStringLiteral("share"));
    QDir().mkpath(share + QStringLiteral("/inbox"));
    for (const QString &command : {QStringLiteral("merge"), QStringLiteral("publish")}) {
        const CliResult r =
            runCli(command, {QStringLiteral("--db"), missing, QStringLiteral("--share"), share});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFileInfo::exists(missing));
    }
    const CliResult key = runCli(QStringLiteral("key create"), {QStringLiteral("--db"), missing});
    CHECK(key.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(missing));
}

} // namespace tillsyn_unity_database_cli_test
