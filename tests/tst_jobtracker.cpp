// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/appsettings.h"
#include "core/sora/jobstore.h"
#include "core/sora/jobtracker.h"
#include "core/sora/soraservice.h"
#include "soratesthelpers.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using namespace framefit;
using namespace framefit::sora;
using namespace framefit::testing;

class TestJobTracker : public QObject {
    Q_OBJECT
private slots:
    void storeRoundTripAndReopen();
    void submitCompletesAndDownloads();
    void jobsSurviveRestart();
    void failedJobKeepsTheReason();
    void remixAndRemove();
    void submitRefusalReported();
    void serviceWiresKeyUrlAndResume();
};

namespace {
QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

void TestJobTracker::storeRoundTripAndReopen() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/jobs.sqlite"));
    {
        JobStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        JobRecord a;
        a.id = QStringLiteral("video_a");
        a.prompt = QStringLiteral("quotes ' and \" survive");
        a.status = QStringLiteral("in_progress");
        a.progress = 40;
        a.createdAt = 100;
        a.baseUrl = QStringLiteral("http://127.0.0.1:1/v1");
        JobRecord b = a;
        b.id = QStringLiteral("video_b");
        b.status = QStringLiteral("completed");
        b.createdAt = 200;
        QVERIFY(store.save(a));
        QVERIFY(store.save(b));
        b.progress = 100;
        QVERIFY(store.save(b)); // replace, not duplicate
        QCOMPARE(store.all().size(), 2);
        QCOMPARE(store.all().first().id, QStringLiteral("video_b")); // newest first
    }
    JobStore reopened;
    QVERIFY(reopened.open(path));
    QCOMPARE(reopened.all().size(), 2);
    QCOMPARE(reopened.find(QStringLiteral("video_a"))->prompt,
             QStringLiteral("quotes ' and \" survive"));
    QCOMPARE(reopened.find(QStringLiteral("video_b"))->progress, 100);
    QCOMPARE(reopened.unfinished().size(), 1);
    QVERIFY(reopened.remove(QStringLiteral("video_a")));
    QVERIFY(!reopened.find(QStringLiteral("video_a")));
}

void TestJobTracker::submitCompletesAndDownloads() {
    auto server = startServer();
    QTemporaryDir dir;
    JobStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("jobs.sqlite"))));
    SoraClient client(clientConfig(*server));
    JobTracker tracker(&client, &store, dir.filePath(QStringLiteral("media")));
    tracker.setPollIntervals(10, 50);
    QSignalSpy submitted(&tracker, &JobTracker::submitted);
    QSignalSpy downloaded(&tracker, &JobTracker::downloaded);
    tracker.submit(createRequest());
    QVERIFY(submitted.wait(5000));
    const QString id = submitted.at(0).at(0).toString();
    QVERIFY(downloaded.wait(10'000));
    const JobRecord job = *store.find(id);
    QCOMPARE(job.status, QStringLiteral("completed"));
    QCOMPARE(job.progress, 100);
    QCOMPARE(job.size, QStringLiteral("1280x720"));
    QCOMPARE(job.model, QStringLiteral("sora-2"));
    QVERIFY(job.requestId.startsWith(QLatin1String("req_")));
    QVERIFY(job.completedAt > 0);
    QCOMPARE(readAll(job.videoPath), server->videoBytes(id));
    QTRY_VERIFY(!store.find(id)->thumbnailPath.isEmpty());
    QCOMPARE(readAll(store.find(id)->thumbnailPath), server->thumbnailBytes(id));
}

void TestJobTracker::jobsSurviveRestart() {
    auto server = startServer(1'000'000); // runs "forever" until the test lets it finish
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("jobs.sqlite"));
    const QString media = dir.filePath(QStringLiteral("media"));
    QString id;
    {
        JobStore store;
        QVERIFY(store.open(db));
        SoraClient client(clientConfig(*server));
        JobTracker tracker(&client, &store, media);
        tracker.setPollIntervals(10, 50);
        QSignalSpy submitted(&tracker, &JobTracker::submitted);
        tracker.submit(createRequest());
        QVERIFY(submitted.wait(5000));
        id = submitted.at(0).at(0).toString();
        QTRY_COMPARE(store.find(id)->status, QStringLiteral("in_progress"));
    } // the app quits with the job still running
    server->options().ticksToFinish = 1;

    JobStore store;
    QVERIFY(store.open(db));
    QCOMPARE(store.unfinished().size(), 1);
    SoraClient client(clientConfig(*server));
    JobTracker tracker(&client, &store, media);
    tracker.setPollIntervals(10, 50);
    QSignalSpy downloaded(&tracker, &JobTracker::downloaded);
    tracker.resume();
    QVERIFY(tracker.isPolling(id));
    QVERIFY(downloaded.wait(10'000));
    QCOMPARE(store.find(id)->status, QStringLiteral("completed"));
    QCOMPARE(readAll(store.find(id)->videoPath), server->videoBytes(id));
    QCOMPARE(server->jobCount(), 1);
}

void TestJobTracker::failedJobKeepsTheReason() {
    auto server = startServer(2);
    server->addFault(*mock::parseFault(QStringLiteral("job-fails")));
    QTemporaryDir dir;
    JobStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("jobs.sqlite"))));
    SoraClient client(clientConfig(*server));
    JobTracker tracker(&client, &store, dir.filePath(QStringLiteral("media")));
    tracker.setPollIntervals(10, 50);
    QSignalSpy submitted(&tracker, &JobTracker::submitted);
    tracker.submit(createRequest());
    QVERIFY(submitted.wait(5000));
    const QString id = submitted.at(0).at(0).toString();
    QTRY_COMPARE_WITH_TIMEOUT(store.find(id)->status, QStringLiteral("failed"), 10'000);
    QVERIFY(store.find(id)->error.contains(
        QLatin1String("Your request was blocked by our moderation system.")));
    QVERIFY(store.find(id)->videoPath.isEmpty());
}

void TestJobTracker::remixAndRemove() {
    auto server = startServer(1);
    QTemporaryDir dir;
    JobStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("jobs.sqlite"))));
    SoraClient client(clientConfig(*server));
    JobTracker tracker(&client, &store, dir.filePath(QStringLiteral("media")));
    tracker.setPollIntervals(10, 50);
    QSignalSpy submitted(&tracker, &JobTracker::submitted);
    QSignalSpy downloaded(&tracker, &JobTracker::downloaded);
    tracker.submit(createRequest());
    QVERIFY(submitted.wait(5000));
    const QString id = submitted.at(0).at(0).toString();
    QVERIFY(downloaded.wait(10'000));
    const QString video = store.find(id)->videoPath;
    QVERIFY(QFile::exists(video));

    tracker.remix(id, QStringLiteral("The same scene in snow"));
    QVERIFY(submitted.wait(5000));
    const QString remixId = submitted.at(1).at(0).toString();
    QCOMPARE(store.find(remixId)->remixedFrom, id);
    QCOMPARE(store.find(remixId)->prompt, QStringLiteral("The same scene in snow"));
    QVERIFY(downloaded.wait(10'000));

    QSignalSpy removed(&tracker, &JobTracker::jobRemoved);
    tracker.remove(id);
    QVERIFY(removed.wait(5000));
    QVERIFY(!store.find(id));
    QVERIFY(!QFile::exists(video));
    QCOMPARE(server->jobCount(), 1); // deleted on the server too
}

void TestJobTracker::submitRefusalReported() {
    auto server = startServer();
    QTemporaryDir dir;
    JobStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("jobs.sqlite"))));
    SoraClient client(clientConfig(*server));
    JobTracker tracker(&client, &store, dir.filePath(QStringLiteral("media")));
    QSignalSpy failed(&tracker, &JobTracker::submitFailed);
    CreateRequest request = createRequest();
    request.image = pictureBytes({720, 1280});
    tracker.submit(request);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(0).value<SoraError>().kind, ErrorKind::NotSent);
    QVERIFY(store.all().isEmpty());
    QCOMPARE(server->requestCount("create"), 0);
}

void TestJobTracker::serviceWiresKeyUrlAndResume() {
    auto server = startServer(1);
    QTemporaryDir dir;
    QSettings qs(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    AppSettings settings(&qs);
    settings.setApiBaseUrl(QStringLiteral("https://unused.example/v1"));
    qputenv("OPENAI_API_KEY", kTestKey.toUtf8());
    {
        SoraService service(&settings, dir.filePath(QStringLiteral("data")));
        service.setBaseUrlOverride(server->baseUrl()); // as --base-url would
        QVERIFY(service.open());
        QSignalSpy ready(&service, &SoraService::ready);
        service.start();
        QVERIFY(ready.count() == 1 || ready.wait(5000));
        QVERIFY(service.keys()->fromEnvironment());
        QCOMPARE(service.client()->config().baseUrl.toString(), server->baseUrl());
        service.tracker()->setPollIntervals(10, 50);
        QSignalSpy downloaded(service.tracker(), &JobTracker::downloaded);
        service.tracker()->submit(createRequest());
        QVERIFY(downloaded.wait(10'000));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("data/jobs.sqlite"))));
    }
    qunsetenv("OPENAI_API_KEY");
    // The settings file never holds the key.
    qs.sync();
    QFile ini(dir.filePath(QStringLiteral("s.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(kTestKey.toUtf8()));
}

QTEST_GUILESS_MAIN(TestJobTracker)
#include "tst_jobtracker.moc"
