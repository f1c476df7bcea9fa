#include "cli.h"
#include "command.h"
#include "content/shippedcontent.h"
#include "storage/database.h"
#include "storage/officerepository.h"

#include <QSqlQuery>

namespace tillsyn::cli {

namespace {

class SetupCommands
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::cli::SetupCommands)

public:
    static int init(Cli &cli, const QCommandLineParser &parser)
    {
        const QString locator = parser.value(QStringLiteral("db"));
        if (storage::OfficeRepository::isServerLocator(locator))
            return initServer(cli, parser);
        storage::Database &db = cli.database(parser);
        const bool demo = parser.isSet(QStringLiteral("demo"));
        // The role is chosen when the database is made; plain init never turns an office
        // database into a field one. --office on an existing field database makes it the
        // office's only while it holds no visits of its own (an inspector's laptop stays one).
        if (parser.isSet(QStringLiteral("office")) &&
            db.role() != storage::Database::Role::Office) {
            QSqlQuery q = db.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM visit)"));
            db.exec(q);
            if (q.next() && q.value(0).toBool())
                throw Error(tr("%1 is a field database with visits of its own; it stays a field "
                               "database. Make the office database in a new file.")
                                .arg(db.path()));
            db.setRole(storage::Database::Role::Office);
        }
        content::ShippedContent::install(db, demo);
        const bool office = db.role() == storage::Database::Role::Office;
        cli.out() << (demo ? (office ? tr("Office database ready with the shipped checklists and "
                                          "demo facilities: %1")
                                     : tr("Field database ready with the shipped checklists and "
                                          "demo facilities: %1"))
                           : (office ? tr("Office database ready with the shipped checklists: %1")
                                     : tr("Field database ready with the shipped checklists: %1")))
                         .arg(db.path())
                  << '\n';
        return 0;
    }

    // A database on a server is only ever an office's (the field laptop stays on SQLite):
    // opening it creates or upgrades the schema; the role is recorded like a file's.
    static int initServer(Cli &cli, const QCommandLineParser &parser)
    {
        if (!parser.isSet(QStringLiteral("office")))
            throw Error(tr("A database on a PostgreSQL server is an office database: use "
                           "\"init --office\". Nothing was changed."));
        storage::OfficeRepository &office = cli.repository(parser);
        office.setOfficeRole();
        content::ShippedContent::install(office, parser.isSet(QStringLiteral("demo")));
        cli.out() << (parser.isSet(QStringLiteral("demo"))
                          ? tr("Office database ready with the shipped checklists and demo "
                               "facilities: %1")
                          : tr("Office database ready with the shipped checklists: %1"))
                         .arg(office.describe())
                  << '\n';
        return 0;
    }

    static void add(CommandList &commands)
    {
        commands.push_back(
            {QStringLiteral("init"),
             tr("Create or upgrade the database and install the shipped checklists."),
             {},
             [](QCommandLineParser &p) {
                 p.addOption(
                     {QStringLiteral("demo"), tr("Also add the fictional demo facilities.")});
                 p.addOption({QStringLiteral("office"),
                              tr("Make an office database (merge, resolve, publish); without "
                                 "it a new database is a field database.")});
             },
             &SetupCommands::init});
    }
};

} // namespace

void addSetupCommands(CommandList &commands)
{
    SetupCommands::add(commands);
}

} // namespace tillsyn::cli
