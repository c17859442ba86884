// SPDX-License-Identifier: GPL-3.0-or-later
// The whole GUI path to a video: a picture opened in the window, a prompt typed, Submit clicked,
// and the job followed to "Completed" in the Jobs list, against the local mock server on
// 127.0.0.1 through real sockets.
#include "core/sora/soraservice.h"
#include "soratesthelpers.h"
#include "testsupport.h"
#include "ui/jobslist.h"
#include "ui/mainwindow.h"
#include "ui/submitpanel.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace framefit;
using namespace framefit::testing;

class TestUiSubmit : public QObject {
    Q_OBJECT
private slots:
    void submitFromTheWindow();
};

void TestUiSubmit::submitFromTheWindow() {
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    const auto server = startServer();
    QVERIFY(server);
    qputenv("OPENAI_API_KEY", kTestKey.toUtf8());
    qputenv("OPENAI_BASE_URL", server->baseUrl().toUtf8());

    const QString photo = home.filePath(QStringLiteral("beach.jpg"));
    QVERIFY(
        test::writeFile(photo, test::encodeWithQt(test::detailed(QSize(1500, 1100)), "JPEG", 90)));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(window.document(), &PictureDocument::loaded);
    window.openFile(photo);
    QVERIFY(loaded.wait(20000));
    QSignalSpy ready(window.soraService(), &sora::SoraService::ready);
    QTRY_VERIFY(window.soraService()->tracker());

    SubmitPanel* panel = window.submitPanel();
    QCOMPARE(panel->targetSize(), QSize(1280, 720)); // follows the picture's settings
    auto* prompt = panel->findChild<QPlainTextEdit*>(QStringLiteral("prompt"));
    auto* submit = panel->findChild<QPushButton*>(QStringLiteral("submit"));
    QVERIFY(prompt && submit);
    prompt->setFocus();
    QTest::keyClicks(prompt, QStringLiteral("Waves roll in at dusk"));
    QTRY_VERIFY2(submit->isEnabled(), qPrintable(panel->problem()));
    QSignalSpy submitted(panel, &SubmitPanel::submitted);
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(submitted.wait(15000));
    QCOMPARE(server->jobCount(), 1); // the server accepted the picture: exactly 1280x720
    const QString id = submitted.at(0).at(0).toString();
    JobItem* item = window.jobsList()->item(id);
    QVERIFY(item);
    QTRY_COMPARE_WITH_TIMEOUT(item->statusText(), JobsList::tr("Completed"), 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(item->openButton()->isEnabled(), 30'000); // the MP4 is downloaded
    // the key went only into the Authorization header
    for (const QByteArray& header : server->authorizationHeaders())
        QCOMPARE(header, QByteArray("Bearer ") + kTestKey.toUtf8());
}

QTEST_MAIN(TestUiSubmit)
#include "tst_ui_submit.moc"
