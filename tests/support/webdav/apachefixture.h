#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace tillsyn::test {

// A real WebDAV server for a test: Debian's apache2 (mpm_event, mod_dav, mod_dav_fs, Basic
// authentication from an htpasswd file the fixture writes) started from a temporary
// configuration on 127.0.0.1 and a free port, optionally over HTTPS with a CA and a server
// certificate (subjectAltName IP:127.0.0.1) the fixture makes with openssl. The share is
// url() = http(s)://127.0.0.1:PORT/dav/, stored on disk in shareDir().
//
// A port taken by someone else between choosing it and apache2 binding it is replaced by another
// (start() then changes url()).
// Throws std::runtime_error with a clear message when apache2 (or openssl, for HTTPS) is not
// installed or the server does not come up: a WebDAV test then fails, it is never skipped.
// scripts/dev.sh installs apache2. Runs as root (workers run as www-data) or as any user.
struct ApacheOptions
{
    bool https = false;
};

class ApacheFixture
{
public:
    using Options = ApacheOptions;

    explicit ApacheFixture(Options options = {});
    ~ApacheFixture();
    ApacheFixture(const ApacheFixture &) = delete;
    ApacheFixture &operator=(const ApacheFixture &) = delete;

    // Starts the server (again, on the same port) and returns once it accepts connections.
    void start();
    // Stops the server and returns once its main process is gone.
    void stop();
    // SIGKILL to the server's process group (the main process and its workers): requests in
    // flight end wherever they are. Returns once every process of the group is gone.
    void kill();
    // Only sends that SIGKILL, from any thread; kill() then waits.
    void signalKill() const;
    bool isRunning() const { return m_pid > 0; }

    quint16 port() const { return m_port; }
    QUrl url() const;
    // The share's root on disk (DocumentRoot/dav), owned by the server's user.
    QString shareDir() const;
    QString user() const { return QStringLiteral("inspektor"); }
    // Not ASCII on purpose: the Authorization header carries UTF-8.
    QString password() const { return QStringLiteral("hemligt-lösen-42"); }
    // HTTPS only: the CA that signed the server's certificate, and one that did not.
    QString caFile() const;
    QString otherCaFile() const;
    QString errorLog() const;
    QString accessLog() const;

    // Writes a file into the share on disk, as the server's user, making folders as needed.
    void putOnDisk(const QString &relativePath, const QByteArray &bytes) const;

    // The apache2 binary, or an empty string when it is not installed.
    static QString binary();

private:
    QString path(const QString &relative) const;
    void writeConfig();
    void makeCertificates();
    void chownToServer(const QString &path) const;
    qint64 readPid() const;

    Options m_options;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    qint64 m_pid = 0;
};

} // namespace tillsyn::test
