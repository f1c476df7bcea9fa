// Signed reference data from the command line, end to end with the real tillsyn-cli: the office
// makes its key and publishes; a laptop trusts the key and syncs; a forged facilities.json with
// an empty list is refused and the laptop keeps its facilities.
#include "clirunner.h"
#include "reference/facilitiesfile.h"
#include "reference/signature.h"
#include "storage/database.h"
#include "storage/facilitystore.h"
#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_key_cli_test {

using namespace tillsyn;
using test::CliResult;
using test::runCli;

namespace {

QJsonObject referenceEntry(const QJsonObject &sync, const QString &file)
{
    for (const QJsonValue &v : sync.value(QStringLiteral("reference")).toArray()) {
        if (v.toObject().value(QStringLiteral("file")).toString() == file)
            return v.toObject();
    }
    FAIL("no reference entry for " << file.toStdString());
    return {};
}

int activeFacilities(const QString &dbPath)
{
    storage::Database db(dbPath);
    return storage::FacilityStore(db).count({});
}

} // namespace

TEST_CASE("key create, publish, key trust, sync, then a forged facilities.json is refused",
          "[cli][key]")
{
    test::TempDir dir;
    const QString office = dir.file(QStringLiteral("office.db"));
    const QString field = dir.file(QStringLiteral("field.db"));
    const QString share = dir.file(QStringLiteral("share"));
    QDir().mkpath(share);
    REQUIRE(runCli(QStringLiteral("init"), {QStringLiteral("--office"), QStringLiteral("--demo"),
                                            QStringLiteral("--db"), office})
                .exitCode == 0);
    REQUIRE(runCli(QStringLiteral("init"), {QStringLiteral("--db"), field}).exitCode == 0);
    const QStringList officeDb{QStringLiteral("--db"), office};
    const QStringList fieldDb{QStringLiteral("--db"), field};

    // The key is the office's: a field database has none to make or show.
    const CliResult onField = runCli(QStringLiteral("key create"), fieldDb);
    CHECK(onField.exitCode == 1);
    CHECK(onField.err.contains(QStringLiteral("field database")));

    // No key yet.
    const CliResult none = runCli(QStringLiteral("key show"), officeDb);
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("key create")));

    const CliResult created = runCli(QStringLiteral("key create"), officeDb);
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    static const QRegularExpression oneKeyLine(
        QRegularExpression::anchoredPattern(QStringLiteral("ed25519:[A-Za-z0-9+/]{43}=\n")));
    CHECK(oneKeyLine.match(created.out).hasMatch());
    const QString key = created.out.trimmed();
    CHECK(runCli(QStringLiteral("key show"), officeDb).out == created.out);
    // An existing key is never overwritten by accident.
    const CliResult again = runCli(QStringLiteral("key create"), officeDb);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already has a signing key")));
    CHECK(runCli(QStringLiteral("key show"), officeDb).out == created.out);

    const CliResult published =
        runCli(QStringLiteral("publish"), officeDb + QStringList{QStringLiteral("--share"), share});
    INFO(published.err.toStdString());
    REQUIRE(published.exitCode == 0);
    CHECK(published.out.contains(QStringLiteral("Signed with the office key ") +
                                 reference::PublicKey::parse(key).fingerprint()));
    CHECK(QFile::exists(share + QStringLiteral("/reference/facilities.json.sig")));
    CHECK(QFile::exists(share + QStringLiteral("/reference/checklists.json.sig")));

    // A laptop that trusts no key takes the data and says it did not check.
    const CliResult unchecked =
        runCli(QStringLiteral("sync"), fieldDb + QStringList{QStringLiteral("--share"), share});
    CHECK(unchecked.exitCode == 0);
    CHECK(unchecked.out.contains(QStringLiteral("without checking signatures")));
    const QJsonObject uncheckedJson = test::jsonObjectOf(
        runCli(QStringLiteral("sync"),
               fieldDb + QStringList{QStringLiteral("--share"), share, QStringLiteral("--json")}));
    CHECK(uncheckedJson.value(QStringLiteral("signaturesChecked")) == QJsonValue(false));
    CHECK(uncheckedJson.value(QStringLiteral("trustedKeys")).toInt() == 0);
    CHECK(activeFacilities(field) == 60);

    // Trust: a malformed key is a usage error and changes nothing; the office's key is taken.
    CHECK(runCli(QStringLiteral("key trust"), fieldDb + QStringList{QStringLiteral("ed25519:abc")})
              .exitCode == 2);
    CHECK(runCli(QStringLiteral("key trusted"), fieldDb)
              .out.contains(QStringLiteral("No key is trusted")));
    const CliResult trusted = runCli(QStringLiteral("key trust"), fieldDb + QStringList{key});
    INFO(trusted.err.toStdString());
    REQUIRE(trusted.exitCode == 0);
    CHECK(trusted.out.contains(reference::PublicKey::parse(key).fingerprint()));
    const QJsonArray list = test::runCliJson(QStringLiteral("key trusted"),
                                             fieldDb + QStringList{QStringLiteral("--json")});
    REQUIRE(list.size() == 1);
    CHECK(list[0].toObject().value(QStringLiteral("key")).toString() == key);

    const CliResult checked =
        runCli(QStringLiteral("sync"),
               fieldDb + QStringList{QStringLiteral("--share"), share, QStringLiteral("--json")});
    CHECK(checked.exitCode == 0);
    const QJsonObject checkedJson = test::jsonObjectOf(checked);
    CHECK(checkedJson.value(QStringLiteral("signaturesChecked")) == QJsonValue(true));
    CHECK(checkedJson.value(QStringLiteral("trustedKeys")).toInt() == 1);
    const QJsonObject facilities =
        referenceEntry(checkedJson, QStringLiteral("reference/facilities.json"));
    CHECK(facilities.value(QStringLiteral("signedBy")).toString() ==
          reference::PublicKey::parse(key).keyId());

    // The forgery: a valid facilities file with an empty list, no valid signature.
    {
        QFile f(share + QStringLiteral("/reference/facilities.json"));
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(reference::FacilitiesFile::write({}, QDateTime::currentDateTimeUtc()));
    }
    const CliResult refused =
        runCli(QStringLiteral("sync"),
               fieldDb + QStringList{QStringLiteral("--share"), share, QStringLiteral("--json")});
    CHECK(refused.exitCode == 1);
    const QJsonObject refusedFacilities =
        referenceEntry(test::jsonObjectOf(refused), QStringLiteral("reference/facilities.json"));
    CHECK(refusedFacilities.value(QStringLiteral("outcome")).toString() == u"failed");
    CHECK(refusedFacilities.value(QStringLiteral("reason"))
              .toString()
              .contains(QStringLiteral("reference/facilities.json was refused")));
    CHECK(activeFacilities(field) == 60);
    const CliResult refusedText =
        runCli(QStringLiteral("sync"), fieldDb + QStringList{QStringLiteral("--share"), share});
    CHECK(refusedText.exitCode == 1);
    CHECK(refusedText.out.contains(QStringLiteral(
        "reference/facilities.json: failed — reference/facilities.json was refused")));
    CHECK(refusedText.out.contains(
        QStringLiteral("only when signed by a trusted office key (1 trusted)")));
    CHECK(activeFacilities(field) == 60);

    // Removing the trust brings back today's behaviour (and the forged list is taken).
    CHECK(runCli(QStringLiteral("key untrust"),
                 fieldDb + QStringList{QStringLiteral("0000000000000000")})
              .exitCode == 1);
    CHECK(runCli(QStringLiteral("key untrust"), fieldDb + QStringList{key}).exitCode == 0);
    CHECK(runCli(QStringLiteral("sync"), fieldDb + QStringList{QStringLiteral("--share"), share})
              .exitCode == 0);
    CHECK(activeFacilities(field) == 0);
}

} // namespace tillsyn_unity_key_cli_test
