#include "storage/database.h"
#include "storage/filesystemcheck.h"
#include "storage/migrations.h"
#include "util/error.h"

#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <stdexcept>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_database_test {

using tillsyn::Error;
using tillsyn::storage::Database;
using tillsyn::storage::FileSystemCheck;
using tillsyn::storage::Migrations;
using tillsyn::storage::Transaction;
using tillsyn::test::TempDir;

namespace {

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    db.exec(q);
    REQUIRE(q.next());
    return q.value(0);
}

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(tillsyn::test::readAll(path), QCryptographicHash::Sha256);
}

// Runs statements through a plain Qt connection, bypassing tillsyn::storage::Database.
void rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-test-connection");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
            REQUIRE(q.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The message of the Error that opening `path` throws; fails the test if it opens.
QString openError(const QString &path)
{
    try {
        Database db(path);
    } catch (const Error &e) {
        return e.message();
    }
    FAIL("the database opened: " << path.toStdString());
    return {};
}

} // namespace

TEST_CASE("Database creates a migrated WAL database", "[storage]")
{
    const TempDir dir;
    const QString path = dir.file(QStringLiteral("sub/folder/tillsyn.db"));
    {
        Database db(path);
        CHECK(QFileInfo::exists(path));
        CHECK(db.path() == QFileInfo(path).absoluteFilePath());
        CHECK(db.schemaVersion() == Migrations::latestVersion());
        CHECK(scalar(db, QStringLiteral("PRAGMA user_version")).toInt() ==
              Migrations::latestVersion());
        CHECK(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() ==
              QStringLiteral("wal"));
        CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
        // Foreign keys are enforced, not just switched on.
        CHECK_THROWS_AS(db.exec(QStringLiteral("INSERT INTO checklist_section (checklist_id,"
                                               " checklist_version, position, title)"
                                               " VALUES ('missing', 1, 0, 'x')")),
                        Error);
        db.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('k', 'v')"));
    }
    SECTION("reopening keeps the data and the version")
    {
        Database db(path);
        CHECK(db.schemaVersion() == Migrations::latestVersion());
        CHECK(scalar(db, QStringLiteral("SELECT value FROM setting WHERE key = 'k'")).toString() ==
              QStringLiteral("v"));
    }
    SECTION("an empty file becomes a new database")
    {
        const QString empty = dir.write(QStringLiteral("empty.db"), {});
        Database db(empty);
        CHECK(db.schemaVersion() == Migrations::latestVersion());
    }
}

TEST_CASE("Database refuses a file that is not SQLite and leaves it alone", "[storage]")
{
    const TempDir dir;
    QByteArray garbage = "Det här är ingen databas.\n";
    for (int i = 0; i < 4096; ++i)
        garbage += char(i * 7 + 3);
    const QByteArray shortGarbage = "SQLite";
    for (const QByteArray &bytes : {garbage, shortGarbage}) {
        const QString path = dir.write(QStringLiteral("notes-%1.db").arg(bytes.size()), bytes);
        const QString message = openError(path);
        CHECK(message.contains(QFileInfo(path).absoluteFilePath()));
        CHECK(message.contains(QStringLiteral("not an SQLite file")));
        CHECK(tillsyn::test::readAll(path) == bytes);
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    }
}

TEST_CASE("Database refuses a database from a newer Tillsyn and leaves it alone", "[storage]")
{
    const TempDir dir;
    const QString path = dir.file(QStringLiteral("newer.db"));
    {
        Database db(path);
        db.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('k', 'v')"));
    }
    const int newer = Migrations::latestVersion() + 1;
    rawExec(path, {QStringLiteral("PRAGMA user_version = %1").arg(newer)});
    const QByteArray before = sha256(path);

    const QString message = openError(path);
    CHECK(message.contains(QStringLiteral("newer")));
    CHECK(message.contains(QFileInfo(path).absoluteFilePath()));
    CHECK(message.contains(QString::number(newer)));
    CHECK(sha256(path) == before);
    // Refused again on a second try: nothing was half-migrated.
    CHECK(openError(path).contains(QStringLiteral("newer")));
    CHECK(sha256(path) == before);
}

TEST_CASE("FileSystemCheck names network file systems", "[storage]")
{
    CHECK(FileSystemCheck::networkFileSystemName(0x6969) == QStringLiteral("NFS"));
    CHECK(FileSystemCheck::networkFileSystemName(0xFF534D42) == QStringLiteral("SMB/CIFS"));
    CHECK(FileSystemCheck::networkFileSystemName(0xFE534D42) == QStringLiteral("SMB/CIFS"));
    CHECK(FileSystemCheck::networkFileSystemName(0x517B) == QStringLiteral("SMB/CIFS"));
    CHECK(FileSystemCheck::networkFileSystemName(0xEF53).isEmpty());     // ext4
    CHECK(FileSystemCheck::networkFileSystemName(0x01021994).isEmpty()); // tmpfs
    CHECK(FileSystemCheck::networkFileSystemName(0x9123683E).isEmpty()); // btrfs
    const TempDir dir;
    CHECK(FileSystemCheck::networkFileSystemOf(dir.path()).isEmpty());
}

TEST_CASE("Transaction rolls back when an exception unwinds it", "[storage]")
{
    const TempDir dir;
    const QString path = dir.file(QStringLiteral("tx.db"));
    Database db(path);
    const auto settings = [&] {
        // (The role is a setting every database has.)
        return scalar(db, QStringLiteral("SELECT count(*) FROM setting WHERE key <> 'role'"))
            .toInt();
    };

    CHECK_THROWS_AS(
        [&] {
            Transaction tx(db);
            db.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('a', '1')"));
            throw std::runtime_error("interrupted");
        }(),
        std::runtime_error);
    CHECK(settings() == 0);

    CHECK_THROWS_AS(
        [&] {
            Transaction tx(db);
            db.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('b', '1')"));
            db.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('b', '2')"));
            tx.commit();
        }(),
        Error);
    CHECK(settings() == 0);

    {
        Transaction tx(db);
        db.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('c', '1')"));
        tx.commit();
    }
    CHECK(settings() == 1);
    {
        Database second(path);
        CHECK(scalar(second, QStringLiteral("SELECT value FROM setting WHERE key = 'c'"))
                  .toString() == QStringLiteral("1"));
    }
}

namespace {

// The root page of a schema object, for damaging exactly that b-tree.
int rootPage(const QString &path, const QString &name)
{
    int page = 0;
    const QString connection = QStringLiteral("raw-root-page");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'")
                           .arg(name)));
        REQUIRE(q.next());
        page = q.value(0).toInt();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return page;
}

// Overwrites the page-type byte of an index's root page (4096-byte pages): SQLite still opens
// the file and reads its schema and settings, but PRAGMA quick_check fails. No connection of
// this process may be open on the file meanwhile (see the rule in database.h).
void damageIndex(const QString &path, const QString &index)
{
    const int page = rootPage(path, index);
    REQUIRE(page > 1);
    REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(qint64(page - 1) * 4096));
    REQUIRE(f.write(QByteArray(1, char(0x42))) == 1);
    f.close();
}

int userVersion(const QString &path)
{
    int version = -1;
    const QString connection = QStringLiteral("raw-user-version");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        version = q.value(0).toInt();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return version;
}

// A database as version 9 left it (before the role was recorded), with `statements` run on it.
QString version9(const TempDir &dir, const QString &name, const QStringList &statements)
{
    const QString path = dir.file(name);
    {
        Database db(path);
    }
    // The steps after 10 are not idempotent (they add columns): undone, so that 10, 11, 13 and
    // 14 run again (12 is written to be re-run).
    rawExec(path, QStringList{QStringLiteral("DELETE FROM setting WHERE key = 'role'"),
                              QStringLiteral("DROP TABLE visit_time"),
                              QStringLiteral("DROP TABLE visit_signature"),
                              QStringLiteral("DROP TABLE fee_rate"),
                              QStringLiteral("ALTER TABLE visit DROP COLUMN case_number"),
                              QStringLiteral("ALTER TABLE visit DROP COLUMN operator_comment"),
                              QStringLiteral("ALTER TABLE checklist DROP COLUMN categories"),
                              QStringLiteral("ALTER TABLE checklist_item DROP COLUMN control_area"),
                              QStringLiteral("ALTER TABLE answer DROP COLUMN control_area"),
                              QStringLiteral("ALTER TABLE office_answer DROP COLUMN control_area"),
                              QStringLiteral("ALTER TABLE facility DROP COLUMN exp_class"),
                              QStringLiteral("ALTER TABLE facility DROP COLUMN control_hours"),
                              QStringLiteral("PRAGMA user_version = 9")} +
                      statements);
    return path;
}

} // namespace

TEST_CASE("Database refuses another program's SQLite database without changing a byte",
          "[storage]")
{
    const TempDir dir;
    // Rollback-journal mode, as most programs leave a database: opening it must not switch it to
    // WAL (which rewrites the header) nor add a table.
    const QString notes = dir.file(QStringLiteral("notes.sqlite"));
    rawExec(notes, {QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)"),
                    QStringLiteral("INSERT INTO note (text) VALUES ('köp mjölk')")});
    // One that uses user_version for its own numbering.
    const QString numbered = dir.file(QStringLiteral("numbered.sqlite"));
    rawExec(numbered, {QStringLiteral("CREATE TABLE thing (x)"),
                       QStringLiteral("PRAGMA user_version = 3")});
    for (const QString &path : {notes, numbered}) {
        INFO(path.toStdString());
        const QByteArray before = tillsyn::test::readAll(path);
        const QString message = openError(path);
        CHECK(message.contains(QFileInfo(path).absoluteFilePath()));
        CHECK(message.contains(QStringLiteral("not a Tillsyn database")));
        CHECK(tillsyn::test::readAll(path) == before);
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    }
}

TEST_CASE("Database refuses to migrate a damaged database and leaves it at its version",
          "[storage][migration]")
{
    const TempDir dir;
    const QString path = version9(dir, QStringLiteral("damaged.db"), {});
    damageIndex(path, QStringLiteral("facility_sort_key"));
    const QString message = openError(path);
    CHECK(message.contains(QFileInfo(path).absoluteFilePath()));
    CHECK(message.contains(QStringLiteral("damaged")));
    CHECK(userVersion(path) == 9);
    // The same database undamaged migrates (the check is what refused it).
    const QString healthy = version9(dir, QStringLiteral("healthy.db"), {});
    Database db(healthy);
    CHECK(db.schemaVersion() == Migrations::latestVersion());
}

TEST_CASE("checkIntegrity names a damaged database", "[storage]")
{
    const TempDir dir;
    const QString path = dir.file(QStringLiteral("office.db"));
    {
        Database db(path);
        CHECK_NOTHROW(db.checkIntegrity());
    }
    damageIndex(path, QStringLiteral("facility_sort_key"));
    Database db(path); // opens: only the quick check sees the damage
    try {
        db.checkIntegrity();
        FAIL("a damaged database passed the check");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("damaged")));
        CHECK(e.message().contains(QFileInfo(path).absoluteFilePath()));
    }
}

TEST_CASE("The role: new databases are field ones, migrated ones office when they merged or "
          "published",
          "[storage][migration]")
{
    const TempDir dir;
    {
        Database db(dir.file(QStringLiteral("new.db")));
        CHECK(db.role() == Database::Role::Field);
        CHECK_THROWS_AS(db.requireOffice(), Error);
        try {
            db.requireOffice();
        } catch (const Error &e) {
            CHECK(e.message().contains(QStringLiteral("field database")));
        }
        db.setRole(Database::Role::Office);
        CHECK_NOTHROW(db.requireOffice());
    }
    CHECK(Database(dir.file(QStringLiteral("new.db"))).role() == Database::Role::Office);

    const QString field = version9(dir, QStringLiteral("field.db"), {});
    const QString merged = version9(
        dir, QStringLiteral("merged.db"),
        {QStringLiteral("INSERT INTO office_revision (visit_id, revision, base_revision,"
                        " content_hash, file_name, bytes, merged_at, finished_at) VALUES"
                        " ('v', 1, 0, 'h', 'f', x'00', 't', 't')")});
    const QString published =
        version9(dir, QStringLiteral("published.db"),
                 {QStringLiteral("INSERT INTO publish_log (published_at, share, facilities,"
                                 " checklists) VALUES ('t', 's', x'00', x'00')")});
    // A merge of an older version recorded the role itself: kept.
    const QString recorded = version9(
        dir, QStringLiteral("recorded.db"),
        {QStringLiteral("INSERT INTO setting (key, value) VALUES ('role', 'office')")});
    CHECK(Database(field).role() == Database::Role::Field);
    CHECK(Database(merged).role() == Database::Role::Office);
    CHECK(Database(published).role() == Database::Role::Office);
    CHECK(Database(recorded).role() == Database::Role::Office);
}

} // namespace tillsyn_unity_database_test
