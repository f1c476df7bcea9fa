#include "cli.h"
#include "command.h"
#include "report/opendata.h"
#include "storage/officerepository.h"


namespace tillsyn::cli {

namespace {

// `open-data`: the office's food controls in the national open-data format (Sambruk / NSÖD /
// ÖDIS, version 2), JSON or CSV by the file name. An office command: it reads the merged visits.
class OpenDataCommands
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::cli::OpenDataCommands)

public:
    static QString required(const QCommandLineParser &p, const QString &option)
    {
        const QString value = p.value(option).trimmed();
        if (value.isEmpty())
            throw UsageError(tr("--%1 is required").arg(option));
        return value;
    }

    static int run(Cli &cli, const QCommandLineParser &p)
    {
        const QString out = required(p, QStringLiteral("out"));
        if (!report::OpenData::knownForm(out))
            throw UsageError(tr("--out must name a .json or a .csv file"));
        report::OpenDataOptions options;
        options.orgId = required(p, QStringLiteral("org-id"));
        options.orgName = required(p, QStringLiteral("org-name"));
        options.sweref99local = p.value(QStringLiteral("sweref99local")).trimmed();
        std::tie(options.from, options.to) = Cli::period(p);
        const report::OpenDataSet set = report::OpenData::collect(cli.office(p), options);
        report::OpenData::write(out, set);
        cli.out() << tr("%n inspection(s) of %1 facilities written to %2", nullptr,
                        int(set.rows.size()))
                         .arg(set.facilities.size())
                         .arg(out)
                  << '\n';
        return 0;
    }

    static void options(QCommandLineParser &p)
    {
        p.addOption({QStringLiteral("out"),
                     tr("The file to write: FILE.json or FILE.csv (the form follows the name)."),
                     QStringLiteral("FILE")});
        p.addOption({QStringLiteral("org-id"),
                     tr("The publishing organisation's municipality code (SCB), e.g. 1280."),
                     QStringLiteral("CODE")});
        p.addOption({QStringLiteral("org-name"),
                     tr("The publishing organisation's name, e.g. \"Malmö stad\"."),
                     QStringLiteral("NAME")});
        Cli::addFinishedPeriodOptions(p);
        p.addOption({QStringLiteral("sweref99local"),
                     tr("The name of the local SWEREF 99 projection, e.g. \"SWEREF 99 15 00\"."),
                     QStringLiteral("NAME")});
    }

    static void add(CommandList &c)
    {
        c.push_back({QStringLiteral("open-data"),
                     tr("Export the food controls as open data in the national format (JSON or "
                        "CSV): inspections by reporting area, with their facilities."),
                     {},
                     &OpenDataCommands::options,
                     &OpenDataCommands::run});
    }
};

} // namespace

void addOpenDataCommands(CommandList &commands)
{
    OpenDataCommands::add(commands);
}

} // namespace tillsyn::cli
