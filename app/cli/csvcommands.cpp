#include "cli.h"
#include "command.h"
#include "report/csvexport.h"
#include "storage/database.h"
#include "storage/officerepository.h"
#include "util/atomicfile.h"


namespace tillsyn::cli {

namespace {

// `csv visits` and `csv answers`: the files the Office tab's "Export visits/answers (CSV)"
// writes (UTF-8 with BOM, ';'), for scripts. An office command: it reads the merged visits.
class CsvCommands
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::cli::CsvCommands)

public:
    static int write(Cli &cli, const QCommandLineParser &p, bool answers)
    {
        const QString out = p.value(QStringLiteral("out"));
        if (out.isEmpty())
            throw UsageError(tr("--out is required"));
        const auto [from, to] = Cli::period(p);
        storage::OfficeRepository &db = cli.office(p);
        const QStringList ids = report::CsvExport::visitIdsFinished(db, from, to);
        // No visit in the range: the header line alone (an empty id list would mean all).
        const QByteArray bytes =
            ids.isEmpty() ? report::CsvExport::document(answers ? report::CsvExport::answersHeader()
                                                                : report::CsvExport::visitsHeader(),
                                                        {})
            : answers ? report::CsvExport::answers(db, ids)
                      : report::CsvExport::visits(db, ids);
        if (const QString problem = writeFileAtomically(out, bytes); !problem.isEmpty())
            throw Error(tr("%1 cannot be written: %2").arg(out, problem));
        cli.out() << (answers ? tr("Answers of %n visit(s) written to %1", nullptr, int(ids.size()))
                              : tr("%n visit(s) written to %1", nullptr, int(ids.size())))
                         .arg(out)
                  << '\n';
        return 0;
    }

    static void options(QCommandLineParser &p)
    {
        p.addOption({QStringLiteral("out"), tr("The CSV file to write."), QStringLiteral("FILE")});
        Cli::addFinishedPeriodOptions(p);
    }

    static void add(CommandList &c)
    {
        c.push_back({QStringLiteral("csv visits"),
                     tr("Export the merged visits as CSV for Excel, as the Office tab does."),
                     {},
                     &CsvCommands::options,
                     [](Cli &cli, const QCommandLineParser &p) { return write(cli, p, false); }});
        c.push_back({QStringLiteral("csv answers"),
                     tr("Export the merged visits' answers as CSV for Excel, as the Office tab "
                        "does."),
                     {},
                     &CsvCommands::options,
                     [](Cli &cli, const QCommandLineParser &p) { return write(cli, p, true); }});
    }
};

} // namespace

void addCsvCommands(CommandList &commands)
{
    CsvCommands::add(commands);
}

} // namespace tillsyn::cli
