// SPDX-License-Identifier: GPL-3.0-or-later
// The batch: adding pictures (drops, folders, hundreds at once), per-picture edits, a run over
// good and bad files, Cancel, existing outputs, orientation, and the window staying responsive.
#include "core/batch/batchrunner.h"
#include "core/imageloader.h"
#include "testsupport.h"
#include "ui/batchmodel.h"
#include "ui/batchpanel.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace framefit;
using namespace framefit::test;

Q_DECLARE_METATYPE(framefit::ExistingOutput)

namespace {

QString makeJpeg(const QString& path, QSize size, int quality = 90) {
    writeFile(path, encodeWithQt(detailed(size), "JPEG", quality));
    return path;
}

// Runs the real CLI; returns its exit status.
int runCli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(FRAMEFIT_CLI), args);
    if (!p.waitForFinished(120000))
        return -1;
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// Every file below `dir`, hidden ones included, relative and sorted.
QStringList tree(const QString& dir) {
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    files.sort();
    return files;
}

// Decodes the whole file: a partial file fails here.
QSize decodedSize(const QString& path) {
    ImageLoader loader = ImageLoader::fromFile(path);
    const auto decoded = loader.decode();
    return decoded ? decoded->image.size() : QSize();
}

void drop(QWidget* target, const QStringList& paths) {
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
}

int rowOf(const BatchRunner* runner, const QString& fileName) {
    for (int i = 0; i < runner->count(); ++i) {
        if (QFileInfo(runner->item(i).input).fileName() == fileName)
            return i;
    }
    return -1;
}

// Starts the panel's run and waits for its end; false if it did not end.
bool runToEnd(BatchPanel& panel, bool* cancelled = nullptr) {
    QSignalSpy finished(&panel, &BatchPanel::runFinished);
    panel.run();
    if (finished.isEmpty() && !finished.wait(120000))
        return false;
    if (cancelled)
        *cancelled = finished.first().at(1).toBool();
    return true;
}

} // namespace

class TestBatch : public QObject {
    Q_OBJECT
private slots:
    void namePatterns();
    void dropAddsFilesAndFolders();
    void cropOverrideChangesOnlyThatPicture();
    void mixedSetRunsToCompletion();
    void retryFailedConvertsOnlyTheFailed();
    void cancelLeavesOnlyCompleteFiles();
    void eventLoopKeepsRunningDuringARun();
    void noMorePicturesInFlightThanWorkers();
    void noBlockingWaitInBatchCode();
    void existingOutputPolicy_data();
    void existingOutputPolicy();
    void existingOutputsAreAskedOnce();
    void autoOrientationPicksPortrait();
    void editRequestedAndOverrideMarker();
    void hundredsOfPicturesAddQuickly();
};

void TestBatch::namePatterns() {
    const QString input = QStringLiteral("/pics/beach.day.png");
    QCOMPARE(expandNamePattern({}, input, {1280, 720}, ImageFormat::Jpeg),
             outputFileName(input, {1280, 720}, ImageFormat::Jpeg));
    QCOMPARE(expandNamePattern(defaultNamePattern(), input, {720, 1280}, ImageFormat::Webp),
             QStringLiteral("beach.day_sora_720x1280.webp"));
    QCOMPARE(expandNamePattern(QStringLiteral("{w}-{h}/{stem}.{ext}").remove(u'/'), input,
                               {1792, 1024}, ImageFormat::Png),
             QStringLiteral("1792-1024beach.day.png"));
    QVERIFY(namePatternProblem(defaultNamePattern()).isEmpty());
    QVERIFY(!namePatternProblem(QStringLiteral("")).isEmpty());
    QVERIFY(!namePatternProblem(QStringLiteral("out/{stem}.{ext}")).isEmpty());
    QVERIFY(!namePatternProblem(QStringLiteral("{stem}_{size}.{ext}")).isEmpty());
    QVERIFY(!namePatternProblem(QStringLiteral("frame.{ext}")).isEmpty());
    QCOMPARE(numberedPath(QStringLiteral("/o/a_sora_1280x720.jpg"), 2),
             QStringLiteral("/o/a_sora_1280x720 (2).jpg"));
}

void TestBatch::dropAddsFilesAndFolders() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir(dir.path()).mkdir(QStringLiteral("folder"));
    const QString folder = dir.filePath(QStringLiteral("folder"));
    makeJpeg(folder + QStringLiteral("/a.jpg"), {320, 200});
    makeJpeg(folder + QStringLiteral("/b.jpg"), {200, 320});
    writeFile(folder + QStringLiteral("/notes.txt"), "not a picture");
    writeFile(folder + QStringLiteral("/c.png"), encodeWithQt(quadrants({64, 64}), "PNG"));
    const QString loose = makeJpeg(dir.filePath(QStringLiteral("loose.jpg")), {400, 300});

    BatchPanel panel;
    drop(&panel, {folder, loose});
    QCOMPARE(panel.runner()->count(), 4); // a, b, c from the folder, and loose; not notes.txt
    QVERIFY(rowOf(panel.runner(), QStringLiteral("notes.txt")) < 0);
    // Dropping the same things again adds nothing twice.
    drop(&panel, {loose});
    QCOMPARE(panel.runner()->count(), 4);
    QCOMPARE(panel.model()->rowCount(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->inspectedCount(), 4, 30000);
    const int b = rowOf(panel.runner(), QStringLiteral("b.jpg"));
    QCOMPARE(panel.runner()->item(b).uprightSize, QSize(200, 320));
    QVERIFY(!panel.model()->thumbnail(b).isNull());
    QVERIFY(std::max(panel.model()->thumbnail(b).width(), panel.model()->thumbnail(b).height()) <=
            BatchModel::kThumbnailSide);
    QCOMPARE(panel.model()->index(b, BatchModel::Source).data().toString(),
             QStringLiteral("200x320"));
}

void TestBatch::cropOverrideChangesOnlyThatPicture() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray jpeg = encodeWithQt(detailed({900, 600}), "JPEG", 92);
    const QString one = dir.filePath(QStringLiteral("one.jpg"));
    const QString two = dir.filePath(QStringLiteral("two.jpg"));
    writeFile(one, jpeg);
    writeFile(two, jpeg); // same pixels: only the override can make the outputs differ
    const QString out = dir.filePath(QStringLiteral("gui"));
    const QString cliOut = dir.filePath(QStringLiteral("cli"));

    BatchPanel panel;
    panel.setExistingOutputAnswer(ExistingOutput::Skip);
    BatchSettings s = panel.settings();
    s.outputDir = out;
    s.picture.quality = 88;
    panel.setSettings(s);
    QCOMPARE(panel.addPaths({one, two}), 2);
    const CropBounds crop{0.1, 0.2, 0.7, 0.9};
    QVERIFY(panel.setItemOverride(panel.runner()->item(0).id, crop, FitMode::Pad));
    QVERIFY(runToEnd(panel));
    QCOMPARE(panel.runner()->summary().converted, 2);

    QCOMPARE(runCli({QStringLiteral("convert"), QStringLiteral("-q"), QStringLiteral("88"),
                     QStringLiteral("-c"), crop.toString(), QStringLiteral("-m"),
                     QStringLiteral("pad"), QStringLiteral("-o"), cliOut, one}),
             0);
    QCOMPARE(runCli({QStringLiteral("convert"), QStringLiteral("-q"), QStringLiteral("88"),
                     QStringLiteral("-o"), cliOut, two}),
             0);
    const QString name1 = QStringLiteral("one_sora_1280x720.jpg");
    const QString name2 = QStringLiteral("two_sora_1280x720.jpg");
    QCOMPARE(panel.runner()->item(0).output, QDir(out).filePath(name1));
    const QByteArray gui1 = readFile(QDir(out).filePath(name1));
    const QByteArray gui2 = readFile(QDir(out).filePath(name2));
    QVERIFY(!gui1.isEmpty());
    QVERIFY(gui1 == readFile(QDir(cliOut).filePath(name1)));
    QVERIFY(gui2 == readFile(QDir(cliOut).filePath(name2)));
    QVERIFY(gui1 != gui2);
}

void TestBatch::mixedSetRunsToCompletion() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    makeJpeg(dir.filePath(QStringLiteral("good1.jpg")), {1000, 700});
    makeJpeg(dir.filePath(QStringLiteral("good2.jpg")), {500, 800});
    writeFile(dir.filePath(QStringLiteral("good3.png")),
              encodeWithQt(quadrants({300, 300}), "PNG"));
    writeFile(dir.filePath(QStringLiteral("empty.jpg")), {});
    const QByteArray whole = encodeWithQt(detailed({800, 600}), "JPEG", 90);
    writeFile(dir.filePath(QStringLiteral("truncated.jpg")), whole.left(whole.size() / 2));
    writeFile(dir.filePath(QStringLiteral("text.jpg")), "This is a shopping list, not a photo.\n");
    const QString out = dir.filePath(QStringLiteral("out"));

    BatchPanel panel;
    BatchSettings s = panel.settings();
    s.outputDir = out;
    panel.setSettings(s);
    QCOMPARE(panel.addPaths({dir.path()}), 6);
    bool cancelled = true;
    QVERIFY(runToEnd(panel, &cancelled));
    QVERIFY(!cancelled);
    const BatchSummary summary = panel.runner()->summary();
    QCOMPARE(summary.converted, 3);
    QCOMPARE(summary.failed, 3);
    QCOMPARE(summary.skipped, 0);
    const BatchRunner* r = panel.runner();
    for (const char* good : {"good1.jpg", "good3.png"}) {
        const BatchItem& item = r->item(rowOf(r, QString::fromLatin1(good)));
        QCOMPARE(item.state, BatchItemState::Done);
        QCOMPARE(decodedSize(item.output), QSize(1280, 720));
    }
    const BatchItem& portrait = r->item(rowOf(r, QStringLiteral("good2.jpg")));
    QCOMPARE(decodedSize(portrait.output), QSize(720, 1280));
    for (const char* bad : {"empty.jpg", "truncated.jpg", "text.jpg"}) {
        const int row = rowOf(r, QString::fromLatin1(bad));
        const BatchItem& item = r->item(row);
        QCOMPARE(item.state, BatchItemState::Failed);
        QVERIFY2(item.error.size() > 10, qPrintable(item.error));
        QVERIFY(item.output.isEmpty());
        // The table shows the reason in words.
        QCOMPARE(panel.model()->index(row, BatchModel::Result).data().toString(), item.error);
    }
    QVERIFY(r->item(rowOf(r, QStringLiteral("truncated.jpg")))
                .error.contains(QStringLiteral("truncated")));
    QCOMPARE(tree(out).size(), 3);
}

void TestBatch::retryFailedConvertsOnlyTheFailed() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString good = makeJpeg(dir.filePath(QStringLiteral("good.jpg")), {640, 480});
    const QString later = dir.filePath(QStringLiteral("later.jpg"));
    writeFile(later, "not yet a picture");
    BatchPanel panel;
    panel.addPaths({good, later});
    QVERIFY(runToEnd(panel));
    QCOMPARE(panel.runner()->summary().failed, 1);
    const QString goodOutput = panel.runner()->item(0).output;
    const QDateTime written = QFileInfo(goodOutput).lastModified();

    makeJpeg(later, {480, 640}); // the user fixed the file
    QSignalSpy finished(panel.runner(), &BatchRunner::finished);
    QSignalSpy started(panel.runner(), &BatchRunner::started);
    panel.retryFailed();
    QVERIFY(finished.wait(60000));
    QCOMPARE(started.first().first().toInt(), 1); // only the failed picture ran
    QCOMPARE(panel.runner()->summary().converted, 2);
    QCOMPARE(panel.runner()->item(0).output, goodOutput);
    QCOMPARE(QFileInfo(goodOutput).lastModified(), written);
    QCOMPARE(decodedSize(panel.runner()->item(1).output), QSize(720, 1280));
}

void TestBatch::cancelLeavesOnlyCompleteFiles() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString in = dir.filePath(QStringLiteral("in"));
    QDir().mkpath(in);
    const QByteArray jpeg = encodeWithQt(detailed({1600, 1000}), "JPEG", 90);
    for (int i = 0; i < 30; ++i)
        writeFile(QStringLiteral("%1/p%2.jpg").arg(in).arg(i, 2, 10, QLatin1Char('0')), jpeg);
    const QString out = dir.filePath(QStringLiteral("out"));

    BatchPanel panel;
    BatchSettings s = panel.settings();
    s.outputDir = out;
    panel.setSettings(s);
    panel.runner()->setMaxThreads(2);
    panel.addPaths({in});
    // Cancel as soon as the first picture is done, the way a user would mid-run.
    connect(panel.runner(), &BatchRunner::progressChanged, &panel, [&panel](int done, int) {
        if (done >= 1)
            panel.cancel();
    });
    bool cancelled = false;
    QVERIFY(runToEnd(panel, &cancelled));
    QVERIFY(cancelled);
    const BatchSummary summary = panel.runner()->summary();
    QVERIFY(summary.converted >= 1);
    QVERIFY2(summary.notRun >= 20, qPrintable(QString::number(summary.notRun)));
    const QStringList files = tree(out);
    QCOMPARE(files.size(), summary.converted);
    for (const QString& f : files) {
        QVERIFY2(!f.startsWith(u'.') && !f.endsWith(QLatin1String(".part")), qPrintable(f));
        QCOMPARE(decodedSize(QDir(out).filePath(f)), QSize(1280, 720));
    }
    for (int i = 0; i < panel.runner()->count(); ++i) {
        const BatchItem& item = panel.runner()->item(i);
        QVERIFY(item.state == BatchItemState::Done || item.state == BatchItemState::Pending);
        QCOMPARE(item.output.isEmpty(), item.state != BatchItemState::Done);
    }
}

void TestBatch::eventLoopKeepsRunningDuringARun() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray jpeg = encodeWithQt(detailed({1600, 1200}), "JPEG", 90);
    QStringList paths;
    for (int i = 0; i < 8; ++i) {
        paths << dir.filePath(QStringLiteral("p%1.jpg").arg(i));
        writeFile(paths.last(), jpeg);
    }
    BatchPanel panel;
    panel.runner()->setMaxThreads(1);
    panel.addPaths(paths);
    int ticks = 0;
    int ticksAtFirstResult = -1;
    QTimer timer;
    timer.setInterval(1);
    connect(&timer, &QTimer::timeout, &panel, [&ticks] { ++ticks; });
    connect(panel.runner(), &BatchRunner::progressChanged, &panel, [&](int done, int) {
        if (done == 1)
            ticksAtFirstResult = ticks;
    });
    QSignalSpy finished(panel.runner(), &BatchRunner::finished);
    timer.start();
    panel.run();
    // run() returns at once: nothing is converted on this thread.
    QVERIFY(panel.runner()->isRunning());
    QCOMPARE(panel.runner()->doneCount(), 0);
    QVERIFY(finished.wait(120000));
    // The timer kept firing between the pictures, not only before or after the run.
    QVERIFY(ticksAtFirstResult >= 0);
    QVERIFY2(ticks > ticksAtFirstResult,
             qPrintable(QStringLiteral("%1 %2").arg(ticks).arg(ticksAtFirstResult)));
    QCOMPARE(panel.runner()->summary().converted, 8);
}

void TestBatch::noMorePicturesInFlightThanWorkers() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray jpeg = encodeWithQt(detailed({1200, 800}), "JPEG", 90);
    QStringList paths;
    for (int i = 0; i < 12; ++i) {
        paths << dir.filePath(QStringLiteral("p%1.jpg").arg(i));
        writeFile(paths.last(), jpeg);
    }
    BatchRunner runner;
    runner.setMaxThreads(2);
    runner.addItems(paths);
    int most = 0;
    connect(&runner, &BatchRunner::itemChanged, this, [&runner, &most] {
        int running = 0;
        for (int i = 0; i < runner.count(); ++i)
            running += runner.item(i).state == BatchItemState::Running ? 1 : 0;
        most = std::max(most, running);
    });
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QVERIFY(runner.start());
    QVERIFY(finished.wait(120000));
    QCOMPARE(runner.summary().converted, 12);
    // Each running picture holds one decoded image: never more of them than workers.
    QVERIFY(most >= 1);
    QVERIFY2(most <= 2, qPrintable(QString::number(most)));
}

void TestBatch::noBlockingWaitInBatchCode() {
    const QDir root(QStringLiteral(FRAMEFIT_TESTS_DIR "/.."));
    const QStringList files{
        QStringLiteral("core/batch/batchjob.cpp"),  QStringLiteral("core/batch/batchrunner.cpp"),
        QStringLiteral("core/batch/batchrunner.h"), QStringLiteral("ui/batchmodel.cpp"),
        QStringLiteral("ui/batchpanel.cpp"),        QStringLiteral("ui/batchpanel.h"),
        QStringLiteral("ui/batchmodel.h")};
    for (const QString& f : files) {
        const QByteArray text = readFile(root.filePath(f));
        QVERIFY2(!text.isEmpty(), qPrintable(f));
        QVERIFY2(!text.contains("waitForFinished"), qPrintable(f));
        QVERIFY2(!text.contains("QThreadPool::globalInstance"), qPrintable(f));
        QVERIFY2(!text.contains(".exec()"), qPrintable(f));
    }
}

void TestBatch::existingOutputPolicy_data() {
    QTest::addColumn<ExistingOutput>("policy");
    QTest::newRow("skip") << ExistingOutput::Skip;
    QTest::newRow("overwrite") << ExistingOutput::Overwrite;
    QTest::newRow("rename") << ExistingOutput::Rename;
}

void TestBatch::existingOutputPolicy() {
    QFETCH(ExistingOutput, policy);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString input = makeJpeg(dir.filePath(QStringLiteral("photo.jpg")), {800, 500});
    const QString existing = dir.filePath(QStringLiteral("photo_sora_1280x720.jpg"));
    const QByteArray old = "an older output the user may want to keep";
    writeFile(existing, old);
    const QString numbered = dir.filePath(QStringLiteral("photo_sora_1280x720 (2).jpg"));
    writeFile(numbered, old); // so renaming must go on to (3)
    const QString third = dir.filePath(QStringLiteral("photo_sora_1280x720 (3).jpg"));

    BatchPanel panel;
    panel.setExistingOutputAnswer(policy);
    panel.addPaths({input});
    QVERIFY(runToEnd(panel));
    const BatchItem& item = panel.runner()->item(0);
    QCOMPARE(readFile(numbered), old);
    switch (policy) {
    case ExistingOutput::Skip:
        QCOMPARE(item.state, BatchItemState::Skipped);
        QCOMPARE(readFile(existing), old);
        QVERIFY(!QFileInfo::exists(third));
        QCOMPARE(panel.runner()->summary().skipped, 1);
        break;
    case ExistingOutput::Overwrite:
        QCOMPARE(item.state, BatchItemState::Done);
        QCOMPARE(item.output, existing);
        QCOMPARE(decodedSize(existing), QSize(1280, 720));
        QVERIFY(!QFileInfo::exists(third));
        break;
    case ExistingOutput::Rename:
        QCOMPARE(item.state, BatchItemState::Done);
        QCOMPARE(readFile(existing), old);
        QCOMPARE(item.output, third);
        QCOMPARE(decodedSize(third), QSize(1280, 720));
        break;
    }
}

void TestBatch::existingOutputsAreAskedOnce() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList inputs;
    for (const char* name : {"a", "b", "c"}) {
        inputs << makeJpeg(dir.filePath(QString::fromLatin1(name) + QStringLiteral(".jpg")),
                           {600, 400});
        writeFile(dir.filePath(QString::fromLatin1(name) + QStringLiteral("_sora_1280x720.jpg")),
                  "old");
    }
    BatchPanel panel;
    panel.addPaths(inputs);
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->inspectedCount(), 3, 30000);
    QSignalSpy finished(&panel, &BatchPanel::runFinished);
    panel.run();
    QCOMPARE(panel.findChildren<QMessageBox*>().size(), 1); // one question for three files
    QMessageBox* box = panel.findChild<QMessageBox*>();
    QVERIFY(!panel.runner()->isRunning()); // nothing runs before the answer
    auto* rename = box->findChild<QPushButton*>(QStringLiteral("rename"));
    QVERIFY(rename);
    QTest::mouseClick(rename, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(panel.runner()->summary().converted, 3);
    for (const char* name : {"a", "b", "c"}) {
        QCOMPARE(readFile(dir.filePath(QString::fromLatin1(name) +
                                       QStringLiteral("_sora_1280x720.jpg"))),
                 QByteArray("old"));
        QCOMPARE(decodedSize(dir.filePath(QString::fromLatin1(name) +
                                          QStringLiteral("_sora_1280x720 (2).jpg"))),
                 QSize(1280, 720));
    }
}

void TestBatch::autoOrientationPicksPortrait() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString tall = makeJpeg(dir.filePath(QStringLiteral("tall.jpg")), {600, 900});
    // Stored wide, but its EXIF orientation 6 makes it upright portrait.
    const QString rotated = dir.filePath(QStringLiteral("rotated.jpg"));
    writeFile(rotated, withJpegSegment(encodeWithQt(detailed({900, 600}), "JPEG", 90), 0xE1,
                                       exifOrientationPayload(6)));
    const QString wide = makeJpeg(dir.filePath(QStringLiteral("wide.jpg")), {900, 600});
    const QString forced = makeJpeg(dir.filePath(QStringLiteral("forced.jpg")), {600, 900});

    BatchPanel panel;
    BatchSettings s = panel.settings();
    s.picture.target = QSize(1792, 1024);
    panel.setSettings(s);
    panel.addPaths({tall, rotated, wide, forced});
    panel.setItemOrientation(panel.runner()->item(3).id, BatchOrientation::Landscape);
    QVERIFY(runToEnd(panel));
    QCOMPARE(decodedSize(panel.runner()->item(0).output), QSize(1024, 1792));
    QCOMPARE(decodedSize(panel.runner()->item(1).output), QSize(1024, 1792));
    QCOMPARE(decodedSize(panel.runner()->item(2).output), QSize(1792, 1024));
    QCOMPARE(decodedSize(panel.runner()->item(3).output), QSize(1792, 1024));

    s.picture.target = QSize(1280, 720);
    panel.setSettings(s);
    QCOMPARE(panel.itemSettings(panel.runner()->item(0).id)->target, QSize(720, 1280));
    QCOMPARE(orientedTarget({1280, 720}, BatchOrientation::Auto, {3000, 4000}), QSize(720, 1280));
    QCOMPARE(orientedTarget({720, 1280}, BatchOrientation::Auto, {4000, 3000}), QSize(1280, 720));
    QCOMPARE(orientedTarget({720, 1280}, BatchOrientation::Auto, {}), QSize(1280, 720));
}

void TestBatch::editRequestedAndOverrideMarker() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString a = makeJpeg(dir.filePath(QStringLiteral("a.jpg")), {400, 300});
    const QString b = makeJpeg(dir.filePath(QStringLiteral("b.jpg")), {300, 400});
    BatchPanel panel;
    panel.resize(1000, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.addPaths({a, b});
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->inspectedCount(), 2, 30000);
    QSignalSpy edit(&panel, &BatchPanel::editRequested);
    QTableView* view = panel.view();
    const QRect cell = view->visualRect(panel.model()->index(1, BatchModel::Status));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(edit.size(), 1);
    const auto id = edit.first().at(0).value<BatchItemId>();
    QCOMPARE(id, panel.runner()->item(1).id);
    QCOMPARE(edit.first().at(1).toString(), b);
    QCOMPARE(edit.first().at(2).value<ConvertSettings>().target, QSize(720, 1280));
    // Keyboard: the arrow key moves to the other picture and asks to edit it.
    QTest::keyClick(view, Qt::Key_Up);
    QCOMPARE(edit.size(), 2);
    QCOMPARE(edit.last().at(1).toString(), a);

    const QModelIndex name = panel.model()->index(1, BatchModel::Picture);
    QVERIFY(!name.data().toString().contains(QStringLiteral("edited")));
    QVERIFY(panel.setItemOverride(id, CropBounds{0, 0, 0.5, 0.5}, std::nullopt));
    QVERIFY(name.data().toString().contains(QStringLiteral("edited")));
    QCOMPARE(panel.itemSettings(id)->crop, (CropBounds{0, 0, 0.5, 0.5}));
    QVERIFY(panel.setItemOverride(id, std::nullopt, std::nullopt));
    QVERIFY(!name.data().toString().contains(QStringLiteral("edited")));
    QVERIFY(!panel.setItemOverride(9999, std::nullopt, std::nullopt));
}

void TestBatch::hundredsOfPicturesAddQuickly() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray jpeg = encodeWithQt(detailed({160, 120}), "JPEG", 80);
    for (int i = 0; i < 500; ++i)
        writeFile(dir.filePath(QStringLiteral("pic%1.jpg").arg(i, 3, 10, QLatin1Char('0'))), jpeg);
    BatchPanel panel;
    QSignalSpy inspected(panel.model(), &BatchModel::inspected);
    QCOMPARE(panel.addPaths({dir.path()}), 500);
    // The rows are there at once; the files are read afterwards, on workers.
    QCOMPARE(panel.model()->rowCount(), 500);
    QVERIFY(panel.model()->inspectedCount() < 500);
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->inspectedCount(), 500, 120000);
    for (int row : {0, 250, 499}) {
        QVERIFY(!panel.model()->thumbnail(row).isNull());
        QCOMPARE(panel.runner()->item(row).uprightSize, QSize(160, 120));
    }
}

QTEST_MAIN(TestBatch)
#include "tst_batch.moc"
