#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char *argv[])
{
    // Test discovery runs this binary without the test's environment; without a display a
    // QApplication would abort and Catch2 would silently register no tests.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TillsynTests"));
    QApplication::setApplicationName(QStringLiteral("TillsynTests"));
    return Catch::Session().run(argc, argv);
}
