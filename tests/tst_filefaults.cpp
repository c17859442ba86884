// SPDX-License-Identifier: GPL-3.0-or-later
// What happens to a batch when the filesystem misbehaves: the disk fills up, the output folder
// is read-only, inputs vanish or change mid-run, the user cancels. Each must leave no partial
// file, name the file and the reason, and let the rest of the batch finish.
//
// Full and read-only filesystems are real: a small tmpfs mounted in a private user+mount
// namespace (unshare -rm), so no root and no change to the machine.
#include "core/imageloader.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace framefit;
using namespace framefit::test;

class TestFileFaults : public QObject {
    Q_OBJECT
private slots:
    void init();
    void diskFull();
    void readOnlyOutputFolder();
    void inputDeletedOrReplacedMidBatch();
    void cancelAtAnyPoint_data();
    void cancelAtAnyPoint();

private:
    QStringList makeInputs(int count, QSize size, const char* format = "PNG");
    // Runs `script` with $CLI set, inside a private namespace with a tmpfs of `kilobytes` at $OUT.
    QString inNamespace(int kilobytes, const QString& script, bool readOnly = false);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFileFaults::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QStringList TestFileFaults::makeInputs(int count, QSize size, const char* format) {
    QStringList inputs;
    const QByteArray bytes = encodeWithQt(detailed(size), format, 90);
    for (int i = 0; i < count; ++i) {
        inputs << m_dir->filePath(QStringLiteral("in%1.%2")
                                      .arg(i, 2, 10, QLatin1Char('0'))
                                      .arg(QString::fromLatin1(format).toLower()));
        writeFile(inputs.last(), bytes);
    }
    return inputs;
}

QString TestFileFaults::inNamespace(int kilobytes, const QString& script, bool readOnly) {
    const QString out = m_dir->filePath(QStringLiteral("out"));
    QDir().mkpath(out);
    const QString mount =
        QStringLiteral("mount -t tmpfs -o size=%1k none \"$OUT\" || exit 97\n").arg(kilobytes) +
        (readOnly ? QStringLiteral("mount -o remount,ro \"$OUT\" || exit 97\n") : QString());
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OUT"), out);
    env.insert(QStringLiteral("CLI"), QStringLiteral(FRAMEFIT_CLI));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("unshare"),
            {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"), mount + script});
    if (!p.waitForFinished(120000))
        return QStringLiteral("TIMEOUT");
    if (p.exitCode() == 97)
        return QStringLiteral("NO-NAMESPACE");
    return QString::fromUtf8(p.readAll());
}

void TestFileFaults::diskFull() {
    // The disk holds two and a half outputs: the first two fit, the rest cannot.
    const QStringList inputs = makeInputs(6, QSize(1280, 720));
    QProcess probe;
    probe.start(QStringLiteral(FRAMEFIT_CLI),
                {QStringLiteral("convert"), QStringLiteral("-f"), QStringLiteral("png"),
                 QStringLiteral("-o"), m_dir->filePath(QStringLiteral("probe")), inputs[0]});
    QVERIFY(probe.waitForFinished(60000) && probe.exitCode() == 0);
    const qint64 outputBytes =
        QFileInfo(m_dir->filePath(QStringLiteral("probe/in00_sora_1280x720.png"))).size();
    QVERIFY(outputBytes > 0);
    const QString log =
        inNamespace(int(outputBytes * 5 / 2 / 1024),
                    QStringLiteral("\"$CLI\" convert -j 1 -f png -o \"$OUT\" %1; echo CONVERT=$?\n"
                                   "echo FILES:; ls -A \"$OUT\"\n"
                                   "\"$CLI\" check \"$OUT\"/*; echo CHECK=$?\n")
                        .arg(inputs.join(u' ')));
    if (log == QLatin1String("NO-NAMESPACE"))
        QSKIP("unshare -rm is not permitted here: cannot mount a private tmpfs");
    QVERIFY2(log.contains(QStringLiteral("CONVERT=1")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("No space left on device")), qPrintable(log));
    // the files that exist are whole pictures of the exact size; no temporary file is left
    QVERIFY2(log.contains(QStringLiteral("CHECK=0")), qPrintable(log));
    const QString files =
        log.section(QStringLiteral("FILES:"), 1).section(QStringLiteral("CHECK="), 0, 0);
    QVERIFY2(!files.contains(QStringLiteral(".part")), qPrintable(log));
    const int written = int(files.count(QStringLiteral("_sora_1280x720.png")));
    QVERIFY2(written >= 1 && written < 6, qPrintable(log));
    // every input is accounted for: converted, or failed with its name on stderr
    for (const QString& in : inputs)
        QVERIFY2(log.contains(in), qPrintable(in));
}

void TestFileFaults::readOnlyOutputFolder() {
    const QStringList inputs = makeInputs(3, QSize(640, 480), "JPEG");
    const QString log =
        inNamespace(1024,
                    QStringLiteral("\"$CLI\" convert -o \"$OUT\" %1; echo CONVERT=$?\n"
                                   "echo FILES:; ls -A \"$OUT\"; echo END\n")
                        .arg(inputs.join(u' ')),
                    true);
    if (log == QLatin1String("NO-NAMESPACE"))
        QSKIP("unshare -rm is not permitted here: cannot mount a private tmpfs");
    QVERIFY2(log.contains(QStringLiteral("CONVERT=1")), qPrintable(log));
    QCOMPARE(log.count(QStringLiteral("Read-only file system")), 3);
    QVERIFY2(log.contains(QStringLiteral("FILES:\nEND")), qPrintable(log));
}

void TestFileFaults::inputDeletedOrReplacedMidBatch() {
    const QStringList inputs = makeInputs(24, QSize(2400, 1600));
    QProcess p;
    p.start(QStringLiteral(FRAMEFIT_CLI),
            QStringList{QStringLiteral("convert"), QStringLiteral("-j"), QStringLiteral("1"),
                        QStringLiteral("-o"), m_dir->filePath(QStringLiteral("out"))} +
                inputs);
    QVERIFY(p.waitForStarted());
    // once the first picture is done, the last two change under the running batch
    QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 60000);
    QVERIFY(QFile::remove(inputs[23]));
    QVERIFY(writeFile(inputs[22], "replaced by a text file"));
    QVERIFY(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains(inputs[23] + QStringLiteral(": no such file")), qPrintable(err));
    QVERIFY2(err.contains(inputs[22] + QStringLiteral(": not a picture")), qPrintable(err));
    const QStringList outputs =
        QDir(m_dir->filePath(QStringLiteral("out"))).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(outputs.size(), 22); // the rest of the batch completed
}

void TestFileFaults::cancelAtAnyPoint_data() {
    QTest::addColumn<int>("afterOutputs");
    QTest::newRow("at once") << 0;
    QTest::newRow("after 1") << 1;
    QTest::newRow("after 4") << 4;
}

void TestFileFaults::cancelAtAnyPoint() {
    QFETCH(int, afterOutputs);
    const QStringList inputs = makeInputs(16, QSize(2400, 1600));
    const QString out = m_dir->filePath(QStringLiteral("out"));
    QProcess p;
    p.start(QStringLiteral(FRAMEFIT_CLI),
            QStringList{QStringLiteral("convert"), QStringLiteral("-j"), QStringLiteral("2"),
                        QStringLiteral("-o"), out} +
                inputs);
    QVERIFY(p.waitForStarted());
    int seen = 0;
    while (seen < afterOutputs) {
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine() || p.state() == QProcess::NotRunning, 60000);
        if (!p.canReadLine())
            break;
        p.readLine();
        ++seen;
    }
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(60000));
    // Before its handler is installed Ctrl+C ends the process at once: nothing was written yet.
    if (p.exitStatus() == QProcess::NormalExit)
        QVERIFY2(p.exitCode() == 130 || p.exitCode() == 0,
                 qPrintable(QString::number(p.exitCode())));
    QDirIterator it(out, QDir::Files | QDir::Hidden);
    int complete = 0;
    while (it.hasNext()) {
        const QString f = it.next();
        QVERIFY2(!it.fileName().startsWith(u'.'), qPrintable(f));
        ImageLoader loader = ImageLoader::fromFile(f);
        QVERIFY2(loader.decode().has_value(),
                 qPrintable(f + QStringLiteral(": ") + loader.error()));
        QCOMPARE(loader.header().storedSize, QSize(1280, 720));
        ++complete;
    }
    QVERIFY(complete >= seen);
    QVERIFY(complete < 16 || p.exitCode() == 0);
}

QTEST_GUILESS_MAIN(TestFileFaults)
#include "tst_filefaults.moc"
