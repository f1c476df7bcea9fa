#include "cli.h"
#include "command.h"
#include "domain/checklist.h"
#include "reference/checklistsfile.h"
#include "reference/importer.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/officerepository.h"

#include <QFileInfo>

namespace tillsyn::cli {

namespace {

class ChecklistCommands
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::cli::ChecklistCommands)

public:
    static int list(Cli &cli, const QCommandLineParser &parser)
    {
        // A laptop's or an office's database, a file or a server.
        const auto checklists =
            domain::newestVersions(cli.repository(parser).publishedChecklists());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const auto &c : checklists)
                array.append(reference::ChecklistsFile::toJson(c));
            cli.printJson(array);
            return 0;
        }
        for (const auto &c : checklists) {
            cli.out() << c.id << '\t' << tr("version %1").arg(c.version) << '\t'
                      << domain::areaDisplayName(c.area) << '\t' << c.title << '\t'
                      << tr("items: %1").arg(c.itemCount()) << '\n';
        }
        return 0;
    }

    static int import(Cli &cli, const QCommandLineParser &parser)
    {
        const QString path = Cli::positional(parser, tr("FILE"));
        const QString name = QFileInfo(path).fileName();
        // On a server: the office's checklists (a file may be a laptop's or an office's).
        const auto counts =
            storage::OfficeRepository::isServerLocator(parser.value(QStringLiteral("db")))
                ? reference::Importer::importChecklists(cli.office(parser), path)
                : reference::Importer(cli.database(parser)).importChecklists(path);
        cli.out() << tr("%1: %2 checklist version(s) added, %3 already present")
                         .arg(name)
                         .arg(counts.added)
                         .arg(counts.unchanged)
                  << '\n';
        return 0;
    }

    static void add(CommandList &commands)
    {
        commands.push_back({QStringLiteral("checklists"),
                            tr("List the newest version of every checklist."),
                            {},
                            [](QCommandLineParser &p) {
                                p.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
                            },
                            &ChecklistCommands::list});
        commands.push_back({QStringLiteral("import-checklists"),
                            tr("Import checklists from a tillsyn-checklists JSON file."),
                            QStringLiteral("FILE"),
                            {},
                            &ChecklistCommands::import});
    }
};

} // namespace

void addChecklistCommands(CommandList &commands)
{
    ChecklistCommands::add(commands);
}

} // namespace tillsyn::cli
