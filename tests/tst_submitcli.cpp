// SPDX-License-Identifier: GPL-3.0-or-later
#include "soratesthelpers.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>

using namespace framefit;
using namespace framefit::testing;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestSubmitCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void downloadWithJson();
    void waitShowsProgress();
    void submitOnlyPrintsId();
    void usageErrors_data();
    void usageErrors();
    void apiFailures_data();
    void apiFailures();
    void failedJobExitsOne();
    void shippedMockServerWorks();
    void keyNeverPrinted();

private:
    // Runs framefit-cli while this process's event loop keeps the in-process server serving.
    Run run(const QStringList& args, bool withKey = true);
    QString input() const { return m_dir.filePath(QStringLiteral("photo.png")); }

    QTemporaryDir m_dir;
    QStringList m_allOutput;
};

void TestSubmitCli::initTestCase() {
    QVERIFY(m_dir.isValid());
    QFile f(input());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pictureBytes({400, 300}, ImageFormat::Png));
}

Run TestSubmitCli::run(const QStringList& args, bool withKey) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OPENAI_BASE_URL"));
    if (withKey)
        env.insert(QStringLiteral("OPENAI_API_KEY"), kTestKey);
    else
        env.remove(QStringLiteral("OPENAI_API_KEY"));
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(FRAMEFIT_CLI), QStringList{QStringLiteral("submit")} + args);
    if (!finished.wait(30'000))
        p.kill();
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    m_allOutput << r.out << r.err;
    return r;
}

void TestSubmitCli::downloadWithJson() {
    auto server = startServer();
    const QString out = m_dir.filePath(QStringLiteral("clip.mp4"));
    const Run r =
        run({QStringLiteral("--prompt"), QStringLiteral("Waves"), QStringLiteral("--base-url"),
             server->baseUrl(), QStringLiteral("--download"), out, QStringLiteral("--json"),
             QStringLiteral("--poll-interval"), QStringLiteral("10"), input()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(o.value(QLatin1String("output")).toString(), out);
    QCOMPARE(o.value(QLatin1String("size")).toString(), QStringLiteral("1280x720"));
    QVERIFY(o.value(QLatin1String("error")).isNull());
    const QString id = o.value(QLatin1String("id")).toString();
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), server->videoBytes(id));
    QCOMPARE(server->jobCount(), 1);
    // No temporary file left beside the download.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("clip.mp4*")}, QDir::Files).size(), 1);
}

void TestSubmitCli::waitShowsProgress() {
    auto server = startServer(4);
    const Run r =
        run({QStringLiteral("--prompt"), QStringLiteral("Waves"), QStringLiteral("--base-url"),
             server->baseUrl(), QStringLiteral("--wait"), QStringLiteral("-s"),
             QStringLiteral("720x1280"), QStringLiteral("-m"), QStringLiteral("pad"), input()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString id = r.out.trimmed();
    QVERIFY(id.startsWith(QLatin1String("video_")));
    QVERIFY(r.err.contains(id + QStringLiteral(": completed 100%")));
    QVERIFY(r.err.contains(QLatin1String("in_progress")));
}

void TestSubmitCli::submitOnlyPrintsId() {
    auto server = startServer(100);
    const Run r = run({QStringLiteral("--prompt"), QStringLiteral("Waves"),
                       QStringLiteral("--base-url"), server->baseUrl(), input()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.trimmed().startsWith(QLatin1String("video_")));
    QCOMPARE(server->jobCount(), 1);
    QCOMPARE(server->requestCount("retrieve"), 0);
}

void TestSubmitCli::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<QString>("message");
    const QString p = QStringLiteral("--prompt");
    QTest::newRow("no prompt") << QStringList{} << true << QStringLiteral("--prompt is required");
    QTest::newRow("model refuses size")
        << QStringList{p, QStringLiteral("x"), QStringLiteral("-s"), QStringLiteral("1792x1024")}
        << true << QStringLiteral("sora-2-pro");
    QTest::newRow("not a sora size")
        << QStringList{p, QStringLiteral("x"), QStringLiteral("-s"), QStringLiteral("1000x1000")}
        << true << QStringLiteral("not a Sora video size");
    QTest::newRow("no key") << QStringList{p, QStringLiteral("x")} << false
                            << QStringLiteral("OPENAI_API_KEY");
    QTest::newRow("http to another computer")
        << QStringList{p, QStringLiteral("x"), QStringLiteral("--base-url"),
                       QStringLiteral("http://192.0.2.7/v1")}
        << true << QStringLiteral("only allowed to this computer");
    QTest::newRow("bad seconds") << QStringList{p, QStringLiteral("x"), QStringLiteral("--seconds"),
                                                QStringLiteral("four")}
                                 << true << QStringLiteral("seconds");
}

void TestSubmitCli::usageErrors() {
    QFETCH(QStringList, args);
    QFETCH(bool, withKey);
    QFETCH(QString, message);
    auto server = startServer();
    if (!args.contains(QLatin1String("--base-url")))
        args << QStringLiteral("--base-url") << server->baseUrl();
    const Run r = run(args << input(), withKey);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(server->requestCount("create"), 0);

    const Run twoImages = run({QStringLiteral("--prompt"), QStringLiteral("x"), input(), input()});
    QCOMPARE(twoImages.exitCode, 2);
    const QString existing = m_dir.filePath(QStringLiteral("exists.mp4"));
    QFile(existing).open(QIODevice::WriteOnly);
    const Run exists = run({QStringLiteral("--prompt"), QStringLiteral("x"),
                            QStringLiteral("--download"), existing, input()});
    QCOMPARE(exists.exitCode, 2);
}

void TestSubmitCli::apiFailures_data() {
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("expected");
    QTest::newRow("500 on create")
        << QStringLiteral("status:500@create") << QStringLiteral("HTTP 500");
    QTest::newRow("shut down") << QStringLiteral("status:404@create")
                               << QStringLiteral("2026-09-24");
    QTest::newRow("moderation")
        << QStringLiteral("status:400@create,message=Your request was blocked by our moderation "
                          "system.")
        << QStringLiteral("\"Your request was blocked by our moderation system.\"");
}

void TestSubmitCli::apiFailures() {
    QFETCH(QString, fault);
    QFETCH(QString, expected);
    auto server = startServer();
    server->addFault(*mock::parseFault(fault));
    const Run r = run({QStringLiteral("--prompt"), QStringLiteral("x"),
                       QStringLiteral("--base-url"), server->baseUrl(), input()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("req_mock_")));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(server->jobCount(), 0);
}

void TestSubmitCli::failedJobExitsOne() {
    auto server = startServer(2);
    server->addFault(*mock::parseFault(QStringLiteral("job-fails")));
    const Run r =
        run({QStringLiteral("--prompt"), QStringLiteral("x"), QStringLiteral("--base-url"),
             server->baseUrl(), QStringLiteral("--wait"), QStringLiteral("--json"),
             QStringLiteral("--poll-interval"), QStringLiteral("10"), input()});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(o.value(QLatin1String("error")).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("job_failed"));
    QVERIFY(r.err.contains(QLatin1String("Your request was blocked by our moderation system.")));
}

void TestSubmitCli::shippedMockServerWorks() {
    QProcess server;
    server.start(QStringLiteral(FRAMEFIT_MOCK_SERVER),
                 {QStringLiteral("--tick-ms"), QStringLiteral("10"), QStringLiteral("--ticks"),
                  QStringLiteral("2"), QStringLiteral("--key"), kTestKey});
    QVERIFY(server.waitForStarted());
    QTRY_VERIFY(server.canReadLine());
    const QString line = QString::fromUtf8(server.readLine()).trimmed();
    QVERIFY2(line.startsWith(QLatin1String("framefit-mock-server listening on http://127.0.0.1:")),
             qPrintable(line));
    const QString baseUrl = line.section(u' ', -1);
    const QString out = m_dir.filePath(QStringLiteral("shipped.mp4"));
    const Run r = run({QStringLiteral("--prompt"), QStringLiteral("x"),
                       QStringLiteral("--base-url"), baseUrl, QStringLiteral("--download"), out,
                       QStringLiteral("--poll-interval"), QStringLiteral("10"), input()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().mid(4, 4), QByteArray("ftyp"));

    // Faults can be switched on while it runs, through its control endpoint.
    QNetworkAccessManager nam;
    QNetworkRequest control(QUrl(baseUrl.section(u'/', 0, 2) + QStringLiteral("/mock/faults")));
    control.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply = nam.post(control, QByteArray(R"({"fault": "status:503@create"})"));
    QSignalSpy replied(reply, &QNetworkReply::finished);
    QVERIFY(replied.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete reply;
    const Run failed = run({QStringLiteral("--prompt"), QStringLiteral("x"),
                            QStringLiteral("--base-url"), baseUrl, input()});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains(QLatin1String("HTTP 503")), qPrintable(failed.err));
    server.kill();
    server.waitForFinished();
}

void TestSubmitCli::keyNeverPrinted() {
    QVERIFY(!m_allOutput.isEmpty());
    for (const QString& text : std::as_const(m_allOutput))
        QVERIFY2(!text.contains(kTestKey), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestSubmitCli)
#include "tst_submitcli.moc"
