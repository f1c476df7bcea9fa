// tillsyn-crash-child DATABASE VISIT FIRST_STEP: performs the crash sequence (crashsequence.h) on
// the visit's draft from FIRST_STEP on, one VisitLifecycle call per step, and after each call has
// returned prints "committed <item> <result> <comment>" and flushes. It runs until it is killed.
#include "crashsequence.h"

#include "field/visitlifecycle.h"
#include "storage/database.h"
#include "util/error.h"

#include <QCoreApplication>

#include <cstdio>

using namespace tillsyn;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: tillsyn-crash-child DATABASE VISIT FIRST_STEP\n");
        return 2;
    }
    try {
        storage::Database db(args.at(1));
        field::VisitLifecycle visits(db);
        const QString visitId = args.at(2);
        const domain::Visit visit = visits.current(visitId);
        QStringList items;
        std::vector<test::crash::ItemState> state;
        for (const domain::Answer &a : visit.answers) {
            items.append(a.itemId);
            state.push_back({a.result, a.comment});
        }
        if (items.isEmpty())
            throw Error(QStringLiteral("the visit has no items"));
        for (qint64 n = args.at(3).toLongLong();; ++n) {
            const test::crash::Step s = test::crash::step(n, int(items.size()));
            const QString &itemId = items.at(s.item);
            if (s.commentOnly)
                visits.setComment(visitId, itemId, s.comment);
            else
                visits.setAnswer(visitId, itemId, s.result, s.comment);
            test::crash::apply(state, n);
            const QByteArray line =
                test::crash::committedLine(itemId, state[size_t(s.item)]).toUtf8() + '\n';
            std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
            std::fflush(stdout);
        }
    } catch (const Error &e) {
        std::fprintf(stderr, "tillsyn-crash-child: %s\n", e.what());
        return 1;
    }
}
