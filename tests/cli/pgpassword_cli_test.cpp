// Where tillsyn-cli takes a PostgreSQL password from: PGPASSWORD, ~/.pgpass (PGPASSFILE), else
// the system keychain; where no keychain runs (as in CI) it says so and still works with the
// first two. The password is never printed.
#include "clirunner.h"

#include "support/catchqt.h"
#include "support/envguard.h"
#include "support/postgres/postgresfixture.h"
#include "support/tempdir.h"

#include <QFile>

#include <optional>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_pgpassword_cli_test {

using namespace tillsyn;
using tillsyn::test::CliResult;
using tillsyn::test::PostgresDatabase;
using tillsyn::test::runCli;
using tillsyn::test::EnvGuard;
using tillsyn::test::TempDir;

namespace {

const QString kPassword = QStringLiteral("Sommar-L\u00f6sen-2026");

void neverShown(const CliResult &r)
{
    CHECK_FALSE(r.out.contains(kPassword));
    CHECK_FALSE(r.err.contains(kPassword));
}

} // namespace

TEST_CASE("tillsyn-cli: a PostgreSQL password from PGPASSWORD or ~/.pgpass, without a keychain "
          "it says so, never printed",
          "[cli][postgres][keychain]")
{
    PostgresDatabase::server().createRole(QStringLiteral("clerk_cli"), kPassword);
    PostgresDatabase db(QStringLiteral("clerk_cli"));
    const QString uri = db.uri(QStringLiteral("clerk_cli"));
    // No session bus and no display: no secret service can answer, as in CI.
    EnvGuard noBus("DBUS_SESSION_BUS_ADDRESS", std::nullopt);
    EnvGuard noDisplay("DISPLAY", std::nullopt);
    EnvGuard noPassword("PGPASSWORD", std::nullopt);
    EnvGuard noFile("PGPASSFILE", QByteArray("/nonexistent/tillsyn-test-pgpass"));

    // No password anywhere: a one-line refusal that names the keychain's absence.
    const CliResult refused =
        runCli(QStringLiteral("init"), {QStringLiteral("--office"), QStringLiteral("--db"), uri});
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("no password supplied")));
#ifdef TILLSYN_WITH_KEYCHAIN
    CHECK(refused.err.contains(QStringLiteral("keychain is unavailable")));
#endif
    CHECK(refused.err.contains(QStringLiteral("PGPASSWORD")));
    CHECK(refused.err.trimmed().count(u'\n') == 0);

    {
        EnvGuard password("PGPASSWORD", kPassword.toUtf8());
        const CliResult made = runCli(QStringLiteral("init"),
                                      {QStringLiteral("--office"), QStringLiteral("--db"), uri});
        INFO(made.err.toStdString());
        CHECK(made.exitCode == 0);
        CHECK_FALSE(made.err.contains(QStringLiteral("keychain")));
        neverShown(made);
    }

    TempDir dir;
    const QString file =
        dir.write(QStringLiteral("pgpass"), "*:*:*:clerk_cli:" + kPassword.toUtf8() + '\n');
    REQUIRE(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    EnvGuard passFile("PGPASSFILE", QFile::encodeName(file));
    const CliResult listed =
        runCli(QStringLiteral("visits"), {QStringLiteral("--db"), uri, QStringLiteral("--json")});
    INFO(listed.err.toStdString());
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.trimmed().startsWith(u'['));
    neverShown(refused);
    neverShown(listed);
}

} // namespace tillsyn_unity_pgpassword_cli_test
