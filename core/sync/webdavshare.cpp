#include "webdavshare.h"

#include "shareerror.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>
#include <QXmlStreamReader>

namespace tillsyn::sync {

using Kind = ShareError::Kind;

WebDavShare::WebDavShare(QUrl root, Credentials credentials, QList<QSslCertificate> extraCas,
                         QNetworkAccessManager *network, int timeoutMs)
    : m_root(std::move(root))
    , m_credentials(std::move(credentials))
    , m_tls(QSslConfiguration::defaultConfiguration())
    , m_ownNetwork(network ? nullptr : std::make_unique<QNetworkAccessManager>())
    , m_network(network ? network : m_ownNetwork.get())
    , m_timeoutMs(timeoutMs)
{
    if (!m_root.path().endsWith(u'/'))
        m_root.setPath(m_root.path() + u'/');
    // Never send credentials embedded in the URL: they belong in the header only.
    m_root.setUserInfo(QString());
    if (!extraCas.isEmpty())
        m_tls.addCaCertificates(extraCas);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

WebDavShare::~WebDavShare() = default;

QString WebDavShare::describe() const
{
    return m_root.toDisplayString(QUrl::RemoveUserInfo);
}

QUrl WebDavShare::url(const QString &path) const
{
    QUrl u = m_root;
    u.setPath(m_root.path() + path);
    return u;
}

QList<QSslCertificate> WebDavShare::loadCaFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw ShareError(Kind::Tls,
                         tr("%1: the CA file cannot be read: %2").arg(path, f.errorString()));
    const QByteArray data = f.readAll();
    QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromData(data, QSsl::Der);
    if (certs.isEmpty())
        throw ShareError(Kind::Tls, tr("%1: the file holds no certificate").arg(path));
    return certs;
}

bool WebDavShare::hasCredentials() const
{
    return !m_credentials.token.isEmpty() || !m_credentials.user.isEmpty() ||
           !m_credentials.password.isEmpty();
}

QString WebDavShare::where(const QString &path) const
{
    return url(path).toDisplayString(QUrl::RemoveUserInfo);
}

WebDavShare::Response WebDavShare::send(const QByteArray &verb, const QString &path,
                                        const QByteArray &body, const Headers &headers)
{
    // Basic authentication is the password in clear text: never over an unencrypted connection.
    if (m_root.scheme() != u"https" && hasCredentials())
        throw ShareError(Kind::Tls, tr("%1: a password or token is never sent over an unencrypted "
                                       "connection (http://); use the share's https:// address")
                                        .arg(describe()));
    QNetworkRequest request(url(path));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    // Set by us, so Qt neither asks for gzip nor inflates what comes: a small compressed body
    // cannot become gigabytes in memory.
    request.setRawHeader("Accept-Encoding", "identity");
    if (!m_credentials.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_credentials.token.toUtf8());
    else if (!m_credentials.user.isEmpty())
        request.setRawHeader(
            "Authorization",
            "Basic " + (m_credentials.user + u':' + m_credentials.password).toUtf8().toBase64());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (m_root.scheme() == u"https")
        request.setSslConfiguration(m_tls);

    // HEAD goes through head(): as a custom verb Qt would wait for the body the Content-Length
    // announces, which a HEAD response never carries, until the server closes the connection
    // (Apache's KeepAliveTimeout, 5 s) or the timeout strikes.
    QNetworkReply *reply = verb == "HEAD" ? m_network->head(request)
                                          : m_network->sendCustomRequest(request, verb, body);
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> guard(
        reply, [](QNetworkReply *r) { r->deleteLater(); });

    enum class Stop { None, Idle, Deadline, TooLarge, Encoding };
    Stop stop = Stop::None;
    Response r;
    qint64 announced = -1;
    QEventLoop loop;
    QTimer idle;
    idle.setSingleShot(true);
    QTimer overall;
    overall.setInterval(qBound(50, m_timeoutMs / 4, 1000));
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    bool anyProgress = false;
    const auto progressed = [&] {
        idle.start(m_timeoutMs);
        sinceProgress.restart();
        anyProgress = true;
    };
    const auto stopWith = [&](Stop why) {
        if (stop == Stop::None)
            stop = why;
        reply->abort();
    };
    QObject::connect(&idle, &QTimer::timeout, &loop, [&] { stopWith(Stop::Idle); });
    // A server that trickles a byte now and then never lets the idle timer strike: the whole
    // request must also keep an average rate once it has had the idle timeout to get going.
    QObject::connect(&overall, &QTimer::timeout, &loop, [&] {
        // No progress for the whole timeout is a hang, whichever timer notices first; a request
        // that has not moved at all is only ever a hang.
        if (sinceProgress.elapsed() >= m_timeoutMs) {
            stopWith(Stop::Idle);
            return;
        }
        const qint64 moved = body.size() + r.body.size();
        if (anyProgress && clock.elapsed() > m_timeoutMs + moved * 1000 / kMinBytesPerSecond)
            stopWith(Stop::Deadline);
    });
    // Progress of any kind restarts the idle clock: a slow upload is not a hang.
    QObject::connect(reply, &QNetworkReply::uploadProgress, &idle, progressed);
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        progressed();
        bool ok = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        announced = ok ? length : -1;
        const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
        if (verb != "HEAD" && !encoding.isEmpty() && encoding != "identity")
            stopWith(Stop::Encoding);
        else if (verb != "HEAD" && announced > readLimit)
            stopWith(Stop::TooLarge);
    });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        progressed();
        while (reply->bytesAvailable() > 0 && stop == Stop::None) {
            // One byte past the limit is enough to know the file is too large.
            r.body += reply->read(qMin(reply->bytesAvailable(), readLimit + 1 - r.body.size()));
            if (r.body.size() > readLimit)
                stopWith(Stop::TooLarge);
        }
    });
    QString tlsProblem;
    QObject::connect(reply, &QNetworkReply::sslErrors, &loop, [&](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        tlsProblem = texts.join(QStringLiteral("; "));
        // Not ignored: the reply fails with SslHandshakeFailedError.
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    idle.start(m_timeoutMs);
    overall.start();
    if (!reply->isFinished())
        loop.exec();
    idle.stop();
    overall.stop();

    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    switch (stop) {
    case Stop::None:
        break;
    case Stop::Idle:
        throw ShareError(Kind::Timeout, tr("%1: the server did not answer within %2 seconds")
                                            .arg(where(path))
                                            .arg(QString::number(m_timeoutMs / 1000.0)));
    case Stop::Deadline:
        throw ShareError(Kind::Timeout,
                         tr("%1: the transfer is too slow and was stopped after %2 seconds")
                             .arg(where(path))
                             .arg(QString::number(clock.elapsed() / 1000.0, 'f', 1)));
    case Stop::TooLarge:
        throw ShareError(Kind::TooLarge,
                         tr("%1: the server sent more than %2 MB, more than any file of the share "
                            "may hold; nothing of it was used")
                             .arg(where(path))
                             .arg(readLimit / (1024 * 1024)));
    case Stop::Encoding:
        throw ShareError(
            Kind::Other,
            tr("%1: the server sent compressed data that was not asked "
               "for (%2); nothing of it was used")
                .arg(where(path), QString::fromLatin1(reply->rawHeader("Content-Encoding"))));
    }
    if (r.status == 0) {
        switch (reply->error()) {
        case QNetworkReply::SslHandshakeFailedError:
            throw ShareError(
                Kind::Tls,
                tr("%1: the server's certificate does not verify (%2). "
                   "Check the address, or give the municipality's CA file.")
                    .arg(where(path), tlsProblem.isEmpty() ? reply->errorString() : tlsProblem));
        case QNetworkReply::OperationCanceledError:
            throw ShareError(Kind::Cancelled, tr("%1: cancelled").arg(where(path)));
        default:
            throw ShareError(
                Kind::Offline,
                tr("%1: the server cannot be reached: %2").arg(where(path), reply->errorString()));
        }
    }
    r.body += reply->readAll(); // what came with `finished` (bounded by the read buffer size)
    // The status came, but not all of the body: a connection error after it (network errors are
    // Qt's codes below 100; the codes of HTTP statuses are above), or fewer bytes than announced.
    const bool lostAfterStatus = reply->error() != QNetworkReply::NoError && reply->error() < 100;
    if (r.body.size() > readLimit)
        throw ShareError(Kind::TooLarge, tr("%1: the server sent more than %2 MB, more than any "
                                            "file of the share may hold; nothing of it was used")
                                             .arg(where(path))
                                             .arg(readLimit / (1024 * 1024)));
    if (lostAfterStatus || (verb != "HEAD" && announced >= 0 && r.body.size() < announced))
        throw ShareError(Kind::Incomplete,
                         tr("%1: the transfer was cut off (%2 of %3 bytes arrived); it will be "
                            "tried again")
                             .arg(where(path))
                             .arg(r.body.size())
                             .arg(announced >= 0 ? QString::number(announced) : tr("unknown")));
    r.etag = reply->rawHeader("ETag");
    r.lastModified = reply->rawHeader("Last-Modified");
    return r;
}

void WebDavShare::failStatus(const Response &r, const QString &path, const QString &what,
                             qint64 uploadSize)
{
    Kind kind = Kind::Other;
    QString reason;
    switch (r.status) {
    case 401:
        kind = Kind::Unauthorized;
        reason = tr("the user name or password was not accepted (401)");
        break;
    case 403:
        kind = Kind::Forbidden;
        reason =
            tr("access is denied (403) to %1; ask IT to give this account access").arg(u'/' + path);
        break;
    case 404:
        kind = Kind::NotFound;
        reason = tr("not found (404)");
        break;
    case 409:
        kind = Kind::Conflict;
        reason = tr("the server reports a conflict (409)");
        break;
    case 413:
        kind = Kind::Other;
        reason = tr("the server's upload limit is too small for this file: %1 MB; ask IT to raise "
                    "it (413)")
                     .arg(QString::number(qMax<qint64>(uploadSize, 0) / (1024.0 * 1024.0), 'f', 1));
        break;
    case 423:
        kind = Kind::Conflict;
        reason = tr("the file is locked on the server (423); try again later");
        break;
    case 507:
        kind = Kind::InsufficientStorage;
        reason = tr("the server is out of space (507); ask IT to free space on the share");
        break;
    default:
        kind = r.status >= 500 ? Kind::ServerError : Kind::Other;
        reason = tr("the server answered %1").arg(r.status);
    }
    throw ShareError(kind, tr("%1: %2: %3").arg(where(path), what, reason));
}

void WebDavShare::ensureFolder(const QString &folder)
{
    QString path;
    for (const QString &part : folder.split(u'/', Qt::SkipEmptyParts)) {
        path += part + u'/';
        if (m_folders.contains(path))
            continue;
        const Response r = send("MKCOL", path);
        // 201 made; 405 already there (RFC 4918); 301 a server redirecting to the slash form.
        if (r.status != 201 && r.status != 405 && r.status != 301 && r.status != 200)
            failStatus(r, path, tr("cannot create the folder"));
        m_folders.insert(path);
    }
}

QString WebDavShare::putPart(const QString &path, const QByteArray &bytes)
{
    const QString folder = path.left(path.lastIndexOf(u'/') + 1);
    ensureFolder(folder);
    const QString part = partName(path);
    const Headers headers = {{"If-None-Match", "*"}, {"Content-Type", "application/octet-stream"}};
    Response r = send("PUT", part, bytes, headers);
    if (r.status == 409) {
        // The folder was there when this run began, and someone removed it since.
        m_folders.clear(); // the parents may be gone too
        ensureFolder(folder);
        r = send("PUT", part, bytes, headers);
    }
    if (r.status != 201 && r.status != 204 && r.status != 200)
        failStatus(r, path, tr("cannot send"), bytes.size());
    return part;
}

WebDavShare::Response WebDavShare::moveTo(const QString &from, const QString &to, bool overwrite)
{
    return send("MOVE", from, {},
                {{"Destination", url(to).toEncoded()},
                 {"Overwrite", overwrite ? QByteArray("T") : QByteArray("F")}});
}

void WebDavShare::discard(const QString &partPath)
{
    // Tidying up only: a part file left behind is hidden and never listed, and the error that
    // brought us here is the one to report.
    try {
        send("DELETE", partPath);
    } catch (const ShareError &) {
    }
}

bool WebDavShare::isGone(const QString &path)
{
    return send("HEAD", path).status == 404;
}

QStringList WebDavShare::list(const QString &folder)
{
    const QString path = folder.endsWith(u'/') ? folder : folder + u'/';
    const Response r = send("PROPFIND", path,
                            "<?xml version=\"1.0\"?><d:propfind xmlns:d=\"DAV:\"><d:prop>"
                            "<d:resourcetype/></d:prop></d:propfind>",
                            {{"Depth", "1"}, {"Content-Type", "application/xml"}});
    if (r.status == 404)
        return {};
    if (r.status != 207)
        failStatus(r, path, tr("cannot list the folder"));
    m_folders.insert(path);
    QStringList names;
    QXmlStreamReader xml(r.body);
    QString href;
    bool collection = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.namespaceUri() == u"DAV:") {
            if (xml.name() == u"response") {
                href.clear();
                collection = false;
            } else if (xml.name() == u"href") {
                href = xml.readElementText();
            } else if (xml.name() == u"collection") {
                collection = true;
            }
        } else if (xml.isEndElement() && xml.name() == u"response" && !collection) {
            QString name = QUrl::fromPercentEncoding(href.toUtf8());
            name = name.mid(name.lastIndexOf(u'/') + 1);
            if (!name.isEmpty() && isListed(name))
                names.append(name);
        }
    }
    if (xml.hasError())
        throw ShareError(Kind::Other, tr("%1: the server's folder listing cannot be read: %2")
                                          .arg(where(path), xml.errorString()));
    names.sort();
    return names;
}

std::optional<QByteArray> WebDavShare::read(const QString &path)
{
    const Response r = send("GET", path);
    if (r.status == 404)
        return std::nullopt;
    if (r.status != 200)
        failStatus(r, path, tr("cannot read"));
    return r.body;
}

std::optional<Share::FileVersion> WebDavShare::version(const QString &path)
{
    const Response r = send("HEAD", path);
    if (r.status == 404)
        return std::nullopt;
    if (r.status != 200)
        failStatus(r, path, tr("cannot read"));
    if (!r.etag.isEmpty() || !r.lastModified.isEmpty())
        return FileVersion{QString::fromLatin1(r.etag.isEmpty() ? r.lastModified : r.etag)};
    // lighttpd's mod_webdav sends neither header on GET or HEAD, but knows both as properties.
    return versionFromPropfind(path);
}

std::optional<Share::FileVersion> WebDavShare::versionFromPropfind(const QString &path)
{
    const Response r = send("PROPFIND", path,
                            "<?xml version=\"1.0\"?><d:propfind xmlns:d=\"DAV:\"><d:prop>"
                            "<d:getetag/><d:getlastmodified/></d:prop></d:propfind>",
                            {{"Depth", "0"}, {"Content-Type", "application/xml"}});
    if (r.status == 404)
        return std::nullopt;
    if (r.status != 207)
        failStatus(r, path, tr("cannot read"));
    QString etag;
    QString modified;
    QXmlStreamReader xml(r.body);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.namespaceUri() == u"DAV:") {
            if (xml.name() == u"getetag")
                etag = xml.readElementText().trimmed();
            else if (xml.name() == u"getlastmodified")
                modified = xml.readElementText().trimmed();
        }
    }
    // Without either the version is empty: SyncEngine then downloads the file every time.
    return FileVersion{etag.isEmpty() ? modified : etag};
}

Share::PutResult WebDavShare::putNew(const QString &path, const QByteArray &bytes)
{
    const QString part = putPart(path, bytes);
    const Response r = moveTo(part, path, false);
    if (r.status == 201 || r.status == 204)
        return PutResult::Created;
    discard(part);
    if (r.status == 412)
        return identicalOrRefuse(path, bytes,
                                 tr("%1: a different file with this name is already on the "
                                    "server; it was not overwritten")
                                     .arg(where(path)));
    failStatus(r, path, tr("cannot send"));
}

void WebDavShare::replace(const QString &path, const QByteArray &bytes)
{
    const QString part = putPart(path, bytes);
    const Response r = moveTo(part, path, true);
    if (r.status != 201 && r.status != 204) {
        discard(part);
        failStatus(r, path, tr("cannot replace"));
    }
}

bool WebDavShare::move(const QString &from, const QString &to)
{
    const QString folder = to.left(to.lastIndexOf(u'/') + 1);
    ensureFolder(folder);
    Response r = moveTo(from, to, false);
    if (r.status == 409) {
        m_folders.clear(); // removed by someone since this run made it, parents perhaps too
        ensureFolder(folder);
        r = moveTo(from, to, false);
    }
    if (r.status == 201 || r.status == 204)
        return true;
    // The source is gone: another merge took it. rclone says 403 for that.
    if (r.status == 404 || (r.status == 403 && isGone(from)))
        return false;
    // nginx looks at the destination first: 412 also when the source is gone.
    if (r.status == 412 && isGone(from))
        return false;
    if (r.status == 412)
        throw ShareError(Kind::Exists, tr("%1: already exists; not overwritten").arg(where(to)));
    failStatus(r, from, tr("cannot move"));
}

} // namespace tillsyn::sync
