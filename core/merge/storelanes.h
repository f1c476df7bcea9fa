#pragma once

#include "storage/officerepository.h"

#include <QString>

#include <functional>
#include <future>
#include <memory>
#include <vector>

namespace tillsyn::merge {

// Where a merge stores its files: beside each other on several sessions of the database when
// the backend has writers that work at once (PostgreSQL: one server process per session), else
// one after the other on the run's own repository (SQLite: a second writer would only wait for
// the first). One PostgreSQL session's merge is a ping-pong between this program and its server
// process, each waiting for the other; lanes keep both (and both cores) busy.
//
// A job goes to the lane its key picks, always the same lane for the same key: one visit's files
// are stored in the order given, by one session, as a single run would store them, so the
// outcomes are those of the sequential merge. Different visits do not depend on each other (a
// visit's history is its own); two lanes that meet on one visit anyway (a file named after
// another visit) take turns on its lock, as two clerks' merges do.
class StoreLanes
{
public:
    using Job = std::function<void(storage::OfficeRepository &)>;

    // Opens up to `lanes` sessions with `opener`, each in its own thread (a connection belongs to
    // the thread that opened it), each in a write batch (OfficeRepository::beginWriteBatch). A
    // session that cannot be opened (the server's connection limit, say) is simply not a lane:
    // the work is the same on fewer. Without an opener, or with no session, there are no lanes
    // and jobs run on `own` in the caller's thread, at submit().
    StoreLanes(storage::OfficeRepository &own,
               const storage::OfficeRepository::SessionOpener &opener, int lanes);
    // Lets the job each lane is running finish and drops the queued ones (their files were not
    // stored, so they wait in the inbox); then closes the sessions.
    ~StoreLanes();
    StoreLanes(const StoreLanes &) = delete;
    StoreLanes &operator=(const StoreLanes &) = delete;

    // How many sessions work beside the caller's (0: jobs run at submit()).
    int count() const { return int(m_lanes.size()); }
    // Queues `job` on the key's lane. The future is ready when it has run, and holds what it
    // threw.
    std::future<void> submit(const QString &key, Job job);
    // The lane a key goes to, of `lanes` (the same in every run: not Qt's seeded hash).
    static int laneOf(const QString &key, int lanes);

private:
    class Lane;
    storage::OfficeRepository &m_own;
    std::vector<std::unique_ptr<Lane>> m_lanes;
};

} // namespace tillsyn::merge
