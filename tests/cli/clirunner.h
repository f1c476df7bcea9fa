#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace tillsyn::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real tillsyn-cli: `command`, then `args`, then "--lang en" (after the command name,
// where the command's parser accepts it) so messages are stable English; an empty command runs
// the program without any arguments. HOME and the XDG
// folders point into a temporary folder, so a missing --db never touches the user's data.
// Fails the test if the program does not start, crashes or runs longer than a minute.
CliResult runCli(const QString &command, const QStringList &args = {});
// runCli that must succeed (exit 0; the command and its output are named when it does not):
// its standard output.
QString runCliOk(const QString &command, const QStringList &args = {});

// Starts every command (command, then args, as runCli) at once and waits for all of them: for
// several clerks working on one database at the same time.
std::vector<CliResult> runClisTogether(const std::vector<QStringList> &commands);

// stdout of a command that must succeed, parsed as a JSON array.
QJsonArray runCliJson(const QString &command, const QStringList &args);
// stdout parsed as a JSON object (whatever the exit code: failures print JSON too).
QJsonObject jsonObjectOf(const CliResult &result);
// stdout of a command that must succeed, parsed as a JSON object.
QJsonObject runCliObject(const QString &command, const QStringList &args);

// pdftotext's reading of a PDF file (a report the program wrote), with runs of whitespace
// collapsed to one space.
QString pdfText(const QString &file);

} // namespace tillsyn::test
