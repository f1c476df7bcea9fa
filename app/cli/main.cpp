#include "cli.h"
#include "command.h"
#include "util/malloctuning.h"
#include "util/translations.h"

#ifdef TILLSYN_WITH_KEYCHAIN
#include "keychain/postgreskeychain.h"
#endif

#include <QGuiApplication>
#include <QTextStream>

#include <memory>

using namespace tillsyn;
using namespace tillsyn::cli;

namespace {

void printOverview(Cli &cli, const CommandList &commands)
{
    cli.out() << QCoreApplication::translate("main", "Usage: tillsyn-cli COMMAND [options]")
              << "\n\n"
              << QCoreApplication::translate("main", "Commands:") << '\n';
    for (const Command &c : commands)
        cli.out() << "  " << c.name.leftJustified(20) << c.summary << '\n';
    cli.out() << '\n'
              << QCoreApplication::translate("main",
                                             "Run tillsyn-cli COMMAND --help for its options.")
              << '\n';
}

// The commands that open the office database (Cli::office() or Cli::repository()) and so may act
// for one office of a county's pool: they take --office CODE. (`init` and `stats export` have an
// --office of their own; on a pool they take ?office=CODE in the address.)
bool actsForOffice(const Command &command)
{
    static const QStringList names = {QStringLiteral("merge"),
                                      QStringLiteral("resolve"),
                                      QStringLiteral("visits"),
                                      QStringLiteral("stats"),
                                      QStringLiteral("stats follow-up"),
                                      QStringLiteral("report"),
                                      QStringLiteral("office"),
                                      QStringLiteral("publish"),
                                      QStringLiteral("csv visits"),
                                      QStringLiteral("csv answers"),
                                      QStringLiteral("facilities"),
                                      QStringLiteral("import-facilities"),
                                      QStringLiteral("checklists"),
                                      QStringLiteral("import-checklists"),
                                      QStringLiteral("fees"),
                                      QStringLiteral("fees rate"),
                                      QStringLiteral("followups"),
                                      QStringLiteral("deviations"),
                                      QStringLiteral("close-deviation"),
                                      QStringLiteral("open-data"),
                                      QStringLiteral("due")};
    return names.contains(command.name);
}

// Whether the command lays out pages (the PDF report): text layout needs fonts, so a
// QGuiApplication. The others run under a QCoreApplication, which starts ~20 ms sooner (no
// platform plugin, no font configuration): scripts and the tests run this program hundreds of
// times. Read from the raw arguments, since the application (and with it the translations the
// command list is written in) must exist before the commands do.
bool drawsPages(int argc, char *argv[])
{
    return argc > 1 && qstrcmp(argv[1], "report") == 0;
}

int runCommand(Cli &cli, const Command &command, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate("main", "The database file (default: %1).")
                          .arg(QCoreApplication::translate("main", "the user's data folder")),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("main", "Language of messages: sv or en."),
                      QStringLiteral("LANG")});
    if (command.addOptions)
        command.addOptions(parser);
    const bool officeCode = actsForOffice(command);
    if (officeCode)
        parser.addOption({QStringLiteral("office"),
                          QCoreApplication::translate(
                              "main", "Act for this office of a county's pool on PostgreSQL "
                                      "(its municipality code, four digits); on an office "
                                      "database file, the file's office."),
                          QStringLiteral("CODE")});
    if (!command.arguments.isEmpty())
        parser.addPositionalArgument(command.arguments, command.arguments);
    QStringList parseArgs = args;
    parseArgs.removeAt(1); // the command name, so options parse as the command's own
    if (!parser.parse(parseArgs)) {
        cli.err() << "tillsyn-cli " << command.name << ": " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        help.replace(QStringLiteral("tillsyn-cli [options]"),
                     QStringLiteral("tillsyn-cli %1 [options]").arg(command.name));
        cli.out() << help;
        return 0;
    }
    try {
        if (officeCode)
            cli.setOfficeCode(parser.value(QStringLiteral("office")));
        return command.run(cli, parser);
    } catch (const UsageError &e) {
        cli.err() << "tillsyn-cli " << command.name << ": " << e.message() << '\n'
                  << QCoreApplication::translate("main", "Run tillsyn-cli %1 --help for usage.")
                         .arg(command.name)
                  << '\n';
        return 2;
    } catch (const Error &e) {
        cli.err() << "tillsyn-cli " << command.name << ": " << e.fullText() << '\n';
        return 1;
    }
}

} // namespace

// stderr carries the CLI's own messages, which scripts read: Qt's diagnostics (such as the
// offscreen platform's notes about the runtime folder) only with TILLSYN_DEBUG set.
static void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const bool debug = qEnvironmentVariableIsSet("TILLSYN_DEBUG");
    if (debug || type == QtCriticalMsg || type == QtFatalMsg)
        QTextStream(stderr) << qFormatLogMessage(type, context, message) << '\n';
}

int main(int argc, char *argv[])
{
    MallocTuning::apply();
    qInstallMessageHandler(quietMessages);
    // Reports lay out text and images, which needs a GUI application; the CLI never opens a
    // window, so it runs on the offscreen platform and works without a display.
    std::unique_ptr<QCoreApplication> application;
    if (drawsPages(argc, argv)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Tillsyn"));
    QCoreApplication::setApplicationName(QStringLiteral("Tillsyn"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TILLSYN_VERSION));
    const QStringList args = QCoreApplication::arguments();
    Translations::install(&app, Translations::languageFromArguments(args));
#ifdef TILLSYN_WITH_KEYCHAIN
    // A PostgreSQL password libpq lacks (no PGPASSWORD, no ~/.pgpass line) is read from the
    // system keychain, never asked for: scripts must not wait on a prompt.
    storage::PostgresPasswords::setSource(std::make_shared<keychain::PostgresKeychain>());
#endif

    CommandList commands;
    addSetupCommands(commands);
    addFacilityCommands(commands);
    addChecklistCommands(commands);
    addVisitCommands(commands);
    addReportCommands(commands);
    addSyncCommands(commands);
    addMergeCommands(commands);
    addPublishCommands(commands);
    addStatsCommands(commands);
    addKeyCommands(commands);
    addCsvCommands(commands);
    addFeeCommands(commands);
    addFollowUpCommands(commands);
    addOfficeCopyCommands(commands);
    addOpenDataCommands(commands);
    addPlanningCommands(commands);
    addPoolCommands(commands);

    Cli cli;
    if (args.size() < 2 || args.at(1) == u"--help" || args.at(1) == u"-h" ||
        args.at(1) == u"help") {
        printOverview(cli, commands);
        return args.size() < 2 ? 2 : 0;
    }
    if (args.at(1) == u"--version") {
        cli.out() << "tillsyn-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    // Two-word commands ("visit start") first, then one-word ones.
    if (args.size() > 2) {
        const QString twoWords = args.at(1) + u' ' + args.at(2);
        for (const Command &c : commands) {
            if (c.name == twoWords) {
                QStringList rest = args;
                rest.removeAt(2);
                return runCommand(cli, c, rest);
            }
        }
    }
    for (const Command &c : commands) {
        if (c.name == args.at(1))
            return runCommand(cli, c, args);
    }
    cli.err() << QCoreApplication::translate("main", "tillsyn-cli: unknown command \"%1\"")
                     .arg(args.at(1))
              << '\n';
    printOverview(cli, commands);
    return 2;
}
