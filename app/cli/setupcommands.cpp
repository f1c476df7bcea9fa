#include "cli.h"
#include "command.h"
#include "content/shippedcontent.h"
#include "storage/database.h"

namespace tillsyn::cli {

namespace {

class SetupCommands
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::cli::SetupCommands)

public:
    static int init(Cli &cli, const QCommandLineParser &parser)
    {
        storage::Database &db = cli.database(parser);
        const bool demo = parser.isSet(QStringLiteral("demo"));
        content::ShippedContent::install(db, demo);
        cli.out() << (demo
                          ? tr("Database ready with the shipped checklists and demo facilities: %1")
                          : tr("Database ready with the shipped checklists: %1"))
                         .arg(db.path())
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
