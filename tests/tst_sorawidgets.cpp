// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/appsettings.h"
#include "core/sora/apikeystore.h"
#include "core/sora/jobstore.h"
#include "core/sora/jobtracker.h"
#include "soratesthelpers.h"
#include "ui/apisettingsdialog.h"
#include "ui/jobslist.h"
#include "ui/submitpanel.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

using namespace framefit;
using namespace framefit::sora;
using namespace framefit::testing;

class TestSoraWidgets : public QObject {
    Q_OBJECT
private slots:
    void submitToCompletedJob();
    void modelSizeWarning();
    void failedSubmitShownInWords();
    void settingsDialogRefusesPlainHttpElsewhere();
};

namespace {
SubmitPanel::ImageProvider providerFor(QSize size, int* calls = nullptr) {
    return [size, calls](QString*) -> std::optional<PreparedUpload> {
        if (calls)
            ++*calls;
        return PreparedUpload{pictureBytes(size), ImageFormat::Jpeg,
                              QStringLiteral("photo_sora.jpg")};
    };
}
} // namespace

void TestSoraWidgets::submitToCompletedJob() {
    auto server = startServer();
    QTemporaryDir dir;
    JobStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("jobs.sqlite"))));
    SoraClient client(clientConfig(*server));
    JobTracker tracker(&client, &store, dir.filePath(QStringLiteral("media")));
    tracker.setPollIntervals(10, 50);

    QWidget window;
    SubmitPanel panel(&window);
    JobsList jobs(&window);
    auto* layout = new QHBoxLayout(&window);
    layout->addWidget(&panel);
    layout->addWidget(&jobs);
    int provided = 0;
    panel.setTracker(&tracker);
    panel.setImageProvider(providerFor({1280, 720}, &provided));
    panel.setTargetSize({1280, 720});
    jobs.setTracker(&tracker);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto* submit = panel.findChild<QPushButton*>(QStringLiteral("submit"));
    QVERIFY(!submit->isEnabled()); // no prompt yet
    auto* prompt = panel.findChild<QPlainTextEdit*>(QStringLiteral("prompt"));
    prompt->setFocus();
    QTest::keyClicks(prompt, QStringLiteral("A kite over the dunes"));
    QVERIFY(submit->isEnabled());
    QSignalSpy submitted(&panel, &SubmitPanel::submitted);
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(submitted.wait(5000));
    QCOMPARE(provided, 1);
    const QString id = submitted.at(0).at(0).toString();
    QCOMPARE(jobs.count(), 1);
    JobItem* item = jobs.item(id);
    QVERIFY(item);
    QTRY_COMPARE_WITH_TIMEOUT(item->statusText(), JobsList::tr("Completed"), 10'000);
    QTRY_VERIFY(item->openButton()->isEnabled());
    QTRY_VERIFY(item->hasThumbnail());
    QVERIFY(item->revealButton()->isEnabled());
    QVERIFY(item->remixButton()->isEnabled());
    QVERIFY(item->errorText().isEmpty());
    QCOMPARE(server->jobCount(), 1);

    // Remix from the list (the dialog is skipped) adds a second job on top.
    jobs.remixWith(id, QStringLiteral("The kite at night"));
    QTRY_COMPARE(jobs.count(), 2);
    QCOMPARE(server->jobCount(), 2);
}

void TestSoraWidgets::modelSizeWarning() {
    SubmitPanel panel;
    panel.setImageProvider(providerFor({1792, 1024}));
    panel.setTargetSize({1792, 1024});
    panel.setPrompt(QStringLiteral("x"));
    panel.show();
    auto* warning = panel.findChild<QLabel*>(QStringLiteral("warning"));
    auto* model = panel.findChild<QComboBox*>(QStringLiteral("model"));
    QCOMPARE(model->currentText(), QStringLiteral("sora-2"));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QLatin1String("sora-2-pro")));
    model->setCurrentText(QStringLiteral("sora-2-pro"));
    QVERIFY(!warning->isVisible());
    model->setCurrentText(QStringLiteral("my-gateway-model")); // only the server can judge
    QVERIFY(!warning->isVisible());

    // Model and length survive a restart through AppSettings.
    QTemporaryDir dir;
    QSettings qs(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    AppSettings settings(&qs);
    panel.setSeconds(QStringLiteral("12"));
    panel.storeSettings(settings);
    SubmitPanel again;
    again.restoreSettings(settings);
    QCOMPARE(again.model(), QStringLiteral("my-gateway-model"));
    QCOMPARE(again.seconds(), QStringLiteral("12"));
}

void TestSoraWidgets::failedSubmitShownInWords() {
    auto server = startServer();
    server->addFault(*mock::parseFault(QStringLiteral("status:404@create")));
    QTemporaryDir dir;
    JobStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("jobs.sqlite"))));
    SoraClient client(clientConfig(*server));
    JobTracker tracker(&client, &store, dir.filePath(QStringLiteral("media")));
    SubmitPanel panel;
    panel.setTracker(&tracker);
    panel.setImageProvider(providerFor({1280, 720}));
    panel.setPrompt(QStringLiteral("x"));
    panel.show();
    QSignalSpy failed(&panel, &SubmitPanel::failed);
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("submit")), Qt::LeftButton);
    QVERIFY(failed.wait(5000));
    const QString status = panel.findChild<QLabel*>(QStringLiteral("status"))->text();
    QVERIFY(status.contains(QLatin1String("2026-09-24")));
    QVERIFY(!status.contains(kTestKey));
    QVERIFY(panel.findChild<QPushButton*>(QStringLiteral("submit"))->isEnabled());

    // A picture that is not exactly the size is refused in the panel, before any traffic.
    panel.setImageProvider(providerFor({1280, 719}));
    const int creates = server->requestCount("create");
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("submit")), Qt::LeftButton);
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("status"))
                ->text()
                .contains(QLatin1String("1280x719")));
    QCOMPARE(server->requestCount("create"), creates);
}

void TestSoraWidgets::settingsDialogRefusesPlainHttpElsewhere() {
    QTemporaryDir dir;
    QSettings qs(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    AppSettings settings(&qs);
    ApiKeyStore keys;
    ApiSettingsDialog dialog(&settings, &keys);
    dialog.show();
    auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("baseUrl"));
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("http://192.168.0.9/v1"));
    QVERIFY(!dialog.urlProblem().isEmpty());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("urlWarning"))->isVisible());
    url->clear();
    QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:8080/v1"));
    QVERIFY(dialog.urlProblem().isEmpty());
    // A key typed here goes to the keychain or nowhere: never into the settings file. Without a
    // secret service (CI) the dialog says to use OPENAI_API_KEY.
    auto* key = dialog.findChild<QLineEdit*>(QStringLiteral("apiKey"));
    QVERIFY(key->isEnabled());
    QTest::keyClicks(key, kTestKey);
    QSignalSpy saved(&keys, &ApiKeyStore::saved);
    dialog.accept();
    QCOMPARE(settings.apiBaseUrl(), QStringLiteral("http://127.0.0.1:8080/v1"));
    QVERIFY(saved.wait(10'000));
    QVERIFY(key->text().isEmpty());
    if (!saved.at(0).at(0).toBool()) {
        QVERIFY(saved.at(0).at(1).toString().contains(QLatin1String("OPENAI_API_KEY")));
        QVERIFY(!saved.at(0).at(1).toString().contains(kTestKey));
    } else {
        keys.save(QString()); // a real keychain: leave nothing behind
        QVERIFY(saved.wait(10'000));
    }
    qs.sync();
    QFile ini(dir.filePath(QStringLiteral("s.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray stored = ini.readAll();
    QVERIFY(stored.contains("127.0.0.1:8080"));
    QVERIFY(!stored.contains(kTestKey.toUtf8()));
}

QTEST_MAIN(TestSoraWidgets)
#include "tst_sorawidgets.moc"
