#include "apachefixture.h"
#include "fixturefiles.h"

#include <QCryptographicHash>
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
#include <QThread>

#include <cerrno>
#include <csignal>
#include <functional>
#include <poll.h>
#include <pwd.h>
#include <stdexcept>
#include <sys/syscall.h>
#include <unistd.h>

namespace tillsyn::test {

namespace {

using fixture::fail;
using fixture::readText;
using fixture::writeFile;
using fixture::acceptsConnections;
using fixture::kStartTimeoutMs;

// Where apache2's modules are, as Debian's own configuration says (mods-available/dav.load
// names mod_dav.so with its full path), rather than a folder written into the test.
QString moduleFolder()
{
    static const QString folder = [] {
        QFile load(QStringLiteral("/etc/apache2/mods-available/dav.load"));
        if (!load.open(QIODevice::ReadOnly))
            return QString();
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("LoadModule\\s+dav_module\\s+(\\S+)"))
                .match(QString::fromUtf8(load.readAll()));
        return m.hasMatch() ? QFileInfo(m.captured(1)).absolutePath() : QString();
    }();
    return folder;
}
constexpr int kStopTimeoutMs = 20000;

// Runs a program to completion; throws with its output when it fails.
QString run(const QString &program, const QStringList &args,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        fail(QStringLiteral("ApacheFixture: cannot run %1: %2").arg(program, p.errorString()));
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        fail(QStringLiteral("ApacheFixture: %1 %2 failed (exit %3): %4%5")
                 .arg(program, args.join(u' '))
                 .arg(p.exitCode())
                 .arg(QString::fromLocal8Bit(p.readAllStandardError()),
                      QString::fromLocal8Bit(p.readAllStandardOutput())));
    return QString::fromLocal8Bit(p.readAllStandardOutput());
}

bool isAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

// Waits until the process (not our child: apache2 daemonises) has exited. A pidfd becomes
// readable when it exits, whoever reaps it; without pidfd_open, poll kill(pid, 0).
bool waitForExit(qint64 pid, int timeoutMs)
{
#ifdef SYS_pidfd_open
    const int fd = int(::syscall(SYS_pidfd_open, pid_t(pid), 0));
    if (fd >= 0) {
        pollfd p{fd, POLLIN, 0};
        int r;
        do {
            r = ::poll(&p, 1, timeoutMs);
        } while (r < 0 && errno == EINTR);
        ::close(fd);
        return r > 0;
    }
    if (errno == ESRCH)
        return true;
#endif
    const QDeadlineTimer deadline(timeoutMs);
    while (isAlive(pid)) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(5);
    }
    return true;
}

// Whether a process of the group is still running (a zombie no longer holds sockets; whether
// anyone reaps it is not ours to wait for).
bool groupAlive(qint64 pgid)
{
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        const QString stat = readText(QStringLiteral("/proc/%1/stat").arg(entry));
        // pid (comm) state ppid pgrp ...: comm may hold spaces and parentheses.
        const QStringList fields =
            stat.mid(stat.lastIndexOf(u')') + 2).split(u' ', Qt::SkipEmptyParts);
        if (fields.size() > 2 && fields[2].toLongLong() == pgid && fields[0] != u"Z")
            return true;
    }
    return false;
}

} // namespace

QString ApacheFixture::binary()
{
    QString found =
        QStandardPaths::findExecutable(QStringLiteral("apache2"), {QStringLiteral("/usr/sbin")});
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(QStringLiteral("apache2"));
    return found;
}

ApacheFixture::ApacheFixture(Options options)
    : m_options(options)
    , m_dir(QDir::tempPath() + QStringLiteral("/tillsyn-apache-XXXXXX"))
{
    if (binary().isEmpty())
        fail(QStringLiteral(
            "apache2 is not installed, so the WebDAV tests cannot run. Install it with "
            "scripts/dev.sh (or: apt-get install apache2)."));
    QStringList modules = {QStringLiteral("mpm_event"),  QStringLiteral("authz_core"),
                           QStringLiteral("authz_user"), QStringLiteral("authn_core"),
                           QStringLiteral("authn_file"), QStringLiteral("auth_basic"),
                           QStringLiteral("dav"),        QStringLiteral("dav_fs")};
    if (m_options.https)
        modules << QStringLiteral("ssl") << QStringLiteral("socache_shmcb");
    if (moduleFolder().isEmpty())
        fail(QStringLiteral("apache2's module folder is not named in "
                            "/etc/apache2/mods-available/dav.load"));
    for (const QString &m : modules) {
        if (!QFileInfo::exists(QStringLiteral("%1/mod_%2.so").arg(moduleFolder(), m)))
            fail(QStringLiteral("apache2's module mod_%1 is missing from %2")
                     .arg(m, moduleFolder()));
    }
    if (!m_dir.isValid())
        fail(QStringLiteral("ApacheFixture: cannot create a temporary folder"));
    // The workers run as www-data: they must be able to walk into the folder.
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::ExeOther);
    for (const char *sub : {"conf", "run", "lock", "logs", "www", "www/dav"})
        QDir().mkpath(path(QLatin1String(sub)));
    chownToServer(path(QStringLiteral("lock")));
    chownToServer(path(QStringLiteral("www")));
    chownToServer(shareDir());

    // {SHA} is base64 of the SHA-1 of the password (htpasswd -s).
    writeFile(
        path(QStringLiteral("conf/htpasswd")),
        user().toUtf8() + ":{SHA}" +
            QCryptographicHash::hash(password().toUtf8(), QCryptographicHash::Sha1).toBase64() +
            '\n');
    if (m_options.https)
        makeCertificates();

    start();
}

ApacheFixture::~ApacheFixture()
{
    try {
        stop();
    } catch (...) {
    }
}

QString ApacheFixture::path(const QString &relative) const
{
    return m_dir.filePath(relative);
}

QUrl ApacheFixture::url() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2/dav/")
                    .arg(m_options.https ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port));
}

QString ApacheFixture::shareDir() const
{
    return path(QStringLiteral("www/dav"));
}

QString ApacheFixture::caFile() const
{
    return path(QStringLiteral("conf/ca.pem"));
}

QString ApacheFixture::otherCaFile() const
{
    return path(QStringLiteral("conf/other-ca.pem"));
}

QString ApacheFixture::errorLog() const
{
    return readText(path(QStringLiteral("logs/error.log")));
}

QString ApacheFixture::accessLog() const
{
    return readText(path(QStringLiteral("logs/access.log")));
}

void ApacheFixture::chownToServer(const QString &p) const
{
    if (::geteuid() != 0)
        return; // apache2 then runs as this user
    const passwd *pw = ::getpwnam("www-data");
    if (!pw)
        fail(QStringLiteral("ApacheFixture: there is no user www-data"));
    if (::chown(QFile::encodeName(p).constData(), pw->pw_uid, pw->pw_gid) != 0)
        fail(QStringLiteral("ApacheFixture: cannot chown %1").arg(p));
}

void ApacheFixture::putOnDisk(const QString &relativePath, const QByteArray &bytes) const
{
    const QString file = QDir(shareDir()).filePath(relativePath);
    QString dir = shareDir();
    const QStringList parts = QFileInfo(relativePath).path().split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == u".")
            continue;
        dir += u'/' + part;
        if (!QFileInfo(dir).isDir()) {
            if (!QDir().mkdir(dir))
                fail(QStringLiteral("ApacheFixture: cannot create %1").arg(dir));
            chownToServer(dir);
        }
    }
    writeFile(file, bytes);
    chownToServer(file);
}

void ApacheFixture::makeCertificates()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        fail(QStringLiteral("openssl is not installed; the HTTPS WebDAV tests need it "
                            "(scripts/dev.sh installs it)."));
    const QString conf = path(QStringLiteral("conf"));
    const QStringList ec = {
        QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    auto makeCa = [&](const QString &name, const QString &cn) {
        run(openssl,
            QStringList{QStringLiteral("req"), QStringLiteral("-x509")}
                << ec
                << QStringList{QStringLiteral("-keyout"),
                               conf + u'/' + name + QStringLiteral(".key"), QStringLiteral("-out"),
                               conf + u'/' + name + QStringLiteral(".pem"), QStringLiteral("-days"),
                               QStringLiteral("2"), QStringLiteral("-subj"),
                               QStringLiteral("/CN=") + cn, QStringLiteral("-addext"),
                               QStringLiteral("basicConstraints=critical,CA:TRUE"),
                               QStringLiteral("-addext"),
                               QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    };
    makeCa(QStringLiteral("ca"), QStringLiteral("Tillsyn Test CA"));
    makeCa(QStringLiteral("other-ca"), QStringLiteral("Tillsyn Test CA"));
    run(openssl, QStringList{QStringLiteral("req"), QStringLiteral("-new")}
                     << ec
                     << QStringList{QStringLiteral("-keyout"), conf + QStringLiteral("/server.key"),
                                    QStringLiteral("-out"), conf + QStringLiteral("/server.csr"),
                                    QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    writeFile(conf + QStringLiteral("/server.ext"), "subjectAltName=IP:127.0.0.1\n"
                                                    "basicConstraints=CA:FALSE\n"
                                                    "keyUsage=critical,digitalSignature\n"
                                                    "extendedKeyUsage=serverAuth\n");
    run(openssl,
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
         conf + QStringLiteral("/server.csr"), QStringLiteral("-CA"), caFile(),
         QStringLiteral("-CAkey"), conf + QStringLiteral("/ca.key"),
         QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
         conf + QStringLiteral("/server.pem"), QStringLiteral("-days"), QStringLiteral("2"),
         QStringLiteral("-extfile"), conf + QStringLiteral("/server.ext")});
}

void ApacheFixture::writeConfig()
{
    QString c;
    auto line = [&](const QString &l) { c += l + u'\n'; };
    line(QStringLiteral("ServerRoot /etc/apache2"));
    line(QStringLiteral("ServerName 127.0.0.1"));
    line(QStringLiteral("PidFile %1").arg(path(QStringLiteral("run/apache2.pid"))));
    line(QStringLiteral("Mutex file:%1 default").arg(path(QStringLiteral("lock"))));
    line(QStringLiteral("ErrorLog %1").arg(path(QStringLiteral("logs/error.log"))));
    line(QStringLiteral("LogLevel warn"));
    // Method, path, status, bytes and microseconds of every request: for a failing test's report.
    line(QStringLiteral("CustomLog %1 \"%h %t \\\"%r\\\" %>s %b %Dus\"")
             .arg(path(QStringLiteral("logs/access.log"))));
    line(QStringLiteral("Timeout 20"));
    line(QStringLiteral("KeepAlive On"));
    QStringList modules = {QStringLiteral("mpm_event"),  QStringLiteral("authz_core"),
                           QStringLiteral("authz_user"), QStringLiteral("authn_core"),
                           QStringLiteral("authn_file"), QStringLiteral("auth_basic"),
                           QStringLiteral("dav"),        QStringLiteral("dav_fs")};
    if (m_options.https)
        modules << QStringLiteral("socache_shmcb") << QStringLiteral("ssl");
    for (const QString &m : modules)
        line(QStringLiteral("LoadModule %1_module %2/mod_%1.so").arg(m, moduleFolder()));
    // Small: one process is plenty for a test.
    line(QStringLiteral("StartServers 1\nServerLimit 2\nThreadLimit 16\nThreadsPerChild 16\n"
                        "MinSpareThreads 4\nMaxSpareThreads 32\nMaxRequestWorkers 32"));
    if (::geteuid() == 0)
        line(QStringLiteral("User www-data\nGroup www-data"));
    line(QStringLiteral("Listen 127.0.0.1:%1%2")
             .arg(m_port)
             .arg(m_options.https ? QStringLiteral(" https") : QString()));
    if (m_options.https) {
        line(QStringLiteral("SSLSessionCache shmcb:%1(512000)")
                 .arg(path(QStringLiteral("run/ssl_scache"))));
        line(QStringLiteral("SSLEngine on"));
        line(QStringLiteral("SSLCertificateFile %1").arg(path(QStringLiteral("conf/server.pem"))));
        line(QStringLiteral("SSLCertificateKeyFile %1")
                 .arg(path(QStringLiteral("conf/server.key"))));
    }
    line(QStringLiteral("DocumentRoot %1").arg(path(QStringLiteral("www"))));
    line(QStringLiteral("DAVLockDB %1").arg(path(QStringLiteral("lock/DAVLock"))));
    line(QStringLiteral("<Directory %1>").arg(path(QStringLiteral("www"))));
    line(QStringLiteral("  Dav On"));
    line(QStringLiteral("  AuthType Basic"));
    line(QStringLiteral("  AuthName \"Tillsyn test share\""));
    line(QStringLiteral("  AuthBasicProvider file"));
    line(QStringLiteral("  AuthUserFile %1").arg(path(QStringLiteral("conf/htpasswd"))));
    line(QStringLiteral("  Require valid-user"));
    line(QStringLiteral("</Directory>"));
    writeFile(path(QStringLiteral("conf/apache2.conf")), c.toUtf8());
}

namespace {
// Debian's apache2 expects these (its envvars file sets them for apachectl).
QProcessEnvironment apacheEnvironment(const std::function<QString(const QString &)> &path)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("APACHE_RUN_DIR"), path(QStringLiteral("run")));
    env.insert(QStringLiteral("APACHE_PID_FILE"), path(QStringLiteral("run/apache2.pid")));
    env.insert(QStringLiteral("APACHE_LOCK_DIR"), path(QStringLiteral("lock")));
    env.insert(QStringLiteral("APACHE_LOG_DIR"), path(QStringLiteral("logs")));
    env.insert(QStringLiteral("APACHE_RUN_USER"), QStringLiteral("www-data"));
    env.insert(QStringLiteral("APACHE_RUN_GROUP"), QStringLiteral("www-data"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    return env;
}
} // namespace

qint64 ApacheFixture::readPid() const
{
    return readText(path(QStringLiteral("run/apache2.pid"))).trimmed().toLongLong();
}

void ApacheFixture::start()
{
    if (isRunning())
        return;
    const auto env = apacheEnvironment([this](const QString &p) { return path(p); });
    // A free port: bind to port 0, note the number, let it go. Someone may take it before
    // apache2 binds it: then apache2 says so and another port is tried.
    for (int attempt = 0;; ++attempt) {
        if (m_port == 0 || attempt > 0) {
            QTcpServer probe;
            if (!probe.listen(QHostAddress(QHostAddress::LocalHost), 0))
                fail(QStringLiteral("ApacheFixture: no free port: %1").arg(probe.errorString()));
            m_port = probe.serverPort();
        }
        writeConfig();
        try {
            run(binary(),
                {QStringLiteral("-f"), path(QStringLiteral("conf/apache2.conf")),
                 QStringLiteral("-k"), QStringLiteral("start")},
                env);
            break;
        } catch (const std::runtime_error &e) {
            const QString what = QString::fromLocal8Bit(e.what()) + errorLog();
            if (attempt < 8 && what.contains(QStringLiteral("Address already in use")))
                continue;
            fail(what);
        }
    }
    // apache2 -k start returns once it has daemonised; the daemon then opens the port and writes
    // its pid file. Wait for both, up to a deadline.
    const QDeadlineTimer deadline(kStartTimeoutMs);
    for (;;) {
        const qint64 pid = readPid();
        if (pid > 0 && isAlive(pid) && acceptsConnections(m_port)) {
            m_pid = pid;
            return;
        }
        if (pid > 0 && !isAlive(pid))
            fail(QStringLiteral("apache2 exited right after starting; error log:\n%1")
                     .arg(errorLog()));
        if (deadline.hasExpired())
            fail(QStringLiteral("apache2 did not accept connections on 127.0.0.1:%1 within %2 s; "
                                "error log:\n%3")
                     .arg(m_port)
                     .arg(kStartTimeoutMs / 1000)
                     .arg(errorLog()));
        QThread::msleep(10); // refused at once: give the daemon a moment before trying again
    }
}

void ApacheFixture::signalKill() const
{
    if (m_pid > 0)
        ::kill(-pid_t(m_pid), SIGKILL);
}

void ApacheFixture::kill()
{
    if (!isRunning())
        return;
    const qint64 pid = m_pid;
    m_pid = 0;
    // apache2 -k start made its main process a session (and process group) leader.
    ::kill(-pid_t(pid), SIGKILL);
    const QDeadlineTimer deadline(kStopTimeoutMs);
    while (groupAlive(pid)) {
        if (deadline.hasExpired())
            fail(QStringLiteral("apache2 (group %1) did not die within %2 s")
                     .arg(pid)
                     .arg(kStopTimeoutMs / 1000));
        QThread::msleep(5);
    }
    QFile::remove(path(QStringLiteral("run/apache2.pid")));
}

void ApacheFixture::stop()
{
    if (!isRunning())
        return;
    const qint64 pid = m_pid;
    m_pid = 0;
    // -k stop sends the main process SIGTERM (read from the pid file): it stops its workers,
    // then exits. Should that command fail, send the signal directly.
    try {
        run(binary(),
            {QStringLiteral("-f"), path(QStringLiteral("conf/apache2.conf")), QStringLiteral("-k"),
             QStringLiteral("stop")},
            apacheEnvironment([this](const QString &p) { return path(p); }));
    } catch (const std::runtime_error &) {
        ::kill(pid_t(pid), SIGTERM);
    }
    if (!waitForExit(pid, kStopTimeoutMs)) {
        ::kill(pid_t(pid), SIGKILL);
        waitForExit(pid, kStopTimeoutMs);
        fail(QStringLiteral("apache2 (pid %1) did not stop within %2 s")
                 .arg(pid)
                 .arg(kStopTimeoutMs / 1000));
    }
    QFile::remove(path(QStringLiteral("run/apache2.pid")));
}

} // namespace tillsyn::test
