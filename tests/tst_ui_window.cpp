// SPDX-License-Identifier: GPL-3.0-or-later
// The window driven as a user drives it: real widgets, real mouse and key events, real files.
#include "core/imageloader.h"
#include "core/lanczos.h"
#include "testsupport.h"
#include "ui/batchpanel.h"
#include "ui/cropview.h"
#include "ui/mainwindow.h"
#include "ui/modepreview.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace framefit;
using namespace framefit::test;

Q_DECLARE_METATYPE(framefit::CropHandles)
Q_DECLARE_METATYPE(framefit::FitMode)
Q_DECLARE_METATYPE(framefit::ImageFormat)

class TestWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensAndRendersThreePreviews();
    void dragHandles_data();
    void dragHandles();
    void dragIsClampedToTheImage();
    void unlockedGivesAFreeRectangle();
    void keyboardNudge();
    void dropLoadsTheFile();
    void numericFieldsMoveTheRectangle();
    void previewsEqualTheExport_data();
    void previewsEqualTheExport();
    void exportMatchesTheCli_data();
    void exportMatchesTheCli();
    void exportKeepsAnExistingFile();
    void undoRedo();
    void unreadableFileSaysWhy();
    void batchPictureEditsBecomeItsOwnCrop();
    void batchDefaultsSurviveARestart();

private:
    void openPhoto(const QString& path);
    void setCrop(const CropBounds& crop, bool locked = true);
    void drag(QPointF from, QPointF to);
    CropBounds crop() { return m_window->document()->crop(); }
    double cropAspect();
    QTemporaryDir m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_photo;
};

void TestWindow::initTestCase() {
    // settings go to a private folder, never the user's
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_config.path())); // the job history too
    QCoreApplication::setOrganizationName(QStringLiteral("FrameFitTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_window"));
}

void TestWindow::init() {
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_photo = m_dir->filePath(QStringLiteral("photo.jpg"));
    QVERIFY(writeFile(m_photo, encodeWithQt(detailed(QSize(1600, 1000)), "JPEG", 92)));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 820);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    openPhoto(m_photo);
}

void TestWindow::cleanup() {
    m_window.reset();
}

void TestWindow::openPhoto(const QString& path) {
    QSignalSpy loaded(m_window->document(), &PictureDocument::loaded);
    m_window->openFile(path);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(m_window->document()->path(), path);
}

void TestWindow::setCrop(const CropBounds& crop, bool locked) {
    EditState s = m_window->document()->state();
    s.settings.crop = crop;
    s.aspectLocked = locked;
    m_window->document()->setState(s);
}

double TestWindow::cropAspect() {
    const QRectF r = crop().toRect(QSizeF(1600, 1000));
    return r.width() / r.height();
}

void TestWindow::drag(QPointF from, QPointF to) {
    CropView* view = m_window->cropView();
    QTest::mouseMove(view, from.toPoint());
    QTest::mousePress(view, Qt::LeftButton, {}, from.toPoint());
    // several steps, as a hand moves
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(view, (from + (to - from) * i / 4).toPoint());
    QTest::mouseRelease(view, Qt::LeftButton, {}, to.toPoint());
}

void TestWindow::opensAndRendersThreePreviews() {
    for (FitMode mode : {FitMode::Pad, FitMode::Cover, FitMode::Stretch}) {
        const QImage image = m_window->preview(mode)->image();
        QVERIFY(!image.isNull());
        QVERIFY(std::abs(double(image.width()) / image.height() - 16.0 / 9.0) < 0.02);
    }
    QCOMPARE(m_window->document()->sourceSize(), QSize(1600, 1000));
    QVERIFY(std::abs(cropAspect() - 16.0 / 9.0) < 1e-6); // locked to the target by default
}

void TestWindow::dragHandles_data() {
    QTest::addColumn<CropHandles>("handles");
    QTest::addColumn<bool>("locked");
    const QList<std::pair<const char*, CropHandles>> all{
        {"left", CropHandle::Left},
        {"top", CropHandle::Top},
        {"right", CropHandle::Right},
        {"bottom", CropHandle::Bottom},
        {"top-left", CropHandle::Left | CropHandle::Top},
        {"top-right", CropHandle::Right | CropHandle::Top},
        {"bottom-left", CropHandle::Left | CropHandle::Bottom},
        {"bottom-right", CropHandle::Right | CropHandle::Bottom},
        {"body", CropHandle::Body}};
    for (bool locked : {true, false})
        for (const auto& [name, handles] : all)
            QTest::addRow("%s %s", name, locked ? "locked" : "free") << handles << locked;
}

void TestWindow::dragHandles() {
    QFETCH(CropHandles, handles);
    QFETCH(bool, locked);
    // 640x360 px in the middle of a 1600x1000 picture: room to move every way
    const CropBounds start{0.3, 0.32, 0.7, 0.68};
    setCrop(start, locked);
    CropView* view = m_window->cropView();
    const QPointF from = handles == CropHandle::Body ? view->cropRectInWidget().center()
                                                     : view->handlePosition(handles);
    QPointF outward((handles & CropHandle::Left)    ? -30
                    : (handles & CropHandle::Right) ? 30
                                                    : 0,
                    (handles & CropHandle::Top)      ? -20
                    : (handles & CropHandle::Bottom) ? 20
                                                     : 0);
    if (handles == CropHandle::Body)
        outward = QPointF(30, 20);
    drag(from, from + outward);
    const CropBounds end = crop();
    QVERIFY(end.isValid());
    if (locked)
        QVERIFY2(std::abs(cropAspect() - 16.0 / 9.0) < 1e-6,
                 qPrintable(QString::number(cropAspect())));
    if (handles == CropHandle::Body) {
        QVERIFY(end.left > start.left && end.top > start.top);
        QVERIFY(std::abs(end.width() - start.width()) < 1e-9 &&
                std::abs(end.height() - start.height()) < 1e-9);
        return;
    }
    // the dragged edges moved outwards; the opposite ones stayed
    if (handles & CropHandle::Left) {
        QVERIFY(end.left < start.left);
        QCOMPARE(end.right, start.right);
    }
    if (handles & CropHandle::Right) {
        QVERIFY(end.right > start.right);
        QCOMPARE(end.left, start.left);
    }
    if (handles & CropHandle::Top) {
        QVERIFY(end.top < start.top);
        QCOMPARE(end.bottom, start.bottom);
    }
    if (handles & CropHandle::Bottom) {
        QVERIFY(end.bottom > start.bottom);
        QCOMPARE(end.top, start.top);
    }
    if (!locked) { // a free edge leaves the other axis alone
        if (!(handles & (CropHandle::Top | CropHandle::Bottom)))
            QVERIFY(end.top == start.top && end.bottom == start.bottom);
        if (!(handles & (CropHandle::Left | CropHandle::Right)))
            QVERIFY(end.left == start.left && end.right == start.right);
    }
}

void TestWindow::dragIsClampedToTheImage() {
    setCrop({0.3, 0.32, 0.7, 0.68});
    CropView* view = m_window->cropView();
    drag(view->cropRectInWidget().center(),
         view->cropRectInWidget().center() + QPointF(2000, 2000));
    QCOMPARE(crop().right, 1.0);
    QCOMPARE(crop().bottom, 1.0);
    QVERIFY(std::abs(crop().width() - 0.4) < 1e-9);
    // pulling a corner far out stops at the image, still at the target's shape
    drag(view->handlePosition(CropHandle::Left | CropHandle::Top),
         view->handlePosition(CropHandle::Left | CropHandle::Top) - QPointF(3000, 3000));
    QVERIFY(crop().isValid());
    QVERIFY(std::abs(cropAspect() - 16.0 / 9.0) < 1e-6);
    QVERIFY(crop().left == 0.0 || crop().top == 0.0);
}

void TestWindow::unlockedGivesAFreeRectangle() {
    QCheckBox* lock = m_window->findChild<QCheckBox*>();
    QVERIFY(lock && lock->isChecked());
    lock->click(); // through the control, as a user would
    QVERIFY(!m_window->document()->state().aspectLocked);
    CropView* view = m_window->cropView();
    const CropBounds before = crop();
    drag(view->handlePosition(CropHandle::Bottom),
         view->handlePosition(CropHandle::Bottom) - QPointF(0, 80));
    QVERIFY(crop().bottom < before.bottom);
    QCOMPARE(crop().left, before.left);
    QCOMPARE(crop().right, before.right);
    QVERIFY(std::abs(cropAspect() - 16.0 / 9.0) > 0.05);
}

void TestWindow::keyboardNudge() {
    setCrop({0.3, 0.32, 0.7, 0.68});
    CropView* view = m_window->cropView();
    view->setFocus();
    const CropBounds start = crop();
    QTest::keyClick(view, Qt::Key_Left);
    QVERIFY(crop().left < start.left);
    QVERIFY(std::abs(crop().width() - start.width()) < 1e-9); // moved, not resized
    const CropBounds moved = crop();
    QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    QVERIFY(crop().right > moved.right); // Shift resizes
    QCOMPARE(crop().left, moved.left);
    QVERIFY(std::abs(cropAspect() - 16.0 / 9.0) < 1e-6);
    QTest::keyClick(view, Qt::Key_Down);
    QVERIFY(crop().top > moved.top);
}

void TestWindow::dropLoadsTheFile() {
    const QString other = m_dir->filePath(QStringLiteral("dropped.png"));
    QVERIFY(writeFile(other, encodeWithQt(quadrants(QSize(500, 800)), "PNG")));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(other)});
    QSignalSpy loaded(m_window->document(), &PictureDocument::loaded);
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(m_window->document()->path(), other);
    QCOMPARE(m_window->document()->sourceSize(), QSize(500, 800));
}

void TestWindow::numericFieldsMoveTheRectangle() {
    setCrop({0.3, 0.32, 0.7, 0.68});
    m_window->cropField(0)->setValue(0.2); // Left
    QVERIFY(std::abs(crop().left - 0.2) < 1e-9);
    QCOMPARE(crop().right, 0.7);                         // the opposite edge stays
    QVERIFY(std::abs(cropAspect() - 16.0 / 9.0) < 1e-6); // the lock holds
    QVERIFY(std::abs(m_window->cropField(1)->value() - crop().top) <
            1e-4);                         // fields show the result
    m_window->cropField(3)->setValue(0.9); // Bottom
    QVERIFY(crop().bottom <= 0.9 + 1e-9 && crop().bottom > 0.68);
}

void TestWindow::previewsEqualTheExport_data() {
    QTest::addColumn<FitMode>("mode");
    QTest::newRow("pad") << FitMode::Pad;
    QTest::newRow("cover") << FitMode::Cover;
    QTest::newRow("stretch") << FitMode::Stretch;
}

void TestWindow::previewsEqualTheExport() {
    QFETCH(FitMode, mode);
    // a square, free crop, so the three modes differ; portrait target
    EditState s = m_window->document()->state();
    s.aspectLocked = false;
    s.settings.crop = {0.1, 0.05, 0.6, 0.85};
    s.settings.target = QSize(720, 1280);
    s.settings.mode = mode;
    s.settings.background = QColor(30, 200, 90);
    m_window->document()->setState(s);
    const QImage preview = m_window->preview(mode)->image();
    QVERIFY(!preview.isNull());

    QSignalSpy exported(m_window.get(), &MainWindow::exported);
    const QString out = m_dir->filePath(QStringLiteral("export.jpg"));
    m_window->exportTo(out, ExistingFile::Replace);
    QVERIFY(exported.wait(30000));
    QVERIFY2(exported.at(0).at(1).toBool(), qPrintable(exported.at(0).at(2).toString()));
    QVERIFY(
        exported.at(0).at(2).toString().contains(QStringLiteral("720x1280 — ready for sora-2")));
    ImageLoader loader = ImageLoader::fromFile(out);
    QCOMPARE(loader.header().format, QStringLiteral("JPEG"));
    QCOMPARE(loader.header().storedSize, QSize(720, 1280)); // exactly WxH by content
    const QImage written = loader.decode()->image;
    const QImage shrunk = resampleLanczos3(written, QRectF(0, 0, 720, 1280), preview.size());
    const QImage shown = preview.convertToFormat(QImage::Format_RGB888);
    double sum = 0;
    for (int y = 0; y < shown.height(); ++y)
        for (int x = 0; x < shown.width() * 3; ++x)
            sum += std::abs(int(shown.constScanLine(y)[x]) - int(shrunk.constScanLine(y)[x]));
    const double meanDifference = sum / (shown.width() * shown.height() * 3.0);
    qInfo("preview vs export: mean difference %.2f levels", meanDifference);
    QVERIFY2(meanDifference < 2.5, qPrintable(QString::number(meanDifference)));
}

void TestWindow::exportMatchesTheCli_data() {
    QTest::addColumn<ImageFormat>("format");
    QTest::newRow("jpeg") << ImageFormat::Jpeg;
    QTest::newRow("png") << ImageFormat::Png; // Qt's PNG writer stores the image's DPI
    QTest::newRow("webp") << ImageFormat::Webp;
}

void TestWindow::exportMatchesTheCli() {
    QFETCH(ImageFormat, format);
    EditState s = m_window->document()->state();
    s.aspectLocked = false;
    s.settings.crop = {0.05, 0.1, 0.55, 0.9};
    s.settings.mode = FitMode::Pad;
    s.settings.background = QColor(0x11, 0x22, 0x33);
    s.settings.format = format;
    s.settings.quality = 80;
    m_window->document()->setState(s);
    QSignalSpy exported(m_window.get(), &MainWindow::exported);
    m_window->exportTo(m_window->defaultOutputPath(), ExistingFile::Keep);
    QVERIFY(exported.wait(30000));
    const QString name = QStringLiteral("photo_sora_1280x720.") + fileExtension(format);
    QCOMPARE(exported.at(0).at(0).toString(), m_dir->filePath(name));
    QProcess cli;
    cli.start(QStringLiteral(FRAMEFIT_CLI),
              {QStringLiteral("convert"), QStringLiteral("-m"), QStringLiteral("pad"),
               QStringLiteral("-c"), s.settings.crop.toString(), QStringLiteral("-b"),
               QStringLiteral("#112233"), QStringLiteral("-f"), imageFormatName(format),
               QStringLiteral("-q"), QStringLiteral("80"), QStringLiteral("-o"),
               m_dir->filePath(QStringLiteral("cli")), m_photo});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QByteArray fromCli = readFile(m_dir->filePath(QStringLiteral("cli/") + name));
    QVERIFY(!fromCli.isEmpty());
    QCOMPARE(fromCli, readFile(m_dir->filePath(name)));
}

void TestWindow::exportKeepsAnExistingFile() {
    const QString out = m_window->defaultOutputPath();
    QVERIFY(writeFile(out, "keep me"));
    QSignalSpy exported(m_window.get(), &MainWindow::exported);
    m_window->exportTo(out, ExistingFile::Keep);
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.at(0).at(1).toBool(), false);
    QVERIFY(exported.at(0).at(2).toString().contains(QStringLiteral("already exists")));
    QCOMPARE(readFile(out), QByteArray("keep me"));
}

void TestWindow::undoRedo() {
    setCrop({0.3, 0.32, 0.7, 0.68});
    const CropBounds start = crop();
    CropView* view = m_window->cropView();
    const int before = m_window->undoStack()->count();
    drag(view->cropRectInWidget().center(), view->cropRectInWidget().center() + QPointF(40, 10));
    const CropBounds moved = crop();
    QVERIFY(!(moved == start));
    QCOMPARE(m_window->undoStack()->count(), before + 1); // the whole drag is one step
    m_window->undoStack()->undo();
    QCOMPARE(crop(), start);
    m_window->undoStack()->redo();
    QCOMPARE(crop(), moved);
}

void TestWindow::unreadableFileSaysWhy() {
    const QString bad = m_dir->filePath(QStringLiteral("broken.jpg"));
    QVERIFY(writeFile(bad, "not really a picture"));
    QSignalSpy failed(m_window->document(), &PictureDocument::loadFailed);
    m_window->openFile(bad);
    QVERIFY(failed.wait(20000));
    QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("not a picture")));
    QCOMPARE(m_window->document()->path(), m_photo); // the open picture stays
}

void TestWindow::batchPictureEditsBecomeItsOwnCrop() {
    BatchPanel* batch = m_window->batchPanel();
    const QString other = m_dir->filePath(QStringLiteral("second.jpg"));
    QVERIFY(writeFile(other, encodeWithQt(detailed(QSize(1200, 900)), "JPEG", 90)));
    batch->addPaths({m_photo, other});
    QSignalSpy edit(batch, &BatchPanel::editRequested);
    QSignalSpy loaded(m_window->document(), &PictureDocument::loaded);
    batch->view()->setCurrentIndex(batch->view()->model()->index(1, 0));
    QTRY_VERIFY(!edit.isEmpty());
    const auto id = edit.last().at(0).value<BatchItemId>();
    QCOMPARE(edit.last().at(1).toString(), other);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(m_window->document()->path(), other);
    // a drag in the crop view becomes that picture's crop in the batch, and only its own
    CropView* view = m_window->cropView();
    drag(view->handlePosition(CropHandle::Right),
         view->handlePosition(CropHandle::Right) - QPointF(80, 0));
    const CropBounds edited = crop();
    QVERIFY(!edited.isFull());
    QTRY_COMPARE(batch->itemSettings(id)->crop, edited);
    const auto firstId = id - 1; // ids are handed out in order
    QVERIFY(batch->itemSettings(firstId).has_value());
    QVERIFY(batch->itemSettings(firstId)->crop.isFull());
    // opening a picture on its own leaves the batch alone
    m_window->openFile(m_photo);
    QVERIFY(loaded.wait(20000));
    setCrop({0.1, 0.1, 0.5, 0.325});
    drag(view->cropRectInWidget().center(), view->cropRectInWidget().center() + QPointF(20, 0));
    QCOMPARE(batch->itemSettings(id)->crop, edited);
}

void TestWindow::batchDefaultsSurviveARestart() {
    BatchPanel* batch = m_window->batchPanel();
    QCOMPARE(batch->settings().outputDir, QString()); // init() cleared the stored settings
    BatchSettings chosen = batch->settings();
    chosen.picture.target = QSize(1792, 1024);
    chosen.picture.mode = FitMode::Pad;
    chosen.picture.background = QColor(0x12, 0x34, 0x56);
    chosen.picture.format = ImageFormat::Webp;
    chosen.outputDir = m_dir->filePath(QStringLiteral("out"));
    chosen.namePattern = QStringLiteral("{stem}-{w}x{h}.{ext}");
    batch->setSettings(chosen);
    // the quality the way a user sets it: typed into the form
    auto* quality = batch->findChild<QSpinBox*>();
    QVERIFY(quality);
    quality->selectAll();
    QTest::keyClicks(quality, QStringLiteral("77"));
    QCOMPARE(batch->settings().picture.quality, 77);

    m_window.reset(); // quit, and start again
    m_window = std::make_unique<MainWindow>();
    const BatchSettings restored = m_window->batchPanel()->settings();
    QCOMPARE(restored.picture.target, chosen.picture.target);
    QCOMPARE(restored.picture.mode, chosen.picture.mode);
    QCOMPARE(restored.picture.background, chosen.picture.background);
    QCOMPARE(restored.picture.format, chosen.picture.format);
    QCOMPARE(restored.picture.quality, 77);
    QCOMPARE(restored.outputDir, chosen.outputDir);
    QCOMPARE(restored.namePattern, chosen.namePattern);
}

QTEST_MAIN(TestWindow)
#include "tst_ui_window.moc"
