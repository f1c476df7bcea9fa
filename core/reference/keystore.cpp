#include "keystore.h"

#include "storage/database.h"
#include "storage/officerepository.h"
#include "storage/sqliteofficerepository.h"
#include "util/error.h"

#include <QScopeGuard>

#include <sodium.h>

namespace tillsyn::reference {

namespace {
const QString kSecretKey = QStringLiteral("signing/ed25519/secretKey");
// One row per trusted key: "trust/ed25519/<keyId>" = "ed25519:<base64>".
const QString kTrustPrefix = QStringLiteral("trust/ed25519/");
} // namespace

namespace {

std::optional<SigningKey> signingKeyFrom(const QString &stored)
{
    if (stored.isEmpty())
        return std::nullopt;
    QByteArray secret = QByteArray::fromBase64(stored.toLatin1());
    // The decoded copy is wiped whatever fromSecret() does with it (its key keeps its own).
    const auto wipe = qScopeGuard([&] {
        if (secret.isDetached())
            sodium_memzero(secret.data(), size_t(secret.size()));
    });
    return SigningKey::fromSecret(secret);
}

} // namespace

std::optional<SigningKey> KeyStore::signingKey()
{
    return signingKeyFrom(m_db.setting(kSecretKey));
}

std::optional<SigningKey> KeyStore::signingKey(storage::OfficeRepository &office)
{
    return signingKeyFrom(office.setting(kSecretKey));
}

SigningKey KeyStore::createSigningKey(bool replace)
{
    storage::SqliteOfficeRepository office(m_db);
    return createSigningKey(office, replace);
}

SigningKey KeyStore::createSigningKey(storage::OfficeRepository &office, bool replace)
{
    // Made outside the unit of work, which a server may run again.
    const SigningKey key = SigningKey::generate();
    office.inTransaction([&] {
        if (!replace && !office.setting(kSecretKey).isEmpty())
            throw Error(tr("%1 already has a signing key; it is kept. Replacing it makes every "
                           "laptop that trusts only this key refuse the next publish.")
                            .arg(office.describe()));
        office.setSetting(kSecretKey, QString::fromLatin1(key.secret().toBase64()));
    });
    return key;
}

std::vector<PublicKey> KeyStore::trusted()
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT key, value FROM setting WHERE substr(key, 1, ?) = ? ORDER BY key"));
    q.addBindValue(kTrustPrefix.size());
    q.addBindValue(kTrustPrefix);
    m_db.exec(q);
    std::vector<PublicKey> keys;
    while (q.next()) {
        // A damaged row must not silently turn the check off: parse() throws and sync refuses.
        const PublicKey key = PublicKey::parse(q.value(1).toString());
        if (kTrustPrefix + key.keyId() != q.value(0).toString())
            throw Error(tr("%1: the trusted key %2 is stored under the wrong name.")
                            .arg(m_db.path(), key.text()));
        keys.push_back(key);
    }
    return keys;
}

bool KeyStore::trust(const PublicKey &key)
{
    storage::Transaction tx(m_db);
    const QString name = kTrustPrefix + key.keyId();
    if (m_db.setting(name) == key.text())
        return false;
    m_db.setSetting(name, key.text());
    tx.commit();
    return true;
}

bool KeyStore::untrust(const QString &keyOrId)
{
    QString keyId = keyOrId.trimmed();
    if (keyId.startsWith(QStringLiteral("ed25519:")))
        keyId = PublicKey::parse(keyId).keyId();
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM setting WHERE key = ?"));
    q.addBindValue(kTrustPrefix + keyId);
    m_db.exec(q);
    return q.numRowsAffected() > 0;
}

} // namespace tillsyn::reference
