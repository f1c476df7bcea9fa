// tillsyn-powercut-child STEP DATABASE [ARGUMENT]: the power-cut tests' child
// (tests/core/durability/powercut_test.cpp), run under the powercut shim. Does one step, prints
// "done" (flushed) and then waits for a signal: the test kills it there,
// with its database connection still open, so nothing is synced on the way out (no close, no
// checkpoint), as when the power goes. Steps:
//   finish DATABASE VISIT    finishes the visit's draft; then an ordinary commit (setting
//                            "powercut-probe"), which a power cut is expected to lose
//   sync DATABASE SHARE      sends the outbox to the folder SHARE
//   merge DATABASE SHARE     merges the folder SHARE's inbox (MergeRun, batches of 100) and is
//                            cut right after the first file left the inbox: later the run
//                            checkpoints, which would sync everything anyway
//   publish DATABASE SHARE   publishes facilities and checklists to the folder SHARE
#include "field/visitlifecycle.h"
#include "merge/mergerun.h"
#include "reference/publisher.h"
#include "storage/database.h"
#include "storage/sqliteofficerepository.h"
#include "sync/foldershare.h"
#include "sync/syncengine.h"
#include "util/error.h"

#include <QCoreApplication>

#include <cstdio>

#include <unistd.h>

using namespace tillsyn;

namespace {

[[noreturn]] void doneAndWait()
{
    std::printf("done\n");
    std::fflush(stdout);
    for (;;)
        ::pause();
}

// A folder share whose first successful move is the last thing that happens.
class CutAfterFirstMove : public sync::Share
{
public:
    explicit CutAfterFirstMove(const QString &root)
        : m_share(root)
    {}
    QString describe() const override { return m_share.describe(); }
    QStringList list(const QString &folder) override { return m_share.list(folder); }
    std::optional<QByteArray> read(const QString &path) override { return m_share.read(path); }
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
        if (m_share.move(from, to))
            doneAndWait();
        return false;
    }

private:
    sync::FolderShare m_share;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: tillsyn-powercut-child finish|sync|merge|publish DATABASE "
                             "VISIT|SHARE\n");
        return 2;
    }
    const QString &step = args.at(1);
    try {
        storage::Database db(args.at(2));
        if (step == u"finish") {
            field::VisitLifecycle(db).finish(args.at(3));
            db.setSetting(QStringLiteral("powercut-probe"), QStringLiteral("after finish"));
        } else if (step == u"merge") {
            CutAfterFirstMove share(args.at(3));
            storage::SqliteOfficeRepository office(db);
            merge::MergeRun(office, share).run();
            std::fprintf(stderr, "tillsyn-powercut-child: the merge moved nothing\n");
            return 1;
        } else {
            sync::FolderShare share(args.at(3));
            if (step == u"sync")
                sync::SyncEngine(db, share).run();
            else if (step == u"publish") {
                storage::SqliteOfficeRepository office(db);
                reference::Publisher(office).publish(share);
            } else
                return 2;
        }
        doneAndWait();
    } catch (const Error &e) {
        std::fprintf(stderr, "tillsyn-powercut-child: %s\n", e.what());
        return 1;
    }
}
