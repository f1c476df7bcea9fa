#include "cli.h"
#include "command.h"
#include "reference/keystore.h"
#include "reference/signature.h"
#include "storage/database.h"
#include "storage/officerepository.h"

namespace tillsyn::cli {

namespace {

// The keys of signed reference data: the office's own key pair, the keys a laptop trusts.
class KeyCommands
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::cli::KeyCommands)

public:
    static reference::PublicKey parseKey(const QString &text)
    {
        try {
            return reference::PublicKey::parse(text);
        } catch (const UsageError &) {
            throw;
        } catch (const Error &e) {
            throw UsageError(e.message());
        }
    }

    static int create(Cli &cli, const QCommandLineParser &p)
    {
        storage::OfficeRepository &office = cli.office(p);
        const bool replace = p.isSet(QStringLiteral("replace"));
        if (!replace && reference::KeyStore::signingKey(office))
            throw Error(tr("%1 already has a signing key; it is kept. --replace makes a new one, "
                           "and laptops that trust only the old key then refuse what is "
                           "published until they trust the new one.")
                            .arg(office.describe()));
        const auto key = reference::KeyStore::createSigningKey(office, replace);
        cli.out() << key.publicKey().text() << '\n';
        return 0;
    }

    static int show(Cli &cli, const QCommandLineParser &p)
    {
        storage::OfficeRepository &office = cli.office(p);
        const auto key = reference::KeyStore::signingKey(office);
        if (!key)
            throw Error(tr("%1 has no signing key; make one with tillsyn-cli key create.")
                            .arg(office.describe()));
        cli.out() << key->publicKey().text() << '\n';
        return 0;
    }

    static int trust(Cli &cli, const QCommandLineParser &p)
    {
        // Parsed before the database is opened: a mistyped key changes nothing.
        const auto key = parseKey(Cli::positional(p, QStringLiteral("KEY")));
        const bool added = reference::KeyStore(cli.database(p)).trust(key);
        cli.out() << (added ? tr("Trusted: %1 (fingerprint %2). Reference data must now be "
                                 "signed by a trusted key.")
                            : tr("Already trusted: %1 (fingerprint %2)."))
                         .arg(key.text(), key.fingerprint())
                  << '\n';
        return 0;
    }

    static int untrust(Cli &cli, const QCommandLineParser &p)
    {
        const QString which = Cli::positional(p, QStringLiteral("KEY"));
        reference::KeyStore store(cli.database(p));
        if (!store.untrust(which))
            throw Error(tr("%1 is not a trusted key.").arg(which));
        cli.out() << (store.trusted().empty()
                          ? tr("Trust removed. No key is trusted now: reference data is taken "
                               "without checking signatures.")
                          : tr("Trust removed."))
                  << '\n';
        return 0;
    }

    static int trusted(Cli &cli, const QCommandLineParser &p)
    {
        const auto keys = reference::KeyStore(cli.database(p)).trusted();
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const auto &k : keys)
                list.append(QJsonObject{{QStringLiteral("key"), k.text()},
                                        {QStringLiteral("keyId"), k.keyId()},
                                        {QStringLiteral("fingerprint"), k.fingerprint()}});
            cli.printJson(list);
            return 0;
        }
        if (keys.empty())
            cli.out() << tr("No key is trusted: reference data is taken without checking "
                            "signatures.")
                      << '\n';
        for (const auto &k : keys)
            cli.out() << k.fingerprint() << "  " << k.text() << '\n';
        return 0;
    }

    static void add(CommandList &c)
    {
        c.push_back({QStringLiteral("key create"),
                     tr("Make the office's signing key pair (kept in the database) and print "
                        "its public key."),
                     {},
                     [](QCommandLineParser &p) {
                         p.addOption({QStringLiteral("replace"),
                                      tr("Replace an existing key (laptops must then trust the "
                                         "new one).")});
                     },
                     &KeyCommands::create});
        c.push_back({QStringLiteral("key show"),
                     tr("Print the office's public key."),
                     {},
                     {},
                     &KeyCommands::show});
        c.push_back({QStringLiteral("key trust"),
                     tr("Require reference data signed by this office key (more than one may be "
                        "trusted)."),
                     QStringLiteral("KEY"),
                     {},
                     &KeyCommands::trust});
        c.push_back({QStringLiteral("key untrust"),
                     tr("Stop trusting an office key, given as ed25519:… or as its key id."),
                     QStringLiteral("KEY"),
                     {},
                     &KeyCommands::untrust});
        c.push_back({QStringLiteral("key trusted"),
                     tr("List the office keys this computer trusts."),
                     {},
                     [](QCommandLineParser &p) {
                         p.addOption({QStringLiteral("json"), tr("Print the list as JSON.")});
                     },
                     &KeyCommands::trusted});
    }
};

} // namespace

void addKeyCommands(CommandList &commands)
{
    KeyCommands::add(commands);
}

} // namespace tillsyn::cli
