#pragma once

#include "share.h"

#include <QCoreApplication>
#include <QList>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace tillsyn::sync {

struct Credentials
{
    QString user; // with a password: Basic authentication
    QString password;
    QString token; // instead: a bearer token
};

// A share on a WebDAV server (Nextcloud, Apache mod_dav, nginx dav, …) over HTTP or HTTPS.
// New files: PUT with If-None-Match: * (201/204 sent; 412 compared and counted as sent when
// identical), folders made with MKCOL when missing. Replacements: PUT to a temporary name, then
// MOVE over the old file. Credentials go in the Authorization header only. TLS uses the system's
// CAs plus an optional CA file; a certificate that does not verify is refused, never ignored.
// Calls block (a local event loop) and time out; run them off the GUI thread.
class WebDavShare : public Share
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::sync::WebDavShare)

public:
    // `network` may be injected (tests use a fake); otherwise the share owns one.
    WebDavShare(QUrl root, Credentials credentials, QList<QSslCertificate> extraCas = {},
                QNetworkAccessManager *network = nullptr, int timeoutMs = 30000);
    ~WebDavShare() override;

    QString describe() const override;
    QStringList list(const QString &folder) override;
    std::optional<QByteArray> read(const QString &path) override;
    std::optional<FileVersion> version(const QString &path) override;
    PutResult putNew(const QString &path, const QByteArray &bytes) override;
    void replace(const QString &path, const QByteArray &bytes) override;
    bool move(const QString &from, const QString &to) override;

    // Loads a PEM or DER CA file; throws ShareError naming the file when it holds none.
    static QList<QSslCertificate> loadCaFile(const QString &path);

    struct Response
    {
        int status = 0;
        QByteArray body;
        QByteArray etag;
        QByteArray lastModified;
    };

private:
    Response send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                  const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    [[noreturn]] void failStatus(const Response &r, const QString &path, const QString &what);
    void makeFolders(const QString &folder);
    QUrl url(const QString &path) const;

    QUrl m_root;
    Credentials m_credentials;
    QSslConfiguration m_tls; // for https: the system's CAs and the extra ones, peers verified
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    QNetworkAccessManager *m_network;
    int m_timeoutMs;
};

} // namespace tillsyn::sync
