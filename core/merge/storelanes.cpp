#include "storelanes.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace tillsyn::merge {

// One session and the thread it belongs to, working through its queue in order.
class StoreLanes::Lane
{
public:
    // Opens the session in the new thread; `opened` says whether it could.
    Lane(const storage::OfficeRepository::SessionOpener &opener, std::promise<bool> &opened)
        : m_thread([this, opener, &opened] { work(opener, opened); })
    {}
    ~Lane()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
            m_queue.clear(); // not stored: those files wait in the inbox
        }
        m_wake.notify_one();
        m_thread.join();
    }
    std::future<void> submit(Job job)
    {
        std::packaged_task<void(storage::OfficeRepository &)> task(std::move(job));
        std::future<void> done = task.get_future();
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back(std::move(task));
        }
        m_wake.notify_one();
        return done;
    }

private:
    void work(const storage::OfficeRepository::SessionOpener &opener, std::promise<bool> &opened)
    {
        std::unique_ptr<storage::OfficeRepository> session;
        std::unique_ptr<storage::OfficeRepository::WriteBatch> batch;
        try {
            session = opener();
            batch = session->beginWriteBatch();
        } catch (...) {
            // Not a lane (the run works on the others); why is the run's own session's to say,
            // should the database itself be the problem.
            session.reset();
        }
        opened.set_value(session != nullptr);
        if (!session)
            return;
        for (;;) {
            std::packaged_task<void(storage::OfficeRepository &)> task;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
                if (m_stop)
                    break;
                task = std::move(m_queue.front());
                m_queue.pop_front();
            }
            task(*session); // what it throws goes to its future
        }
        batch.reset(); // before the session it belongs to
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::packaged_task<void(storage::OfficeRepository &)>> m_queue;
    bool m_stop = false;
    std::thread m_thread; // last: it starts working when constructed
};

StoreLanes::StoreLanes(storage::OfficeRepository &own,
                       const storage::OfficeRepository::SessionOpener &opener, int lanes)
    : m_own(own)
{
    if (!opener)
        return;
    // Opened at once: each waits for the server's authentication round trips.
    std::vector<std::promise<bool>> opened(size_t(std::max(lanes, 0)));
    std::vector<std::unique_ptr<Lane>> started;
    for (std::promise<bool> &o : opened)
        started.push_back(std::make_unique<Lane>(opener, o));
    for (size_t i = 0; i < started.size(); ++i)
        if (opened[i].get_future().get())
            m_lanes.push_back(std::move(started[i]));
}

StoreLanes::~StoreLanes() = default;

int StoreLanes::laneOf(const QString &key, int lanes)
{
    // FNV-1a over the UTF-16 code units: stable across runs and platforms.
    quint32 h = 2166136261u;
    for (const QChar c : key) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return lanes > 0 ? int(h % quint32(lanes)) : 0;
}

std::future<void> StoreLanes::submit(const QString &key, Job job)
{
    if (m_lanes.empty()) {
        std::packaged_task<void(storage::OfficeRepository &)> task(std::move(job));
        std::future<void> done = task.get_future();
        task(m_own);
        return done;
    }
    return m_lanes[size_t(laneOf(key, count()))]->submit(std::move(job));
}

} // namespace tillsyn::merge
