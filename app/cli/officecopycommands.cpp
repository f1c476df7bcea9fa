#include "cli.h"
#include "command.h"
#include "merge/officecopy.h"
#include "storage/officerepository.h"

#include <QFileInfo>

namespace tillsyn::cli {

namespace {

// `office-copy --from DB --to DB`: an office database copied whole between backends (a file
// and a postgresql:// server, either way), e.g. when an office outgrows one clerk's computer.
class OfficeCopyCommands
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::cli::OfficeCopyCommands)

public:
    static QString locator(const QCommandLineParser &p, const QString &option)
    {
        const QString value = p.value(option);
        if (value.isEmpty())
            throw UsageError(tr("--%1 is required").arg(option));
        return value;
    }

    static int copy(Cli &cli, const QCommandLineParser &p)
    {
        const QString from = locator(p, QStringLiteral("from"));
        const QString to = locator(p, QStringLiteral("to"));
        // A source that is not there is an error, never a new empty database copied.
        if (!storage::OfficeRepository::isServerLocator(from) && !QFileInfo::exists(from))
            throw Error(tr("%1: the database does not exist").arg(from));
        std::unique_ptr<storage::OfficeRepository> source = storage::OfficeRepository::open(from);
        std::unique_ptr<storage::OfficeRepository> target = storage::OfficeRepository::open(to);
        const merge::OfficeCopy::Counts n = merge::OfficeCopy::copy(*source, *target);
        cli.out() << tr("Copied %1 visits (%2 revisions), %3 facilities, %4 checklists and %5 "
                        "rejection records from %6 to %7.")
                         .arg(n.visits)
                         .arg(n.revisions)
                         .arg(n.facilities)
                         .arg(n.checklists)
                         .arg(n.rejected)
                         .arg(source->describe(), target->describe())
                  << '\n';
        return 0;
    }
};

} // namespace

void addOfficeCopyCommands(CommandList &commands)
{
    commands.push_back(
        {QStringLiteral("office-copy"),
         OfficeCopyCommands::tr("Copy an office database into an empty one (file or PostgreSQL)"),
         {},
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("from"),
                          OfficeCopyCommands::tr("The office database to copy: a file or "
                                                 "postgresql://USER@HOST:PORT/DATABASE."),
                          QStringLiteral("DB")});
             p.addOption({QStringLiteral("to"),
                          OfficeCopyCommands::tr("The empty database to copy into (a file is "
                                                 "created)."),
                          QStringLiteral("DB")});
         },
         &OfficeCopyCommands::copy});
}

} // namespace tillsyn::cli
