#include "webdavserver.h"
#include "fixturefiles.h"

#include "apachefixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <stdexcept>

namespace tillsyn::test {

namespace {

using fixture::fail;
using fixture::readText;
using fixture::writeFile;
using fixture::acceptsConnections;
using fixture::kStartTimeoutMs;

constexpr int kBindAttempts = 8;

quint16 probeFreePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress(QHostAddress::LocalHost), 0))
        fail(QStringLiteral("WebDavServer: no free port: %1").arg(probe.errorString()));
    return probe.serverPort();
}

QString findBinary(const QString &name)
{
    QString found = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin")});
    return found.isEmpty() ? QStandardPaths::findExecutable(name) : found;
}

// A server that runs in the foreground as our child, one process, so that kill() takes all of
// it. A port taken between probing and binding makes the server exit saying so: it is started
// again on another port.
class ProcessServer : public WebDavServer
{
public:
    QUrl url() const override
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/dav/").arg(m_port));
    }
    QString shareDir() const override { return path(QStringLiteral("www/dav")); }
    bool isRunning() const override
    {
        return m_process && m_process->state() != QProcess::NotRunning;
    }
    QString log() const override
    {
        return readText(path(QStringLiteral("logs/error.log"))) + m_output;
    }
    void putOnDisk(const QString &relativePath, const QByteArray &bytes) const override
    {
        writeFile(QDir(shareDir()).filePath(relativePath), bytes);
    }

    void start() override
    {
        if (isRunning())
            return;
        for (int attempt = 0; attempt < kBindAttempts; ++attempt) {
            if (m_port == 0 || attempt > 0)
                m_port = portToUse();
            writeConfig();
            m_output.clear();
            m_process = std::make_unique<QProcess>();
            m_process->setProcessChannelMode(QProcess::MergedChannels);
            m_process->start(m_binary, arguments());
            if (!m_process->waitForStarted(10000))
                fail(QStringLiteral("%1 cannot be started: %2")
                         .arg(name(), m_process->errorString()));
            const QDeadlineTimer deadline(kStartTimeoutMs);
            while (isRunning() && !ready()) {
                if (deadline.hasExpired())
                    fail(QStringLiteral("%1 did not accept connections within %2 s:\n%3")
                             .arg(name())
                             .arg(kStartTimeoutMs / 1000)
                             .arg(log()));
                m_process->waitForReadyRead(20);
                m_output += QString::fromLocal8Bit(m_process->readAll());
            }
            if (isRunning()) {
                m_pid = m_process->processId();
                return;
            }
            m_output += QString::fromLocal8Bit(m_process->readAll());
            if (!log().contains(QStringLiteral("in use")))
                fail(QStringLiteral("%1 exited right after starting:\n%2").arg(name(), log()));
        }
        fail(QStringLiteral("%1 found no free port in %2 attempts").arg(name()).arg(kBindAttempts));
    }

    void kill() override
    {
        if (!isRunning())
            return;
        m_process->kill();
        m_process->waitForFinished(kStartTimeoutMs);
    }

    void signalKill() const override
    {
        if (m_pid > 0)
            ::kill(pid_t(m_pid), SIGKILL);
    }

    ~ProcessServer() override
    {
        if (isRunning()) {
            m_process->terminate();
            if (!m_process->waitForFinished(5000))
                kill();
        }
    }

protected:
    explicit ProcessServer(const QString &binaryName)
        : m_binary(findBinary(binaryName))
        , m_dir(QDir::tempPath() + QStringLiteral("/tillsyn-%1-XXXXXX").arg(binaryName))
    {
        if (m_binary.isEmpty())
            fail(QStringLiteral("%1 is not installed, so the WebDAV tests cannot run. Install it "
                                "with scripts/dev.sh.")
                     .arg(binaryName));
        if (!m_dir.isValid())
            fail(QStringLiteral("WebDavServer: cannot create a temporary folder"));
        for (const char *sub : {"conf", "logs", "tmp", "www/dav"})
            QDir().mkpath(path(QLatin1String(sub)));
    }

    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    virtual void writeConfig() = 0;
    virtual QStringList arguments() const = 0;
    virtual quint16 portToUse() { return probeFreePort(); }
    virtual bool ready() { return acceptsConnections(m_port); }

    QString m_binary;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
    qint64 m_pid = 0;
    QString m_output;
};

class NginxServer : public ProcessServer
{
public:
    explicit NginxServer(QString clientMaxBodySize = QStringLiteral("100m"))
        : ProcessServer(QStringLiteral("nginx"))
        , m_clientMaxBodySize(std::move(clientMaxBodySize))
    {
        if (!QFileInfo::exists(davExt()))
            fail(QStringLiteral("nginx's dav-ext module %1 is missing (libnginx-mod-http-dav-ext)")
                     .arg(davExt()));
        start();
    }
    QString name() const override { return QStringLiteral("nginx"); }

private:
    // The dav-ext module in nginx's module folder, as the installed nginx reports it (nginx -V
    // prints its configure arguments, --modules-path among them), not a folder written here.
    QString davExt() const
    {
        static const QString found = [this] {
            QProcess nginx;
            nginx.start(m_binary, {QStringLiteral("-V")});
            nginx.waitForFinished(10000);
            const QRegularExpressionMatch m =
                QRegularExpression(QStringLiteral("--modules-path=(\\S+)"))
                    .match(QString::fromLocal8Bit(nginx.readAllStandardError()));
            return m.hasMatch() ? m.captured(1) + QStringLiteral("/ngx_http_dav_ext_module.so")
                                : QString();
        }();
        return found;
    }
    QString m_clientMaxBodySize;

    void writeConfig() override
    {
        const QString tmp = path(QStringLiteral("tmp"));
        writeFile(
            path(QStringLiteral("conf/nginx.conf")),
            QStringLiteral("load_module %1;\n"
                           "daemon off;\n"
                           "master_process off;\n" // one process: kill() leaves no worker serving
                           "pid %2/nginx.pid;\n"
                           "error_log %3 warn;\n"
                           "events { worker_connections 64; }\n"
                           "http {\n"
                           "  access_log off;\n"
                           "  client_body_temp_path %2/body;\n"
                           "  proxy_temp_path %2/proxy;\n"
                           "  fastcgi_temp_path %2/fastcgi;\n"
                           "  uwsgi_temp_path %2/uwsgi;\n"
                           "  scgi_temp_path %2/scgi;\n"
                           // The default is 1 MB: too small for a visit with photos.
                           "  client_max_body_size %6;\n"
                           "  server {\n"
                           "    listen 127.0.0.1:%4;\n"
                           "    root %5;\n"
                           "    location /dav/ {\n"
                           "      dav_methods PUT DELETE MKCOL COPY MOVE;\n"
                           "      dav_ext_methods PROPFIND OPTIONS;\n"
                           "      dav_access user:rw group:rw all:r;\n"
                           "    }\n"
                           "  }\n"
                           "}\n")
                .arg(davExt(), tmp, path(QStringLiteral("logs/error.log")))
                .arg(m_port)
                .arg(path(QStringLiteral("www")), m_clientMaxBodySize)
                .toUtf8());
    }
    QStringList arguments() const override
    {
        return {QStringLiteral("-p"), path(QString()),
                QStringLiteral("-e"), path(QStringLiteral("logs/error.log")),
                QStringLiteral("-c"), path(QStringLiteral("conf/nginx.conf"))};
    }
};

class LighttpdServer : public ProcessServer
{
public:
    LighttpdServer()
        : ProcessServer(QStringLiteral("lighttpd"))
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/lib/lighttpd/mod_webdav.so")))
            fail(QStringLiteral("lighttpd's mod_webdav is missing (lighttpd-mod-webdav)"));
        start();
    }
    QString name() const override { return QStringLiteral("lighttpd"); }

private:
    void writeConfig() override
    {
        writeFile(path(QStringLiteral("conf/lighttpd.conf")),
                  QStringLiteral("server.modules = ( \"mod_webdav\" )\n"
                                 "server.document-root = \"%1\"\n"
                                 "server.bind = \"127.0.0.1\"\n"
                                 "server.port = %2\n"
                                 "server.errorlog = \"%3\"\n"
                                 "server.upload-dirs = ( \"%4\" )\n"
                                 "$HTTP[\"url\"] =~ \"^/dav($|/)\" {\n"
                                 "  webdav.activate = \"enable\"\n"
                                 "  webdav.is-readonly = \"disable\"\n"
                                 "}\n")
                      .arg(path(QStringLiteral("www")))
                      .arg(m_port)
                      .arg(path(QStringLiteral("logs/error.log")), path(QStringLiteral("tmp")))
                      .toUtf8());
    }
    QStringList arguments() const override
    {
        return {QStringLiteral("-D"), QStringLiteral("-f"),
                path(QStringLiteral("conf/lighttpd.conf"))};
    }
};

// rclone binds port 0 itself and prints the address it got: no race at all.
class RcloneServer : public ProcessServer
{
public:
    RcloneServer()
        : ProcessServer(QStringLiteral("rclone"))
    {
        start();
    }
    QString name() const override { return QStringLiteral("rclone"); }

private:
    void writeConfig() override { writeFile(path(QStringLiteral("conf/rclone.conf")), {}); }
    quint16 portToUse() override { return 0; }
    bool ready() override
    {
        static const QRegularExpression started(
            QStringLiteral("started on http://127\\.0\\.0\\.1:(\\d+)/"));
        const auto match = started.match(m_output);
        if (!match.hasMatch())
            return false;
        m_port = quint16(match.captured(1).toUInt());
        return acceptsConnections(m_port);
    }
    QStringList arguments() const override
    {
        // No directory cache: files the test writes on disk are seen at once.
        return {QStringLiteral("serve"),
                QStringLiteral("webdav"),
                shareDir(),
                QStringLiteral("--addr"),
                QStringLiteral("127.0.0.1:0"),
                QStringLiteral("--baseurl"),
                QStringLiteral("/dav"),
                QStringLiteral("--config"),
                path(QStringLiteral("conf/rclone.conf")),
                QStringLiteral("--dir-cache-time"),
                QStringLiteral("0s")};
    }
};

class ApacheServer : public WebDavServer
{
public:
    ApacheServer()
        : m_apache({/*https=*/true})
    {}
    QString name() const override { return QStringLiteral("apache"); }
    QUrl url() const override { return m_apache.url(); }
    QString shareDir() const override { return m_apache.shareDir(); }
    QString user() const override { return m_apache.user(); }
    QString password() const override { return m_apache.password(); }
    QString caFile() const override { return m_apache.caFile(); }
    void start() override { m_apache.start(); }
    void kill() override { m_apache.kill(); }
    void signalKill() const override { m_apache.signalKill(); }
    bool isRunning() const override { return m_apache.isRunning(); }
    QString log() const override { return m_apache.errorLog() + m_apache.accessLog(); }
    void putOnDisk(const QString &relativePath, const QByteArray &bytes) const override
    {
        m_apache.putOnDisk(relativePath, bytes);
    }

private:
    ApacheFixture m_apache;
};

} // namespace

QStringList WebDavServer::kinds()
{
    return {QStringLiteral("apache"), QStringLiteral("nginx"), QStringLiteral("lighttpd"),
            QStringLiteral("rclone")};
}

std::unique_ptr<WebDavServer> WebDavServer::makeNginx(const QString &clientMaxBodySize)
{
    return std::make_unique<NginxServer>(clientMaxBodySize);
}

std::unique_ptr<WebDavServer> WebDavServer::make(const QString &kind)
{
    if (kind == u"apache")
        return std::make_unique<ApacheServer>();
    if (kind == u"nginx")
        return std::make_unique<NginxServer>();
    if (kind == u"lighttpd")
        return std::make_unique<LighttpdServer>();
    if (kind == u"rclone")
        return std::make_unique<RcloneServer>();
    fail(QStringLiteral("no WebDAV server called %1").arg(kind));
}

} // namespace tillsyn::test
