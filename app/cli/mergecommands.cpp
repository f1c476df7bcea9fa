#include "cli.h"
#include "command.h"
#include "field/currentinspector.h"
#include "merge/conflictresolver.h"
#include "merge/mergerun.h"
#include "storage/officerepository.h"
#include "sync/share.h"
#include "sync/sharelocation.h"

namespace tillsyn::cli {

namespace {

class MergeCommands
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::cli::MergeCommands)

public:
    static int merge(Cli &cli, const QCommandLineParser &p)
    {
        const sync::ShareLocation location = shareLocationFromOptions(p);
        storage::OfficeRepository &office = cli.office(p);
        const auto share = location.open();
        const merge::MergeReport report = merge::MergeRun(office, *share).run();
        using merge::Outcome;
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray files;
            for (const auto &f : report.files) {
                QJsonObject o{{QStringLiteral("file"), f.file},
                              {QStringLiteral("outcome"), merge::toString(f.outcome)},
                              {QStringLiteral("reason"), f.reason}};
                if (!f.visitId.isEmpty()) {
                    o.insert(QStringLiteral("visitId"), f.visitId);
                    o.insert(QStringLiteral("revision"), f.revision);
                }
                files.append(o);
            }
            cli.printJson(
                QJsonObject{{QStringLiteral("imported"), report.count(Outcome::Imported)},
                            {QStringLiteral("updated"), report.count(Outcome::Updated)},
                            {QStringLiteral("duplicates"), report.count(Outcome::Duplicate)},
                            {QStringLiteral("conflicts"), report.count(Outcome::Conflict)},
                            {QStringLiteral("history"), report.count(Outcome::History)},
                            {QStringLiteral("rejected"), report.count(Outcome::Rejected)},
                            {QStringLiteral("files"), files}});
            return 0;
        }
        for (const auto &f : report.files)
            cli.printOutcome(f.file, merge::toString(f.outcome), f.reason);
        cli.out()
            << tr("%1 imported, %2 updated, %3 duplicates, %4 conflicts, %5 history, %6 rejected")
                   .arg(report.count(Outcome::Imported))
                   .arg(report.count(Outcome::Updated))
                   .arg(report.count(Outcome::Duplicate))
                   .arg(report.count(Outcome::Conflict))
                   .arg(report.count(Outcome::History))
                   .arg(report.count(Outcome::Rejected))
            << '\n';
        if (const int waiting = report.count(Outcome::Waiting))
            cli.out() << tr("%1 left in the inbox for the next merge").arg(waiting) << '\n';
        return 0;
    }

    static int resolve(Cli &cli, const QCommandLineParser &p)
    {
        const QString visitId = p.value(QStringLiteral("visit"));
        bool ok = false;
        const int revision = p.value(QStringLiteral("revision")).toInt(&ok);
        const QString reason = p.value(QStringLiteral("reason"));
        if (visitId.isEmpty() || !ok || revision < 1 || reason.trimmed().isEmpty())
            throw UsageError(tr("--visit, --revision N and --reason TEXT are required"));
        merge::ConflictResolver(cli.office(p))
            .resolve(visitId, revision, p.value(QStringLiteral("content")), reason,
                     field::CurrentInspector::get().name);
        cli.out() << tr("Visit %1: revision %2 stands.").arg(visitId).arg(revision) << '\n';
        return 0;
    }

    static void add(CommandList &c)
    {
        c.push_back({QStringLiteral("merge"),
                     tr("Merge the visit files in a share's inbox into this (office) database."),
                     {},
                     [](QCommandLineParser &p) {
                         addShareOptions(p);
                         p.addOption({QStringLiteral("json"), tr("Print the outcome as JSON.")});
                     },
                     &MergeCommands::merge});
        c.push_back(
            {QStringLiteral("resolve"),
             tr("Resolve a conflict: choose the revision of a visit that stands."),
             {},
             [](QCommandLineParser &p) {
                 p.addOption(Cli::visitOption());
                 p.addOption({QStringLiteral("revision"), tr("The revision that stands."),
                              QStringLiteral("N")});
                 p.addOption(
                     {QStringLiteral("content"),
                      tr("Where two contents claim that revision: a file name or content hash."),
                      QStringLiteral("HASH|FILE")});
                 p.addOption(
                     {QStringLiteral("reason"), tr("Why (recorded)."), QStringLiteral("TEXT")});
             },
             &MergeCommands::resolve});
    }
};

} // namespace

void addMergeCommands(CommandList &commands)
{
    MergeCommands::add(commands);
}

} // namespace tillsyn::cli
