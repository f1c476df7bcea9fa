#pragma once

#include "storage/postgres/postgrespasswords.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace tillsyn::keychain {

// PostgreSQL passwords in the system keychain (Secret Service, KWallet, …) through QtKeychain:
// service "Tillsyn", key the locator without password (PostgresPasswords::key()). The source
// core asks when libpq has no password of its own (PGPASSWORD, ~/.pgpass come first).
//
// A password given this session (remember()) is kept in memory and answered first, so the
// desktop asks once. The keychain itself is read only on the application's thread (QtKeychain's
// jobs need its event loop); a background thread gets what this session knows. Where no
// keychain runs (no secret service, e.g. CI) the answer says so, and the connection's message
// carries it: PGPASSWORD and ~/.pgpass still work.
class PostgresKeychain : public storage::PostgresPasswordSource
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::keychain::PostgresKeychain)

public:
    static QString service() { return QStringLiteral("Tillsyn"); }

    Answer password(const storage::PostgresLocator &locator) override;

    // Keeps a password for this process only.
    void remember(const storage::PostgresLocator &locator, const QString &password);
    void forget(const storage::PostgresLocator &locator);

    struct ReadResult
    {
        std::optional<QString> password;
        // Empty when the keychain answered (with or without an entry); else why it could not.
        QString problem;
    };
    static ReadResult read(const QString &key);
    // Stores the password in the keychain; false with the reason when no keychain took it.
    static bool store(const QString &key, const QString &password, QString *problem);
    // Removes an entry (a password the server refused).
    static void remove(const QString &key);

    // The note for a failed connection when the keychain could not be read.
    static QString unavailableNote(const QString &problem);

private:
    QMutex m_mutex;
    QHash<QString, QString> m_session;
};

} // namespace tillsyn::keychain
