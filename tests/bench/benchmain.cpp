#include "benchutil.h"

#include <QApplication>
#include <QMainWindow>
#include <QTextStream>
#include <QTimer>

namespace tillsyn::bench {
int searchBench(int facilities);
int startupBench(int facilities, const QString &self);
} // namespace tillsyn::bench

using namespace tillsyn::bench;

namespace {

// The reference for the start-up figure: the same Qt start-up with an empty main window.
int bareWindow(int argc, char *argv[]) {
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

int main(int argc, char *argv[]) {
    const QString what = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (what == u"bare-window")
        return bareWindow(argc, argv);
    QCoreApplication app(argc, argv);
    const int facilities = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 100000;
    if (what == u"search")
        return searchBench(facilities);
    if (what == u"startup")
        return startupBench(facilities, QCoreApplication::applicationFilePath());
    QTextStream(stderr) << "usage: tillsyn-bench search|startup [FACILITIES]\n";
    return 2;
}
