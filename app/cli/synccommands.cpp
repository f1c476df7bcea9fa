#include "cli.h"
#include "command.h"
#include "content/shippedcontent.h"
#include "field/visitlifecycle.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/outboxstore.h"
#include "storage/visitstore.h"
#include "sync/share.h"
#include "sync/sharelocation.h"
#include "sync/syncengine.h"
#include "util/atomicfile.h"
#include "visitfile/visitfilereader.h"
#include "visitfile/visitfilewriter.h"
#include "visitfile/visitgenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tillsyn::cli {

namespace {

class SyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::cli::SyncCommands)

public:
    static int validate(Cli &cli, const QCommandLineParser &p)
    {
        const QStringList files = p.positionalArguments();
        if (files.isEmpty())
            throw UsageError(tr("name at least one FILE"));
        int bad = 0;
        for (const QString &path : files) {
            QFile f(path);
            QString verdict = QStringLiteral("OK");
            if (!f.open(QIODevice::ReadOnly)) {
                verdict = tr("%1: cannot be read: %2").arg(path, f.errorString());
            } else {
                try {
                    visitfile::VisitFileReader::read(f.readAll(), QFileInfo(path).fileName());
                } catch (const Error &e) {
                    verdict = e.message();
                }
            }
            bad += verdict != u"OK";
            cli.out() << path << ": " << verdict << '\n';
        }
        cli.out().flush();
        return bad == 0 ? 0 : 1;
    }

    static void writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
    {
        if (!QDir().mkpath(dir))
            throw Error(tr("%1: the folder cannot be created").arg(dir));
        const QString path = QDir(dir).filePath(name);
        if (const QString problem = writeFileAtomically(path, bytes); !problem.isEmpty())
            throw Error(tr("%1: cannot be written: %2").arg(path, problem));
    }

    static int exportVisit(Cli &cli, const QCommandLineParser &p)
    {
        const QString visitId = p.value(QStringLiteral("visit"));
        const QString out = p.value(QStringLiteral("out"));
        if (visitId.isEmpty() || out.isEmpty())
            throw UsageError(tr("--visit and --out are required"));
        storage::Database &db = cli.database(p);
        const int given = Cli::revision(p);
        const int revision = given ? given : storage::VisitStore(db).latestRevision(visitId);
        // The outbox holds the bytes made when the revision was finished: export those, so the
        // exported file is the very file that is (or will be) sent.
        field::VisitLifecycle(db).writeMissingVisitFiles();
        const auto entry = storage::OutboxStore(db).find(visitId, revision);
        if (!entry)
            throw Error(
                storage::VisitStore(db).latestRevision(visitId) == 0
                    ? tr("Unknown visit \"%1\".").arg(visitId)
                    : tr("Visit %1 has no finished revision %2.").arg(visitId).arg(revision));
        writeFile(out, entry->fileName, entry->bytes);
        cli.out() << QDir(out).filePath(entry->fileName) << '\n';
        return 0;
    }

    static int generate(Cli &cli, const QCommandLineParser &p)
    {
        const QString out = p.value(QStringLiteral("out"));
        bool ok = false;
        const int count = p.value(QStringLiteral("visits")).toInt(&ok);
        if (out.isEmpty() || !ok || count < 1)
            throw UsageError(tr("--out and --visits N (N ≥ 1) are required"));
        const int photos = p.value(QStringLiteral("photos")).toInt();
        const unsigned seed =
            p.isSet(QStringLiteral("seed")) ? p.value(QStringLiteral("seed")).toUInt() : 1;
        visitfile::VisitGenerator generator(content::ShippedContent::checklists(), seed);
        for (const auto &visit : generator.generate(count, qBound(0, photos, 200))) {
            const QByteArray bytes = visitfile::VisitFileWriter::write(visit);
            writeFile(out, visitfile::VisitFileWriter::fileName(visit, bytes), bytes);
        }
        cli.out() << tr("%1 visit files written to %2").arg(count).arg(out) << '\n';
        return 0;
    }

    // The file's first line exactly, without its line end (\n or \r\n): spaces at either end
    // are part of a password.
    static QString firstLineOf(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(tr("%1: cannot be read: %2").arg(path, f.errorString()));
        QByteArray line = f.readLine(64 * 1024);
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        return QString::fromUtf8(line);
    }

    static QString signatureLine(const sync::SyncReport &report)
    {
        return report.trustedKeys == 0
                   ? tr("Reference data was taken without checking signatures: this computer "
                        "trusts no office key (see tillsyn-cli key trust).")
                   : tr("Reference data is taken only when signed by a trusted office key "
                        "(%1 trusted).")
                         .arg(report.trustedKeys);
    }

    static int sync(Cli &cli, const QCommandLineParser &p)
    {
        const sync::ShareLocation location = shareLocation(p);
        storage::Database &db = cli.database(p);
        const auto share = location.open();
        const sync::SyncReport report = sync::SyncEngine(db, *share).run();
        const int failed = report.count(sync::VisitSyncResult::Outcome::Failed) +
                           report.count(sync::VisitSyncResult::Outcome::Skipped);
        bool referenceFailed = false;
        for (const auto &r : report.reference)
            referenceFailed =
                referenceFailed || r.outcome == sync::ReferenceResult::Outcome::Failed;
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray visits;
            for (const auto &v : report.visits)
                visits.append(QJsonObject{{QStringLiteral("visitId"), v.visitId},
                                          {QStringLiteral("revision"), v.revision},
                                          {QStringLiteral("file"), v.fileName},
                                          {QStringLiteral("outcome"), sync::toString(v.outcome)},
                                          {QStringLiteral("reason"), v.reason}});
            QJsonArray reference;
            for (const auto &r : report.reference)
                reference.append(QJsonObject{{QStringLiteral("file"), r.fileName},
                                             {QStringLiteral("outcome"), sync::toString(r.outcome)},
                                             {QStringLiteral("reason"), r.reason},
                                             {QStringLiteral("added"), r.added},
                                             {QStringLiteral("updated"), r.updated},
                                             {QStringLiteral("deactivated"), r.deactivated},
                                             {QStringLiteral("signedBy"), r.signedBy}});
            cli.printJson(QJsonObject{
                {QStringLiteral("share"), share->describe()},
                {QStringLiteral("sent"), report.count(sync::VisitSyncResult::Outcome::Sent)},
                {QStringLiteral("alreadySent"),
                 report.count(sync::VisitSyncResult::Outcome::AlreadySent)},
                {QStringLiteral("failed"), failed},
                {QStringLiteral("waiting"), storage::OutboxStore(db).pendingCount()},
                {QStringLiteral("visits"), visits},
                {QStringLiteral("reference"), reference},
                {QStringLiteral("trustedKeys"), report.trustedKeys},
                {QStringLiteral("signaturesChecked"), report.trustedKeys > 0}});
        } else {
            for (const auto &v : report.visits)
                cli.printOutcome(v.fileName, sync::displayName(v.outcome), v.reason);
            for (const auto &r : report.reference)
                cli.printOutcome(r.fileName, sync::displayName(r.outcome), r.reason);
            cli.out() << tr("%1 sent, %2 already on the share, %3 waiting")
                             .arg(report.count(sync::VisitSyncResult::Outcome::Sent))
                             .arg(report.count(sync::VisitSyncResult::Outcome::AlreadySent))
                             .arg(storage::OutboxStore(db).pendingCount())
                      << '\n';
            cli.out() << signatureLine(report) << '\n';
        }
        return failed == 0 && !referenceFailed ? 0 : 1;
    }

public:
    static void addShareOptions(QCommandLineParser &p)
    {
        p.addOption({QStringLiteral("share"),
                     tr("A shared folder, or a WebDAV URL (http:// or https://)."),
                     QStringLiteral("DIR|URL")});
        p.addOption({QStringLiteral("user"),
                     tr("WebDAV user name; the password comes from "
                        "TILLSYN_PASSWORD or --password-file."),
                     QStringLiteral("U")});
        p.addOption({QStringLiteral("password-file"),
                     tr("A file whose first line is the password."), QStringLiteral("F")});
        p.addOption({QStringLiteral("token-file"),
                     tr("A file whose first line is a bearer token "
                        "(or set TILLSYN_TOKEN)."),
                     QStringLiteral("F")});
        p.addOption({QStringLiteral("ca-file"),
                     tr("An extra CA certificate (PEM) to trust, e.g. "
                        "the municipality's own."),
                     QStringLiteral("F")});
        p.addOption({QStringLiteral("timeout"), tr("Seconds to wait for the server (default 30)."),
                     QStringLiteral("S")});
    }

public:
    static sync::ShareLocation shareLocation(const QCommandLineParser &p)
    {
        sync::ShareLocation location;
        location.location = p.value(QStringLiteral("share"));
        if (location.location.isEmpty())
            throw UsageError(tr("--share is required"));
        location.caFile = p.value(QStringLiteral("ca-file"));
        location.credentials.user = p.value(QStringLiteral("user"));
        // One source of credentials: with two, one would win silently and the other be
        // believed in use.
        QStringList sources;
        for (const char *option : {"password-file", "token-file"}) {
            if (p.isSet(QLatin1String(option)))
                sources.append(QStringLiteral("--") + QLatin1String(option));
        }
        for (const char *variable : {"TILLSYN_PASSWORD", "TILLSYN_TOKEN"}) {
            if (!qEnvironmentVariableIsEmpty(variable))
                sources.append(QLatin1String(variable));
        }
        if (sources.size() > 1)
            throw UsageError(tr("credentials are given by %1: give only one of --password-file, "
                                "--token-file, TILLSYN_PASSWORD and TILLSYN_TOKEN")
                                 .arg(sources.join(QStringLiteral(", "))));
        location.credentials.password = p.isSet(QStringLiteral("password-file"))
                                            ? firstLineOf(p.value(QStringLiteral("password-file")))
                                            : qEnvironmentVariable("TILLSYN_PASSWORD");
        location.credentials.token = p.isSet(QStringLiteral("token-file"))
                                         ? firstLineOf(p.value(QStringLiteral("token-file")))
                                         : qEnvironmentVariable("TILLSYN_TOKEN");
        if (p.isSet(QStringLiteral("timeout")))
            location.timeoutMs = qMax(1, p.value(QStringLiteral("timeout")).toInt()) * 1000;
        return location;
    }

    static void add(CommandList &c)
    {
        c.push_back({QStringLiteral("validate"),
                     tr("Check visit files; one line per file, OK or the reason."),
                     QStringLiteral("FILE..."),
                     {},
                     &SyncCommands::validate});
        c.push_back({QStringLiteral("export"),
                     tr("Write a finished revision's visit file."),
                     {},
                     [](QCommandLineParser &p) {
                         p.addOption(Cli::visitOption());
                         p.addOption(Cli::revisionOption());
                         p.addOption({QStringLiteral("out"), tr("The folder to write to."),
                                      QStringLiteral("DIR")});
                     },
                     &SyncCommands::exportVisit});
        c.push_back({QStringLiteral("generate"),
                     tr("Write N valid synthetic visit files (the same for the same seed)."),
                     {},
                     [](QCommandLineParser &p) {
                         p.addOption({QStringLiteral("out"), tr("The folder to write to."),
                                      QStringLiteral("DIR")});
                         p.addOption({QStringLiteral("visits"), tr("How many files."),
                                      QStringLiteral("N")});
                         p.addOption({QStringLiteral("photos"), tr("Photos per visit (default 0)."),
                                      QStringLiteral("K")});
                         p.addOption({QStringLiteral("seed"), tr("Random seed (default 1)."),
                                      QStringLiteral("S")});
                     },
                     &SyncCommands::generate});
        c.push_back({QStringLiteral("sync"),
                     tr("Send every unsent finished visit to the share and fetch its reference "
                        "data. Exit 1 when anything is left waiting or failed."),
                     {},
                     [](QCommandLineParser &p) {
                         addShareOptions(p);
                         p.addOption({QStringLiteral("json"), tr("Print the outcome as JSON.")});
                     },
                     &SyncCommands::sync});
    }
};

} // namespace

void addSyncCommands(CommandList &commands)
{
    SyncCommands::add(commands);
}

sync::ShareLocation shareLocationFromOptions(const QCommandLineParser &parser)
{
    return SyncCommands::shareLocation(parser);
}

void addShareOptions(QCommandLineParser &parser)
{
    SyncCommands::addShareOptions(parser);
}

} // namespace tillsyn::cli
