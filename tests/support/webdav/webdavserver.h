#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace tillsyn::test {

// One of the WebDAV servers Tillsyn is tested with, started for a test from a configuration in
// a temporary folder, on 127.0.0.1 and a port nobody else holds (a server that cannot bind its
// port is started again on another; rclone picks its own and says which), and stopped at the
// end. The share is url(), stored on disk in shareDir().
//  * "apache":   Debian's apache2 with mod_dav_fs over HTTPS with Basic authentication
//                (ApacheFixture).
//  * "nginx":    nginx with ngx_http_dav_module and the dav-ext module (PROPFIND), one process.
//  * "lighttpd": lighttpd with mod_webdav.
//  * "rclone":   `rclone serve webdav` of a local folder.
// Throws std::runtime_error with a clear message when the server is not installed or does not
// come up: a test then fails, it is never skipped (scripts/dev.sh installs all four).
class WebDavServer
{
public:
    virtual ~WebDavServer() = default;

    static QStringList kinds();
    static std::unique_ptr<WebDavServer> make(const QString &kind);
    // nginx with another client_max_body_size than the fixture's 100m (nginx's default is 1m).
    static std::unique_ptr<WebDavServer> makeNginx(const QString &clientMaxBodySize);

    virtual QString name() const = 0;
    virtual QUrl url() const = 0;
    virtual QString shareDir() const = 0;
    // What the share needs to get in: empty when the server asks for nothing.
    virtual QString user() const { return {}; }
    virtual QString password() const { return {}; }
    virtual QString caFile() const { return {}; }
    // Starts the server again (the port, and so url(), may change) once it accepts connections.
    virtual void start() = 0;
    // SIGKILL: whatever it was doing stays as it was on disk. Returns once it is gone.
    virtual void kill() = 0;
    // Sends the SIGKILL and returns at once; safe from any thread. kill() then waits.
    virtual void signalKill() const = 0;
    virtual bool isRunning() const = 0;
    // The server's own log, for a failing test's report.
    virtual QString log() const = 0;
    // Writes a file into the share on disk as the server's user, making folders as needed.
    virtual void putOnDisk(const QString &relativePath, const QByteArray &bytes) const = 0;
};

} // namespace tillsyn::test
