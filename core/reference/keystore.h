#pragma once

#include "signature.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace tillsyn::storage {
class Database;
class OfficeRepository;
}

namespace tillsyn::reference {

// The keys of signed reference data, kept in the database's `setting` table: on an office its
// own signing key (the secret key never leaves the database), on a laptop the office keys it
// trusts. More than one key may be trusted at once, so an office can change its key without a
// day on which laptops refuse everything.
class KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::reference::KeyStore)

public:
    explicit KeyStore(storage::Database &db)
        : m_db(db)
    {}

    // The office's key pair, if one was created. Throws when the stored key is damaged.
    std::optional<SigningKey> signingKey();
    // The same from an office database behind its interface (the publisher's way).
    static std::optional<SigningKey> signingKey(storage::OfficeRepository &office);
    // Makes a new key pair. Refuses (throws) when one exists unless `replace`: a replaced key
    // makes every laptop that trusts only the old one refuse what is published next.
    SigningKey createSigningKey(bool replace);
    // The same in an office database behind its interface (a file or a server).
    static SigningKey createSigningKey(storage::OfficeRepository &office, bool replace);

    std::vector<PublicKey> trusted();
    // True when the key was added, false when it was already trusted.
    bool trust(const PublicKey &key);
    // Removes trust in the key with this text ("ed25519:…") or keyId; false when none matched.
    bool untrust(const QString &keyOrId);

private:
    storage::Database &m_db;
};

} // namespace tillsyn::reference
