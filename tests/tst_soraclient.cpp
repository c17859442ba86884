// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sora/jobpoller.h"
#include "core/sora/retrypolicy.h"
#include "core/sora/soraclient.h"
#include "core/sora/video.h"
#include "mockserver/tinymp4.h"
#include "soratesthelpers.h"

#include <QBuffer>
#include <QFile>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace framefit;
using namespace framefit::sora;
using namespace framefit::testing;
using mock::Fault;
using mock::parseFault;

namespace {
QStringList g_log; // every qDebug/qWarning of the run, to prove the key never shows
void captureMessages(QtMsgType, const QMessageLogContext&, const QString& message) {
    g_log << message;
}

Fault fault(const char* spec) {
    QString error;
    const auto f = parseFault(QString::fromLatin1(spec), &error);
    if (!f)
        qFatal("bad fault spec %s", spec);
    return *f;
}
} // namespace

class TestSoraClient : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void parsersTolerateAnything_data();
    void parsersTolerateAnything();
    void parsesVideoAndError();
    void retryDelays();
    void retryAfterHeaders();
    void pollDelays();
    void baseUrlRules_data();
    void baseUrlRules();

    void happyPathCreatePollDownload();
    void redirectedDownloadDropsTheKey();
    void listRemixDelete();
    void servedVideoIsPlayable();

    void transientStatusRetriedAndBounded_data();
    void transientStatusRetriedAndBounded();
    void retryAfterMsHonoured();
    void retryAfterTooLongNotRetried();
    void droppedConnectionRetried();
    void timeoutRetriedThenReported();
    void createNotRetriedAfterBodySent_data();
    void createNotRetriedAfterBodySent();
    void create429RetriedWithoutDuplicate();
    void malformedJsonIsAnError();
    void overlongBodyIsStopped();
    void failedJobReported();
    void stuckJobGivesUp();
    void shutDownEndpointExplained_data();
    void shutDownEndpointExplained();

    void clientRefusesWrongSizeServerRejectsIt();
    void serverRejectsPartWithoutFilename();
    void clientRefusesModelSizeMismatch();
    void insecureUrlRefused();
    void connectionRefusedRetriedEvenForCreate();
    void keyNeverInErrorsOrLogs();
};

void TestSoraClient::initTestCase() {
    qInstallMessageHandler(captureMessages);
}

void TestSoraClient::cleanupTestCase() {
    qInstallMessageHandler(nullptr);
    for (const QString& line : std::as_const(g_log))
        QVERIFY2(!line.contains(kTestKey), "the API key appeared in a log message");
}

void TestSoraClient::parsersTolerateAnything_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("isVideo");
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("garbage") << QByteArray("\x00\xff{{{", 5) << false;
    QTest::newRow("truncated") << QByteArray("{\"id\": \"video_1\", \"status\": ") << false;
    QTest::newRow("array") << QByteArray("[1,2,3]") << false;
    QTest::newRow("no id") << QByteArray("{\"status\": \"queued\"}") << false;
    QTest::newRow("wrong types")
        << QByteArray("{\"id\": 17, \"progress\": \"x\", \"error\": [1], \"size\": {}}") << true;
    QTest::newRow("unknown fields and sizes")
        << QByteArray("{\"id\":\"v\",\"foo\":{\"bar\":[]},\"size\":\"4096x4096\",\"seconds\":25,"
                      "\"progress\":250}")
        << true;
    QTest::newRow("deep nesting") << QByteArray(10000, '[') << false;
}

void TestSoraClient::parsersTolerateAnything() {
    QFETCH(QByteArray, json);
    QFETCH(bool, isVideo);
    QString error;
    const auto v = parseVideo(json, &error);
    QCOMPARE(v.has_value(), isVideo);
    if (!isVideo)
        QVERIFY(!error.isEmpty());
    else
        QVERIFY(v->progress >= 0 && v->progress <= 100);
    parseVideoList(json);
    parseApiError(json);
    parseDeleted(json);
}

void TestSoraClient::parsesVideoAndError() {
    const auto v = parseVideo(
        R"({"id":"video_abc","object":"video","model":"sora-2-pro","status":"failed","progress":40,
            "created_at":1700000000,"completed_at":null,"expires_at":null,"prompt":"p",
            "size":"1792x1024","seconds":"8","remixed_from_video_id":null,
            "error":{"code":"moderation_blocked","message":"Your request was blocked by our moderation system."}})");
    QVERIFY(v);
    QCOMPARE(v->id, QStringLiteral("video_abc"));
    QCOMPARE(v->size, QStringLiteral("1792x1024"));
    QCOMPARE(v->seconds, QStringLiteral("8"));
    QCOMPARE(v->createdAt, 1700000000);
    QCOMPARE(v->completedAt, 0);
    QVERIFY(v->isFinished());
    QCOMPARE(v->errorMessage, QStringLiteral("Your request was blocked by our moderation system."));
    const auto e = parseApiError(
        R"({"error":{"message":"Inpaint image must match the requested width and height","type":"invalid_request_error","param":null,"code":null}})");
    QVERIFY(e);
    QCOMPARE(e->message, QStringLiteral("Inpaint image must match the requested width and height"));
    QCOMPARE(e->type, QStringLiteral("invalid_request_error"));
    QVERIFY(e->param.isEmpty() && e->code.isEmpty());
}

void TestSoraClient::retryDelays() {
    // Exponential: 0.5 s, 1 s, 2 s ... capped at 8 s, less up to 25 % jitter.
    QCOMPARE(retryDelayMs(0, std::nullopt, 0.0), 500);
    QCOMPARE(retryDelayMs(1, std::nullopt, 0.0), 1000);
    QCOMPARE(retryDelayMs(10, std::nullopt, 0.0), 8000);
    QCOMPARE(retryDelayMs(0, std::nullopt, 0.999), 375);
    // The server's wish wins when it is in (0, 120 s].
    QCOMPARE(retryDelayMs(0, 2500, 0.5), 2500);
    QCOMPARE(retryDelayMs(0, 120'000, 0.0), 120'000);
    QCOMPARE(retryDelayMs(0, 0, 0.0), 500);
    QCOMPARE(retryDelayMs(1, 121'000, 0.0), 1000);
    QVERIFY(isRetryableStatus(408) && isRetryableStatus(409) && isRetryableStatus(429));
    QVERIFY(isRetryableStatus(500) && isRetryableStatus(503));
    QVERIFY(!isRetryableStatus(400) && !isRetryableStatus(401) && !isRetryableStatus(404));
}

void TestSoraClient::retryAfterHeaders() {
    const QDateTime now = QDateTime(QDate(2026, 10, 21), QTime(7, 28, 0), QTimeZone::utc());
    QCOMPARE(serverRetryAfterMs("250", "9", now), 250);
    QCOMPARE(serverRetryAfterMs("", "3", now), 3000);
    QCOMPARE(serverRetryAfterMs("", "1.5", now), 1500);
    QCOMPARE(serverRetryAfterMs("", "Wed, 21 Oct 2026 07:28:30 GMT", now), 30'000);
    QVERIFY(!serverRetryAfterMs("", "soon", now));
    QVERIFY(!serverRetryAfterMs("", "", now));
}

void TestSoraClient::pollDelays() {
    QCOMPARE(pollDelayMs("1500", 7, 2000, 20'000), 1500);
    QCOMPARE(pollDelayMs("", 0, 2000, 20'000), 2000);
    QCOMPARE(pollDelayMs("", 1, 2000, 20'000), 3000);
    QCOMPARE(pollDelayMs("", 30, 2000, 20'000), 20'000);
    QCOMPARE(pollDelayMs("junk", 0, 2000, 20'000), 2000);
}

void TestSoraClient::baseUrlRules_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("official") << QStringLiteral("https://api.openai.com/v1") << true;
    QTest::newRow("gateway https") << QStringLiteral("https://gateway.example/v1") << true;
    QTest::newRow("loopback v4") << QStringLiteral("http://127.0.0.1:8080/v1") << true;
    QTest::newRow("loopback v4 other") << QStringLiteral("http://127.3.4.5/v1") << true;
    QTest::newRow("loopback v6") << QStringLiteral("http://[::1]:9000/v1") << true;
    QTest::newRow("localhost") << QStringLiteral("http://localhost:9000/v1") << true;
    QTest::newRow("lan http") << QStringLiteral("http://192.168.1.10/v1") << false;
    QTest::newRow("lookalike") << QStringLiteral("http://127.0.0.1.example.com/v1") << false;
    QTest::newRow("public http") << QStringLiteral("http://api.openai.com/v1") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/v1") << false;
    QTest::newRow("nonsense") << QStringLiteral("not a url") << false;
}

void TestSoraClient::baseUrlRules() {
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const QString problem = baseUrlProblem(QUrl(url));
    QCOMPARE(problem.isEmpty(), allowed);
}

void TestSoraClient::happyPathCreatePollDownload() {
    auto server = startServer();
    QVERIFY(server);
    SoraClient client(clientConfig(*server));
    SoraCall* create = client.create(createRequest());
    QVERIFY(waitFinished(create));
    QVERIFY2(create->ok(), qPrintable(create->error().toText()));
    const Video created = *create->video();
    QCOMPARE(created.status, QStringLiteral("queued"));
    QCOMPARE(created.size, QStringLiteral("1280x720"));
    QVERIFY(create->requestId().startsWith(QLatin1String("req_")));
    delete create;

    JobPoller poller(&client, created.id);
    poller.setIntervals(10, 50);
    QSignalSpy updates(&poller, &JobPoller::updated);
    QSignalSpy done(&poller, &JobPoller::completed);
    QSignalSpy failed(&poller, &JobPoller::failed);
    poller.start();
    QVERIFY(done.wait(10'000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(updates.count() >= 2);
    QCOMPARE(done.at(0).at(0).value<Video>().progress, 100);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.mp4"));
    SoraCall* video = client.download(created.id, QStringLiteral("video"), path);
    QVERIFY(waitFinished(video));
    QVERIFY2(video->ok(), qPrintable(video->error().toText()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QCOMPARE(bytes, server->videoBytes(created.id));
    QCOMPARE(bytes.mid(4, 4), QByteArray("ftyp"));
    delete video;

    const QString thumb = dir.filePath(QStringLiteral("t.webp"));
    SoraCall* t = client.download(created.id, QStringLiteral("thumbnail"), thumb);
    QVERIFY(waitFinished(t));
    QVERIFY(t->ok());
    QFile tf(thumb);
    QVERIFY(tf.open(QIODevice::ReadOnly));
    QCOMPARE(tf.readAll(), server->thumbnailBytes(created.id));
    delete t;
    QCOMPARE(server->jobCount(), 1);
}

void TestSoraClient::redirectedDownloadDropsTheKey() {
    auto server = startServer(1);
    server->options().redirectContent = true;
    SoraClient client(clientConfig(*server));
    SoraCall* create = client.create(createRequest());
    QVERIFY(waitFinished(create));
    const QString id = create->video()->id;
    delete create;
    JobPoller poller(&client, id);
    poller.setIntervals(10, 50);
    QSignalSpy done(&poller, &JobPoller::completed);
    poller.start();
    QVERIFY(done.wait(10'000));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.mp4"));
    const int authBefore = int(server->authorizationHeaders().size());
    SoraCall* video = client.download(id, QStringLiteral("video"), path);
    QVERIFY(waitFinished(video));
    QVERIFY2(video->ok(), qPrintable(video->error().toText()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), server->videoBytes(id));
    // The /content request carried the key; the redirected asset request is key-less (the
    // server only records Authorization for key-checked paths, so exactly one more).
    QCOMPARE(server->authorizationHeaders().size(), authBefore + 1);
    QCOMPARE(server->requestCount("content"), 2);
    delete video;
}

void TestSoraClient::listRemixDelete() {
    auto server = startServer(1);
    SoraClient client(clientConfig(*server));
    SoraCall* create = client.create(createRequest());
    QVERIFY(waitFinished(create));
    const QString id = create->video()->id;
    delete create;
    JobPoller poller(&client, id);
    poller.setIntervals(10, 50);
    QSignalSpy done(&poller, &JobPoller::completed);
    poller.start();
    QVERIFY(done.wait(10'000));

    SoraCall* remix = client.remix(id, QStringLiteral("Same, at night"));
    QVERIFY(waitFinished(remix));
    QVERIFY2(remix->ok(), qPrintable(remix->error().toText()));
    QCOMPARE(remix->video()->remixedFromVideoId, id);
    QCOMPARE(remix->video()->prompt, QStringLiteral("Same, at night"));
    delete remix;

    SoraCall* list = client.list(10);
    QVERIFY(waitFinished(list));
    const auto parsed = parseVideoList(list->body());
    QVERIFY(parsed);
    QCOMPARE(parsed->data.size(), 2);
    delete list;

    SoraCall* del = client.remove(id);
    QVERIFY(waitFinished(del));
    QVERIFY(del->ok());
    QVERIFY(parseDeleted(del->body()));
    delete del;
    SoraCall* gone = client.retrieve(id);
    QVERIFY(waitFinished(gone));
    QCOMPARE(gone->error().kind, ErrorKind::NotFound);
    delete gone;
}

void TestSoraClient::servedVideoIsPlayable() {
    const QByteArray mp4 = mock::tinyMp4(7);
    QCOMPARE(mp4.mid(4, 4), QByteArray("ftyp"));
    QVERIFY(mp4.contains("avc1") && mp4.contains("avcC") && mp4.contains("mdat"));
    QVERIFY(mp4 != mock::tinyMp4(8));
    const QString ffprobe = QStandardPaths::findExecutable(QStringLiteral("ffprobe"));
    if (ffprobe.isEmpty())
        QSKIP("ffprobe is not installed: the decode check needs it");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.mp4"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(mp4);
    f.close();
    QProcess probe;
    probe.start(ffprobe, {QStringLiteral("-v"), QStringLiteral("error"),
                          QStringLiteral("-count_frames"), QStringLiteral("-show_entries"),
                          QStringLiteral("stream=codec_name,width,height,nb_read_frames"),
                          QStringLiteral("-of"), QStringLiteral("compact"), path});
    QVERIFY(probe.waitForFinished(30'000));
    QCOMPARE(probe.exitCode(), 0);
    QCOMPARE(probe.readAllStandardError(), QByteArray()); // no decode errors
    const QByteArray out = probe.readAllStandardOutput();
    QVERIFY2(out.contains("codec_name=h264") && out.contains("width=64") &&
                 out.contains("height=48") && out.contains("nb_read_frames=1"),
             out.constData());
}

void TestSoraClient::transientStatusRetriedAndBounded_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("500") << 500 << ErrorKind::ServerError;
    QTest::newRow("502") << 502 << ErrorKind::ServerError;
    QTest::newRow("503") << 503 << ErrorKind::ServerError;
    QTest::newRow("429") << 429 << ErrorKind::RateLimited;
    QTest::newRow("409") << 409 << ErrorKind::Conflict;
}

void TestSoraClient::transientStatusRetriedAndBounded() {
    QFETCH(int, status);
    QFETCH(ErrorKind, kind);
    auto server = startServer(100);
    SoraClient client(clientConfig(*server));
    SoraCall* create = client.create(createRequest());
    QVERIFY(waitFinished(create));
    const QString id = create->video()->id;
    delete create;

    // One failure: retried once, then fine.
    Fault once = fault("status:500@retrieve");
    once.status = status;
    server->addFault(once);
    SoraCall* call = client.retrieve(id);
    QSignalSpy retrying(call, &SoraCall::retrying);
    QVERIFY(waitFinished(call));
    QVERIFY2(call->ok(), qPrintable(call->error().toText()));
    QCOMPARE(call->attempts(), 2);
    QCOMPARE(retrying.count(), 1);
    delete call;

    // Persistent failure: exactly 1 + 2 attempts, then the server's message verbatim.
    Fault many = fault("status:500@retrieve x10");
    many.status = status;
    server->addFault(many);
    const int before = server->requestCount("retrieve");
    call = client.retrieve(id);
    QVERIFY(waitFinished(call));
    QCOMPARE(call->error().kind, kind);
    QCOMPARE(call->attempts(), 3);
    QCOMPARE(server->requestCount("retrieve") - before, 3);
    QCOMPARE(call->error().httpStatus, status);
    QVERIFY(!call->error().serverMessage.isEmpty());
    QVERIFY(call->error().toText().contains(call->error().serverMessage));
    QVERIFY(call->error().toText().contains(QString::number(status)));
    QVERIFY(call->error().requestId.startsWith(QLatin1String("req_")));
    delete call;
}

void TestSoraClient::retryAfterMsHonoured() {
    auto server = startServer(100);
    SoraClient client(clientConfig(*server));
    server->addFault(fault("status:429@list,retry-after-ms=40"));
    SoraCall* call = client.list();
    QSignalSpy retrying(call, &SoraCall::retrying);
    QVERIFY(waitFinished(call));
    QVERIFY(call->ok());
    QCOMPARE(retrying.count(), 1);
    QCOMPARE(retrying.at(0).at(1).toLongLong(), 40); // the server's wish, not the backoff
    delete call;

    server->addFault(fault("status:503@list,retry-after=1"));
    call = client.list();
    QSignalSpy retrying2(call, &SoraCall::retrying);
    QVERIFY(waitFinished(call));
    QVERIFY(call->ok());
    QCOMPARE(retrying2.at(0).at(1).toLongLong(), 1000);
    delete call;
}

void TestSoraClient::retryAfterTooLongNotRetried() {
    auto server = startServer(100);
    SoraClient client(clientConfig(*server));
    server->addFault(fault("status:429@list x5,retry-after=600"));
    SoraCall* call = client.list();
    QVERIFY(waitFinished(call));
    QCOMPARE(call->error().kind, ErrorKind::RetryTooLong);
    QCOMPARE(call->attempts(), 1);
    QCOMPARE(call->error().retryAfterMs, 600'000);
    QVERIFY(call->error().toText().contains(QLatin1String("600")));
    delete call;
}

void TestSoraClient::droppedConnectionRetried() {
    auto server = startServer(100);
    SoraClient client(clientConfig(*server));
    server->addFault(fault("drop@list"));
    SoraCall* call = client.list();
    QVERIFY(waitFinished(call));
    QVERIFY2(call->ok(), qPrintable(call->error().toText()));
    QVERIFY(call->attempts() >= 1 && call->attempts() <= 3);
    delete call;

    server->addFault(fault("drop@list x10"));
    call = client.list();
    QVERIFY(waitFinished(call));
    QCOMPARE(call->error().kind, ErrorKind::Connection);
    QVERIFY(call->attempts() <= 3);
    delete call;
}

void TestSoraClient::timeoutRetriedThenReported() {
    auto server = startServer(100);
    ClientConfig config = clientConfig(*server);
    config.timeoutMs = 200;
    SoraClient client(config);
    server->addFault(fault("hang@list x10"));
    SoraCall* call = client.list();
    QVERIFY(waitFinished(call));
    QCOMPARE(call->error().kind, ErrorKind::Timeout);
    QCOMPARE(call->attempts(), 3);
    QCOMPARE(server->requestCount("list"), 3);
    delete call;
}

void TestSoraClient::createNotRetriedAfterBodySent_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("jobsOnServer");
    QTest::newRow("500 after upload") << QStringLiteral("status:500@create") << 0;
    QTest::newRow("503 after upload") << QStringLiteral("status:503@create") << 0;
    QTest::newRow("created then dropped") << QStringLiteral("create-then-drop") << 1;
    QTest::newRow("reset mid-upload") << QStringLiteral("reset-upload") << 0;
    QTest::newRow("no answer") << QStringLiteral("hang@create") << 0;
}

void TestSoraClient::createNotRetriedAfterBodySent() {
    QFETCH(QString, spec);
    QFETCH(int, jobsOnServer);
    auto server = startServer(100);
    ClientConfig config = clientConfig(*server);
    config.timeoutMs = 300;
    SoraClient client(config);
    server->addFault(*parseFault(spec));
    CreateRequest request = createRequest();
    SoraCall* call = client.create(request);
    QSignalSpy retrying(call, &SoraCall::retrying);
    QVERIFY(waitFinished(call));
    QCOMPARE(call->error().kind, ErrorKind::CreateUncertain);
    QCOMPARE(retrying.count(), 0);
    QCOMPARE(call->attempts(), 1);
    // No second job: the user decides whether to send again.
    QCOMPARE(server->jobCount(), jobsOnServer);
    QVERIFY(call->error().toText().contains(QLatin1String("billed")));
    delete call;
}

void TestSoraClient::create429RetriedWithoutDuplicate() {
    auto server = startServer(100);
    SoraClient client(clientConfig(*server));
    server->addFault(fault("status:429@create,retry-after-ms=20"));
    SoraCall* call = client.create(createRequest());
    QVERIFY(waitFinished(call));
    QVERIFY2(call->ok(), qPrintable(call->error().toText()));
    QCOMPARE(call->attempts(), 2);
    QCOMPARE(server->jobCount(), 1);
    delete call;
}

void TestSoraClient::malformedJsonIsAnError() {
    auto server = startServer(100);
    SoraClient client(clientConfig(*server));
    server->addFault(fault("malformed@list"));
    SoraCall* call = client.list();
    QVERIFY(waitFinished(call));
    QCOMPARE(call->error().kind, ErrorKind::InvalidResponse);
    QVERIFY(!call->error().toText().isEmpty());
    delete call;
}

void TestSoraClient::overlongBodyIsStopped() {
    auto server = startServer(100);
    SoraClient client(clientConfig(*server));
    server->addFault(fault("huge@list"));
    SoraCall* call = client.list();
    QVERIFY(waitFinished(call));
    QCOMPARE(call->error().kind, ErrorKind::TooLarge);
    QVERIFY(call->body().size() <= (1 << 20));
    delete call;
}

void TestSoraClient::failedJobReported() {
    auto server = startServer(2);
    server->addFault(fault("job-fails"));
    SoraClient client(clientConfig(*server));
    SoraCall* create = client.create(createRequest());
    QVERIFY(waitFinished(create));
    QVERIFY(create->ok());
    JobPoller poller(&client, create->video()->id);
    delete create;
    poller.setIntervals(10, 50);
    QSignalSpy failed(&poller, &JobPoller::failed);
    poller.start();
    QVERIFY(failed.wait(10'000));
    const auto e = failed.at(0).at(0).value<SoraError>();
    QCOMPARE(e.kind, ErrorKind::JobFailed);
    QCOMPARE(e.serverMessage, QStringLiteral("Your request was blocked by our moderation system."));
    QCOMPARE(failed.at(0).at(1).value<Video>().status, QStringLiteral("failed"));
}

void TestSoraClient::stuckJobGivesUp() {
    auto server = startServer(2);
    server->addFault(fault("job-stuck"));
    SoraClient client(clientConfig(*server));
    SoraCall* create = client.create(createRequest());
    QVERIFY(waitFinished(create));
    JobPoller poller(&client, create->video()->id);
    delete create;
    poller.setIntervals(10, 50);
    poller.setMaxWait(300);
    QSignalSpy failed(&poller, &JobPoller::failed);
    poller.start();
    QVERIFY(failed.wait(10'000));
    QCOMPARE(failed.at(0).at(0).value<SoraError>().kind, ErrorKind::Timeout);
    QCOMPARE(failed.at(0).at(1).value<Video>().status, QStringLiteral("in_progress"));
}

void TestSoraClient::shutDownEndpointExplained_data() {
    QTest::addColumn<QString>("spec");
    QTest::newRow("404 on create") << QStringLiteral("status:404@create");
    QTest::newRow("410 on create") << QStringLiteral("status:410@create");
    QTest::newRow("model not found")
        << QStringLiteral("status:404@create,message=The model 'sora-2' does not exist");
}

void TestSoraClient::shutDownEndpointExplained() {
    QFETCH(QString, spec);
    auto server = startServer(100);
    SoraClient client(clientConfig(*server));
    server->addFault(*parseFault(spec));
    SoraCall* call = client.create(createRequest());
    QVERIFY(waitFinished(call));
    QCOMPARE(call->error().kind, ErrorKind::ServiceGone);
    QCOMPARE(call->attempts(), 1);
    const QString text = call->error().toText();
    QVERIFY(text.contains(QLatin1String("2026-09-24")));
    QVERIFY(text.contains(QLatin1String("Settings")));
    QVERIFY(text.contains(QLatin1String("--base-url")));
    QVERIFY(text.contains(call->error().serverMessage));
    delete call;
}

void TestSoraClient::clientRefusesWrongSizeServerRejectsIt() {
    auto server = startServer(100);
    // The client will not send a 1281x720 picture for a 1280x720 video...
    SoraClient client(clientConfig(*server));
    CreateRequest request = createRequest();
    request.image = pictureBytes({1281, 720});
    SoraCall* call = client.create(request);
    QVERIFY(waitFinished(call));
    QCOMPARE(call->error().kind, ErrorKind::NotSent);
    QVERIFY(call->error().toText().contains(QLatin1String("1281x720, needs 1280x720")));
    QCOMPARE(server->requestCount("create"), 0);
    delete call;

    // ...and the server really enforces it: the same bytes sent raw get the real 400.
    QNetworkAccessManager nam;
    auto* multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    const auto field = [multi](const char* name, const QByteArray& value) {
        QHttpPart p;
        p.setHeader(QNetworkRequest::ContentDispositionHeader,
                    QByteArray("form-data; name=\"") + name + '"');
        p.setBody(value);
        multi->append(p);
    };
    field("prompt", "x");
    field("model", "sora-2");
    field("size", "1280x720");
    QHttpPart image;
    image.setHeader(QNetworkRequest::ContentDispositionHeader,
                    QByteArray("form-data; name=\"input_reference\"; filename=\"a.jpg\""));
    image.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("image/jpeg"));
    image.setBody(request.image);
    multi->append(image);
    QNetworkRequest raw(QUrl(server->baseUrl() + QStringLiteral("/videos")));
    raw.setRawHeader("Authorization", "Bearer " + kTestKey.toUtf8());
    QNetworkReply* reply = nam.post(raw, multi);
    multi->setParent(reply);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    QVERIFY(spy.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    const QJsonObject error =
        QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("message")).toString(),
             QStringLiteral("Inpaint image must match the requested width and height"));
    QCOMPARE(error.value(QLatin1String("type")).toString(),
             QStringLiteral("invalid_request_error"));
    QVERIFY(error.value(QLatin1String("param")).isNull());
    QVERIFY(error.value(QLatin1String("code")).isNull());
    QCOMPARE(server->jobCount(), 0);
    delete reply;
}

void TestSoraClient::serverRejectsPartWithoutFilename() {
    auto server = startServer(100);
    QNetworkAccessManager nam;
    auto* multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart prompt;
    prompt.setHeader(QNetworkRequest::ContentDispositionHeader,
                     QByteArray("form-data; name=\"prompt\""));
    prompt.setBody("x");
    multi->append(prompt);
    QHttpPart image; // the bytes as a plain field: no filename, no content type
    image.setHeader(QNetworkRequest::ContentDispositionHeader,
                    QByteArray("form-data; name=\"input_reference\""));
    image.setBody(pictureBytes({1280, 720}));
    multi->append(image);
    QNetworkRequest raw(QUrl(server->baseUrl() + QStringLiteral("/videos")));
    raw.setRawHeader("Authorization", "Bearer " + kTestKey.toUtf8());
    QNetworkReply* reply = nam.post(raw, multi);
    multi->setParent(reply);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    QVERIFY(spy.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    const QJsonObject error =
        QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("message")).toString(),
             QStringLiteral("Invalid type for 'input_reference': expected a file, but got a "
                            "string instead."));
    QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("invalid_type"));
    delete reply;
}

void TestSoraClient::clientRefusesModelSizeMismatch() {
    auto server = startServer(100);
    SoraClient client(clientConfig(*server));
    SoraCall* call = client.create(createRequest({1792, 1024}, QStringLiteral("sora-2")));
    QVERIFY(waitFinished(call));
    QCOMPARE(call->error().kind, ErrorKind::NotSent);
    QVERIFY(call->error().toText().contains(QLatin1String("sora-2-pro")));
    delete call;
    call = client.create(createRequest({1792, 1024}, QStringLiteral("sora-2-pro")));
    QVERIFY(waitFinished(call));
    QVERIFY2(call->ok(), qPrintable(call->error().toText()));
    delete call;
    CreateRequest bmp = createRequest();
    QImage image(1280, 720, QImage::Format_RGB888);
    image.fill(Qt::red);
    QBuffer buffer(&bmp.image);
    bmp.image.clear();
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "BMP");
    call = client.create(bmp);
    QVERIFY(waitFinished(call));
    QCOMPARE(call->error().kind, ErrorKind::NotSent);
    QCOMPARE(server->requestCount("create"), 1);
    delete call;
}

void TestSoraClient::insecureUrlRefused() {
    ClientConfig config;
    config.baseUrl = QUrl(QStringLiteral("http://192.0.2.1/v1"));
    config.apiKey = kTestKey;
    SoraClient client(config);
    SoraCall* call = client.list();
    QVERIFY(waitFinished(call));
    QCOMPARE(call->error().kind, ErrorKind::InsecureUrl);
    QCOMPARE(call->attempts(), 0);
    QVERIFY(call->error().toText().contains(QLatin1String("https://")));
    delete call;
}

void TestSoraClient::connectionRefusedRetriedEvenForCreate() {
    // Nothing listens on the port of a server that has gone: no byte of the body left this
    // computer, so even a create may be retried; it is, twice, then reported.
    QString baseUrl;
    {
        auto server = startServer();
        baseUrl = server->baseUrl();
    }
    ClientConfig config;
    config.baseUrl = QUrl(baseUrl);
    config.apiKey = kTestKey;
    config.backoffScale = 0.02;
    SoraClient client(config);
    SoraCall* call = client.create(createRequest());
    QSignalSpy retrying(call, &SoraCall::retrying);
    QVERIFY(waitFinished(call));
    QCOMPARE(call->error().kind, ErrorKind::Connection);
    QCOMPARE(call->attempts(), 3);
    QCOMPARE(retrying.count(), 2);
    QVERIFY(call->error().toText().contains(QLatin1String("could not reach")));
    delete call;
}

void TestSoraClient::keyNeverInErrorsOrLogs() {
    auto server = startServer(100);
    SoraClient client(clientConfig(*server));
    // A server that echoes the key back in its message: the text we show blanks it out.
    Fault echo = fault("status:400@list");
    echo.message = QStringLiteral("Bad key %1 given").arg(kTestKey);
    server->addFault(echo);
    SoraCall* call = client.list();
    QVERIFY(waitFinished(call));
    QVERIFY(call->error().isError());
    QVERIFY(!call->error().toText().contains(kTestKey));
    QVERIFY(call->error().toText().contains(QLatin1String("[API key]")));
    delete call;

    ClientConfig wrong = clientConfig(*server);
    wrong.apiKey = kTestKey + QStringLiteral("-wrong");
    SoraClient other(wrong);
    call = other.list();
    QVERIFY(waitFinished(call));
    QCOMPARE(call->error().kind, ErrorKind::Unauthorized);
    QVERIFY(!call->error().toText().contains(kTestKey));
    delete call;
    for (const QString& line : std::as_const(g_log))
        QVERIFY(!line.contains(kTestKey));
}

QTEST_GUILESS_MAIN(TestSoraClient)
#include "tst_soraclient.moc"
