#include "webdavshare.h"

#include "shareerror.h"

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

WebDavShare::Response WebDavShare::send(const QByteArray &verb, const QString &path,
                                        const QByteArray &body,
                                        const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url(path));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
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
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    // Progress of any kind restarts the clock: a slow upload is not a hang.
    QObject::connect(reply, &QNetworkReply::uploadProgress, &timer,
                     [&] { timer.start(m_timeoutMs); });
    QObject::connect(reply, &QNetworkReply::downloadProgress, &timer,
                     [&] { timer.start(m_timeoutMs); });
    QString tlsProblem;
    QObject::connect(reply, &QNetworkReply::sslErrors, &loop, [&](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        tlsProblem = texts.join(QStringLiteral("; "));
        // Not ignored: the reply fails with SslHandshakeFailedError.
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    timer.stop();
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> guard(
        reply, [](QNetworkReply *r) { r->deleteLater(); });

    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (timedOut)
        throw ShareError(Kind::Timeout, tr("%1: the server did not answer within %2 seconds")
                                            .arg(url(path).toDisplayString(QUrl::RemoveUserInfo))
                                            .arg(QString::number(m_timeoutMs / 1000.0)));
    if (r.status == 0) {
        const QString where = url(path).toDisplayString(QUrl::RemoveUserInfo);
        switch (reply->error()) {
        case QNetworkReply::SslHandshakeFailedError:
            throw ShareError(Kind::Tls, tr("%1: the server's certificate does not verify (%2). "
                                           "Check the address, or give the municipality's CA file.")
                                            .arg(where, tlsProblem.isEmpty() ? reply->errorString()
                                                                             : tlsProblem));
        case QNetworkReply::OperationCanceledError:
            throw ShareError(Kind::Cancelled, tr("%1: cancelled").arg(where));
        default:
            throw ShareError(
                Kind::Offline,
                tr("%1: the server cannot be reached: %2").arg(where, reply->errorString()));
        }
    }
    r.body = reply->readAll();
    r.etag = reply->rawHeader("ETag");
    r.lastModified = reply->rawHeader("Last-Modified");
    return r;
}

void WebDavShare::failStatus(const Response &r, const QString &path, const QString &what)
{
    const QString where = url(path).toDisplayString(QUrl::RemoveUserInfo);
    Kind kind = Kind::Other;
    QString reason;
    switch (r.status) {
    case 401:
        kind = Kind::Unauthorized;
        reason = tr("the user name or password was not accepted (401)");
        break;
    case 403:
        kind = Kind::Forbidden;
        reason = tr("access is denied (403)");
        break;
    case 404:
        kind = Kind::NotFound;
        reason = tr("not found (404)");
        break;
    case 409:
        kind = Kind::Conflict;
        reason = tr("the server reports a conflict (409)");
        break;
    case 507:
        kind = Kind::InsufficientStorage;
        reason = tr("the server is out of space (507)");
        break;
    default:
        kind = r.status >= 500 ? Kind::ServerError : Kind::Other;
        reason = tr("the server answered %1").arg(r.status);
    }
    throw ShareError(kind, tr("%1: %2: %3").arg(where, what, reason));
}

void WebDavShare::makeFolders(const QString &folder)
{
    QString path;
    for (const QString &part : folder.split(u'/', Qt::SkipEmptyParts)) {
        path += part + u'/';
        const Response r = send("MKCOL", path);
        // 201 made; 405 already there (RFC 4918); 301 a server redirecting to the slash form.
        if (r.status != 201 && r.status != 405 && r.status != 301 && r.status != 200)
            failStatus(r, path, tr("cannot create the folder"));
    }
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
                                          .arg(url(path).toDisplayString(QUrl::RemoveUserInfo),
                                               xml.errorString()));
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
    return FileVersion{QString::fromLatin1(r.etag.isEmpty() ? r.lastModified : r.etag)};
}

Share::PutResult WebDavShare::putNew(const QString &path, const QByteArray &bytes)
{
    const QList<std::pair<QByteArray, QByteArray>> headers = {{"If-None-Match", "*"},
                                                              {"Content-Type", "application/json"}};
    Response r = send("PUT", path, bytes, headers);
    if (r.status == 409 || r.status == 404) {
        // The folder is missing (RFC 4918 §9.7.1): make it and try once more.
        makeFolders(path.left(path.lastIndexOf(u'/')));
        r = send("PUT", path, bytes, headers);
    }
    if (r.status == 201 || r.status == 204)
        return PutResult::Created;
    if (r.status == 412)
        return identicalOrRefuse(path, bytes,
                                 tr("%1: a different file with this name is already on the "
                                    "server; it was not overwritten")
                                     .arg(url(path).toDisplayString(QUrl::RemoveUserInfo)));
    failStatus(r, path, tr("cannot send"));
}

void WebDavShare::replace(const QString &path, const QByteArray &bytes)
{
    const QString temp = partName(path);
    if (putNew(temp, bytes) != PutResult::Created)
        throw ShareError(Kind::Exists, tr("%1: a temporary file is in the way").arg(temp));
    const Response r =
        send("MOVE", temp, {}, {{"Destination", url(path).toEncoded()}, {"Overwrite", "T"}});
    if (r.status != 201 && r.status != 204) {
        send("DELETE", temp);
        failStatus(r, path, tr("cannot replace"));
    }
}

bool WebDavShare::move(const QString &from, const QString &to)
{
    Response r = send("MOVE", from, {}, {{"Destination", url(to).toEncoded()}, {"Overwrite", "F"}});
    // A missing destination folder is 409 by RFC 4918; Apache's mod_dav_fs answers 500.
    if (r.status == 409 || r.status == 500) {
        makeFolders(to.left(to.lastIndexOf(u'/')));
        r = send("MOVE", from, {}, {{"Destination", url(to).toEncoded()}, {"Overwrite", "F"}});
    }
    if (r.status == 201 || r.status == 204)
        return true;
    if (r.status == 404)
        return false;
    if (r.status == 412)
        throw ShareError(Kind::Exists, tr("%1: already exists; not overwritten")
                                           .arg(url(to).toDisplayString(QUrl::RemoveUserInfo)));
    failStatus(r, from, tr("cannot move"));
}

} // namespace tillsyn::sync
