#pragma once

#include "sync/sharelocation.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tillsyn::desktop {

// Share passwords in the system keychain (Secret Service, KWallet, …) through QtKeychain.
// Where no keychain runs, nothing is stored: the password is asked for once per session and
// kept only in memory.
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::desktop::CredentialStore)

public:
    // The keychain entry of a user at a share.
    static QString account(const QString &user, const QString &location);
    static std::optional<QString> read(const QString &account);
    // false when no keychain could take it.
    static bool write(const QString &account, const QString &secret);
    static void remove(const QString &account);
    // A share as the settings describe it (user, CA file) with the password this session knows.
    // `passwordKnown` (optional): false when a WebDAV user is set but no password is stored.
    static sync::ShareLocation locationWithCredentials(const QString &location,
                                                       bool *passwordKnown = nullptr);
    // The in-memory fallback for this session.
    static void remember(const QString &account, const QString &secret);
};

} // namespace tillsyn::desktop
