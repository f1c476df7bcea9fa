#include "hostileserver.h"

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

namespace tillsyn::test {

HostileServer::HostileServer(Handler handler)
    : m_handler(std::move(handler))
{
    m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0; // the kernel picks a free port; we read it back below
    socklen_t length = sizeof address;
    if (m_listener < 0 ||
        ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        ::listen(m_listener, 16) != 0 ||
        ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        throw std::runtime_error("HostileServer: cannot listen on 127.0.0.1");
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { serve(); });
}

HostileServer::~HostileServer()
{
    m_stopping = true;
    m_wake.notify_all();
    ::shutdown(m_listener, SHUT_RDWR); // wakes the accept
    m_thread.join();
    ::close(m_listener);
}

QUrl HostileServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/dav/").arg(m_port));
}

std::vector<QByteArray> HostileServer::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

QByteArray HostileServer::head(int status, const QByteArray &headers)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Whatever\r\nConnection: close\r\n" +
           headers + "\r\n";
}

QByteArray HostileServer::gzipBomb(qint64 size)
{
    z_stream z{};
    // windowBits 15 + 16: a gzip header and trailer.
    if (deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("HostileServer: deflateInit2 failed");
    QByteArray spaces(1024 * 1024, ' ');
    QByteArray out;
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    const auto feed = [&](const char *data, qint64 n, int flush) {
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        z.avail_in = uInt(n);
        do {
            z.next_out = reinterpret_cast<Bytef *>(buffer.data());
            z.avail_out = uInt(buffer.size());
            deflate(&z, flush);
            out.append(buffer.constData(), buffer.size() - qsizetype(z.avail_out));
        } while (z.avail_out == 0);
    };
    feed("{", 1, Z_NO_FLUSH);
    for (qint64 left = size - 1; left > 0; left -= spaces.size())
        feed(spaces.constData(), std::min<qint64>(left, spaces.size()), Z_NO_FLUSH);
    feed(nullptr, 0, Z_FINISH);
    deflateEnd(&z);
    return out;
}

bool HostileServer::Connection::send(const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        if (m_server.m_stopping)
            return false;
        pollfd p{m_fd, POLLOUT, 0};
        if (::poll(&p, 1, 100) <= 0)
            continue; // the client is slow (or has stopped reading): look at m_stopping again
        const ssize_t n = ::send(m_fd, bytes.constData() + done, size_t(bytes.size() - done),
                                 MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n <= 0)
            return false;
        done += n;
        m_server.m_sent += n;
    }
    return true;
}

bool HostileServer::Connection::pause(int ms)
{
    std::unique_lock lock(m_server.m_mutex);
    return !m_server.m_wake.wait_for(lock, std::chrono::milliseconds(ms),
                                     [this] { return bool(m_server.m_stopping); });
}

bool HostileServer::readRequest(int fd, Request &request)
{
    QByteArray data;
    char buffer[65536];
    qsizetype headEnd = -1;
    qint64 bodyLength = 0;
    for (;;) {
        if (headEnd < 0) {
            headEnd = data.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                request.head = data.left(headEnd);
                const QList<QByteArray> lines = request.head.split('\n');
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                request.verb = first.value(0);
                request.path = first.value(1);
                for (const QByteArray &line : lines) {
                    if (line.toLower().startsWith("content-length:"))
                        bodyLength = line.mid(15).trimmed().toLongLong();
                }
            }
        }
        if (headEnd >= 0 && data.size() >= headEnd + 4 + bodyLength) {
            request.body = data.mid(headEnd + 4, bodyLength);
            return true;
        }
        pollfd p{fd, POLLIN, 0};
        if (m_stopping)
            return false;
        if (::poll(&p, 1, 100) <= 0)
            continue;
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            return false;
        data.append(buffer, n);
    }
}

void HostileServer::serve()
{
    while (!m_stopping) {
        const int fd = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR)
                continue;
            return; // shut down
        }
        Request request;
        if (readRequest(fd, request)) {
            {
                std::lock_guard lock(m_mutex);
                m_requests.push_back(request.head);
            }
            Connection connection(*this, fd);
            m_handler(request, connection);
        }
        ::shutdown(fd, SHUT_WR);
        ::close(fd);
    }
}

} // namespace tillsyn::test
