#include "clirunner.h"

#include "support/catchqt.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <memory>

namespace tillsyn::test {

namespace {

QProcessEnvironment cliEnvironment()
{
    static const QTemporaryDir home;
    REQUIRE(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

} // namespace

std::vector<CliResult> runClisTogether(const std::vector<QStringList> &commands)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QStringList &command : commands) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(cliEnvironment());
        process->start(QStringLiteral(TILLSYN_CLI_PATH),
                       command + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
        processes.push_back(std::move(process));
    }
    std::vector<CliResult> results;
    for (std::size_t i = 0; i < processes.size(); ++i) {
        QProcess &process = *processes[i];
        INFO("tillsyn-cli " << commands[i].join(u' ').toStdString());
        REQUIRE(process.waitForStarted(10000));
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished(120000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        results.push_back({process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                           QString::fromUtf8(process.readAllStandardError())});
    }
    return results;
}

CliResult runCli(const QString &command, const QStringList &args)
{
    const QProcessEnvironment env = cliEnvironment();

    QStringList arguments;
    if (!command.isEmpty())
        arguments << command << args << QStringLiteral("--lang") << QStringLiteral("en");

    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TILLSYN_CLI_PATH), arguments);
    INFO("tillsyn-cli " << arguments.join(u' ').toStdString());
    REQUIRE(process.waitForStarted(10000));
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);

    CliResult result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString runCliOk(const QString &command, const QStringList &args)
{
    const CliResult r = runCli(command, args);
    INFO("tillsyn-cli " << command.toStdString() << ' ' << args.join(u' ').toStdString()
                        << "\nstdout: " << r.out.toStdString()
                        << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out;
}

QJsonArray runCliJson(const QString &command, const QStringList &args)
{
    const CliResult r = runCli(command, args);
    INFO("stderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    INFO("stdout: " << r.out.left(500).toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

QJsonObject jsonObjectOf(const CliResult &result)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    INFO("exit " << result.exitCode << "\nstdout: " << result.out.left(500).toStdString()
                 << "\nstderr: " << result.err.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

QJsonObject runCliObject(const QString &command, const QStringList &args)
{
    const CliResult r = runCli(command, args);
    INFO("stdout: " << r.out.left(500).toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return jsonObjectOf(r);
}

QString pdfText(const QString &file)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(space, QStringLiteral(" "))
        .trimmed();
}

} // namespace tillsyn::test
