#include "storage/postgres/postgresconnection.h"
#include "storage/postgres/postgreslocator.h"
#include "storage/postgres/postgresmigrations.h"
#include "storage/postgres/postgrespasswords.h"
#include "storage/storageerror.h"
#include "support/envguard.h"
#include "support/postgres/postgresfixture.h"
#include "support/tempdir.h"
#include "util/error.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_postgresconnection_test {

using namespace tillsyn;
using namespace tillsyn::storage;
using namespace tillsyn::test;

using tillsyn::test::EnvGuard;

namespace {

QString messageOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

// A unit on `c` that reads the counter, lets `other` commit a change to it on its first run and
// then writes the value it read plus one with `write`: in REPEATABLE READ that write fails with
// 40001 the first time. Returns how often the unit ran.
int raceOnCounter(PostgresConnection &c, PostgresConnection &other,
                  const std::function<void(int)> &write)
{
    int runs = 0;
    c.inTransaction([&] {
        ++runs;
        c.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
        const int n = c.value(QStringLiteral("SELECT n FROM counter WHERE id = 1")).toInt();
        if (runs == 1)
            other.exec(QStringLiteral("UPDATE counter SET n = n + 10 WHERE id = 1"));
        write(n + 1);
    });
    return runs;
}

} // namespace

TEST_CASE("PostgreSQL locator: the parts of the address", "[postgres]")
{
    const PostgresLocator l = PostgresLocator::parse(QStringLiteral(
        "postgresql://kontor@%2Fvar%2Frun%2Fpostgresql:5433/tillsyn_office?sslmode=verify-full&"
        "sslrootcert=%2Fetc%2Fssl%2Fcounty%20ca.pem"));
    CHECK(l.user == u"kontor");
    CHECK(l.host == u"/var/run/postgresql");
    CHECK(l.port == 5433);
    CHECK(l.database == u"tillsyn_office");
    CHECK(l.sslMode == u"verify-full");
    CHECK(l.sslRootCert == u"/etc/ssl/county ca.pem");
    CHECK(l.connectOptions().contains(QStringLiteral("sslrootcert='/etc/ssl/county ca.pem'")));
    CHECK(PostgresLocator::parse(l.toUri()).sslRootCert == l.sslRootCert);
    CHECK(PostgresLocator::parse(l.toUri()).host == l.host);

    const PostgresLocator plain =
        PostgresLocator::parse(QStringLiteral("postgresql://db.kommun.se/kontor"));
    CHECK(plain.user.isEmpty());
    CHECK(plain.host == u"db.kommun.se");
    CHECK(plain.port == 5432);
    CHECK(plain.database == u"kontor");
    CHECK(PostgresLocator::parse(QStringLiteral("postgresql://u@[::1]:6000/d")).host == u"::1");

    CHECK(PostgresLocator::isUri(QStringLiteral("postgresql://x/y")));
    CHECK(PostgresLocator::isUri(QStringLiteral("postgres://x/y")));
    CHECK_FALSE(PostgresLocator::isUri(QStringLiteral("/home/kontor/tillsyn.db")));
}

TEST_CASE("PostgreSQL locator: bad addresses are refused, a password never echoed", "[postgres]")
{
    const QString inUser =
        messageOf([] { PostgresLocator::parse(QStringLiteral("postgresql://kontor:S3cret-pw@h/d")); });
    CHECK(inUser.contains(QStringLiteral("password")));
    CHECK(inUser.contains(QStringLiteral("PGPASSWORD")));
    CHECK_FALSE(inUser.contains(QStringLiteral("S3cret-pw")));

    const QString inQuery = messageOf(
        [] { PostgresLocator::parse(QStringLiteral("postgresql://kontor@h/d?password=S3cret-pw")); });
    CHECK(inQuery.contains(QStringLiteral("password")));
    CHECK_FALSE(inQuery.contains(QStringLiteral("S3cret-pw")));

    // Whatever the scheme's case and whatever the password holds, it is never shown; a query
    // with a password in it is not shown either, whichever rule refuses the address.
    for (const char *uri : {"POSTGRESQL://kontor:S3cret-pw@h/d", "postgresql://kontor:S3/cret-pw@h/d",
                            "postgresql://kontor:S3cret-pw@x@h/d", "postgresql://kontor:S3cret-pw?@h/d",
                            "postgresql://h/d?sslmode=x&password=S3cret-pw",
                            "postgresql://h:99x/d?password=S3cret-pw"}) {
        const QString message = messageOf([uri] { PostgresLocator::parse(QString::fromUtf8(uri)); });
        INFO(uri);
        CHECK_FALSE(message.isEmpty());
        CHECK_FALSE(message.contains(QStringLiteral("S3")));
        CHECK_FALSE(message.contains(QStringLiteral("cret-pw")));
    }

    CHECK(messageOf([] { PostgresLocator::parse(QStringLiteral("postgresql://h:5432/")); })
              .contains(QStringLiteral("database name is missing")));
    CHECK(messageOf([] { PostgresLocator::parse(QStringLiteral("postgresql://h:99999/d")); })
              .contains(QStringLiteral("99999")));
    CHECK(messageOf([] { PostgresLocator::parse(QStringLiteral("postgresql://h/d?sslmode=maybe")); })
              .contains(QStringLiteral("maybe")));
    CHECK(messageOf([] { PostgresLocator::parse(QStringLiteral("postgresql://h/d?options=-c")); })
              .contains(QStringLiteral("options")));
    CHECK(messageOf([] { PostgresLocator::parse(QStringLiteral("postgresql://h/d;x")); })
              .contains(QStringLiteral("cannot carry")));
}

TEST_CASE("PostgreSQL connection: the password from PGPASSWORD or the password file, never in a "
          "message",
          "[postgres]")
{
    PostgresFixture &server = PostgresDatabase::server();
    server.createRole(QStringLiteral("clerk_pw"), QStringLiteral("Rätt-Lösen-17"));
    PostgresDatabase db(QStringLiteral("clerk_pw"));
    const PostgresLocator locator = PostgresLocator::parse(db.uri(QStringLiteral("clerk_pw")));
    EnvGuard noFile("PGPASSFILE", "/nonexistent/tillsyn-test-pgpass");

    SECTION("PGPASSWORD")
    {
        EnvGuard pw("PGPASSWORD", QStringLiteral("Rätt-Lösen-17").toUtf8());
        PostgresConnection c(locator);
        CHECK(c.value(QStringLiteral("SELECT current_user")).toString() == u"clerk_pw");
    }
    SECTION("the password file")
    {
        TempDir dir;
        const QString file =
            dir.write(QStringLiteral("pgpass"), "*:*:*:clerk_pw:R\xC3\xA4tt-L\xC3\xB6sen-17\n");
        // libpq ignores a password file others may read.
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        EnvGuard pass("PGPASSFILE", QFile::encodeName(file));
        PostgresConnection c(locator);
        CHECK(c.value(QStringLiteral("SELECT current_user")).toString() == u"clerk_pw");
    }
    SECTION("a wrong password: a connection error naming server and database, not the password")
    {
        EnvGuard pw("PGPASSWORD", "Fel-Hemligt-99");
        try {
            PostgresConnection c(locator);
            FAIL("connected with a wrong password");
        } catch (const StorageError &e) {
            CHECK(e.kind() == StorageError::Kind::Connection);
            CHECK(e.message().contains(db.name()));
            CHECK(e.message().contains(server.socketDir()));
            CHECK(e.message().contains(QStringLiteral("password authentication failed")));
            CHECK_FALSE(e.fullText().contains(QStringLiteral("Fel-Hemligt-99")));
            CHECK_FALSE(QString::fromUtf8(e.what()).contains(QStringLiteral("Fel-Hemligt-99")));
        }
    }
    SECTION("no server there")
    {
        PostgresLocator nowhere = locator;
        nowhere.port = server.port() + 1;
        try {
            PostgresConnection c(nowhere);
            FAIL("connected to no server");
        } catch (const StorageError &e) {
            CHECK(e.kind() == StorageError::Kind::Connection);
            CHECK(e.message().contains(db.name()));
        }
    }
}

namespace {

// A keychain stand-in: gives what it was told and counts the calls.
class FakeSource : public PostgresPasswordSource
{
public:
    Answer answer;
    int calls = 0;
    QString lastKey;
    Answer password(const PostgresLocator &locator) override
    {
        ++calls;
        lastKey = PostgresPasswords::key(locator);
        return answer;
    }
};

// Installs a source for one scope.
class SourceGuard
{
public:
    explicit SourceGuard(std::shared_ptr<PostgresPasswordSource> source)
    {
        PostgresPasswords::setSource(std::move(source));
    }
    ~SourceGuard() { PostgresPasswords::setSource(nullptr); }
};

} // namespace

TEST_CASE("PostgreSQL connection: the program's password source (the keychain) only when libpq "
          "has none, never in a message",
          "[postgres]")
{
    PostgresFixture &server = PostgresDatabase::server();
    server.createRole(QStringLiteral("clerk_kc"), QStringLiteral("Nyckel:knippa\\7"));
    PostgresDatabase db(QStringLiteral("clerk_kc"));
    const PostgresLocator locator = PostgresLocator::parse(db.uri(QStringLiteral("clerk_kc")));
    EnvGuard noFile("PGPASSFILE", "/nonexistent/tillsyn-test-pgpass");
    EnvGuard noPassword("PGPASSWORD", ""); // empty: none, for libpq as for us
    auto source = std::make_shared<FakeSource>();
    SourceGuard installed(source);

    SECTION("libpq has none: the source's password is used; its key is the locator")
    {
        source->answer.password = QStringLiteral("Nyckel:knippa\\7");
        REQUIRE_FALSE(PostgresPasswords::libpqHasPassword(locator));
        PostgresConnection c(locator);
        CHECK(c.value(QStringLiteral("SELECT current_user")).toString() == u"clerk_kc");
        CHECK(source->calls == 1);
        CHECK(source->lastKey == locator.toUri());
        CHECK_FALSE(source->lastKey.contains(QStringLiteral("Nyckel")));
        // One login, one password: the key is the same whichever office it acts for.
        PostgresLocator forOffice = locator;
        forOffice.office = QStringLiteral("0180");
        CHECK(PostgresPasswords::key(forOffice) == locator.toUri());
    }
    SECTION("PGPASSWORD first: the source is not asked")
    {
        EnvGuard pw("PGPASSWORD", "Nyckel:knippa\\7");
        PostgresConnection c(locator);
        CHECK(source->calls == 0);
    }
    SECTION("a matching line of the password file first; another user's line does not count")
    {
        TempDir dir;
        const QString other = dir.write(QStringLiteral("other"), "*:*:*:someone:x\n");
        const QString mine = dir.write(QStringLiteral("mine"),
                                       "# the office\n*:*:*:clerk_kc:Nyckel\\:knippa\\\\7\n");
        for (const QString &f : {other, mine})
            QFile::setPermissions(f, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        {
            EnvGuard pass("PGPASSFILE", QFile::encodeName(other));
            CHECK_FALSE(PostgresPasswords::libpqHasPassword(locator));
        }
        EnvGuard pass("PGPASSFILE", QFile::encodeName(mine));
        CHECK(PostgresPasswords::libpqHasPassword(locator));
        PostgresConnection c(locator);
        CHECK(c.value(QStringLiteral("SELECT current_user")).toString() == u"clerk_kc");
        CHECK(source->calls == 0);
        // A file others may read is one libpq ignores: then the source is asked.
        QFile::setPermissions(mine, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadOther);
        CHECK_FALSE(PostgresPasswords::libpqHasPassword(locator));
    }
    SECTION("a wrong password from the source: refused, the password in no message")
    {
        source->answer.password = QStringLiteral("Fel-Nyckel-42");
        const QString message = messageOf([&] { PostgresConnection c(locator); });
        CHECK(message.contains(QStringLiteral("password authentication failed")));
        CHECK_FALSE(message.contains(QStringLiteral("Fel-Nyckel-42")));
    }
    SECTION("no password anywhere: the source's note is said")
    {
        source->answer.note = QStringLiteral("the system keychain is unavailable: no service");
        const QString message = messageOf([&] { PostgresConnection c(locator); });
        CHECK(message.contains(db.name()));
        CHECK(message.contains(QStringLiteral("no password supplied")));
        CHECK(message.contains(source->answer.note));
    }
}

TEST_CASE("PostgreSQL connection: error kinds from SQLSTATE, a serialisation failure reruns the "
          "unit",
          "[postgres]")
{
    PostgresDatabase db;
    db.psql(QStringLiteral("CREATE TABLE counter (id integer PRIMARY KEY, n integer NOT NULL);"
                           " INSERT INTO counter VALUES (1, 0)"));
    PostgresConnection a(PostgresLocator::parse(db.uri()));
    PostgresConnection b(PostgresLocator::parse(db.uri()));

    try {
        a.exec(QStringLiteral("INSERT INTO counter VALUES (1, 5)"));
        FAIL("a duplicate key was accepted");
    } catch (const StorageError &e) {
        CHECK(e.kind() == StorageError::Kind::Constraint);
        CHECK(e.message().contains(db.name()));
    }

    // A's first run reads, B commits a change to the same row, A's write then fails with 40001;
    // the second run sees B's change and succeeds.
    CHECK(raceOnCounter(a, b, [&](int n) {
              a.query(QStringLiteral("UPDATE counter SET n = ? WHERE id = 1"), {n});
          }) == 2);
    CHECK(b.value(QStringLiteral("SELECT n FROM counter")).toInt() == 11);

    // Anything else is not retried and leaves nothing behind.
    int runs = 0;
    CHECK_THROWS_AS(a.inTransaction([&] {
        ++runs;
        a.exec(QStringLiteral("UPDATE counter SET n = 100"));
        throw Error(QStringLiteral("stop"));
    }),
                    Error);
    CHECK(runs == 1);
    CHECK(b.value(QStringLiteral("SELECT n FROM counter")).toInt() == 11);
}

TEST_CASE("PostgreSQL connection: a write kept for later goes with the next statement or the "
          "COMMIT, its error fails the unit",
          "[postgres]")
{
    PostgresDatabase db;
    db.psql(QStringLiteral("CREATE TABLE kept (id integer PRIMARY KEY, t text, b bytea,"
                           " at timestamptz)"));
    PostgresConnection c(PostgresLocator::parse(db.uri()));
    const QString insert = QStringLiteral("INSERT INTO kept (id, t, b, at) VALUES (?, ?, ?, ?)");
    const auto rows = [&] {
        return db.psql(QStringLiteral("SELECT count(*) FROM kept")).trimmed().toInt();
    };
    // Values as hostile as any: quotes, backslashes, a question mark, bytes 0-255, NULLs.
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    const QString text = QStringLiteral("o'brien \\ ? \u00e5\"; --");

    c.inTransaction([&] {
        c.later(insert, {1, text, bytes, QStringLiteral("2026-12-02T10:00:00Z")});
        c.later(insert, {2, QString(), QByteArray(), QString()});
        CHECK(rows() == 0); // not sent yet: another session sees nothing
        // The next statement of the unit sends them first, so it reads them.
        CHECK(c.value(QStringLiteral("SELECT count(*) FROM kept")).toInt() == 2);
        c.later(insert, {3, QStringLiteral("third"), bytes, QString()});
    });
    REQUIRE(rows() == 3); // the third went with COMMIT
    CHECK(c.value(QStringLiteral("SELECT t FROM kept WHERE id = 1")).toString() == text);
    CHECK(c.value(QStringLiteral("SELECT b FROM kept WHERE id = 1")).toByteArray() == bytes);
    CHECK(c.value(QStringLiteral("SELECT extract(epoch FROM at) FROM kept WHERE id = 1"))
              .toLongLong() == 1796205600);
    CHECK(db.psql(QStringLiteral("SELECT t IS NULL AND b IS NULL AND at IS NULL FROM kept"
                                 " WHERE id = 2"))
              .trimmed() == u"t");

    // A kept write that fails fails the unit at its COMMIT (after other statements that worked):
    // nothing of the unit stays, and the connection works on.
    int runs = 0;
    try {
        c.inTransaction([&] {
            ++runs;
            c.later(insert, {4, QStringLiteral("four"), QByteArray(), QString()});
            c.later(insert, {1, QStringLiteral("again"), QByteArray(), QString()});
        });
        FAIL("a duplicate key was committed");
    } catch (const StorageError &e) {
        CHECK(e.kind() == StorageError::Kind::Constraint);
    }
    CHECK(runs == 1);
    CHECK(rows() == 3);
    // Outside a unit it runs at once.
    c.later(insert, {5, QStringLiteral("five"), QByteArray(), QString()});
    CHECK(rows() == 4);
}

TEST_CASE("PostgreSQL connection: kept writes go through libpq's pipeline: values bound as they "
          "are, errors with their kind, the connection usable after",
          "[postgres]")
{
    PostgresDatabase db;
    db.psql(QStringLiteral("CREATE TABLE kept (id integer PRIMARY KEY, flag boolean, b bytea,"
                           " n bigint); CREATE TABLE counter (id integer PRIMARY KEY,"
                           " n integer NOT NULL); INSERT INTO counter VALUES (1, 0)"));
    PostgresConnection c(PostgresLocator::parse(db.uri()));
    const QString insert = QStringLiteral("INSERT INTO kept (id, flag, b, n) VALUES (?, ?, ?, ?)");

    // An empty byte array is an empty value, not NULL; booleans and 64-bit numbers as given.
    c.inTransaction([&] {
        c.later(insert, {1, true, QByteArray(""), qint64(1) << 40});
        c.later(insert, {2, false, QByteArray(), -7});
    });
    CHECK(db.psql(QStringLiteral("SELECT string_agg(concat_ws('|', id, flag, b IS NULL,"
                                 " length(b), n), ',' ORDER BY id) FROM kept"))
              .trimmed() == u"1|t|f|0|1099511627776,2|f|t|-7");

    SECTION("rows() reads a statement's rows, after the writes kept before it")
    {
        c.inTransaction([&] {
            c.later(insert, {3, QVariant(QMetaType(QMetaType::Bool)), QByteArray("y"), 3});
            const PostgresConnection::Rows rows = c.rows(
                QStringLiteral("SELECT id, flag, n, 'å' || id FROM kept WHERE id >= ? ORDER BY id"),
                {2});
            REQUIRE(rows.size() == 2);
            CHECK(rows.number(0, 0) == 2);
            CHECK_FALSE(rows.flag(0, 1));
            CHECK(rows.number(0, 2) == -7);
            CHECK(rows.text(0, 3) == u"å2");
            CHECK(rows.number(1, 0) == 3);
            CHECK(rows.isNull(1, 1));
            CHECK_FALSE(rows.isNull(1, 2));
            CHECK(c.rows(QStringLiteral("SELECT 1 WHERE false")).size() == 0);
        });
    }

    SECTION("a query's unread rows are dropped first, as Qt's driver drops them")
    {
        QSqlQuery rows = c.query(QStringLiteral("SELECT generate_series(1, 5000)"));
        REQUIRE(rows.next());
        c.inTransaction([&] { c.later(insert, {3, true, QByteArray("x"), 3}); });
        CHECK(c.value(QStringLiteral("SELECT count(*) FROM kept")).toInt() == 3);
    }

    SECTION("a serialisation failure of a kept write reruns the unit")
    {
        PostgresConnection other(PostgresLocator::parse(db.uri()));
        CHECK(raceOnCounter(c, other, [&](int n) {
                  c.later(QStringLiteral("UPDATE counter SET n = ? WHERE id = 1"), {n});
              }) == 2);
        CHECK(other.value(QStringLiteral("SELECT n FROM counter")).toInt() == 11);
    }

    SECTION("an error names the statement that failed; the next unit works")
    {
        const QString message = messageOf([&] {
            c.inTransaction([&] {
                c.later(insert, {4, true, QByteArray(), 4});
                c.later(QStringLiteral("UPDATE counter SET n = ? WHERE id = 1"),
                        {QStringLiteral("many")});
            });
        });
        CHECK(message.contains(QStringLiteral("UPDATE counter SET n")));
        CHECK(message.contains(QStringLiteral("many")));
        CHECK(c.value(QStringLiteral("SELECT count(*) FROM kept")).toInt() == 2);
        c.inTransaction([&] { c.later(insert, {4, true, QByteArray(), 4}); });
        CHECK(c.value(QStringLiteral("SELECT count(*) FROM kept")).toInt() == 3);
    }

    SECTION("a connection the server ended is a connection error")
    {
        const QString pid = c.value(QStringLiteral("SELECT pg_backend_pid()")).toString();
        try {
            // Ended after BEGIN: the kept write and COMMIT meet a closed connection.
            c.inTransaction([&] {
                db.psql(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
                c.later(insert, {5, true, QByteArray(), 5});
            });
            FAIL("a unit on a terminated connection succeeded");
        } catch (const StorageError &e) {
            CHECK(e.kind() == StorageError::Kind::Connection);
            CHECK(e.message().contains(db.name()));
        }
    }
}

TEST_CASE("PostgreSQL migrations: versions in a table, one transaction, newer refused",
          "[postgres]")
{
    PostgresDatabase db;
    PostgresConnection c(PostgresLocator::parse(db.uri()));
    CHECK(PostgresMigrations::version(c) == 0);
    PostgresMigrations::migrate(c);
    CHECK(PostgresMigrations::version(c) == PostgresMigrations::latestVersion());
    CHECK(db.psql(QStringLiteral("SELECT count(*) FROM tillsyn_schema")).trimmed().toInt() ==
          int(PostgresMigrations::steps().size()));
    CHECK(db.psql(QStringLiteral("SELECT value FROM setting WHERE key = 'role'")).trimmed() ==
          u"office");
    // Again: nothing to do.
    PostgresMigrations::migrate(c);
    CHECK(PostgresMigrations::version(c) == PostgresMigrations::latestVersion());

    // The facility search is the server's own (a tsvector kept by the server).
    db.psql(QStringLiteral("INSERT INTO facility (id, name, org_number, city) VALUES"
                           " ('f1', 'Café Strandbaren', '556677-8899', 'Ystad')"));
    CHECK(db.psql(QStringLiteral("SELECT id FROM facility WHERE search @@"
                                 " to_tsquery('simple', 'strand:*') AND search @@"
                                 " to_tsquery('simple', '5566778899')"))
              .trimmed() == u"f1");

    // A newer Tillsyn's database is refused and left as it is.
    db.psql(QStringLiteral("INSERT INTO tillsyn_schema (version) VALUES (%1)")
                .arg(PostgresMigrations::latestVersion() + 1));
    const QString newer = messageOf([&] { PostgresMigrations::migrate(c); });
    CHECK(newer.contains(QStringLiteral("newer Tillsyn")));
    CHECK(newer.contains(db.name()));
}

TEST_CASE("PostgreSQL migration step 9: merged files are compressed with LZ4, earlier ones read "
          "back alike",
          "[postgres]")
{
    PostgresDatabase db;
    PostgresConnection c(PostgresLocator::parse(db.uri()));
    PostgresMigrations::migrate(c, 8);
    // A visit file's worth of JSON, compressible, as step 8 stored it.
    const QString file =
        QStringLiteral("convert_to(repeat('{\"item\": \"k1\", \"result\": \"ok\"}, ',"
                       " 400), 'UTF8')");
    const auto store = [&](const QString &visitId) {
        db.psql(QStringLiteral("INSERT INTO office_revision (visit_id, revision, base_revision,"
                               " content_hash, file_name, bytes, merged_at, finished_at) VALUES"
                               " ('%1', 1, 0, 'h', 'f.json', %2, now(), now())")
                    .arg(visitId, file));
    };
    store(QStringLiteral("before"));
    PostgresMigrations::migrate(c);
    store(QStringLiteral("after"));
    CHECK(db.psql(QStringLiteral("SELECT attcompression FROM pg_attribute WHERE attrelid ="
                                 " 'office_revision'::regclass AND attname = 'bytes'"))
              .trimmed() == u"l");
    CHECK(db.psql(QStringLiteral("SELECT string_agg(visit_id || ' ' || pg_column_compression(bytes)"
                                 " || ' ' || (bytes = %1), ', ' ORDER BY visit_id) FROM"
                                 " office_revision")
                      .arg(file))
              .trimmed() == u"after lz4 true, before pglz true");
}

TEST_CASE("PostgreSQL migrations: a half-made schema is never left, another program's database is "
          "refused",
          "[postgres]")
{
    PostgresDatabase foreign;
    foreign.psql(QStringLiteral("CREATE TABLE invoices (id integer)"));
    PostgresConnection c(PostgresLocator::parse(foreign.uri()));
    CHECK(messageOf([&] { PostgresMigrations::migrate(c); })
              .contains(QStringLiteral("another program")));
    CHECK(foreign.psql(QStringLiteral("SELECT string_agg(tablename, ',') FROM pg_tables WHERE"
                                      " schemaname = 'public'"))
              .trimmed() == u"invoices");

    // A step failing half-way (here: a table already there) rolls the whole migration back.
    PostgresDatabase clash;
    clash.psql(QStringLiteral("CREATE TABLE tillsyn_schema (version integer PRIMARY KEY,"
                              " applied_at timestamptz NOT NULL DEFAULT now());"
                              " CREATE TABLE office_visit (x integer)"));
    PostgresConnection d(PostgresLocator::parse(clash.uri()));
    CHECK_THROWS_AS(PostgresMigrations::migrate(d), StorageError);
    CHECK(clash.psql(QStringLiteral("SELECT count(*) FROM tillsyn_schema")).trimmed() == u"0");
    CHECK(clash.psql(QStringLiteral("SELECT to_regclass('setting') IS NULL")).trimmed() == u"t");
}

} // namespace tillsyn_unity_postgresconnection_test
