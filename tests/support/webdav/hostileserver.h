#pragma once

#include <QByteArray>
#include <QUrl>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace tillsyn::test {

// A tiny HTTP server for the hostile-server tests: it listens on 127.0.0.1 on a port the kernel
// picks (no race), takes one connection at a time on its own thread, reads a request (head and
// Content-Length body) and lets the test's handler answer it however badly, then closes the
// connection. The share is url() = http://127.0.0.1:PORT/dav/.
class HostileServer
{
public:
    struct Request
    {
        QByteArray verb;
        QByteArray path;
        QByteArray head; // the request line and headers
        QByteArray body;
    };
    // What a handler may do with the connection.
    class Connection
    {
    public:
        // False once the client has gone (or the server is stopping).
        bool send(const QByteArray &bytes);
        // Waits, but ends early when the server is stopping; false then.
        bool pause(int ms);

    private:
        friend class HostileServer;
        Connection(HostileServer &server, int fd)
            : m_server(server)
            , m_fd(fd)
        {}
        HostileServer &m_server;
        int m_fd;
    };
    using Handler = std::function<void(const Request &, Connection &)>;

    explicit HostileServer(Handler handler);
    ~HostileServer();
    HostileServer(const HostileServer &) = delete;
    HostileServer &operator=(const HostileServer &) = delete;

    QUrl url() const;
    // The head (request line and headers) of every request so far.
    std::vector<QByteArray> requests() const;
    // Body bytes the handlers managed to hand to the kernel.
    qint64 bytesSent() const { return m_sent; }

    // A complete response head (HTTP/1.1, Connection: close) with these extra header lines.
    static QByteArray head(int status, const QByteArray &headers = {});
    // gzip of `size` bytes of '{' followed by spaces: a few hundred KB that inflate to `size`.
    static QByteArray gzipBomb(qint64 size);

private:
    void serve();
    bool readRequest(int fd, Request &request);

    Handler m_handler;
    int m_listener = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stopping{false};
    std::atomic<qint64> m_sent{0};
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<QByteArray> m_requests;
    std::thread m_thread;
};

} // namespace tillsyn::test
