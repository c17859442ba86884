// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSize>
#include <QTimer>

class QTcpServer;
class QTcpSocket;

namespace framefit::mock {

// A fault the server injects into the next `times` requests that match `on`.
struct Fault {
    enum class Kind {
        Status,         // answer `status` with an error body (and retry-after headers if set)
        Drop,           // read the request, then close the connection without an answer
        ResetUpload,    // abort the connection while the request body is still arriving
        Hang,           // never answer (the client's timeout must fire)
        Malformed,      // 200 with a body that is not JSON
        Huge,           // 200 with a body far over any sane cap
        CreateThenDrop, // create the job, then close without answering
        JobFails,       // the next created job ends as status "failed" with an error
        JobStuck,       // the next created job never finishes
    };
    Kind kind = Kind::Status;
    QByteArray on = "any"; // "create", "retrieve", "list", "content", "delete", "remix", "any"
    int times = 1;
    int status = 500;
    QByteArray retryAfter;   // retry-after header value
    QByteArray retryAfterMs; // retry-after-ms header value
    QString message;         // error message for Status (else a default per status)
};

// Parses "kind[:status][@on][xN][,retry-after=S][,retry-after-ms=M]" e.g. "status:429@create,
// retry-after=1" — the syntax of --fault and of POST /mock/faults {"fault": "..."}.
std::optional<Fault> parseFault(const QString& text, QString* error = nullptr);

struct MockJob {
    QJsonObject video; // the Video object as served
    int ticks = 0;
    bool fails = false;
    bool stuck = false;
    quint32 seed = 0;
};

// A local server that speaks the Sora Videos API (shared/spec/sora-api.md) closely enough to
// test FrameFit without the internet, bound to 127.0.0.1 only. It enforces the bearer key, the
// model/size table, the input_reference rules (with the real error texts), runs jobs on a
// timer, serves an MP4 and a WebP thumbnail, and injects faults on request.
class MockSoraServer : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString apiKey = QStringLiteral("sk-mock");
        QByteArray basePath = "/v1";
        int tickMs = 500;             // job timer period
        int ticksToFinish = 4;        // queued -> in_progress ... -> completed
        int pollAfterMs = 0;          // openai-poll-after-ms on GET /videos/{id} (0: none)
        bool redirectContent = false; // /content answers 302 to another path
        bool shutDown = false;        // every /videos call answers 404 like the retired endpoint
    };

    explicit MockSoraServer(Options options, QObject* parent = nullptr);
    ~MockSoraServer() override;

    bool listen(quint16 port = 0); // 127.0.0.1 only; 0 lets the OS choose
    quint16 port() const;
    QString baseUrl() const; // "http://127.0.0.1:<port>/v1"
    Options& options() { return m_options; }

    void addFault(const Fault& fault);
    void clearFaults();

    // What arrived, for tests: counts per endpoint ("create" counts requests that reached the
    // handler with a complete body), and the jobs made.
    int requestCount(const QByteArray& endpoint) const { return m_counts.value(endpoint); }
    int jobCount() const { return int(m_jobs.size()); }
    QByteArray videoBytes(const QString& id) const;
    QByteArray thumbnailBytes(const QString& id) const;
    QList<QByteArray> authorizationHeaders() const { return m_authSeen; }

signals:
    void requestHandled(const QByteArray& endpoint, int status);

private:
    void acceptConnection();
    void readSocket(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const HttpRequest& request);
    void reply(QTcpSocket* socket, const QByteArray& endpoint, int status, const QByteArray& body,
               const QByteArray& contentType = "application/json",
               QList<std::pair<QByteArray, QByteArray>> headers = {});
    void replyError(QTcpSocket* socket, const QByteArray& endpoint, int status,
                    const QString& message, const QJsonValue& type, const QJsonValue& param,
                    const QJsonValue& code, QList<std::pair<QByteArray, QByteArray>> headers = {});
    QByteArray endpointOf(const HttpRequest& request) const;
    Fault* takeFault(const QByteArray& endpoint);
    void createJob(QTcpSocket* socket, const HttpRequest& request, bool dropAfter);
    QString newJob(const QJsonObject& base);
    void tick();

    Options m_options;
    QTcpServer* m_server;
    QTimer m_timer;
    QHash<QTcpSocket*, HttpRequestReader*> m_readers;
    QHash<QString, MockJob> m_jobs;
    QList<QString> m_order;
    QList<Fault> m_faults;
    QHash<QByteArray, int> m_counts;
    QList<QByteArray> m_authSeen;
    bool m_nextFails = false;
    bool m_nextStuck = false;
    int m_requestNumber = 0;
};

} // namespace framefit::mock
