#include "cli.h"
#include "command.h"
#include "reference/checklistsfile.h"
#include "reference/publisher.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/officerepository.h"
#include "sync/share.h"
#include "sync/sharelocation.h"
#include "util/atomicfile.h"

namespace tillsyn::cli {

namespace {

class PublishCommands
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::cli::PublishCommands)

public:
    static int publish(Cli &cli, const QCommandLineParser &p)
    {
        const sync::ShareLocation location = shareLocationFromOptions(p);
        storage::OfficeRepository &office = cli.office(p);
        const auto share = location.open();
        const auto summary = reference::Publisher(office).publish(*share);
        cli.out() << tr("Published %1 facilities and %2 checklist versions to %3.")
                         .arg(summary.facilities)
                         .arg(summary.checklistVersions)
                         .arg(share->describe())
                  << '\n'
                  << tr("Published %1 open deviations.").arg(summary.openDeviations) << '\n';
        for (const QString &line : summary.changes)
            cli.out() << line << '\n';
        return 0;
    }

    static int exportChecklists(Cli &cli, const QCommandLineParser &p)
    {
        const QString out = p.value(QStringLiteral("out"));
        if (out.isEmpty())
            throw UsageError(tr("--out is required"));
        const QString only = p.value(QStringLiteral("checklist"));
        std::vector<domain::Checklist> chosen;
        // Published versions only: a draft is not a checklist anyone may use yet.
        for (const auto &c : cli.repository(p).publishedChecklists()) {
            if (only.isEmpty() || c.id == only)
                chosen.push_back(c);
        }
        if (chosen.empty())
            throw Error(only.isEmpty()
                            ? tr("There is no published checklist to export.")
                            : tr("Unknown checklist \"%1\" (or no published version).").arg(only));
        const QByteArray bytes =
            reference::ChecklistsFile::write(chosen, QDateTime::currentDateTimeUtc());
        if (const QString problem = writeFileAtomically(out, bytes); !problem.isEmpty())
            throw Error(tr("%1: cannot be written: %2").arg(out, problem));
        cli.out() << tr("%1 checklist versions written to %2").arg(chosen.size()).arg(out) << '\n';
        return 0;
    }

    static void add(CommandList &c)
    {
        c.push_back({QStringLiteral("publish"),
                     tr("Publish active facilities and published checklists to a share's "
                        "reference/ folder (replaced atomically)."),
                     {},
                     [](QCommandLineParser &p) { addShareOptions(p); },
                     &PublishCommands::publish});
        c.push_back({QStringLiteral("export-checklists"),
                     tr("Write published checklist versions as a tillsyn-checklists file."),
                     {},
                     [](QCommandLineParser &p) {
                         p.addOption({QStringLiteral("out"), tr("The file to write."),
                                      QStringLiteral("FILE")});
                         p.addOption({QStringLiteral("checklist"), tr("Only this checklist."),
                                      QStringLiteral("ID")});
                     },
                     &PublishCommands::exportChecklists});
    }
};

} // namespace

void addPublishCommands(CommandList &commands)
{
    PublishCommands::add(commands);
}

} // namespace tillsyn::cli
