// SPDX-License-Identifier: GPL-3.0-or-later
#include "mocksoraserver.h"

#include "core/imageencoder.h"
#include "core/imageloader.h"
#include "tinymp4.h"

#include <QDateTime>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

namespace framefit::mock {

namespace {
QByteArray json(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// What the retired official endpoint accepted; kept here, apart from the client's table, so the
// server checks the client rather than agreeing with it by construction.
bool sizeAllowed(const QString& model, const QString& size) {
    static const QStringList sora2{QStringLiteral("1280x720"), QStringLiteral("720x1280")};
    static const QStringList pro{QStringLiteral("1280x720"),  QStringLiteral("720x1280"),
                                 QStringLiteral("1792x1024"), QStringLiteral("1024x1792"),
                                 QStringLiteral("1920x1080"), QStringLiteral("1080x1920")};
    return (model == QLatin1String("sora-2") ? sora2 : pro).contains(size);
}

QString defaultMessage(int status) {
    switch (status) {
    case 429:
        return QStringLiteral("Rate limit reached for requests. Please try again later.");
    case 404:
        return QStringLiteral("Invalid URL (POST /v1/videos)");
    case 410:
        return QStringLiteral("The Videos API has been shut down.");
    case 408:
        return QStringLiteral("Request timed out.");
    case 409:
        return QStringLiteral("Conflict.");
    default:
        return status >= 500 ? QStringLiteral("The server had an error while processing your "
                                              "request. Sorry about that!")
                             : QStringLiteral("Bad request.");
    }
}
} // namespace

std::optional<Fault> parseFault(const QString& text, QString* error) {
    Fault f;
    QStringList pieces = text.split(u',', Qt::SkipEmptyParts);
    if (pieces.isEmpty()) {
        if (error)
            *error = QStringLiteral("empty fault");
        return std::nullopt;
    }
    QString head = pieces.takeFirst().trimmed();
    if (const qsizetype x = head.lastIndexOf(u'x'); x > 0 && head.mid(x + 1).toInt() > 0) {
        f.times = head.mid(x + 1).toInt();
        head.truncate(x);
        head = head.trimmed();
    }
    if (const qsizetype at = head.indexOf(u'@'); at >= 0) {
        f.on = head.mid(at + 1).toLatin1();
        head.truncate(at);
    }
    QString kind = head;
    if (const qsizetype colon = head.indexOf(u':'); colon >= 0) {
        kind = head.left(colon);
        f.status = head.mid(colon + 1).toInt();
    }
    static const QHash<QString, Fault::Kind> kinds{
        {QStringLiteral("status"), Fault::Kind::Status},
        {QStringLiteral("drop"), Fault::Kind::Drop},
        {QStringLiteral("reset-upload"), Fault::Kind::ResetUpload},
        {QStringLiteral("hang"), Fault::Kind::Hang},
        {QStringLiteral("malformed"), Fault::Kind::Malformed},
        {QStringLiteral("huge"), Fault::Kind::Huge},
        {QStringLiteral("create-then-drop"), Fault::Kind::CreateThenDrop},
        {QStringLiteral("job-fails"), Fault::Kind::JobFails},
        {QStringLiteral("job-stuck"), Fault::Kind::JobStuck},
    };
    if (!kinds.contains(kind)) {
        if (error)
            *error = QStringLiteral("unknown fault \"%1\"").arg(kind);
        return std::nullopt;
    }
    f.kind = kinds.value(kind);
    if (f.kind == Fault::Kind::CreateThenDrop || f.kind == Fault::Kind::ResetUpload ||
        f.kind == Fault::Kind::JobFails || f.kind == Fault::Kind::JobStuck)
        f.on = "create";
    for (const QString& p : pieces) {
        const QString piece = p.trimmed();
        if (piece.startsWith(QLatin1String("retry-after-ms=")))
            f.retryAfterMs = piece.mid(15).toLatin1();
        else if (piece.startsWith(QLatin1String("retry-after=")))
            f.retryAfter = piece.mid(12).toLatin1();
        else if (piece.startsWith(QLatin1String("message=")))
            f.message = piece.mid(8);
    }
    return f;
}

MockSoraServer::MockSoraServer(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_server(new QTcpServer(this)) {
    connect(m_server, &QTcpServer::newConnection, this, &MockSoraServer::acceptConnection);
    connect(&m_timer, &QTimer::timeout, this, &MockSoraServer::tick);
}

MockSoraServer::~MockSoraServer() {
    qDeleteAll(m_readers);
}

bool MockSoraServer::listen(quint16 port) {
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_timer.start(m_options.tickMs);
    return true;
}

quint16 MockSoraServer::port() const {
    return m_server->serverPort();
}

QString MockSoraServer::baseUrl() const {
    return QStringLiteral("http://127.0.0.1:%1%2")
        .arg(port())
        .arg(QString::fromLatin1(m_options.basePath));
}

void MockSoraServer::addFault(const Fault& fault) {
    m_faults.append(fault);
    if (fault.kind == Fault::Kind::JobFails)
        m_nextFails = true;
    if (fault.kind == Fault::Kind::JobStuck)
        m_nextStuck = true;
}

void MockSoraServer::clearFaults() {
    m_faults.clear();
    m_nextFails = m_nextStuck = false;
}

QByteArray MockSoraServer::videoBytes(const QString& id) const {
    return tinyMp4(m_jobs.value(id).seed);
}

QByteArray MockSoraServer::thumbnailBytes(const QString& id) const {
    QImage image(64, 36, QImage::Format_RGB888);
    const quint32 seed = m_jobs.value(id).seed;
    image.fill(QColor::fromRgb(seed & 0xff, (seed >> 8) & 0xff, (seed >> 16) & 0xff));
    return encodeImage(image, ImageFormat::Webp, 80).value_or(QByteArray());
}

void MockSoraServer::acceptConnection() {
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        m_readers.insert(socket, new HttpRequestReader);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readSocket(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            delete m_readers.take(socket);
            socket->deleteLater();
        });
    }
}

void MockSoraServer::readSocket(QTcpSocket* socket) {
    HttpRequestReader* reader = m_readers.value(socket);
    if (!reader)
        return;
    auto state = reader->feed(socket->readAll());
    while (true) {
        if (state == HttpRequestReader::State::Bad) {
            socket->write(httpResponse(400, "text/plain", "bad request"));
            socket->disconnectFromHost();
            return;
        }
        // The reset waits for the first body byte: only then has the client certainly begun
        // the upload (a reset after the headers alone races the client's first body write).
        if (state != HttpRequestReader::State::NeedMore && reader->bodyReceived() > 0) {
            const QByteArray endpoint = endpointOf(reader->request());
            for (const Fault& f : m_faults) {
                if (f.kind == Fault::Kind::ResetUpload && (f.on == endpoint || f.on == "any")) {
                    takeFault(endpoint);
                    socket->abort();
                    return;
                }
            }
        }
        if (state == HttpRequestReader::State::HeadersDone) {
            if (reader->request().headers.value("expect").toLower() == "100-continue")
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            return;
        }
        if (state != HttpRequestReader::State::Complete)
            return;
        const HttpRequest request = reader->request();
        reader->next();
        handle(socket, request);
        if (!m_readers.contains(socket) || socket->state() != QAbstractSocket::ConnectedState)
            return;
        state = reader->state();
    }
}

QByteArray MockSoraServer::endpointOf(const HttpRequest& r) const {
    QByteArray path = r.path;
    if (path.startsWith("/mock/"))
        return "control";
    if (path.startsWith("/files/"))
        return "content";
    if (!path.startsWith(m_options.basePath + "/videos"))
        return "unknown";
    path = path.mid(m_options.basePath.size());
    const QList<QByteArray> seg = path.split('/'); // "", "videos", id, sub
    if (seg.size() == 2)
        return r.method == "POST" ? "create" : "list";
    if (seg.size() == 3)
        return r.method == "DELETE" ? "delete" : "retrieve";
    if (seg.size() == 4 && seg.at(3) == "content")
        return "content";
    if (seg.size() == 4 && seg.at(3) == "remix")
        return "remix";
    return "unknown";
}

Fault* MockSoraServer::takeFault(const QByteArray& endpoint) {
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault& f = m_faults[i];
        if (f.kind == Fault::Kind::JobFails || f.kind == Fault::Kind::JobStuck)
            continue;
        if (f.on != endpoint && f.on != "any")
            continue;
        static Fault taken;
        taken = f;
        if (--f.times <= 0)
            m_faults.removeAt(i);
        return &taken;
    }
    return nullptr;
}

void MockSoraServer::reply(QTcpSocket* socket, const QByteArray& endpoint, int status,
                           const QByteArray& body, const QByteArray& contentType,
                           QList<std::pair<QByteArray, QByteArray>> headers) {
    headers.append({"x-request-id", "req_mock_" + QByteArray::number(++m_requestNumber)});
    socket->write(httpResponse(status, contentType, body, headers));
    emit requestHandled(endpoint, status);
}

void MockSoraServer::replyError(QTcpSocket* socket, const QByteArray& endpoint, int status,
                                const QString& message, const QJsonValue& type,
                                const QJsonValue& param, const QJsonValue& code,
                                QList<std::pair<QByteArray, QByteArray>> headers) {
    const QJsonObject error{{QStringLiteral("message"), message},
                            {QStringLiteral("type"), type},
                            {QStringLiteral("param"), param},
                            {QStringLiteral("code"), code}};
    reply(socket, endpoint, status, json(QJsonObject{{QStringLiteral("error"), error}}),
          "application/json", std::move(headers));
}

void MockSoraServer::handle(QTcpSocket* socket, const HttpRequest& r) {
    const QByteArray endpoint = endpointOf(r);
    m_counts[endpoint] += 1;
    const QString invalid = QStringLiteral("invalid_request_error");

    if (endpoint == "control") {
        if (r.path == "/mock/faults" && r.method == "POST") {
            QString error;
            const auto fault = parseFault(
                QJsonDocument::fromJson(r.body).object().value(QLatin1String("fault")).toString(),
                &error);
            if (!fault) {
                replyError(socket, endpoint, 400, error, invalid, QJsonValue(), QJsonValue());
                return;
            }
            addFault(*fault);
            reply(socket, endpoint, 200, "{\"ok\":true}");
        } else if (r.path == "/mock/faults" && r.method == "DELETE") {
            clearFaults();
            reply(socket, endpoint, 200, "{\"ok\":true}");
        } else {
            QJsonObject counts;
            for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
                counts.insert(QString::fromLatin1(it.key()), it.value());
            reply(socket, endpoint, 200,
                  json({{QStringLiteral("requests"), counts},
                        {QStringLiteral("jobs"), int(m_jobs.size())}}));
        }
        return;
    }

    // Pre-signed-style asset URLs need no key, like storage links.
    if (endpoint != "content" || !r.path.startsWith("/files/")) {
        const QByteArray auth = r.headers.value("authorization");
        m_authSeen.append(auth);
        if (auth != "Bearer " + m_options.apiKey.toUtf8()) {
            const QByteArray given = auth.mid(7);
            const QString masked = given.size() > 8
                                       ? QString::fromUtf8(given.left(3) + "***" + given.right(4))
                                       : QStringLiteral("***");
            replyError(
                socket, endpoint, 401,
                auth.isEmpty() ? QStringLiteral("You didn't provide an API key.")
                               : QStringLiteral("Incorrect API key provided: %1.").arg(masked),
                invalid, QJsonValue(),
                auth.isEmpty() ? QJsonValue() : QJsonValue(QStringLiteral("invalid_api_key")));
            return;
        }
    }

    if (Fault* f = takeFault(endpoint)) {
        switch (f->kind) {
        case Fault::Kind::Status: {
            QList<std::pair<QByteArray, QByteArray>> headers;
            if (!f->retryAfter.isEmpty())
                headers.append({"retry-after", f->retryAfter});
            if (!f->retryAfterMs.isEmpty())
                headers.append({"retry-after-ms", f->retryAfterMs});
            const QString type = f->status == 429   ? QStringLiteral("requests")
                                 : f->status >= 500 ? QStringLiteral("server_error")
                                                    : invalid;
            replyError(socket, endpoint, f->status,
                       f->message.isEmpty() ? defaultMessage(f->status) : f->message, type,
                       QJsonValue(), QJsonValue(), headers);
            return;
        }
        case Fault::Kind::Drop:
            socket->abort();
            return;
        case Fault::Kind::Hang:
            return; // the client must give up on its own
        case Fault::Kind::Malformed:
            reply(socket, endpoint, 200, "{\"id\": \"video_broken\", \"status\": ");
            return;
        case Fault::Kind::Huge:
            reply(socket, endpoint, 200, "{\"pad\": \"" + QByteArray(3 << 20, 'x') + "\"}");
            return;
        case Fault::Kind::CreateThenDrop:
            createJob(socket, r, true);
            return;
        default:
            break;
        }
    }

    if (m_options.shutDown && endpoint != "unknown") {
        replyError(socket, endpoint, 404,
                   QStringLiteral("Invalid URL (%1 %2)")
                       .arg(QString::fromLatin1(r.method), QString::fromLatin1(r.path)),
                   invalid, QJsonValue(), QJsonValue());
        return;
    }

    const QByteArray rest = r.path.mid(m_options.basePath.size());
    const QString id = QString::fromUtf8(rest.split('/').value(2));
    if (endpoint == "create") {
        createJob(socket, r, false);
    } else if (endpoint == "list") {
        QJsonArray data;
        const bool asc = r.query.queryItemValue(QStringLiteral("order")) == QLatin1String("asc");
        QList<QString> order = m_order;
        if (!asc)
            std::reverse(order.begin(), order.end());
        const QString after = r.query.queryItemValue(QStringLiteral("after"));
        const int limit =
            std::clamp(r.query.queryItemValue(QStringLiteral("limit")).toInt(), 1, 100);
        qsizetype start = after.isEmpty() ? 0 : order.indexOf(after) + 1;
        for (qsizetype i = start; i < order.size() && data.size() < limit; ++i)
            data.append(m_jobs.value(order.at(i)).video);
        const bool more = start + data.size() < order.size();
        reply(socket, endpoint, 200,
              json({{QStringLiteral("object"), QStringLiteral("list")},
                    {QStringLiteral("data"), data},
                    {QStringLiteral("first_id"),
                     data.isEmpty() ? QJsonValue()
                                    : data.first().toObject().value(QLatin1String("id"))},
                    {QStringLiteral("last_id"),
                     data.isEmpty() ? QJsonValue()
                                    : data.last().toObject().value(QLatin1String("id"))},
                    {QStringLiteral("has_more"), more}}));
    } else if (endpoint == "retrieve" || endpoint == "delete" || endpoint == "remix" ||
               (endpoint == "content" && !r.path.startsWith("/files/"))) {
        if (!m_jobs.contains(id)) {
            replyError(socket, endpoint, 404,
                       QStringLiteral("Video with id '%1' not found.").arg(id), invalid,
                       QJsonValue(), QJsonValue());
            return;
        }
        MockJob& job = m_jobs[id];
        const QString status = job.video.value(QLatin1String("status")).toString();
        if (endpoint == "retrieve") {
            QList<std::pair<QByteArray, QByteArray>> headers;
            if (m_options.pollAfterMs > 0)
                headers.append({"openai-poll-after-ms", QByteArray::number(m_options.pollAfterMs)});
            reply(socket, endpoint, 200, json(job.video), "application/json", headers);
        } else if (endpoint == "delete") {
            m_jobs.remove(id);
            m_order.removeAll(id);
            reply(socket, endpoint, 200,
                  json({{QStringLiteral("id"), id},
                        {QStringLiteral("object"), QStringLiteral("video.deleted")},
                        {QStringLiteral("deleted"), true}}));
        } else if (endpoint == "remix") {
            const QString prompt =
                QJsonDocument::fromJson(r.body).object().value(QLatin1String("prompt")).toString();
            if (status != QLatin1String("completed") || prompt.isEmpty()) {
                replyError(socket, endpoint, 400,
                           prompt.isEmpty()
                               ? QStringLiteral("Missing required parameter: 'prompt'.")
                               : QStringLiteral("Only completed videos can be remixed."),
                           invalid, QStringLiteral("prompt"), QJsonValue());
                return;
            }
            QJsonObject base = job.video;
            base.insert(QStringLiteral("prompt"), prompt);
            base.insert(QStringLiteral("remixed_from_video_id"), id);
            const QString newId = newJob(base);
            reply(socket, endpoint, 200, json(m_jobs.value(newId).video));
        } else { // content
            if (status != QLatin1String("completed")) {
                replyError(socket, endpoint, 400,
                           QStringLiteral(
                               "Video is not ready yet, use GET /v1/videos/%1 to check its status.")
                               .arg(id),
                           invalid, QJsonValue(), QJsonValue());
                return;
            }
            const QString variant = r.query.queryItemValue(QStringLiteral("variant"));
            if (m_options.redirectContent) {
                reply(socket, endpoint, 302, {}, {},
                      {{"location",
                        "/files/" + id.toUtf8() + '/' +
                            (variant.isEmpty() ? QByteArray("video") : variant.toUtf8())}});
                return;
            }
            if (variant == QLatin1String("thumbnail"))
                reply(socket, endpoint, 200, thumbnailBytes(id), "image/webp");
            else
                reply(socket, endpoint, 200, videoBytes(id), "video/mp4");
        }
    } else if (endpoint == "content") { // /files/<id>/<variant>
        const QList<QByteArray> seg = r.path.split('/');
        const QString fid = QString::fromUtf8(seg.value(2));
        if (!m_jobs.contains(fid)) {
            reply(socket, endpoint, 404, "not found", "text/plain");
            return;
        }
        if (seg.value(3) == "thumbnail")
            reply(socket, endpoint, 200, thumbnailBytes(fid), "image/webp");
        else
            reply(socket, endpoint, 200, videoBytes(fid), "video/mp4");
    } else {
        replyError(socket, endpoint, 404,
                   QStringLiteral("Invalid URL (%1 %2)")
                       .arg(QString::fromLatin1(r.method), QString::fromLatin1(r.path)),
                   invalid, QJsonValue(), QJsonValue());
    }
}

void MockSoraServer::createJob(QTcpSocket* socket, const HttpRequest& r, bool dropAfter) {
    const QString invalid = QStringLiteral("invalid_request_error");
    const auto parts = parseMultipart(r.headers.value("content-type"), r.body);
    if (!parts) {
        replyError(socket, "create", 400,
                   QStringLiteral("Invalid Content-Type header (%1), expected multipart/form-data.")
                       .arg(QString::fromLatin1(r.headers.value("content-type"))),
                   invalid, QJsonValue(), QJsonValue());
        return;
    }
    QHash<QByteArray, MultipartPart> byName;
    for (const MultipartPart& p : *parts)
        byName.insert(p.name, p);
    const QString prompt = QString::fromUtf8(byName.value("prompt").data);
    const QString model = byName.contains("model") ? QString::fromUtf8(byName.value("model").data)
                                                   : QStringLiteral("sora-2");
    const QString seconds = byName.contains("seconds")
                                ? QString::fromUtf8(byName.value("seconds").data)
                                : QStringLiteral("4");
    const QString size = byName.contains("size") ? QString::fromUtf8(byName.value("size").data)
                                                 : QStringLiteral("720x1280");
    if (prompt.isEmpty() || prompt.size() > 32000) {
        replyError(socket, "create", 400, QStringLiteral("Missing required parameter: 'prompt'."),
                   invalid, QStringLiteral("prompt"), QStringLiteral("missing_required_parameter"));
        return;
    }
    if (model != QLatin1String("sora-2") && model != QLatin1String("sora-2-pro")) {
        replyError(socket, "create", 404,
                   QStringLiteral("The model '%1' does not exist or you do not have access to it.")
                       .arg(model),
                   invalid, QJsonValue(), QStringLiteral("model_not_found"));
        return;
    }
    static const QStringList allowedSeconds{QStringLiteral("4"), QStringLiteral("8"),
                                            QStringLiteral("12"), QStringLiteral("16"),
                                            QStringLiteral("20")};
    if (!allowedSeconds.contains(seconds)) {
        replyError(socket, "create", 400,
                   QStringLiteral("Invalid value: '%1'. Supported values are: '4', '8', and '12'.")
                       .arg(seconds),
                   invalid, QStringLiteral("seconds"), QStringLiteral("invalid_value"));
        return;
    }
    if (!sizeAllowed(model, size)) {
        replyError(
            socket, "create", 400,
            model == QLatin1String("sora-2")
                ? QStringLiteral(
                      "Invalid value: '%1'. Supported values are: '720x1280' and '1280x720'.")
                      .arg(size)
                : QStringLiteral("Invalid value: '%1'. Supported values are: '720x1280', "
                                 "'1280x720', '1024x1792', and '1792x1024'.")
                      .arg(size),
            invalid, QStringLiteral("size"), QStringLiteral("invalid_value"));
        return;
    }
    if (byName.contains("input_reference")) {
        const MultipartPart image = byName.value("input_reference");
        if (!image.hasFileName || !image.contentType.startsWith("image/")) {
            replyError(socket, "create", 400,
                       QStringLiteral("Invalid type for 'input_reference': expected a file, but "
                                      "got a string instead."),
                       invalid, QStringLiteral("input_reference"), QStringLiteral("invalid_type"));
            return;
        }
        const ImageLoader loader(image.data);
        const QSize stored = loader.header().storedSize;
        const QStringList wh = size.split(u'x');
        const QSize wanted(wh.value(0).toInt(), wh.value(1).toInt());
        if (loader.hasError() || !stored.isValid()) {
            replyError(socket, "create", 400,
                       QStringLiteral("Invalid image file or mode for 'input_reference'."), invalid,
                       QStringLiteral("input_reference"), QStringLiteral("invalid_image"));
            return;
        }
        if (stored != wanted) {
            replyError(socket, "create", 400,
                       QStringLiteral("Inpaint image must match the requested width and height"),
                       invalid, QJsonValue(), QJsonValue());
            return;
        }
    }
    const QString id = newJob(QJsonObject{{QStringLiteral("model"), model},
                                          {QStringLiteral("prompt"), prompt},
                                          {QStringLiteral("size"), size},
                                          {QStringLiteral("seconds"), seconds}});
    if (dropAfter) {
        socket->abort();
        return;
    }
    reply(socket, "create", 200, json(m_jobs.value(id).video));
}

QString MockSoraServer::newJob(const QJsonObject& base) {
    MockJob job;
    job.seed = QRandomGenerator::global()->generate();
    const QString id = QStringLiteral("video_%1").arg(job.seed, 8, 16, QLatin1Char('0')) +
                       QString::number(m_jobs.size() + 1);
    job.fails = std::exchange(m_nextFails, false);
    job.stuck = std::exchange(m_nextStuck, false);
    m_faults.removeIf([&](const Fault& f) {
        return (job.fails && f.kind == Fault::Kind::JobFails) ||
               (job.stuck && f.kind == Fault::Kind::JobStuck);
    });
    job.video = base;
    job.video.insert(QStringLiteral("id"), id);
    job.video.insert(QStringLiteral("object"), QStringLiteral("video"));
    job.video.insert(QStringLiteral("status"), QStringLiteral("queued"));
    job.video.insert(QStringLiteral("progress"), 0);
    job.video.insert(QStringLiteral("created_at"), QDateTime::currentSecsSinceEpoch());
    job.video.insert(QStringLiteral("completed_at"), QJsonValue());
    job.video.insert(QStringLiteral("expires_at"), QJsonValue());
    job.video.insert(QStringLiteral("error"), QJsonValue());
    if (!job.video.contains(QLatin1String("remixed_from_video_id")))
        job.video.insert(QStringLiteral("remixed_from_video_id"), QJsonValue());
    m_jobs.insert(id, job);
    m_order.append(id);
    // Re-arm any faults that were waiting for a job to be created.
    for (const Fault& f : std::as_const(m_faults)) {
        if (f.kind == Fault::Kind::JobFails)
            m_nextFails = true;
        if (f.kind == Fault::Kind::JobStuck)
            m_nextStuck = true;
    }
    return id;
}

void MockSoraServer::tick() {
    for (MockJob& job : m_jobs) {
        const QString status = job.video.value(QLatin1String("status")).toString();
        if (status == QLatin1String("completed") || status == QLatin1String("failed"))
            continue;
        ++job.ticks;
        if (job.stuck) {
            job.video.insert(QStringLiteral("status"), QStringLiteral("in_progress"));
            job.video.insert(QStringLiteral("progress"), 50);
            continue;
        }
        if (job.ticks >= m_options.ticksToFinish) {
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            job.video.insert(QStringLiteral("completed_at"), now);
            if (job.fails) {
                job.video.insert(QStringLiteral("status"), QStringLiteral("failed"));
                job.video.insert(
                    QStringLiteral("error"),
                    QJsonObject{
                        {QStringLiteral("code"), QStringLiteral("moderation_blocked")},
                        {QStringLiteral("message"),
                         QStringLiteral("Your request was blocked by our moderation system.")}});
            } else {
                job.video.insert(QStringLiteral("status"), QStringLiteral("completed"));
                job.video.insert(QStringLiteral("progress"), 100);
                job.video.insert(QStringLiteral("expires_at"), now + 3600);
            }
            continue;
        }
        job.video.insert(QStringLiteral("status"), QStringLiteral("in_progress"));
        job.video.insert(QStringLiteral("progress"), job.ticks * 100 / m_options.ticksToFinish);
    }
}

} // namespace framefit::mock
