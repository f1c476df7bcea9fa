#include "databasesession.h"
#include "keychain/postgreskeychain.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "util/malloctuning.h"
#include "util/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

using namespace tillsyn;

int main(int argc, char *argv[])
{
    MallocTuning::apply();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tillsyn"));
    QApplication::setApplicationName(QStringLiteral("Tillsyn"));
    QApplication::setApplicationVersion(QStringLiteral(TILLSYN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("se.tillsyn.Tillsyn"));

    Translations::install(&app, Translations::languageFromArguments(QApplication::arguments()));
    // A PostgreSQL office database's password, when libpq has none: what the user typed this
    // session (File → Open office database…), else the system keychain.
    storage::PostgresPasswords::setSource(std::make_shared<keychain::PostgresKeychain>());
    QCommandLineParser parser;
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "The database file (default: the user's data folder)."),
        QStringLiteral("FILE"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QApplication::translate("main", "Language of the user interface: sv or en."),
        QStringLiteral("LANG"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Add the fictional demo facilities."));
    const QCommandLineOption probeOption(
        QStringLiteral("startup-probe"),
        QApplication::translate("main", "Print \"shown\" when the window is first "
                                        "on screen, then quit (for benchmarks)."));
    parser.addOptions({dbOption, langOption, demoOption, probeOption});
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    desktop::DatabaseSession session;
    if (!session.open(parser.isSet(dbOption) ? parser.value(dbOption)
                                             : storage::Database::defaultPath(),
                      parser.isSet(demoOption)))
        return 1;
    // On first start the inspector gives a name once the window is up (also asked before a
    // visit starts, as long as none is set).
    if (!parser.isSet(probeOption))
        QTimer::singleShot(0, session.window(), [&session] { session.window()->ensureInspector(); });
    if (parser.isSet(probeOption)) {
        QObject::connect(session.window(), &desktop::MainWindow::firstShown, &app, [] {
            QTextStream(stdout) << "shown" << Qt::endl;
            QCoreApplication::quit();
        });
    }
    return QApplication::exec();
}
