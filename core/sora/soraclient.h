// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imageencoder.h"
#include "soraerror.h"
#include "video.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;

namespace framefit::sora {

// The official endpoint. It was shut down on 2026-09-24; it stays the default so the error the
// user sees names the shutdown, and Settings or --base-url point elsewhere.
QString defaultBaseUrl(); // $OPENAI_BASE_URL, else https://api.openai.com/v1

bool isLoopbackHost(const QString& host);
// Empty when `url` may carry the key: https://, or http:// to this computer only.
QString baseUrlProblem(const QUrl& url);

struct ClientConfig {
    QUrl baseUrl;
    QString apiKey;                // never logged, never put into an error text
    int timeoutMs = 60'000;        // no bytes moving for this long aborts the call
    int maxRetries = 2;            // per call, on transient failures
    double backoffScale = 1.0;     // tests shrink the exponential backoff
    qint64 maxJsonBytes = 1 << 20; // 1 MiB is far above any Video object
    qint64 maxDownloadBytes = qint64(512) << 20;
};

// Everything one POST /videos carries. `image` is the prepared bytes (prepareImage()), exactly
// what the preview shows.
struct CreateRequest {
    QString prompt;
    QString model = QStringLiteral("sora-2");
    QString seconds = QStringLiteral("4");
    QSize size{1280, 720};
    QByteArray image;
    ImageFormat format = ImageFormat::Jpeg;
    QString fileName; // defaults to "reference.<ext>"
};

// Why `request` must not be sent (model/size disagree, image not exactly the size or not an
// accepted format, prompt empty or too long), in words; empty when it may be sent.
QString createRequestProblem(const CreateRequest& request);

// One API call with its retries. Emits finished() exactly once; the owner deletes it.
class SoraCall : public QObject {
    Q_OBJECT
public:
    ~SoraCall() override;

    const SoraError& error() const { return m_error; }
    bool ok() const { return !m_error.isError(); }
    int httpStatus() const { return m_status; }
    QByteArray body() const { return m_body; } // JSON calls; empty for downloads to a file
    QString requestId() const { return m_requestId; }
    QByteArray header(const QByteArray& name) const { return m_headers.value(name.toLower()); }
    int attempts() const { return m_attempts; }
    std::optional<Video> video() const;             // for create, retrieve and remix
    QString filePath() const { return m_filePath; } // for downloads

    void abort();

signals:
    void finished();
    // A transient failure is retried after `delayMs`; `reason` says why, in words.
    void retrying(int retry, qint64 delayMs, const QString& reason);
    void transferProgress(qint64 done, qint64 total);

private:
    friend class SoraClient;
    enum class Kind { Json, Download };
    SoraCall(Kind kind, bool createsJob, QObject* parent);
    void start();
    void attempt(const QUrl& url, bool withKey);
    void readChunk();
    void handleReply();
    void finish(const SoraError& error);
    SoraError errorFromReply(QNetworkReply* reply) const;

    Kind m_kind;
    bool m_createsJob;
    std::function<QNetworkReply*(const QUrl&, bool withKey)> m_send;
    std::function<QString(const QString&)> m_scrub;
    QUrl m_url;
    QString m_endpoint; // "create", "retrieve", "list", ...
    ClientConfig m_config;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QSaveFile> m_file;
    QString m_filePath;
    QByteArray m_body;
    QHash<QByteArray, QByteArray> m_headers;
    QString m_requestId;
    SoraError m_error;
    int m_status = 0;
    int m_attempts = 0;
    int m_redirects = 0;
    qint64 m_bytesSent = 0;
    bool m_tooLarge = false;
    bool m_writeFailed = false;
    bool m_userAborted = false;
    bool m_done = false;
};

// The Videos API over QNetworkAccessManager. Every call has a transfer timeout, bounded retries
// with backoff (never a silent retry of a create after its body was sent), size caps on answers
// and plain http:// only to this computer. TLS errors are never ignored.
class SoraClient : public QObject {
    Q_OBJECT
public:
    explicit SoraClient(ClientConfig config, QObject* parent = nullptr);
    ~SoraClient() override;

    const ClientConfig& config() const { return m_config; }
    void setConfig(const ClientConfig& config) { m_config = config; }

    // The image must already be exactly request.size: createRequestProblem() is checked first
    // and a refusal arrives as an ErrorKind::NotSent failure without any network traffic.
    SoraCall* create(const CreateRequest& request);
    SoraCall* retrieve(const QString& id);
    SoraCall* list(int limit = 20, const QString& after = {}, bool newestFirst = true);
    SoraCall* remove(const QString& id);
    SoraCall* remix(const QString& id, const QString& prompt);
    // Streams GET /videos/{id}/content?variant= into `filePath`, replacing it atomically only
    // when the whole file arrived. variant: "video", "thumbnail" or "spritesheet".
    SoraCall* download(const QString& id, const QString& variant, const QString& filePath);

private:
    SoraCall* makeCall(SoraCall::Kind kind, bool createsJob, const QString& endpoint,
                       const QString& path, const QString& query = {});
    QNetworkReply* sendRequest(const QByteArray& verb, const QUrl& url, bool withKey,
                               const QByteArray& contentType, const QByteArray& body) const;
    QString scrub(const QString& text) const;

    ClientConfig m_config;
    QNetworkAccessManager* m_network;
};

} // namespace framefit::sora
