// tillsyn-sync-child DATABASE SHARE PHOTO FACILITY CHECKLIST SEED: the sync fault-injection test's
// child (tests/core/sync/foldershare_test.cpp). In a loop until it is killed: finishes one to three
// visits (each with PHOTO attached, so its file takes a while to write and fsync) and runs the
// SyncEngine against the folder SHARE. Each line is flushed at once:
//   finished <visitId>           after finish() returned (the revision is in the outbox)
//   sending <file name>          before the file is put (SyncEngine's progress)
//   synced <sent> <already> <failed>   after the sync returned
#include "field/visitlifecycle.h"
#include "storage/database.h"
#include "sync/foldershare.h"
#include "sync/syncengine.h"
#include "util/error.h"

#include <QCoreApplication>

#include <cstdio>
#include <random>

using namespace tillsyn;

namespace {
void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 7) {
        std::fprintf(stderr,
                     "usage: tillsyn-sync-child DATABASE SHARE PHOTO FACILITY CHECKLIST SEED\n");
        return 2;
    }
    try {
        storage::Database db(args.at(1));
        sync::FolderShare share(args.at(2));
        field::VisitLifecycle visits(db);
        std::mt19937 rng(args.at(6).toUInt());
        field::StartRequest request;
        request.facilityId = args.at(4);
        request.checklistId = args.at(5);
        request.inspectors = {{QStringLiteral("eva"), QStringLiteral("Eva Ek")}};
        const auto progress = [](int, int, const QString &what) {
            if (what.startsWith(u"Sending "))
                say(QStringLiteral("sending ") + what.mid(8));
            return true;
        };
        for (;;) {
            const int n = 1 + int(rng() % 3);
            for (int i = 0; i < n; ++i) {
                const QString id = visits.start(request);
                const QString item = visits.current(id).answers.front().itemId;
                visits.setAnswer(id, item, domain::Result::Deviation,
                                 QStringLiteral("Avvikelse %1").arg(rng() % 1000));
                visits.addPhoto(id, item, args.at(3), QStringLiteral("Bild"));
                visits.finish(id);
                say(QStringLiteral("finished ") + id);
            }
            const sync::SyncReport report = sync::SyncEngine(db, share).run(progress);
            say(QStringLiteral("synced %1 %2 %3")
                    .arg(report.count(sync::VisitSyncResult::Outcome::Sent))
                    .arg(report.count(sync::VisitSyncResult::Outcome::AlreadySent))
                    .arg(report.count(sync::VisitSyncResult::Outcome::Failed)));
        }
    } catch (const Error &e) {
        std::fprintf(stderr, "tillsyn-sync-child: %s\n", e.what());
        return 1;
    }
}
