#include "postgrespasswords.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

namespace tillsyn::storage {

namespace {

QMutex s_mutex;
std::shared_ptr<PostgresPasswordSource> s_source;

// One field of a password file line up to its unescaped ':' (backslash escapes ':' and '\'),
// from `*pos`; `*pos` ends after the ':'. False when the line ends first.
bool field(const QString &line, qsizetype *pos, QString *out)
{
    out->clear();
    for (qsizetype i = *pos; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'\\' && i + 1 < line.size()) {
            *out += line[++i];
        } else if (c == u':') {
            *pos = i + 1;
            return true;
        } else {
            *out += c;
        }
    }
    return false;
}

bool matches(const QString &pattern, const QString &value)
{
    return pattern == u"*" || pattern == value;
}

// The user libpq logs in as when the locator names none.
QString defaultUser()
{
    QString user = qEnvironmentVariable("PGUSER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    return user;
}

} // namespace

void PostgresPasswords::setSource(std::shared_ptr<PostgresPasswordSource> source)
{
    QMutexLocker lock(&s_mutex);
    s_source = std::move(source);
}

std::shared_ptr<PostgresPasswordSource> PostgresPasswords::source()
{
    QMutexLocker lock(&s_mutex);
    return s_source;
}

bool PostgresPasswords::libpqHasPassword(const PostgresLocator &locator)
{
    if (!qEnvironmentVariable("PGPASSWORD").isEmpty())
        return true;
    QString path = qEnvironmentVariable("PGPASSFILE");
    if (path.isEmpty())
        path = QDir::home().filePath(QStringLiteral(".pgpass"));
    const QFileInfo info(path);
    // libpq ignores a password file others may read (with a warning), and anything not a file.
    const auto groupOrOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                               QFileDevice::ExeGroup | QFileDevice::ReadOther |
                               QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (!info.isFile() || (info.permissions() & groupOrOthers))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;

    // As libpq (fe-connect.c, passwordFromFile): no host or the default socket folder match
    // "localhost"; the database defaults to the user's name.
    QString host = locator.host;
    if (host.isEmpty() || host == u"/var/run/postgresql" || host == u"/run/postgresql")
        host = QStringLiteral("localhost");
    const QString user = locator.user.isEmpty() ? defaultUser() : locator.user;
    const QString database = locator.database.isEmpty() ? user : locator.database;
    const QString port = QString::number(locator.port);
    const QStringList wanted{host, port, database, user};

    for (const QByteArray &raw : file.readAll().split('\n')) {
        QString line = QString::fromUtf8(raw);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        qsizetype pos = 0;
        bool all = true;
        for (const QString &value : wanted) {
            QString pattern;
            if (!field(line, &pos, &pattern) || !matches(pattern, value)) {
                all = false;
                break;
            }
        }
        // The rest is the password; an empty one is no password.
        if (all && pos < line.size())
            return true;
        if (all)
            return false;
    }
    return false;
}

} // namespace tillsyn::storage
