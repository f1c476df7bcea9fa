#include "support/postgres/postgresfixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

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

namespace {
QString firstLine(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}
} // namespace

// ctest starts one server for the run (tillsyn-test-pgserver) and every test process attaches to
// it; a run cut short leaves one behind, which the next run's start replaces.
TEST_CASE("PostgreSQL fixture: a run's shared server is started, replaced when stale, stopped",
          "[postgres]")
{
    // Under ctest this very process attached to the run's server instead of starting one.
    const QString runState = qEnvironmentVariable("TILLSYN_TEST_PG_SHARED");
    if (!runState.isEmpty())
        CHECK(PostgresDatabase::server().socketDir().startsWith(firstLine(runState) + u'/'));

    QTemporaryDir tmp;
    const QString state = tmp.filePath(QStringLiteral("server.state"));
    PostgresFixture::startShared(state);
    const QString first = firstLine(state);
    REQUIRE(!first.isEmpty());
    CHECK(QFileInfo::exists(first + QStringLiteral("/run/.s.PGSQL.5432")));

    PostgresFixture::startShared(state); // as after an interrupted run
    const QString second = firstLine(state);
    CHECK(second != first);
    CHECK_FALSE(QFileInfo::exists(first));
    CHECK(QFileInfo::exists(second + QStringLiteral("/run/.s.PGSQL.5432")));

    PostgresFixture::stopShared(state);
    CHECK_FALSE(QFileInfo::exists(second));
    CHECK_FALSE(QFileInfo::exists(state));
}

} // namespace tillsyn_unity_postgresfixture_test
