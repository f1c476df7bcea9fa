#include "postgreslocator.h"

#include "util/error.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <utility>

namespace tillsyn::storage {

namespace {

const QStringList &sslModes()
{
    static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                      QStringLiteral("prefer"),    QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

QString decode(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

// A libpq connection value in single quotes (backslash and quote escaped). QPSQL turns every ';'
// of the options into a space, so a value may not hold one (refused by parse()).
QString quoted(const QString &value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + v + u'\'';
}

// Where the user part of a URI that holds a password is: from its first ':' to its last '@'
// (a password may hold '/', '?', '#' or '@' itself), or {-1, -1}.
std::pair<qsizetype, qsizetype> passwordSpan(const QString &uri)
{
    const qsizetype start = uri.indexOf(QStringLiteral("://"));
    const qsizetype at = uri.lastIndexOf(u'@');
    if (start < 0 || at <= start)
        return {-1, -1};
    const qsizetype colon = uri.indexOf(u':', start + 3);
    return colon >= 0 && colon < at ? std::pair{colon, at}
                                    : std::pair<qsizetype, qsizetype>{-1, -1};
}

} // namespace

QString PostgresLocator::redacted(const QString &uri)
{
    QString shown = uri;
    if (const auto [colon, at] = passwordSpan(uri); colon >= 0)
        shown.replace(colon, at - colon, QStringLiteral(":***"));
    return shown.section(u'?', 0, 0);
}

bool PostgresLocator::isUri(const QString &text)
{
    return text.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

PostgresLocator PostgresLocator::parse(const QString &uri)
{
    const QString shown = redacted(uri);
    const auto bad = [&shown](const QString &problem) {
        return Error(tr("%1: not a usable PostgreSQL address: %2. Expected "
                        "postgresql://USER@HOST:PORT/DATABASE")
                         .arg(shown, problem));
    };
    static const QRegularExpression form(
        QStringLiteral(
            "^postgres(?:ql)?://(?:([^@/?#]*)@)?(\\[[^\\]/?#]*\\]|[^:/?#]*)(?::([^/?#]*))?"
            "(?:/([^?#]*))?(?:\\?([^#]*))?$"),
        QRegularExpression::CaseInsensitiveOption);
    // Before the form: a password holding '/' or '@' would be read as a port or a host.
    if (passwordSpan(uri).first >= 0)
        throw Error(tr("%1: the address contains a password. A password is never given on the "
                       "command line or in an address: set PGPASSWORD or put it in ~/.pgpass.")
                        .arg(shown));
    const QRegularExpressionMatch m = form.match(uri);
    if (!m.hasMatch())
        throw bad(tr("it is not of that form"));

    PostgresLocator l;
    const QString userInfo = m.captured(1);
    if (userInfo.contains(u':'))
        throw Error(tr("%1: the address contains a password. A password is never given on the "
                       "command line or in an address: set PGPASSWORD or put it in ~/.pgpass.")
                        .arg(shown));
    l.user = decode(userInfo);
    QString host = m.captured(2);
    if (host.startsWith(u'['))
        host = host.mid(1, host.size() - 2);
    l.host = decode(host);
    if (m.hasCaptured(3) && !m.captured(3).isEmpty()) {
        bool ok = false;
        l.port = m.captured(3).toInt(&ok);
        if (!ok || l.port < 1 || l.port > 65535)
            throw bad(tr("the port \"%1\" is not a number from 1 to 65535").arg(m.captured(3)));
    }
    l.database = decode(m.captured(4));
    if (l.database.isEmpty())
        throw bad(tr("the database name is missing"));

    const QUrlQuery query(m.captured(5));
    for (const auto &[key, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        const QString value = rawValue;
        if (key == u"sslmode") {
            if (!sslModes().contains(value))
                throw bad(tr("sslmode \"%1\" is not one of %2").arg(value, sslModes().join(u", ")));
            l.sslMode = value;
        } else if (key == u"sslrootcert") {
            if (value.isEmpty())
                throw bad(tr("sslrootcert names no file"));
            l.sslRootCert = value;
        } else if (key == u"office") {
            if (!isOfficeCode(value))
                throw bad(tr("the office \"%1\" is not a municipality code of four digits")
                              .arg(value));
            l.office = value;
        } else if (key == u"password") {
            throw Error(tr("%1: the address contains a password. A password is never given on the "
                           "command line or in an address: set PGPASSWORD or put it in ~/.pgpass.")
                            .arg(shown));
        } else {
            throw bad(tr("the parameter \"%1\" is not supported (only sslmode, sslrootcert "
                         "and office)")
                          .arg(key));
        }
    }
    for (const QString *value : {&l.user, &l.host, &l.database, &l.sslRootCert}) {
        if (value->contains(u';') || value->contains(QChar(0)))
            throw bad(
                tr("\"%1\" contains a character a PostgreSQL connection cannot carry").arg(*value));
    }
    return l;
}

bool PostgresLocator::isOfficeCode(const QString &code)
{
    return code.size() == 4 &&
           std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

void PostgresLocator::requireOfficeCode(const QString &code)
{
    if (!isOfficeCode(code))
        throw Error(tr("\"%1\" is not an office code: give the municipality's code of four "
                       "digits (SCB), e.g. 0180.")
                        .arg(code));
}

QString PostgresLocator::serverName() const
{
    const QString h = host.isEmpty() ? QStringLiteral("localhost") : host;
    return QStringLiteral("%1:%2").arg(h, QString::number(port));
}

QString PostgresLocator::displayName() const
{
    return tr("database %1 on the PostgreSQL server %2").arg(database, serverName());
}

QString PostgresLocator::toUri() const
{
    const auto enc = [](const QString &s) { return QString::fromUtf8(QUrl::toPercentEncoding(s)); };
    QString h = enc(host);
    if (host.contains(u':') && !host.startsWith(u'/'))
        h = u'[' + host + u']';
    // Joined, not .arg(): the encoded parts hold '%'.
    QString uri = QStringLiteral("postgresql://") +
                  (user.isEmpty() ? QString() : enc(user) + u'@') + h + u':' +
                  QString::number(port) + u'/' + enc(database);
    QUrlQuery q;
    if (!sslMode.isEmpty())
        q.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!sslRootCert.isEmpty())
        q.addQueryItem(QStringLiteral("sslrootcert"), enc(sslRootCert));
    if (!office.isEmpty())
        q.addQueryItem(QStringLiteral("office"), office);
    if (!q.isEmpty())
        uri += u'?' + q.toString(QUrl::FullyEncoded);
    return uri;
}

QString PostgresLocator::connectOptions() const
{
    // Bounded waits for a server that does not answer, and a name in pg_stat_activity.
    QStringList options = {QStringLiteral("connect_timeout=10"),
                           QStringLiteral("application_name=tillsyn")};
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    if (!sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=") + quoted(sslRootCert);
    return options.join(u';');
}

} // namespace tillsyn::storage
