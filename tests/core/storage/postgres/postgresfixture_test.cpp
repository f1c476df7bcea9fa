#include "support/postgres/postgresfixture.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_postgresfixture_test {

using namespace tillsyn::test;

// The fixture's promises, checked on the running server: what the PostgreSQL tests rest on.
TEST_CASE("PostgreSQL fixture: an unprivileged server on a private socket, fsync on",
          "[postgres]")
{
    PostgresDatabase db;
    const PostgresFixture &server = PostgresDatabase::server();

    // No TCP at all, only the socket in the fixture's folder.
    CHECK(db.psql(QStringLiteral("SHOW listen_addresses")).trimmed().isEmpty());
    CHECK(db.psql(QStringLiteral("SHOW unix_socket_directories")).trimmed() ==
          server.socketDir());
    CHECK(QFileInfo::exists(
        QStringLiteral("%1/.s.PGSQL.%2").arg(server.socketDir()).arg(server.port())));
    // The kill tests mean something only when commits reach the disk.
    CHECK(db.psql(QStringLiteral("SHOW fsync")).trimmed() == u"on");
    CHECK(db.psql(QStringLiteral("SHOW synchronous_commit")).trimmed() == u"on");
    // Never the superuser of the machine: the data folder belongs to an ordinary user.
    const QFileInfo data(db.psql(QStringLiteral("SHOW data_directory")).trimmed());
    CHECK(data.ownerId() != 0);
    CHECK(db.psql(QStringLiteral("SELECT current_database()")).trimmed() == db.name());
}

TEST_CASE("PostgreSQL fixture: each test gets a fresh database, other roles need their password",
          "[postgres]")
{
    QString first;
    {
        PostgresDatabase db;
        first = db.name();
        db.psql(QStringLiteral("CREATE TABLE t (x integer); INSERT INTO t VALUES (1)"));
        CHECK(db.psql(QStringLiteral("SELECT count(*) FROM t")).trimmed() == u"1");
    }
    // Dropped at the end of its test.
    CHECK(PostgresDatabase::server()
              .psql(QStringLiteral("postgres"),
                    QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'")
                        .arg(first))
              .trimmed() == u"0");
    PostgresDatabase second;
    CHECK(second.name() != first);
    CHECK(second.psql(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
              .trimmed() == u"0");

    const PostgresFixture &server = PostgresDatabase::server();
    server.createRole(QStringLiteral("fixture_clerk"), QStringLiteral("rätt-lösen"));
    CHECK(server.psql(second.name(), QStringLiteral("SELECT current_user"),
                      QStringLiteral("fixture_clerk"), QStringLiteral("rätt-lösen"))
              .trimmed() == u"fixture_clerk");
    CHECK_THROWS(server.psql(second.name(), QStringLiteral("SELECT 1"),
                             QStringLiteral("fixture_clerk"), QStringLiteral("fel")));
}

} // namespace tillsyn_unity_postgresfixture_test
