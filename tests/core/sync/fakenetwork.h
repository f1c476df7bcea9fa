#pragma once

// A fake network for WebDavShare, in the manner of Nextcloud desktop's tests: a
// QNetworkAccessManager whose createRequest returns fake replies, answered by an in-memory
// WebDAV server (PUT, GET, HEAD, MKCOL, MOVE with Overwrite, DELETE) unless a test's rule answers
// first:
// a status, a reply that never finishes, or a connection dropped in the middle of the upload.

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <functional>
#include <map>
#include <set>
#include <vector>

namespace tillsyn::test {

class FakeReply : public QNetworkReply
{
public:
    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    // Answers (on the next turn of the event loop, as a real reply would) with a status.
    void respond(int status, QByteArray body = {}, QByteArray etag = {})
    {
        QTimer::singleShot(0, this, [this, status, body = std::move(body), etag] {
            if (isFinished())
                return;
            m_body = body;
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
            if (!etag.isEmpty())
                setRawHeader("ETag", etag);
            setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
            emit metaDataChanged();
            if (status >= 400) {
                const NetworkError e = status == 401   ? AuthenticationRequiredError
                                       : status == 404 ? ContentNotFoundError
                                       : status == 409 ? ContentConflictError
                                       : status == 500 ? InternalServerError
                                       : status >= 500 ? UnknownServerError
                                                       : UnknownContentError;
                setError(e, QStringLiteral("HTTP %1").arg(status));
                emit errorOccurred(e);
            }
            if (!m_body.isEmpty()) {
                emit downloadProgress(m_body.size(), m_body.size());
                emit readyRead();
            }
            finish();
        });
    }

    // Never answers; only abort() (WebDavShare's timeout) ends it.
    void hang() {}

    // Reports half the upload, then the server closes the connection.
    void dropMidUpload(qint64 uploadSize)
    {
        QTimer::singleShot(0, this, [this, uploadSize] {
            emit uploadProgress(uploadSize / 2, uploadSize);
            QTimer::singleShot(0, this, [this] {
                if (isFinished())
                    return;
                setError(RemoteHostClosedError, QStringLiteral("Connection closed"));
                emit errorOccurred(RemoteHostClosedError);
                finish();
            });
        });
    }

    void abort() override
    {
        if (isFinished())
            return;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        emit errorOccurred(OperationCanceledError);
        finish();
    }

    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_offset + QIODevice::bytesAvailable();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_body.size()) - m_offset);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        memcpy(data, m_body.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    void finish()
    {
        setFinished(true);
        emit finished();
    }

    QByteArray m_body;
    qint64 m_offset = 0;
};

struct FakeRequest
{
    QByteArray verb;
    QString path; // the URL's path, e.g. /dav/inbox/x.json
    QByteArray body;
    QNetworkRequest request;
};

// An in-memory WebDAV collection at /dav/. `rule` sees every request first and returns true when
// it has answered the reply itself.
class FakeNetwork : public QNetworkAccessManager
{
public:
    std::function<bool(FakeReply *, const FakeRequest &)> rule;
    std::map<QString, QByteArray> files;
    std::set<QString> folders = {QStringLiteral("/dav/")};
    std::vector<FakeRequest> requests;

    int count(const QByteArray &verb) const
    {
        int n = 0;
        for (const auto &r : requests)
            n += r.verb == verb;
        return n;
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        FakeRequest r;
        switch (op) {
        case GetOperation:
            r.verb = "GET";
            break;
        case HeadOperation:
            r.verb = "HEAD";
            break;
        case PutOperation:
            r.verb = "PUT";
            break;
        case PostOperation:
            r.verb = "POST";
            break;
        case DeleteOperation:
            r.verb = "DELETE";
            break;
        default:
            r.verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        }
        r.path = request.url().path();
        r.body = outgoingData ? outgoingData->readAll() : QByteArray();
        r.request = request;
        requests.push_back(r);
        auto *reply = new FakeReply(op, request, this);
        if (!(rule && rule(reply, r)))
            serve(reply, r);
        return reply;
    }

private:
    static QString parentOf(const QString &path)
    {
        const QString trimmed = path.endsWith(u'/') ? path.chopped(1) : path;
        return trimmed.left(trimmed.lastIndexOf(u'/') + 1);
    }

    void serve(FakeReply *reply, const FakeRequest &r)
    {
        const auto file = files.find(r.path);
        if (r.verb == "PUT") {
            if (!folders.count(parentOf(r.path)))
                return reply->respond(409);
            if (file != files.end() && r.request.rawHeader("If-None-Match") == "*")
                return reply->respond(412);
            files[r.path] = r.body;
            return reply->respond(201);
        }
        if (r.verb == "GET" || r.verb == "HEAD") {
            if (file == files.end())
                return reply->respond(404);
            const QByteArray etag = '"' + QByteArray::number(qHash(file->second)) + '"';
            return reply->respond(200, r.verb == "GET" ? file->second : QByteArray(), etag);
        }
        if (r.verb == "MKCOL") {
            if (folders.count(r.path))
                return reply->respond(405);
            if (!folders.count(parentOf(r.path)))
                return reply->respond(409);
            folders.insert(r.path);
            return reply->respond(201);
        }
        if (r.verb == "MOVE") {
            if (file == files.end())
                return reply->respond(404);
            const QString destination =
                QUrl::fromEncoded(r.request.rawHeader("Destination")).path();
            if (!folders.count(parentOf(destination)))
                return reply->respond(409);
            const bool exists = files.count(destination) > 0;
            if (exists && r.request.rawHeader("Overwrite") == "F")
                return reply->respond(412);
            const QByteArray bytes = file->second;
            files.erase(file);
            files[destination] = bytes;
            return reply->respond(exists ? 204 : 201);
        }
        if (r.verb == "DELETE") {
            if (file == files.end())
                return reply->respond(404);
            files.erase(file);
            return reply->respond(204);
        }
        reply->respond(501);
    }
};

} // namespace tillsyn::test
