#include "benchutil.h"
#include "util/malloctuning.h"

#include <QApplication>
#include <QGuiApplication>
#include <QMainWindow>
#include <QTextStream>
#include <QTimer>

namespace tillsyn::bench {
int searchBench(int facilities);
int startupBench(int facilities, const QString &self);
int fieldBench();
int reportBench();
int statsBench(const QString &path);
int mergeBench();
int validateBench();
int postgresBench(const QString &what, const QString &uri);
} // namespace tillsyn::bench

using namespace tillsyn::bench;

namespace {

// The reference for the start-up figure: the same Qt start-up with an empty main window.
int bareWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1200, 760);
    window.show();
    QTimer::singleShot(0, &app, [] {
        QTextStream(stdout) << "shown" << Qt::endl;
        QCoreApplication::quit();
    });
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    tillsyn::MallocTuning::apply(); // as tillsyn-cli and tillsyn do: the figures are theirs
    const QString what = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (what == u"bare-window")
        return bareWindow(argc, argv);
    if (what == u"report") {
        // Laying out the report needs fonts, hence a GUI application (without a window).
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return reportBench();
    }
    if (what == u"merge") {
        // The visit generator paints its photos: a GUI application without a window.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return mergeBench();
    }
    if (what == u"validate") {
        // The visit generator paints its photos: a GUI application without a window.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return validateBench();
    }
    if (what == u"pg" || what == u"pg-merge" || what == u"pg-stats") {
        // The merge figure generates visit files (the generator paints): a GUI application.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        const QStringList args = QCoreApplication::arguments();
        const qsizetype db = args.indexOf(QStringLiteral("--db"));
        return postgresBench(what, db > 0 ? args.value(db + 1) : QString());
    }
    QCoreApplication app(argc, argv);
    const int facilities = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 100000;
    if (what == u"search")
        return searchBench(facilities);
    if (what == u"stats")
        return statsBench(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString());
    if (what == u"field")
        return fieldBench();
    if (what == u"startup")
        return startupBench(facilities, QCoreApplication::applicationFilePath());
    QTextStream(stderr) << "usage: tillsyn-bench search|startup [FACILITIES] | field | report | "
                           "merge | stats | validate | pg|pg-merge|pg-stats [--db postgresql://…]\n";
    return 2;
}
