// tillsyn-test-pgserver start|stop STATEFILE: ctest's setup and cleanup of the PostgreSQL server
// one test run shares (see postgresfixture.h). Not a test itself.
#include "postgresfixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <exception>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() != 3 || (args.at(1) != u"start" && args.at(1) != u"stop")) {
        err << "usage: tillsyn-test-pgserver start|stop STATEFILE\n";
        return 2;
    }
    if (const QString tmp = qEnvironmentVariable("TMPDIR"); !tmp.isEmpty())
        QDir().mkpath(tmp); // ctest's folder for the tests (tests/CMakeLists.txt)
    try {
        if (args.at(1) == u"start")
            tillsyn::test::PostgresFixture::startShared(args.at(2));
        else
            tillsyn::test::PostgresFixture::stopShared(args.at(2));
    } catch (const std::exception &e) {
        err << "tillsyn-test-pgserver " << args.at(1) << ": " << e.what() << '\n';
        return 1;
    }
    return 0;
}
