#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "testcasekeep.h"

#include <QDir>
#include <QTemporaryDir>

#include <map>

#ifdef TILLSYN_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

namespace tillsyn::test {

namespace {

std::map<std::type_index, std::shared_ptr<void>> &keptObjects()
{
    static std::map<std::type_index, std::shared_ptr<void>> kept;
    return kept;
}

} // namespace

std::shared_ptr<void> keptObject(std::type_index key)
{
    const auto it = keptObjects().find(key);
    return it == keptObjects().end() ? nullptr : it->second;
}

void keepObject(std::type_index key, std::shared_ptr<void> object)
{
    keptObjects()[key] = std::move(object);
}

void dropKeptObjects()
{
    // Destroyed outside the map: a kept object's destructor may keep or look up another.
    auto kept = std::move(keptObjects());
    keptObjects().clear();
}

} // namespace tillsyn::test

namespace {

// Destroys what a test case kept (keptForTestCase()) once all its sections have run.
struct DropKeptObjects : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseEnded(const Catch::TestCaseStats &stats) override
    {
        tillsyn::test::dropKeptObjects();
        TestEventListenerBase::testCaseEnded(stats);
    }
};

} // namespace

CATCH_REGISTER_LISTENER(DropKeptObjects)

int main(int argc, char *argv[])
{
    // Test discovery runs this binary without the test's environment; without a display a
    // QApplication would abort and Catch2 would silently register no tests.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Nothing a test does may touch the user's real settings or data: QSettings and
    // QStandardPaths of this process and of every program a test starts (tillsyn-cli, the
    // children) use XDG folders inside a temporary folder. (QStandardPaths' test mode would move
    // only this process, to a fixed ~/.qttest shared by every run, and not its children.)
    // ctest may name a temporary folder on a RAM file system (tests/CMakeLists.txt), which a
    // reboot empties.
    if (const QString tmp = qEnvironmentVariable("TMPDIR"); !tmp.isEmpty())
        QDir().mkpath(tmp);
    QTemporaryDir home;
    if (!home.isValid())
        return 3;
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(name, QDir(home.path()).filePath(QString::fromLatin1(name)).toLocal8Bit());
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("TillsynTests"));
    TestApplication::setApplicationName(QStringLiteral("TillsynTests"));
    return Catch::Session().run(argc, argv);
}
