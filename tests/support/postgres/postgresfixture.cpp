#include "postgresfixture.h"
#include "support/webdav/fixturefiles.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QVersionNumber>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace tillsyn::test {

namespace {

using fixture::fail;
using fixture::readText;
using fixture::writeFile;

// Text as an SQL string literal's content (the names and passwords are the tests' own; still
// quoted as SQL wants).
QString sqlText(const QString &text)
{
    return QString(text).replace(u'\'', QStringLiteral("''"));
}

constexpr int kStartTimeoutMs = 30000;
constexpr char kServerUser[] = "postgres"; // made by Debian's postgresql-common

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

void chownToServer(const QString &path)
{
    if (!runningAsRoot())
        return; // the server then runs as this user
    const passwd *pw = ::getpwnam(kServerUser);
    if (!pw)
        fail(QStringLiteral("PostgresFixture: there is no user %1 (install the postgresql "
                            "package, which creates it)")
                 .arg(QLatin1String(kServerUser)));
    if (::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0)
        fail(QStringLiteral("PostgresFixture: cannot chown %1").arg(path));
}

// The process-exit hook: QCoreApplication's post routines run while Qt still works (QProcess),
// and they run whether the tests passed or failed.
PostgresFixture *g_started = nullptr;
void stopAtExit()
{
    delete g_started;
    g_started = nullptr;
}

// Servers of test processes that died without their exit hook (killed, or a closed pipe):
// each fixture folder names its process in owner.pid; one whose process is gone is stopped and
// removed, so a killed test run does not leave servers behind for good.
void stopOrphans(const QString &binDir)
{
    const QDir tmp(QDir::tempPath());
    for (const QString &entry :
         tmp.entryList({QStringLiteral("tillsyn-pg-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString dir = tmp.filePath(entry);
        const qint64 owner = readText(dir + QStringLiteral("/owner.pid")).trimmed().toLongLong();
        if (owner <= 0 || ::kill(pid_t(owner), 0) == 0 || errno != ESRCH)
            continue;
        QProcess stop;
        const QString pgCtl = QDir(binDir).filePath(QStringLiteral("pg_ctl"));
        const QStringList args = {QStringLiteral("-D"), dir + QStringLiteral("/data"),
                                  QStringLiteral("-m"), QStringLiteral("immediate"),
                                  QStringLiteral("-w"), QStringLiteral("stop")};
        if (runningAsRoot())
            stop.start(QStringLiteral("runuser"),
                       QStringList{QStringLiteral("-u"), QLatin1String(kServerUser),
                                   QStringLiteral("--"), pgCtl} +
                           args);
        else
            stop.start(pgCtl, args);
        stop.waitForFinished(30000);
        QDir(dir).removeRecursively();
    }
}

} // namespace

QString PostgresFixture::findBinDir()
{
    // Debian installs each major version side by side; the newest is the one we test.
    QVersionNumber best;
    QString found;
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber v = QVersionNumber::fromString(entry);
        const QString bin = root.filePath(entry + QStringLiteral("/bin"));
        if (!v.isNull() && v > best && QFileInfo(bin + QStringLiteral("/initdb")).isExecutable()) {
            best = v;
            found = bin;
        }
    }
    return found;
}

PostgresFixture &PostgresFixture::instance()
{
    if (g_started)
        return *g_started;
    // The run's shared server, when ctest started one and it answers.
    const QString stateFile = qEnvironmentVariable("TILLSYN_TEST_PG_SHARED");
    const QString sharedDir = stateFile.isEmpty() ? QString() : readText(stateFile).trimmed();
    if (!sharedDir.isEmpty() && QFileInfo::exists(sharedDir + QStringLiteral("/data"))) {
        auto *shared = new PostgresFixture(sharedDir, true);
        if (shared->answers()) {
            g_started = shared; // m_running stays false: never stopped from here
            return *g_started;
        }
        delete shared;
    }
    auto *fixture = new PostgresFixture(QStringLiteral("tillsyn-pg-"));
    try {
        fixture->start();
    } catch (...) {
        delete fixture;
        throw;
    }
    g_started = fixture;
    qAddPostRoutine(stopAtExit);
    return *g_started;
}

void PostgresFixture::startShared(const QString &stateFile)
{
    stopShared(stateFile); // one an interrupted run left
    // Not named tillsyn-pg-*: stopOrphans() would take it for a dead test process's server.
    PostgresFixture fixture(QStringLiteral("tillsyn-pgshared-"));
    fixture.m_temp->setAutoRemove(false);
    fixture.start();
    writeFile(stateFile, fixture.m_dir.path().toUtf8());
    fixture.m_running = false; // it outlives this program, until stopShared()
}

void PostgresFixture::stopShared(const QString &stateFile)
{
    const QString dir = readText(stateFile).trimmed();
    if (dir.isEmpty())
        return;
    if (QFileInfo::exists(dir + QStringLiteral("/data"))) {
        PostgresFixture fixture(dir, true);
        // A server that is gone (a reboot since) has nothing to stop; its folder still goes.
        fixture.m_running = fixture.answers();
        fixture.stop();
    }
    QDir(dir).removeRecursively();
    QFile::remove(stateFile);
}

PostgresFixture::PostgresFixture(const QString &prefix)
    : m_temp(std::make_unique<QTemporaryDir>(QDir::tempPath() + u'/' + prefix +
                                             QStringLiteral("XXXXXX")))
    , m_dir(m_temp->path())
    , m_binDir(findBinDir())
{
    if (m_binDir.isEmpty())
        fail(QStringLiteral("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb), "
                            "so the PostgreSQL tests cannot run. Install it with scripts/dev.sh "
                            "(or: apt-get install postgresql libqt6sql6-psql)."));
    if (!m_temp->isValid())
        fail(QStringLiteral("PostgresFixture: cannot create a temporary folder"));
}

PostgresFixture::PostgresFixture(const QString &existingDir, bool)
    : m_dir(existingDir)
    , m_binDir(findBinDir())
{
    if (m_binDir.isEmpty())
        fail(QStringLiteral("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)"));
}

PostgresFixture::~PostgresFixture()
{
    try {
        stop();
    } catch (...) {
    }
    // A folder this fixture made (owned by the server's user when we are root) goes with
    // m_temp, unless startShared() keeps it.
}

QStringList PostgresFixture::asServerUser(const QString &program, const QStringList &args) const
{
    const QString path = QDir(m_binDir).filePath(program);
    if (!runningAsRoot())
        return QStringList{path} + args;
    // initdb and postgres refuse to run as root: run them as Debian's postgres user.
    return QStringList{QStringLiteral("runuser"), QStringLiteral("-u"),
                       QLatin1String(kServerUser), QStringLiteral("--"), path} +
           args;
}

QString PostgresFixture::run(const QString &program, const QStringList &args,
                             const QString &password) const
{
    // The server's programs refuse root and run as its user. psql, a client, runs as this process:
    // root may enter the socket's folder, and roles log in by trust or password, not as a system
    // user; the tests' queries so start one process each instead of two (runuser and psql).
    const QStringList command = program == u"psql"
                                    ? QStringList{QDir(m_binDir).filePath(program)} + args
                                    : asServerUser(program, args);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Only what this call says: no PGPASSWORD, PGHOST, ... of the caller's environment.
    for (const QString &key : env.keys())
        if (key.startsWith(QStringLiteral("PG")))
            env.remove(key);
    if (!password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), password);
    env.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/nonexistent/tillsyn-pgpass"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir.path()); // readable by the server's user
    p.start(command.first(), command.mid(1));
    if (!p.waitForStarted(10000))
        fail(QStringLiteral("PostgresFixture: cannot run %1: %2").arg(program, p.errorString()));
    p.closeWriteChannel();
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        fail(QStringLiteral("PostgresFixture: %1 %2 failed (exit %3): %4%5")
                 .arg(program, args.join(u' '))
                 .arg(p.exitCode())
                 .arg(QString::fromUtf8(p.readAllStandardError()),
                      QString::fromUtf8(p.readAllStandardOutput())));
    return QString::fromUtf8(p.readAllStandardOutput());
}

void PostgresFixture::start()
{
    stopOrphans(m_binDir);
    const QString data = m_dir.filePath(QStringLiteral("data"));
    QDir().mkpath(socketDir());
    writeFile(m_dir.filePath(QStringLiteral("owner.pid")),
              QByteArray::number(QCoreApplication::applicationPid()));
    // The folder holds the socket: only the server's user (and root) may enter it.
    QFile::setPermissions(m_dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    chownToServer(m_dir.path());
    chownToServer(socketDir());
    writeFile(logFile(), {});
    chownToServer(logFile());

    // --no-sync: initdb's closing fsync of the new cluster only guards against this machine
    // crashing before the run ends (the folder is thrown away then anyway) and costs seconds of
    // disk waits; the server itself keeps fsync on.
    run(QStringLiteral("initdb"),
        {QStringLiteral("--no-sync"), QStringLiteral("-D"), data, QStringLiteral("-U"), superuser(),
         QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C.UTF-8"),
         QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=reject")});

    // Only the socket in our folder; fsync as in production. The superuser is trusted on the
    // socket (the fixture's own work); every other role must give its password.
    QFile conf(QDir(data).filePath(QStringLiteral("postgresql.conf")));
    if (!conf.open(QIODevice::Append))
        fail(QStringLiteral("PostgresFixture: cannot write %1").arg(conf.fileName()));
    conf.write(QStringLiteral("\n# tillsyn test fixture\n"
                              "listen_addresses = ''\n"
                              "unix_socket_directories = '%1'\n"
                              "port = %2\n"
                              "fsync = on\n"
                              "synchronous_commit = on\n"
                              "max_connections = 60\n")
                   .arg(socketDir())
                   .arg(port())
                   .toUtf8());
    conf.close();
    QFile hba(QDir(data).filePath(QStringLiteral("pg_hba.conf")));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(QStringLiteral("PostgresFixture: cannot write %1").arg(hba.fileName()));
    hba.write(QStringLiteral("local all %1 trust\nlocal all all scram-sha-256\n")
                  .arg(superuser())
                  .toUtf8());
    hba.close();

    run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), data, QStringLiteral("-l"), logFile(),
                                   QStringLiteral("-W"), QStringLiteral("start")});
    m_running = true;

    // Ready when the server answers on its socket; the deadline bounds a server that never comes.
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!answers()) {
        if (deadline.hasExpired())
            fail(QStringLiteral("PostgresFixture: the server did not become ready within %1 s. "
                                "Its log:\n%2")
                     .arg(kStartTimeoutMs / 1000)
                     .arg(readText(logFile())));
        // No socket yet: pg_isready returns at once; poll, do not spin.
        QThread::msleep(20);
    }
}

bool PostgresFixture::answers() const
{
    QProcess ready;
    ready.start(QDir(m_binDir).filePath(QStringLiteral("pg_isready")),
                {QStringLiteral("-q"), QStringLiteral("-h"), socketDir(), QStringLiteral("-p"),
                 QString::number(port()), QStringLiteral("-t"), QStringLiteral("1")});
    return ready.waitForFinished(5000) && ready.exitStatus() == QProcess::NormalExit &&
           ready.exitCode() == 0;
}

void PostgresFixture::stop()
{
    if (!m_running)
        return;
    m_running = false;
    run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
                                   QStringLiteral("-m"), QStringLiteral("fast"),
                                   QStringLiteral("-w"), QStringLiteral("stop")});
}

QString PostgresFixture::uri(const QString &database, const QString &user) const
{
    // The socket folder as libpq's host, percent-encoded so its slashes stay one host. (Joined,
    // not .arg(): the encoded text holds '%'.)
    const auto enc = [](const QString &s) { return QString::fromUtf8(QUrl::toPercentEncoding(s)); };
    return QStringLiteral("postgresql://") + enc(user.isEmpty() ? superuser() : user) + u'@' +
           enc(socketDir()) + u':' + QString::number(port()) + u'/' + enc(database);
}

QString PostgresFixture::psql(const QString &database, const QString &sql, const QString &user,
                              const QString &password) const
{
    return run(QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
                QStringLiteral("-t"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("-h"), socketDir(), QStringLiteral("-p"), QString::number(port()),
                QStringLiteral("-U"), user.isEmpty() ? superuser() : user, QStringLiteral("-d"),
                database, QStringLiteral("-c"), sql},
               password);
}

void PostgresFixture::admin(const QString &sql) const
{
    adminValue(sql);
}

QString PostgresFixture::adminValue(const QString &sql) const
{
    // A QSqlDatabase belongs to the thread that opened it: one connection per fixture and thread.
    const QString name = QStringLiteral("tillsyn-test-admin-%1-%2")
                             .arg(quintptr(this))
                             .arg(quintptr(QThread::currentThread()));
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(socketDir());
        db.setPort(port());
        db.setUserName(superuser());
        db.setDatabaseName(QStringLiteral("postgres"));
    }
    if (!db.isOpen() && !db.open())
        fail(QStringLiteral("PostgresFixture: cannot connect to %1 as %2: %3")
                 .arg(socketDir(), superuser(), db.lastError().text()));
    QSqlQuery query(db);
    if (!query.exec(sql))
        fail(QStringLiteral("PostgresFixture: %1 failed: %2").arg(sql, query.lastError().text()));
    return query.next() ? query.value(0).toString() : QString();
}

void PostgresFixture::createRole(const QString &name, const QString &password) const
{
    admin(QStringLiteral("DO $$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1')"
                         " THEN CREATE ROLE \"%1\" LOGIN; END IF; END$$;"
                         " ALTER ROLE \"%1\" PASSWORD '%2'")
              .arg(name, sqlText(password)));
}

QString PostgresFixture::createDatabase(const QString &owner, const QString &templateName) const
{
    static std::atomic<int> counter{0};
    // Unique on a server shared by a whole run: process, counter and a random part (a process id
    // may come again after a killed process left its database behind).
    const QString name = QStringLiteral("test_%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(++counter)
                             .arg(QRandomGenerator::global()->generate() % 100000);
    QString sql = QStringLiteral("CREATE DATABASE \"%1\" OWNER \"%2\"")
                      .arg(name, owner.isEmpty() ? superuser() : owner);
    if (!templateName.isEmpty())
        sql += QStringLiteral(" TEMPLATE \"%1\"").arg(templateName);
    admin(sql);
    return name;
}

QString PostgresFixture::templateDatabase(const QString &name,
                                          const std::function<void(const QString &uri)> &make) const
{
    // Several test processes of a run may ask at once: a session lock of the admin connection
    // lets one make it. It is made under another name and renamed when whole, so a process
    // killed while making it leaves no half-made template (the next one starts again).
    admin(QStringLiteral("SELECT pg_advisory_lock(hashtext('tillsyn-test-template'))"));
    const auto unlock = [this] {
        admin(QStringLiteral("SELECT pg_advisory_unlock(hashtext('tillsyn-test-template'))"));
    };
    try {
        if (adminValue(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'")
                           .arg(sqlText(name))) == u"0") {
            const QString building = createDatabase();
            try {
                make(uri(building));
                admin(QStringLiteral("ALTER DATABASE \"%1\" RENAME TO \"%2\"").arg(building, name));
            } catch (...) {
                dropDatabase(building);
                throw;
            }
        }
    } catch (...) {
        unlock();
        throw;
    }
    unlock();
    return name;
}

void PostgresFixture::dropDatabase(const QString &name) const
{
    admin(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
}

PostgresDatabase::PostgresDatabase(const QString &owner)
    : m_name(server().createDatabase(owner))
{}

PostgresDatabase::PostgresDatabase(const FromTemplate &from)
    : m_name(server().createDatabase({}, from.name))
{}

PostgresDatabase::~PostgresDatabase()
{
    try {
        server().dropDatabase(m_name);
    } catch (...) {
        // The server goes at process exit anyway; a failed drop must not end the run.
    }
}

} // namespace tillsyn::test
