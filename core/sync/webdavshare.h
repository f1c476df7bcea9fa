#pragma once

#include "share.h"

#include <QCoreApplication>
#include <QList>
#include <QNetworkRequest>
#include <QSet>
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

// A share on a WebDAV server over HTTP or HTTPS. Tested against Apache mod_dav, nginx with
// dav-ext, lighttpd mod_webdav and `rclone serve webdav`, so it relies only on what all of them
// do alike:
// * Folders are made with MKCOL (405: already there) before the first write into them, from the
//   root down, and remembered for the life of this object; never guessed from a failed PUT.
// * Every file is written with PUT under a hidden part name, then MOVEd to its name: new files
//   with Overwrite: F (412: the name is taken, then the bytes are compared), replacements with
//   Overwrite: T. A name therefore only ever holds whole files, even on servers that write a PUT
//   in place (rclone) or ignore If-None-Match (nginx, rclone).
// * A MOVE whose source is gone (404, or rclone's 403 where a HEAD then says 404) means another
//   merge took the file.
// * Replacing is as atomic as the server's MOVE: rclone (and any server that deletes the old file
//   and then renames) leaves a moment in which a reader finds no file. SyncEngine then reports
//   it missing and keeps the data it has until the next sync; no reader ever sees part of one.
// Reads are bounded: a body is streamed into memory up to Share::readLimit and the transfer is
// stopped beyond it (TooLarge; what Qt's network thread read ahead meanwhile is freed with it); compression is never asked for (no decompression bombs) and a compressed answer is
// refused; fewer bytes than the server announced, or a connection lost after the status, is
// Incomplete (try again), never a short file. A request ends after `timeoutMs` without progress
// and, overall, when it averages less than kMinBytesPerSecond after its first `timeoutMs`.
// Credentials go in the Authorization header only, and never over plain http. TLS uses the
// system's CAs plus an optional CA file; a certificate that does not verify is refused.
// Calls block (a local event loop); run them off the GUI thread.
class WebDavShare : public Share
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::sync::WebDavShare)

public:
    // The slowest average transfer rate tolerated once a request has had `timeoutMs` to start.
    static constexpr qint64 kMinBytesPerSecond = 16 * 1024;

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
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    Response send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                  const Headers &headers = {});
    [[noreturn]] void failStatus(const Response &r, const QString &path, const QString &what,
                                 qint64 uploadSize = -1);
    // MKCOL for each level of `folder` not yet known to exist.
    void ensureFolder(const QString &folder);
    // PUTs `bytes` under a new part name beside `path` (making its folder) and returns that name.
    QString putPart(const QString &path, const QByteArray &bytes);
    Response moveTo(const QString &from, const QString &to, bool overwrite);
    void discard(const QString &partPath);
    bool isGone(const QString &path);
    std::optional<FileVersion> versionFromPropfind(const QString &path);
    QUrl url(const QString &path) const;
    QString where(const QString &path) const;
    bool hasCredentials() const;

    QUrl m_root;
    Credentials m_credentials;
    QSslConfiguration m_tls; // for https: the system's CAs and the extra ones, peers verified
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    QNetworkAccessManager *m_network;
    int m_timeoutMs;
    QSet<QString> m_folders; // folders known to exist ("inbox/", "archive/2026/")
};

} // namespace tillsyn::sync
