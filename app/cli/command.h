#pragma once

#include <QCommandLineParser>
#include <QString>

#include <functional>
#include <vector>

namespace tillsyn::sync {
struct ShareLocation;
}

namespace tillsyn::cli {

class Cli;

// One subcommand of tillsyn-cli: its options are added to a parser that already knows --help,
// --db and --lang; run() returns the exit code (0 success, 1 failure, 2 usage).
struct Command
{
    QString name;
    QString summary;
    QString arguments; // e.g. "FILE", shown in --help
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<int(Cli &, const QCommandLineParser &)> run;
};

using CommandList = std::vector<Command>;

void addSetupCommands(CommandList &commands);
void addFacilityCommands(CommandList &commands);
void addChecklistCommands(CommandList &commands);
void addVisitCommands(CommandList &commands);
void addReportCommands(CommandList &commands);
void addSyncCommands(CommandList &commands);
void addMergeCommands(CommandList &commands);
void addPublishCommands(CommandList &commands);
void addStatsCommands(CommandList &commands);
void addKeyCommands(CommandList &commands);
void addCsvCommands(CommandList &commands);
void addFeeCommands(CommandList &commands);
void addFollowUpCommands(CommandList &commands);
void addOfficeCopyCommands(CommandList &commands);
void addOpenDataCommands(CommandList &commands);
void addPlanningCommands(CommandList &commands);
void addPoolCommands(CommandList &commands);

// The share options of sync, merge and publish (--share, --user, --password-file, …), and the
// share they name (defined with the sync commands).
void addShareOptions(QCommandLineParser &parser);
sync::ShareLocation shareLocationFromOptions(const QCommandLineParser &parser);

} // namespace tillsyn::cli
