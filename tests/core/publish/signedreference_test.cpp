// Signed reference data end to end, on real databases and a real shared folder: the office
// signs what it publishes, a laptop that trusts the office key takes only signed files and
// refuses a forged one whole, keeping its data; a laptop that trusts no key works as before and
// says so; a sync caught between a file and its signature is refused once and fine next time.
#include "content/shippedcontent.h"
#include "reference/facilitiesfile.h"
#include "reference/keystore.h"
#include "reference/publisher.h"
#include "reference/signature.h"
#include "storage/database.h"
#include "storage/sqliteofficerepository.h"
#include "storage/facilitystore.h"
#include "sync/foldershare.h"
#include "sync/syncengine.h"

#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QDir>
#include <QFile>

#include <functional>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_signedreference_test {

using namespace tillsyn;
using RefOutcome = sync::ReferenceResult::Outcome;

namespace {

const QString kFacilities = QStringLiteral("reference/facilities.json");
const QString kChecklists = QStringLiteral("reference/checklists.json");

struct Setup
{
    test::TempDir dir;
    QString shareDir = dir.file(QStringLiteral("share"));
    storage::Database office{dir.file(QStringLiteral("office.db"))};
    storage::SqliteOfficeRepository officeRepo{office};
    storage::Database laptop{dir.file(QStringLiteral("field.db"))};

    Setup()
    {
        QDir().mkpath(shareDir);
        content::ShippedContent::install(office, true);
        content::ShippedContent::install(laptop, false);
    }

    sync::SyncReport sync()
    {
        sync::FolderShare share(shareDir);
        return sync::SyncEngine(laptop, share).run();
    }
    int activeFacilities() { return storage::FacilityStore(laptop).count({}); }
    QByteArray shareFile(const QString &path)
    {
        QFile f(shareDir + u'/' + path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }
    void forge(const QString &path, const QByteArray &bytes)
    {
        sync::FolderShare(shareDir).replace(path, bytes);
    }
};

const sync::ReferenceResult &resultFor(const sync::SyncReport &report, const QString &path)
{
    for (const auto &r : report.reference) {
        if (r.fileName == path)
            return r;
    }
    FAIL("no result for " << path.toStdString());
    return report.reference.front();
}

// A share that runs a hook after each replace: lets a test sync a laptop at the moment a publish
// has replaced a file but not yet its signature.
class HookedShare : public sync::FolderShare
{
public:
    HookedShare(const QString &root, std::function<void(const QString &)> hook)
        : FolderShare(root)
        , m_hook(std::move(hook))
    {}
    void replace(const QString &path, const QByteArray &bytes) override
    {
        FolderShare::replace(path, bytes);
        m_hook(path);
    }

private:
    std::function<void(const QString &)> m_hook;
};

} // namespace

TEST_CASE("signed reference data: office key, publish, laptop trust, sync, then a forged file is "
          "refused and the laptop keeps its facilities",
          "[signature][publish]")
{
    Setup s;
    const reference::SigningKey key = reference::KeyStore(s.office).createSigningKey(false);
    sync::FolderShare share(s.shareDir);
    const auto summary = reference::Publisher(s.officeRepo).publish(share);
    CHECK(summary.keyId == key.publicKey().keyId());
    // Each file's signature verifies over the file's exact bytes.
    for (const QString &path : {kFacilities, kChecklists})
        CHECK(reference::SignatureFile::verify(
                  s.shareFile(path), path, s.shareFile(path + QStringLiteral(".sig")),
                  path + QStringLiteral(".sig"), {key.publicKey()}) == key.publicKey());

    // The laptop trusts the office key (as `key trust` stores it, from its text).
    reference::KeyStore(s.laptop).trust(reference::PublicKey::parse(key.publicKey().text()));
    const auto first = s.sync();
    CHECK(first.trustedKeys == 1);
    CHECK(resultFor(first, kFacilities).outcome == RefOutcome::Updated);
    CHECK(resultFor(first, kFacilities).signedBy == key.publicKey().keyId());
    CHECK(resultFor(first, kChecklists).outcome == RefOutcome::Updated);
    CHECK(s.activeFacilities() == 60);

    // An attacker with write access replaces facilities.json by a valid file with an empty list.
    const QByteArray forged = reference::FacilitiesFile::write({}, QDateTime::currentDateTimeUtc());
    SECTION("the old signature beside it")
    {
        s.forge(kFacilities, forged);
        const auto r = resultFor(s.sync(), kFacilities);
        CHECK(r.outcome == RefOutcome::Failed);
        CHECK(r.reason.contains(kFacilities));
        CHECK(r.reason.contains(QStringLiteral("does not match")));
    }
    SECTION("no signature at all")
    {
        s.forge(kFacilities, forged);
        REQUIRE(QFile::remove(s.shareDir + u'/' + kFacilities + QStringLiteral(".sig")));
        const auto r = resultFor(s.sync(), kFacilities);
        CHECK(r.outcome == RefOutcome::Failed);
        CHECK(r.reason.contains(kFacilities + QStringLiteral(".sig is missing")));
    }
    SECTION("signed with the attacker's own key")
    {
        const auto attacker = reference::SigningKey::generate();
        s.forge(kFacilities, forged);
        s.forge(kFacilities + QStringLiteral(".sig"),
                reference::SignatureFile::write(forged, attacker));
        const auto r = resultFor(s.sync(), kFacilities);
        CHECK(r.outcome == RefOutcome::Failed);
        CHECK(r.reason.contains(attacker.publicKey().keyId()));
        CHECK(r.reason.contains(QStringLiteral("does not trust")));
    }
    SECTION("a signature file that is not one")
    {
        s.forge(kFacilities, forged);
        s.forge(kFacilities + QStringLiteral(".sig"), QByteArrayLiteral("{\"format\":1}"));
        const auto r = resultFor(s.sync(), kFacilities);
        CHECK(r.outcome == RefOutcome::Failed);
        CHECK(r.reason.contains(kFacilities + QStringLiteral(".sig")));
    }
    // Whatever the forgery, every facility is still there and active.
    CHECK(s.activeFacilities() == 60);
    // Refused again on the next sync (not remembered as seen), and still nothing changed.
    CHECK(resultFor(s.sync(), kFacilities).outcome == RefOutcome::Failed);
    CHECK(s.activeFacilities() == 60);

    // The office's next publish repairs it.
    reference::Publisher(s.officeRepo).publish(share);
    CHECK(resultFor(s.sync(), kFacilities).outcome == RefOutcome::Updated);
    CHECK(s.activeFacilities() == 60);
}

TEST_CASE("a laptop that trusts no key takes unsigned files as before and says so",
          "[signature][publish]")
{
    Setup s;
    sync::FolderShare share(s.shareDir);
    const auto summary = reference::Publisher(s.officeRepo).publish(share); // no office key
    CHECK(summary.keyId.isEmpty());
    CHECK(summary.changes.join(u' ').contains(QStringLiteral("Not signed")));
    CHECK(!QFile::exists(s.shareDir + u'/' + kFacilities + QStringLiteral(".sig")));
    const auto report = s.sync();
    CHECK(report.trustedKeys == 0);
    CHECK(resultFor(report, kFacilities).outcome == RefOutcome::Updated);
    CHECK(resultFor(report, kFacilities).signedBy.isEmpty());
    CHECK(s.activeFacilities() == 60);

    // Once the laptop trusts a key, the unsigned file it already took is checked again although
    // it did not change, and refused.
    reference::KeyStore(s.laptop).trust(reference::SigningKey::generate().publicKey());
    const auto after = s.sync();
    CHECK(after.trustedKeys == 1);
    CHECK(resultFor(after, kFacilities).outcome == RefOutcome::Failed);
    CHECK(resultFor(after, kFacilities).reason.contains(QStringLiteral("no signature")));
}

TEST_CASE("a sync between a file and its signature is refused once and takes the file next "
          "time",
          "[signature][publish]")
{
    Setup s;
    const auto key = reference::KeyStore(s.office).createSigningKey(false);
    reference::KeyStore(s.laptop).trust(key.publicKey());
    {
        sync::FolderShare share(s.shareDir);
        reference::Publisher(s.officeRepo).publish(share);
    }
    REQUIRE(resultFor(s.sync(), kFacilities).outcome == RefOutcome::Updated);

    // The office deactivates a facility and publishes; the laptop syncs right after the new
    // facilities.json is in place and before its signature is.
    auto facility = *storage::FacilityStore(s.office).find(QStringLiteral("F-0002"));
    facility.active = false;
    storage::FacilityStore(s.office).upsert({facility});
    std::optional<sync::ReferenceResult> midway;
    HookedShare share(s.shareDir, [&](const QString &path) {
        if (path == kFacilities)
            midway = resultFor(s.sync(), kFacilities);
    });
    reference::Publisher(s.officeRepo).publish(share);
    REQUIRE(midway);
    CHECK(midway->outcome == RefOutcome::Failed);
    CHECK(midway->reason.contains(QStringLiteral("does not match")));

    // Nothing was taken midway; the next sync takes the finished publish.
    const auto next = s.sync();
    CHECK(resultFor(next, kFacilities).outcome == RefOutcome::Updated);
    CHECK(resultFor(next, kFacilities).deactivated == 1);
    CHECK(s.activeFacilities() == 59);
}

TEST_CASE("key rotation: a laptop may trust the old and the new key", "[signature][publish]")
{
    Setup s;
    sync::FolderShare share(s.shareDir);
    const auto oldKey = reference::KeyStore(s.office).createSigningKey(false);
    reference::KeyStore(s.laptop).trust(oldKey.publicKey());
    reference::Publisher(s.officeRepo).publish(share);
    REQUIRE(resultFor(s.sync(), kFacilities).outcome == RefOutcome::Updated);

    const auto newKey = reference::KeyStore(s.office).createSigningKey(true);
    auto facility = *storage::FacilityStore(s.office).find(QStringLiteral("F-0002"));
    facility.active = false;
    storage::FacilityStore(s.office).upsert({facility});
    reference::Publisher(s.officeRepo).publish(share);
    // Trusting only the old key: refused, naming the new key's id; nothing changed.
    const auto refused = resultFor(s.sync(), kFacilities);
    CHECK(refused.outcome == RefOutcome::Failed);
    CHECK(refused.reason.contains(newKey.publicKey().keyId()));
    CHECK(s.activeFacilities() == 60);

    reference::KeyStore(s.laptop).trust(newKey.publicKey());
    const auto taken = resultFor(s.sync(), kFacilities);
    CHECK(taken.outcome == RefOutcome::Updated);
    CHECK(taken.signedBy == newKey.publicKey().keyId());
    CHECK(s.activeFacilities() == 59);

    // Trust in the old key removed: files it signed would now be checked again, but these were
    // signed with the new one: unchanged.
    reference::KeyStore(s.laptop).untrust(oldKey.publicKey().keyId());
    CHECK(resultFor(s.sync(), kFacilities).outcome == RefOutcome::Unchanged);
}

TEST_CASE("an older signed file put back on the share is refused", "[signature][publish]")
{
    Setup s;
    sync::FolderShare share(s.shareDir);
    const auto key = reference::KeyStore(s.office).createSigningKey(false);
    reference::KeyStore(s.laptop).trust(key.publicKey());
    const QDateTime monday(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
    reference::Publisher(s.officeRepo).publish(share, monday);
    REQUIRE(resultFor(s.sync(), kFacilities).outcome == RefOutcome::Updated);
    const QByteArray oldFile = s.shareFile(kFacilities);
    const QByteArray oldSignature = s.shareFile(kFacilities + QStringLiteral(".sig"));

    auto facility = *storage::FacilityStore(s.office).find(QStringLiteral("F-0002"));
    facility.active = false;
    storage::FacilityStore(s.office).upsert({facility});
    reference::Publisher(s.officeRepo).publish(share, monday.addDays(1));
    REQUIRE(resultFor(s.sync(), kFacilities).outcome == RefOutcome::Updated);
    REQUIRE(s.activeFacilities() == 59);

    // Monday's file and signature, both genuine, put back.
    s.forge(kFacilities, oldFile);
    s.forge(kFacilities + QStringLiteral(".sig"), oldSignature);
    const auto r = resultFor(s.sync(), kFacilities);
    CHECK(r.outcome == RefOutcome::Failed);
    CHECK(r.reason.contains(kFacilities));
    CHECK(r.reason.contains(QStringLiteral("before the file this computer already has")));
    CHECK(s.activeFacilities() == 59);
    CHECK(!storage::FacilityStore(s.laptop).find(QStringLiteral("F-0002"))->active);

    // A publish at the same time as the one taken (the same file read again) is fine.
    reference::Publisher(s.officeRepo).publish(share, monday.addDays(1));
    CHECK(resultFor(s.sync(), kFacilities).outcome == RefOutcome::Updated);
}

} // namespace tillsyn_unity_signedreference_test
