#include "storage/database.h"
#include "storage/filesystemcheck.h"
#include "storage/migrations.h"
#include "util/error.h"

#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlError>

#include <stdexcept>

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
        return scalar(db, QStringLiteral("SELECT count(*) FROM setting")).toInt();
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
