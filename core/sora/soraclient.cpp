// SPDX-License-Identifier: GPL-3.0-or-later
#include "soraclient.h"

#include "core/readiness.h"
#include "core/targets.h"
#include "retrypolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTimer>
#include <QUrlQuery>

#include <cstring>

namespace framefit::sora {

namespace {
constexpr int kMaxRedirects = 5;
constexpr int kMaxPromptLength = 32000;

bool isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool sameOrigin(const QUrl& a, const QUrl& b) {
    return a.scheme() == b.scheme() && a.host() == b.host() &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

// An upload body that can be read once only. Qt 6.4's HTTP/1 channel silently re-sends a request,
// POST included, when the server closes the connection before answering; a re-sent create could
// make (and bill) a second video. A body that refuses reset() turns that re-send into
// ContentReSendError, which we report as "the job may exist" instead.
class OneShotBody : public QIODevice {
public:
    OneShotBody(QByteArray data, QObject* parent)
        : QIODevice(parent)
        , m_data(std::move(data)) {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override {
        return (m_data.size() - m_pos) + QIODevice::bytesAvailable();
    }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        if (m_pos >= m_data.size())
            return -1; // end of a sequential device: Qt stops asking
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

QByteArray multipartBody(const QByteArray& boundary, const CreateRequest& request,
                         const QByteArray& fileName) {
    QByteArray body;
    const auto field = [&](const char* name, const QByteArray& value) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name +
                "\"\r\n\r\n" + value + "\r\n";
    };
    field("prompt", request.prompt.toUtf8());
    field("model", request.model.trimmed().toUtf8());
    field("seconds", request.seconds.trimmed().toUtf8()); // a string, as the API wants
    field("size", sizeToString(request.size).toUtf8());
    body += "--" + boundary +
            "\r\nContent-Disposition: form-data; name=\"input_reference\"; filename=\"" + fileName +
            "\"\r\nContent-Type: " + mimeType(request.format).toLatin1() + "\r\n\r\n";
    body += request.image;
    body += "\r\n--" + boundary + "--\r\n";
    return body;
}

QString networkErrorText(QNetworkReply* reply) {
    return QCoreApplication::translate("SoraClient", "Network error: %1").arg(reply->errorString());
}
} // namespace

QString defaultBaseUrl() {
    const QString env = qEnvironmentVariable("OPENAI_BASE_URL").trimmed();
    return env.isEmpty() ? QStringLiteral("https://api.openai.com/v1") : env;
}

bool isLoopbackHost(const QString& host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString baseUrlProblem(const QUrl& url) {
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate(
                   "SoraClient",
                   "\"%1\" is not a web address (expected e.g. https://api.openai.com/v1).")
            .arg(url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return QCoreApplication::translate(
                   "SoraClient",
                   "Plain http:// is only allowed to this computer (127.0.0.1, ::1, localhost); "
                   "use https:// for %1.")
            .arg(url.host());
    }
    return QCoreApplication::translate("SoraClient",
                                       "\"%1\" is not an http:// or https:// address.")
        .arg(url.toDisplayString());
}

QString createRequestProblem(const CreateRequest& request) {
    const QString prompt = request.prompt.trimmed();
    if (prompt.isEmpty())
        return QCoreApplication::translate("SoraClient",
                                           "The prompt is empty: describe the video to make.");
    if (request.prompt.size() > kMaxPromptLength)
        return QCoreApplication::translate(
                   "SoraClient", "The prompt is %1 characters long; the API accepts at most %2.")
            .arg(request.prompt.size())
            .arg(kMaxPromptLength);
    if (request.model.trimmed().isEmpty())
        return QCoreApplication::translate("SoraClient", "No model is selected.");
    if (!modelAcceptsSize(request.model, request.size))
        return QCoreApplication::translate(
                   "SoraClient", "The model %1 does not make %2 videos; models that do: %3.")
            .arg(request.model, sizeToString(request.size),
                 modelsAccepting(request.size).join(QStringLiteral(", ")));
    const Readiness r = checkReadiness(request.image, request.size);
    if (!r.ready)
        return QCoreApplication::translate("SoraClient",
                                           "The reference picture cannot be sent: %1.")
            .arg(r.reason);
    const QString expected = request.format == ImageFormat::Jpeg  ? QStringLiteral("JPEG")
                             : request.format == ImageFormat::Png ? QStringLiteral("PNG")
                                                                  : QStringLiteral("WebP");
    if (r.format != expected)
        return QCoreApplication::translate("SoraClient",
                                           "The reference picture is %1 but is labelled %2.")
            .arg(r.format, expected);
    return {};
}

// ---- SoraCall ----

SoraCall::SoraCall(Kind kind, bool createsJob, QObject* parent)
    : QObject(parent)
    , m_kind(kind)
    , m_createsJob(createsJob) {}

SoraCall::~SoraCall() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

std::optional<Video> SoraCall::video() const {
    if (!ok())
        return std::nullopt;
    return parseVideo(m_body);
}

void SoraCall::abort() {
    m_userAborted = true;
    if (m_reply)
        m_reply->abort();
    else
        finish(SoraError{ErrorKind::Cancelled});
}

void SoraCall::start() {
    if (const QString problem = baseUrlProblem(m_config.baseUrl); !problem.isEmpty()) {
        SoraError e{ErrorKind::InsecureUrl};
        e.detail = problem;
        if (!m_config.baseUrl.isValid() || (m_config.baseUrl.scheme() != QLatin1String("http") &&
                                            m_config.baseUrl.scheme() != QLatin1String("https")))
            e.kind = ErrorKind::NotSent;
        // Delivered from the event loop so callers can connect after the call returns.
        QTimer::singleShot(0, this, [this, e] { finish(e); });
        return;
    }
    if (m_config.apiKey.isEmpty()) {
        QTimer::singleShot(0, this, [this] { finish(SoraError{ErrorKind::MissingKey}); });
        return;
    }
    attempt(m_url, true);
}

void SoraCall::attempt(const QUrl& url, bool withKey) {
    ++m_attempts;
    m_body.clear();
    m_headers.clear();
    m_bytesSent = 0;
    m_tooLarge = false;
    m_writeFailed = false;
    m_status = 0;
    if (m_kind == Kind::Download) {
        m_file = std::make_unique<QSaveFile>(m_filePath);
        if (!m_file->open(QIODevice::WriteOnly)) {
            SoraError e{ErrorKind::LocalFile};
            e.detail = QCoreApplication::translate("SoraClient", "Cannot write %1: %2")
                           .arg(m_filePath, m_file->errorString());
            QTimer::singleShot(0, this, [this, e] { finish(e); });
            return;
        }
    }
    QNetworkReply* reply = m_send(url, withKey);
    m_reply = reply;
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_bytesSent = std::max(m_bytesSent, sent);
        if (m_createsJob && total > 0)
            emit transferProgress(sent, total);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 got, qint64 total) {
        if (m_kind == Kind::Download)
            emit transferProgress(got, total);
    });
    connect(reply, &QNetworkReply::readyRead, this, &SoraCall::readChunk);
    connect(reply, &QNetworkReply::finished, this, &SoraCall::handleReply);
}

void SoraCall::readChunk() {
    QNetworkReply* reply = m_reply;
    if (!reply || m_tooLarge)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool toFile = m_kind == Kind::Download && status >= 200 && status < 300;
    const qint64 cap = toFile ? m_config.maxDownloadBytes : m_config.maxJsonBytes;
    const qint64 already = toFile ? m_file->size() : m_body.size();
    const QByteArray chunk = reply->readAll();
    if (already + chunk.size() > cap) {
        m_tooLarge = true;
        reply->abort();
        return;
    }
    if (toFile) {
        if (m_file->write(chunk) != chunk.size()) {
            m_writeFailed = true;
            reply->abort();
        }
    } else {
        m_body += chunk;
    }
}

SoraError SoraCall::errorFromReply(QNetworkReply* reply) const {
    SoraError e;
    e.httpStatus = m_status;
    e.requestId = m_requestId;
    if (m_tooLarge) {
        e.kind = ErrorKind::TooLarge;
        return e;
    }
    if (m_writeFailed) {
        e.kind = ErrorKind::LocalFile;
        e.detail = QCoreApplication::translate("SoraClient", "Cannot write %1: %2")
                       .arg(m_filePath, m_file->errorString());
        return e;
    }
    if (m_status == 0) {
        switch (reply->error()) {
        case QNetworkReply::OperationCanceledError:
            // A transfer timeout also surfaces as a cancel; only our own abort() is a cancel.
            e.kind = m_userAborted ? ErrorKind::Cancelled : ErrorKind::Timeout;
            break;
        case QNetworkReply::TimeoutError:
            e.kind = ErrorKind::Timeout;
            break;
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::UnknownNetworkError:
            e.kind = reply->error() == QNetworkReply::SslHandshakeFailedError
                         ? ErrorKind::Tls
                         : ErrorKind::Connection;
            break;
        default:
            e.kind = ErrorKind::Connection;
            break;
        }
        if (e.kind != ErrorKind::Cancelled)
            e.detail = m_scrub(networkErrorText(reply));
        return e;
    }
    if (m_status >= 200 && m_status < 300)
        return e;
    const auto body = parseApiError(m_body);
    if (body) {
        e.serverMessage = m_scrub(body->message);
        e.serverType = body->type;
        e.serverCode = body->code;
    } else if (!m_body.isEmpty()) {
        e.serverMessage = m_scrub(QString::fromUtf8(m_body.left(300)).simplified());
    }
    const QString msg = e.serverMessage.toLower();
    const bool modelMissing =
        msg.contains(QLatin1String("model")) && (msg.contains(QLatin1String("not found")) ||
                                                 msg.contains(QLatin1String("does not exist")) ||
                                                 e.serverCode == QLatin1String("model_not_found"));
    const bool collectionEndpoint =
        m_endpoint == QLatin1String("create") || m_endpoint == QLatin1String("list");
    if (m_status == 410 || (m_status == 404 && collectionEndpoint) || modelMissing)
        e.kind = ErrorKind::ServiceGone;
    else if (m_status == 404)
        e.kind = ErrorKind::NotFound;
    else if (m_status == 401 || m_status == 403)
        e.kind = ErrorKind::Unauthorized;
    else if (m_status == 409)
        e.kind = ErrorKind::Conflict;
    else if (m_status == 429)
        e.kind = ErrorKind::RateLimited;
    else if (m_status == 408)
        e.kind = ErrorKind::Timeout;
    else if (m_status >= 500)
        e.kind = ErrorKind::ServerError;
    else if (msg.contains(QLatin1String("must match the requested width and height")))
        e.kind = ErrorKind::SizeMismatch;
    else if (msg.contains(QLatin1String("moderation")))
        e.kind = ErrorKind::Moderation;
    else if (m_status >= 400)
        e.kind = ErrorKind::InvalidRequest;
    else
        e.kind = ErrorKind::Other;
    return e;
}

void SoraCall::handleReply() {
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    if (!m_tooLarge && !m_writeFailed)
        readChunk(); // whatever arrived after the last readyRead
    m_reply = nullptr;
    reply->deleteLater();
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto& pair : reply->rawHeaderPairs())
        m_headers.insert(pair.first.toLower(), pair.second);
    if (const QByteArray id = m_headers.value("x-request-id"); !id.isEmpty())
        m_requestId = QString::fromLatin1(id);

    // Redirects are followed by hand so the key never travels to another origin (pre-signed
    // storage URLs), and never from https down to http.
    if (isRedirect(m_status) && m_headers.contains("location")) {
        const QUrl target = reply->url().resolved(QUrl::fromEncoded(m_headers.value("location")));
        if (++m_redirects > kMaxRedirects) {
            SoraError e{ErrorKind::InvalidResponse, m_status};
            e.detail =
                QCoreApplication::translate("SoraClient", "The server redirected too many times.");
            finish(e);
            return;
        }
        if (const QString problem = baseUrlProblem(target);
            !problem.isEmpty() || (reply->url().scheme() == QLatin1String("https") &&
                                   target.scheme() != QLatin1String("https"))) {
            SoraError e{ErrorKind::InsecureUrl, m_status};
            e.detail = problem.isEmpty()
                           ? QCoreApplication::translate(
                                 "SoraClient", "The server redirected from https to http.")
                           : problem;
            finish(e);
            return;
        }
        if (m_file)
            m_file->cancelWriting();
        --m_attempts; // a redirect is not a retry
        attempt(target, sameOrigin(target, m_config.baseUrl));
        return;
    }

    if (reply->error() == QNetworkReply::ContentReSendError)
        m_bytesSent = std::max<qint64>(m_bytesSent, 1); // Qt wanted to send the body again
    const SoraError e = errorFromReply(reply);
    if (!e.isError()) {
        if (m_kind == Kind::Json && m_endpoint != QLatin1String("delete")) {
            QString parseError;
            const bool parsed = m_endpoint == QLatin1String("list")
                                    ? parseVideoList(m_body, &parseError).has_value()
                                    : parseVideo(m_body, &parseError).has_value();
            if (!parsed) {
                SoraError bad{ErrorKind::InvalidResponse, m_status};
                bad.requestId = m_requestId;
                bad.detail = parseError;
                finish(bad);
                return;
            }
        }
        finish(e);
        return;
    }

    // Decide on a retry.
    const bool transient = e.kind == ErrorKind::Connection || e.kind == ErrorKind::Timeout ||
                           (m_status > 0 && isRetryableStatus(m_status));
    const std::optional<qint64> wish =
        serverRetryAfterMs(m_headers.value("retry-after-ms"), m_headers.value("retry-after"),
                           QDateTime::currentDateTimeUtc());
    SoraError out = e;
    if (wish)
        out.retryAfterMs = *wish;
    if (!transient || m_userAborted) {
        finish(out);
        return;
    }
    // A create whose body reached the server may have made a job: retrying could bill twice.
    // Only a refusal that proves nothing was made (429), or a failure before any byte was sent,
    // is retried.
    if (m_createsJob && m_status != 429 && m_bytesSent > 0) {
        SoraError uncertain = out;
        uncertain.kind = ErrorKind::CreateUncertain;
        uncertain.detail =
            out.explanation() + (out.detail.isEmpty() ? QString() : u' ' + out.detail);
        finish(uncertain);
        return;
    }
    if (wish && *wish > kMaxRetryAfterMs) {
        SoraError tooLong = out;
        tooLong.kind = ErrorKind::RetryTooLong;
        // computed first: Qt 6.4's lupdate never finishes on this expression inside
        // QCoreApplication::translate("SoraClient", )
        const int seconds = int(*wish / 1000);
        tooLong.detail = QCoreApplication::translate("SoraClient", "It asked to wait %n second(s).",
                                                     nullptr, seconds);
        finish(tooLong);
        return;
    }
    const int retry = m_attempts - 1;
    if (retry >= m_config.maxRetries) {
        finish(out);
        return;
    }
    qint64 delay = retryDelayMs(retry, wish, QRandomGenerator::global()->generateDouble());
    if (!(wish && *wish > 0 && *wish <= kMaxRetryAfterMs))
        delay = static_cast<qint64>(static_cast<double>(delay) * m_config.backoffScale);
    emit retrying(retry + 1, delay, out.explanation());
    if (m_file)
        m_file->cancelWriting();
    QTimer::singleShot(std::chrono::milliseconds(delay), this, [this] {
        if (!m_done && !m_userAborted)
            attempt(m_url, true);
    });
}

void SoraCall::finish(const SoraError& error) {
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    if (m_error.requestId.isEmpty())
        m_error.requestId = m_requestId;
    if (m_file) {
        if (!m_error.isError() && !m_file->commit()) {
            m_error = SoraError{ErrorKind::LocalFile, m_status};
            m_error.detail = QCoreApplication::translate("SoraClient", "Cannot write %1: %2")
                                 .arg(m_filePath, m_file->errorString());
        } else if (m_error.isError()) {
            m_file->cancelWriting();
        }
        m_file.reset();
    }
    emit finished();
}

// ---- SoraClient ----

SoraClient::SoraClient(ClientConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(new QNetworkAccessManager(this)) {
    // No HSTS or cookie state to persist: every call carries the bearer key itself.
    m_network->setCookieJar(nullptr);
}

SoraClient::~SoraClient() = default;

QString SoraClient::scrub(const QString& text) const {
    if (m_config.apiKey.size() < 4)
        return text;
    QString out = text;
    out.replace(m_config.apiKey, QStringLiteral("[API key]"));
    return out;
}

QNetworkReply* SoraClient::sendRequest(const QByteArray& verb, const QUrl& url, bool withKey,
                                       const QByteArray& contentType,
                                       const QByteArray& body) const {
    QNetworkRequest request(url);
    request.setTransferTimeout(m_config.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("FrameFit/%1").arg(QStringLiteral(FRAMEFIT_VERSION)));
    if (withKey)
        request.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (verb == "GET")
        return m_network->get(request);
    if (verb == "DELETE")
        return m_network->deleteResource(request);
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    // Unbuffered, or Qt would copy the body into a buffer it can rewind and re-send.
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto* device = new OneShotBody(body, nullptr);
    QNetworkReply* reply = m_network->sendCustomRequest(request, verb, device);
    device->setParent(reply);
    return reply;
}

SoraCall* SoraClient::makeCall(SoraCall::Kind kind, bool createsJob, const QString& endpoint,
                               const QString& path, const QString& query) {
    auto* call = new SoraCall(kind, createsJob, this);
    call->m_config = m_config;
    call->m_endpoint = endpoint;
    QUrl url = m_config.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    if (!query.isEmpty())
        url.setQuery(query);
    call->m_url = url;
    call->m_scrub = [this](const QString& t) {
        return scrub(t);
    };
    return call;
}

SoraCall* SoraClient::create(const CreateRequest& request) {
    SoraCall* call =
        makeCall(SoraCall::Kind::Json, true, QStringLiteral("create"), QStringLiteral("/videos"));
    if (const QString problem = createRequestProblem(request); !problem.isEmpty()) {
        SoraError e{ErrorKind::NotSent};
        e.detail = problem;
        QTimer::singleShot(0, call, [call, e] { call->finish(e); });
        return call;
    }
    const QString fileName = request.fileName.isEmpty()
                                 ? QStringLiteral("reference.") + fileExtension(request.format)
                                 : request.fileName;
    QByteArray safeName = fileName.toUtf8();
    safeName.replace('"', '_').replace('\r', '_').replace('\n', '_');
    // A boundary that cannot occur in the data: random, and checked.
    QByteArray boundary;
    QByteArray body;
    do {
        boundary = "framefit-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    } while (request.image.contains(boundary) || request.prompt.toUtf8().contains(boundary));
    body = multipartBody(boundary, request, safeName);
    const QByteArray contentType = "multipart/form-data; boundary=" + boundary;
    call->m_send = [this, body, contentType](const QUrl& url, bool withKey) {
        return sendRequest("POST", url, withKey, contentType, body);
    };
    call->start();
    return call;
}

SoraCall* SoraClient::retrieve(const QString& id) {
    SoraCall* call =
        makeCall(SoraCall::Kind::Json, false, QStringLiteral("retrieve"),
                 QStringLiteral("/videos/") + QString::fromLatin1(QUrl::toPercentEncoding(id)));
    call->m_send = [this](const QUrl& url, bool withKey) {
        return sendRequest("GET", url, withKey, {}, {});
    };
    call->start();
    return call;
}

SoraCall* SoraClient::list(int limit, const QString& after, bool newestFirst) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    q.addQueryItem(QStringLiteral("order"),
                   newestFirst ? QStringLiteral("desc") : QStringLiteral("asc"));
    if (!after.isEmpty())
        q.addQueryItem(QStringLiteral("after"), after);
    SoraCall* call = makeCall(SoraCall::Kind::Json, false, QStringLiteral("list"),
                              QStringLiteral("/videos"), q.toString(QUrl::FullyEncoded));
    call->m_send = [this](const QUrl& url, bool withKey) {
        return sendRequest("GET", url, withKey, {}, {});
    };
    call->start();
    return call;
}

SoraCall* SoraClient::remove(const QString& id) {
    SoraCall* call =
        makeCall(SoraCall::Kind::Json, false, QStringLiteral("delete"),
                 QStringLiteral("/videos/") + QString::fromLatin1(QUrl::toPercentEncoding(id)));
    call->m_send = [this](const QUrl& url, bool withKey) {
        return sendRequest("DELETE", url, withKey, {}, {});
    };
    call->start();
    return call;
}

SoraCall* SoraClient::remix(const QString& id, const QString& prompt) {
    SoraCall* call =
        makeCall(SoraCall::Kind::Json, true, QStringLiteral("remix"),
                 QStringLiteral("/videos/") + QString::fromLatin1(QUrl::toPercentEncoding(id)) +
                     QStringLiteral("/remix"));
    if (prompt.trimmed().isEmpty() || prompt.size() > kMaxPromptLength) {
        SoraError e{ErrorKind::NotSent};
        e.detail = QCoreApplication::translate("SoraClient",
                                               "The remix prompt must be 1 to %1 characters long.")
                       .arg(kMaxPromptLength);
        QTimer::singleShot(0, call, [call, e] { call->finish(e); });
        return call;
    }
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("prompt"), prompt}})
                                .toJson(QJsonDocument::Compact);
    call->m_send = [this, body](const QUrl& url, bool withKey) {
        return sendRequest("POST", url, withKey, "application/json", body);
    };
    call->start();
    return call;
}

SoraCall* SoraClient::download(const QString& id, const QString& variant, const QString& filePath) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("variant"), variant);
    SoraCall* call =
        makeCall(SoraCall::Kind::Download, false, QStringLiteral("content"),
                 QStringLiteral("/videos/") + QString::fromLatin1(QUrl::toPercentEncoding(id)) +
                     QStringLiteral("/content"),
                 q.toString(QUrl::FullyEncoded));
    call->m_filePath = filePath;
    call->m_send = [this](const QUrl& url, bool withKey) {
        return sendRequest("GET", url, withKey, {}, {});
    };
    call->start();
    return call;
}

} // namespace framefit::sora
