// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/targets.h"
#include "core/translations.h"
#include "ui/aboutdialog.h"
#include "ui/whysoradialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace framefit;

class TestHelpDialogs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void aboutShowsVersionLicenceAndLibraries();
    void aboutShowsSampleLicence();
    void aboutCloses();
    void whySoraListsEverySize_data();
    void whySoraListsEverySize();
    void whySoraStatesTheRule();
    void whySoraSpeaksIndonesian();
    void aboutSpeaksChinese();

private:
    QTemporaryDir m_dir;
};

void TestHelpDialogs::initTestCase() {
    QVERIFY(m_dir.isValid());
    // The model list is a locale-formatted list ("a and b"): pin the locale it is checked in.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestHelpDialogs::cleanup() {
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

void TestHelpDialogs::aboutShowsVersionLicenceAndLibraries() {
    AboutDialog dialog(nullptr, m_dir.filePath(QStringLiteral("no-such-licence.txt")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("About FrameFit"));
    auto* version = dialog.findChild<QLabel*>(QStringLiteral("versionLabel"));
    QVERIFY(version);
    QVERIFY(version->text().contains(QStringLiteral("FrameFit " FRAMEFIT_VERSION)));
    auto* licence = dialog.findChild<QLabel*>(QStringLiteral("licenceLabel"));
    QVERIFY(licence);
    QVERIFY(licence->text().contains(QStringLiteral("GPL-3.0-or-later")));
    auto* libraries = dialog.findChild<QLabel*>(QStringLiteral("librariesLabel"));
    QVERIFY(libraries);
    for (const char* name : {"Qt ", "libjpeg-turbo", "libwebp", "Little CMS", "QtKeychain"})
        QVERIFY2(libraries->text().contains(QLatin1String(name)), name);
    QVERIFY(libraries->text().contains(QString::fromLatin1(qVersion())));
    // No licence file: no empty sample section.
    QVERIFY(!dialog.findChild<QPlainTextEdit*>(QStringLiteral("sampleLicenceText")));
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("sampleHeading")));
}

void TestHelpDialogs::aboutShowsSampleLicence() {
    const QString path = m_dir.filePath(QStringLiteral("sample-LICENSE.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QString text = QStringLiteral("Photo: Lake at dawn, by A. Photographer.\nCC BY 4.0 ©\n");
    file.write(text.toUtf8());
    file.close();
    AboutDialog dialog(nullptr, path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* shown = dialog.findChild<QPlainTextEdit*>(QStringLiteral("sampleLicenceText"));
    QVERIFY(shown);
    QCOMPARE(shown->toPlainText(), text);
    QVERIFY(shown->isReadOnly());
}

void TestHelpDialogs::aboutCloses() {
    AboutDialog dialog(nullptr, QString());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(&dialog, &QDialog::finished);
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!dialog.isVisible());
}

void TestHelpDialogs::whySoraListsEverySize_data() {
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("orientation");
    QTest::addColumn<QString>("models");
    QTest::newRow("720p landscape") << 0 << "1280x720"
                                    << "Landscape"
                                    << "sora-2 and sora-2-pro";
    QTest::newRow("720p portrait") << 1 << "720x1280"
                                   << "Portrait"
                                   << "sora-2 and sora-2-pro";
    QTest::newRow("pro landscape") << 2 << "1792x1024"
                                   << "Landscape"
                                   << "sora-2-pro";
    QTest::newRow("pro portrait") << 3 << "1024x1792"
                                  << "Portrait"
                                  << "sora-2-pro";
}

void TestHelpDialogs::whySoraListsEverySize() {
    QFETCH(int, row);
    QFETCH(QString, size);
    QFETCH(QString, orientation);
    QFETCH(QString, models);
    WhySoraDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("sizesTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), int(targetSizes().size()));
    QCOMPARE(table->item(row, 0)->text(), size);
    QCOMPARE(table->item(row, 1)->text(), orientation);
    QCOMPARE(table->item(row, 2)->text(), models);
    // Read-only: a help page, not a form.
    QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
    // Every row in full view: no scrolling to find the size you need.
    QVERIFY(table->viewport()->rect().contains(table->visualItemRect(table->item(row, 2))));
}

void TestHelpDialogs::whySoraStatesTheRule() {
    WhySoraDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Why Sora rejects images"));
    auto* rule = dialog.findChild<QLabel*>(QStringLiteral("ruleLabel"));
    QVERIFY(rule);
    QVERIFY(rule->text().contains(QLatin1String("exactly the size of the video")));
    QVERIFY(rule->text().contains(QLatin1String("one pixel")));
    QVERIFY(rule->isVisible());
}

void TestHelpDialogs::whySoraSpeaksIndonesian() {
    QCOMPARE(installTranslators(*qApp, QStringLiteral("id")), QStringLiteral("id"));
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    WhySoraDialog dialog;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Mengapa Sora menolak gambar"));
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("sizesTable"));
    QVERIFY(table);
    QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("Ukuran video"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Potret"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("sora-2 dan sora-2-pro"));
}

void TestHelpDialogs::aboutSpeaksChinese() {
    QCOMPARE(installTranslators(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    AboutDialog dialog(nullptr, QString());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("关于 FrameFit"));
    auto* licence = dialog.findChild<QLabel*>(QStringLiteral("licenceLabel"));
    QVERIFY(licence);
    QVERIFY(licence->text().contains(QStringLiteral("自由软件")));
    QVERIFY(licence->text().contains(QStringLiteral("GPL-3.0-or-later")));
}

QTEST_MAIN(TestHelpDialogs)
#include "tst_helpdialogs.moc"
