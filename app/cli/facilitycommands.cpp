#include "cli.h"
#include "command.h"
#include "reference/facilitiesfile.h"
#include "reference/facilityimportpreview.h"
#include "reference/importer.h"
#include "storage/database.h"
#include "storage/facilitystore.h"
#include "storage/officerepository.h"

#include <QFileInfo>

#include <limits>

namespace tillsyn::cli {

namespace {

class FacilityCommands
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::cli::FacilityCommands)

public:
    static int list(Cli &cli, const QCommandLineParser &parser)
    {
        // A laptop's or an office's register, a file or a server.
        const auto facilities = cli.repository(parser).searchFacilities(
            parser.value(QStringLiteral("search")), parser.isSet(QStringLiteral("all")));
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const auto &f : facilities)
                array.append(reference::FacilitiesFile::toJson(f));
            cli.printJson(array);
            return 0;
        }
        for (const auto &f : facilities) {
            cli.out() << f.id << '\t' << f.name << '\t' << f.operatorDetails.orgNumber << '\t'
                      << f.address << ", " << f.city << '\t' << f.category << '\n';
        }
        return 0;
    }

    static int import(Cli &cli, const QCommandLineParser &parser)
    {
        const QString path = Cli::positional(parser, tr("FILE"));
        const QString name = QFileInfo(path).fileName();
        const auto facilities = reference::Importer::readFacilities(path);
        // Imported, but worth a look (e.g. an org. number failing its check digit).
        for (const auto &f : facilities) {
            if (const QString warning = reference::FacilityImportPreview::warningFor(f);
                !warning.isEmpty())
                cli.err() << tr("%1: warning: facility %2: %3").arg(name, f.id, warning) << '\n';
        }
        // On a server: the office's register (a file may be a laptop's or an office's).
        storage::ImportCounts counts;
        if (storage::OfficeRepository::isServerLocator(parser.value(QStringLiteral("db")))) {
            storage::OfficeRepository &office = cli.office(parser);
            office.inTransaction([&] { counts = office.upsertFacilities(facilities); });
        } else {
            counts = storage::FacilityStore(cli.database(parser)).upsert(facilities);
        }
        cli.out() << tr("%1: %2 added, %3 updated, %4 unchanged")
                         .arg(name)
                         .arg(counts.added)
                         .arg(counts.updated)
                         .arg(counts.unchanged)
                  << '\n';
        return 0;
    }

    static void add(CommandList &commands)
    {
        commands.push_back(
            {QStringLiteral("facilities"),
             tr("List or search facilities."),
             {},
             [](QCommandLineParser &p) {
                 p.addOption({QStringLiteral("search"),
                              tr("Only facilities whose name, operator, org. number, address or "
                                 "city contain words starting with TEXT."),
                              QStringLiteral("TEXT")});
                 p.addOption({QStringLiteral("all"), tr("Include deactivated facilities.")});
                 p.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
             },
             &FacilityCommands::list});
        commands.push_back({QStringLiteral("import-facilities"),
                            tr("Import facilities from a tillsyn-facilities JSON file, a CSV "
                               "file with a header row or a file in the national open-data "
                               "format for food controls (JSON or CSV)."),
                            QStringLiteral("FILE"),
                            {},
                            &FacilityCommands::import});
    }
};

} // namespace

void addFacilityCommands(CommandList &commands)
{
    FacilityCommands::add(commands);
}

} // namespace tillsyn::cli
