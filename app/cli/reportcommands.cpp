#include "cli.h"
#include "command.h"
#include "report/controlreport.h"
#include "report/officeinfo.h"
#include "storage/database.h"
#include "storage/officerepository.h"

namespace tillsyn::cli {

namespace {

class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::cli::ReportCommands)

public:
    static int report(Cli &cli, const QCommandLineParser &p)
    {
        const QString visitId = p.value(QStringLiteral("visit"));
        const QString out = p.value(QStringLiteral("out"));
        if (visitId.isEmpty() || out.isEmpty())
            throw UsageError(tr("--visit and --out are required"));
        // A server holds only an office's merged visits; a file may be a laptop's or an office's.
        const bool server =
            storage::OfficeRepository::isServerLocator(p.value(QStringLiteral("db")));
        const report::ControlReport report =
            server ? report::ControlReport(cli.office(p), visitId, Cli::revision(p))
                   : report::ControlReport(cli.database(p), visitId, Cli::revision(p));
        report.writePdf(out);
        cli.out() << tr("Report of visit %1 revision %2 written to %3")
                         .arg(visitId)
                         .arg(report.visit().revision)
                         .arg(out)
                  << '\n';
        return 0;
    }

    static int office(Cli &cli, const QCommandLineParser &p)
    {
        const bool server =
            storage::OfficeRepository::isServerLocator(p.value(QStringLiteral("db")));
        report::OfficeInfo info = server ? report::OfficeInfo::load(cli.office(p))
                                         : report::OfficeInfo::load(cli.database(p));
        const std::pair<const char *, QString *> fields[] = {{"name", &info.name},
                                                             {"address", &info.address},
                                                             {"phone", &info.phone},
                                                             {"email", &info.email},
                                                             {"logo", &info.logoPath}};
        bool changed = false;
        for (const auto &[option, field] : fields) {
            if (p.isSet(QLatin1String(option))) {
                *field = p.value(QLatin1String(option));
                changed = true;
            }
        }
        if (changed) {
            if (server)
                info.save(cli.office(p));
            else
                info.save(cli.database(p));
        }
        cli.printJson(QJsonObject{{QStringLiteral("name"), info.name},
                                  {QStringLiteral("address"), info.address},
                                  {QStringLiteral("phone"), info.phone},
                                  {QStringLiteral("email"), info.email},
                                  {QStringLiteral("logo"), info.logoPath}});
        return 0;
    }

    static void add(CommandList &c)
    {
        c.push_back({QStringLiteral("report"),
                     tr("Write the PDF report of a finished visit (in the --lang language)."),
                     {},
                     [](QCommandLineParser &p) {
                         p.addOption(Cli::visitOption());
                         p.addOption(Cli::revisionOption());
                         p.addOption({QStringLiteral("out"), tr("The PDF file to write."),
                                      QStringLiteral("FILE")});
                     },
                     &ReportCommands::report});
        c.push_back({QStringLiteral("office"),
                     tr("Show or set the office letterhead printed on reports."),
                     {},
                     [](QCommandLineParser &p) {
                         p.addOption({QStringLiteral("name"), tr("The office's name."),
                                      QStringLiteral("TEXT")});
                         p.addOption({QStringLiteral("address"), tr("Postal address."),
                                      QStringLiteral("TEXT")});
                         p.addOption({QStringLiteral("phone"), tr("Phone number."),
                                      QStringLiteral("TEXT")});
                         p.addOption({QStringLiteral("email"), tr("E-mail address."),
                                      QStringLiteral("TEXT")});
                         p.addOption({QStringLiteral("logo"), tr("A PNG, JPEG or SVG logo file."),
                                      QStringLiteral("FILE")});
                     },
                     &ReportCommands::office});
    }
};

} // namespace

void addReportCommands(CommandList &commands)
{
    ReportCommands::add(commands);
}

} // namespace tillsyn::cli
