// tillsyn-merge-child DATABASE SHARE [--wait]: the merge kill and concurrency tests' child
// (tests/core/merge/mergeprocess_test.cpp); DATABASE is a file or a postgresql:// URI. Runs one MergeRun of the folder SHARE's inbox into
// DATABASE with the tests' fixed clock (2026-03-05T10:00:00Z). Each line is flushed at once:
//   ready                      the database and share are open (with --wait it then reads one
//                              line from stdin before merging, so two children start together)
//   file <name>                before the file is merged (MergeRun's progress)
//   read <name>                after the file's bytes were read from the inbox
//   moved <from> <to> <0|1>    after a move returned (1: moved, 0: the source was gone)
//   result <name> <outcome> [<reason>]  after the run, one per file in the report
//   done
#include "merge/mergerun.h"
#include "storage/database.h"
#include "storage/sqliteofficerepository.h"
#include "sync/foldershare.h"
#include "util/error.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>
#include <optional>

using namespace tillsyn;

namespace {

void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

// A folder share that tells what it did, so the test can kill the child at many points.
class LoggingShare : public sync::Share
{
public:
    explicit LoggingShare(const QString &root)
        : m_share(root)
    {}
    QString describe() const override { return m_share.describe(); }
    QStringList list(const QString &folder) override { return m_share.list(folder); }
    std::optional<QByteArray> read(const QString &path) override
    {
        auto bytes = m_share.read(path);
        say(QStringLiteral("read ") + path);
        return bytes;
    }
    std::optional<FileVersion> version(const QString &path) override
    {
        return m_share.version(path);
    }
    PutResult putNew(const QString &path, const QByteArray &bytes) override
    {
        return m_share.putNew(path, bytes);
    }
    void replace(const QString &path, const QByteArray &bytes) override
    {
        m_share.replace(path, bytes);
    }
    bool move(const QString &from, const QString &to) override
    {
        const bool moved = m_share.move(from, to);
        say(QStringLiteral("moved %1 %2 %3").arg(from, to).arg(moved ? 1 : 0));
        return moved;
    }

private:
    sync::FolderShare m_share;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3 || args.size() > 4 || (args.size() == 4 && args.at(3) != u"--wait")) {
        std::fprintf(stderr, "usage: tillsyn-merge-child DATABASE SHARE [--wait]\n");
        return 2;
    }
    try {
        // DATABASE may name a PostgreSQL server (postgresql://…): the same merge there.
        const bool server = storage::OfficeRepository::isServerLocator(args.at(1));
        std::optional<storage::Database> db;
        std::unique_ptr<storage::OfficeRepository> office;
        if (server)
            office = storage::OfficeRepository::open(args.at(1));
        else
            db.emplace(args.at(1));
        LoggingShare share(args.at(2));
        say(QStringLiteral("ready"));
        if (args.size() == 4) {
            char line[64];
            if (!std::fgets(line, sizeof line, stdin))
                return 3;
        }
        if (!server)
            office = std::make_unique<storage::SqliteOfficeRepository>(*db);
        merge::MergeRun run(*office, share,
                            [] { return QDateTime(QDate(2026, 3, 5), QTime(10, 0, 0), Qt::UTC); });
        const merge::MergeReport report = run.run([](int, int, const QString &file) {
            if (!file.isEmpty())
                say(QStringLiteral("file ") + file);
            return true;
        });
        for (const auto &f : report.files)
            say(QStringLiteral("result %1 %2%3")
                    .arg(f.file, merge::toString(f.outcome),
                         f.reason.isEmpty() ? QString() : u' ' + f.reason));
        say(QStringLiteral("done"));
    } catch (const Error &e) {
        std::fprintf(stderr, "tillsyn-merge-child: %s\n", e.what());
        return 1;
    }
    return 0;
}
