#include "content/shippedcontent.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "util/error.h"
#include "util/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>

#include <memory>

using namespace tillsyn;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tillsyn"));
    QApplication::setApplicationName(QStringLiteral("Tillsyn"));
    QApplication::setApplicationVersion(QStringLiteral(TILLSYN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("se.tillsyn.Tillsyn"));

    Translations::install(&app, Translations::languageFromArguments(QApplication::arguments()));
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

    std::unique_ptr<storage::Database> db;
    try {
        db = std::make_unique<storage::Database>(
            parser.isSet(dbOption) ? parser.value(dbOption) : storage::Database::defaultPath());
        content::ShippedContent::install(*db, parser.isSet(demoOption));
    } catch (const Error &e) {
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Tillsyn"),
                        e.message(), QMessageBox::Close);
        box.setTextFormat(Qt::PlainText);
        if (!qEnvironmentVariableIsSet("TILLSYN_NO_DIALOGS"))
            box.exec();
        QTextStream(stderr) << e.message() << '\n';
        return 1;
    }

    desktop::MainWindow window(*db);
    if (parser.isSet(probeOption)) {
        QObject::connect(&window, &desktop::MainWindow::firstShown, &app, [] {
            QTextStream(stdout) << "shown" << Qt::endl;
            QCoreApplication::quit();
        });
    }
    window.show();
    return QApplication::exec();
}
