// SPDX-License-Identifier: GPL-3.0-or-later
// The last steps before a file exists: rendering onto the frame, encoding, and writing.
#include "core/atomicwrite.h"
#include "core/fitplacement.h"
#include "core/framerenderer.h"
#include "core/imageencoder.h"
#include "core/imageloader.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>
#include <webp/decode.h>

using namespace framefit;
using namespace framefit::test;

Q_DECLARE_METATYPE(framefit::ImageFormat)
Q_DECLARE_METATYPE(framefit::FitMode)

class TestOutput : public QObject {
    Q_OBJECT
private slots:
    void frameIsExactlyTheCanvas_data();
    void frameIsExactlyTheCanvas();
    void padBarsHaveTheBackgroundColour();
    void transparencyIsCompositedOntoBackground();
    void reducedDecodeRendersTheSameRegion();
    void encodesRgbWithoutAlpha_data();
    void encodesRgbWithoutAlpha();
    void jpegChromaSubsampling();
    void qualityChangesSize();
    void atomicWriteKeepsExisting();
    void atomicWriteReplaces();
    void atomicWriteLeavesNoTemporaryFiles();
    void atomicWriteReportsUnwritableFolder();
};

void TestOutput::frameIsExactlyTheCanvas_data() {
    QTest::addColumn<QSize>("source");
    QTest::addColumn<FitMode>("mode");
    QTest::addColumn<QSize>("target");
    for (QSize source : {QSize(640, 480), QSize(3000, 200), QSize(1, 1), QSize(200, 3000)})
        for (FitMode mode : {FitMode::Cover, FitMode::Pad, FitMode::Stretch})
            for (QSize target : {QSize(1280, 720), QSize(1024, 1792)})
                QTest::addRow("%dx%d %s %dx%d", source.width(), source.height(),
                              qPrintable(fitModeName(mode)), target.width(), target.height())
                    << source << mode << target;
}

void TestOutput::frameIsExactlyTheCanvas() {
    QFETCH(QSize, source);
    QFETCH(FitMode, mode);
    QFETCH(QSize, target);
    DecodedImage decoded{quadrants(source), source, 1.0, {}};
    const QImage frame = renderFrame(decoded, fitPlacement(source, {}, mode, target), Qt::black);
    QCOMPARE(frame.size(), target);
    QCOMPARE(frame.format(), QImage::Format_RGB888);
}

void TestOutput::padBarsHaveTheBackgroundColour() {
    QImage white(400, 400, QImage::Format_RGB888);
    white.fill(Qt::white);
    const Placement p = fitPlacement(white.size(), {}, FitMode::Pad, QSize(1280, 720));
    const QImage frame =
        renderFrame(DecodedImage{white, white.size(), 1.0, {}}, p, QColor(0x12, 0x34, 0x56));
    QCOMPARE(p.destRect, QRect(280, 0, 720, 720));
    QCOMPARE(colourAt(frame, 0, 0), QColor(0x12, 0x34, 0x56));
    QCOMPARE(colourAt(frame, 279, 719), QColor(0x12, 0x34, 0x56));
    QCOMPARE(colourAt(frame, 1000, 360), QColor(0x12, 0x34, 0x56));
    QCOMPARE(colourAt(frame, 280, 360), QColor(Qt::white));
    QCOMPARE(colourAt(frame, 999, 0), QColor(Qt::white));
}

void TestOutput::transparencyIsCompositedOntoBackground() {
    QImage half(100, 100, QImage::Format_RGBA8888);
    half.fill(QColor(255, 0, 0, 128));
    const QImage frame =
        renderFrame(DecodedImage{half, half.size(), 1.0, {}},
                    fitPlacement(half.size(), {}, FitMode::Stretch, QSize(1280, 720)), Qt::white);
    QVERIFY2(near(colourAt(frame, 640, 360), QColor(255, 127, 127), 2),
             qPrintable(colourAt(frame, 640, 360).name()));
    QCOMPARE(flattenOnto(half, Qt::blue).format(), QImage::Format_RGB888);
    QVERIFY(near(colourAt(flattenOnto(half, Qt::blue), 5, 5), QColor(128, 0, 127), 2));
}

void TestOutput::reducedDecodeRendersTheSameRegion() {
    // Placement is computed on the full-resolution size; the reduced decode the pipeline picks
    // (1/4 here, keeping a 1.25x margin) must land the same region with nearly the same pixels.
    const QImage full = detailed(QSize(4000, 3000));
    const QByteArray jpeg = encodeWithQt(full, "JPEG", 95);
    const Placement p =
        fitPlacement(full.size(), {0.05, 0.1, 0.95, 0.9}, FitMode::Pad, QSize(720, 1280));
    QCOMPARE(decodeScaleFor(p), 1.25 * 720 / 3600); // a 1.25x margin over the output
    ImageLoader a(jpeg);
    ImageLoader b(jpeg);
    const std::optional<DecodedImage> fullDecode = a.decode(1.0);
    const std::optional<DecodedImage> reduced = b.decode(decodeScaleFor(p));
    QVERIFY(fullDecode && reduced);
    QCOMPARE(reduced->scale, 0.25); // the smallest M/8 >= 0.25
    const double db =
        psnr(renderFrame(*fullDecode, p, Qt::black), renderFrame(*reduced, p, Qt::black));
    qInfo("full vs 1/4 decode: %.2f dB", db);
    QVERIFY2(db > 35.0, qPrintable(QString::number(db)));
}

void TestOutput::encodesRgbWithoutAlpha_data() {
    QTest::addColumn<ImageFormat>("format");
    QTest::addColumn<QString>("sniffed");
    QTest::newRow("jpeg") << ImageFormat::Jpeg << "JPEG";
    QTest::newRow("png") << ImageFormat::Png << "PNG";
    QTest::newRow("webp") << ImageFormat::Webp << "WebP";
}

void TestOutput::encodesRgbWithoutAlpha() {
    QFETCH(ImageFormat, format);
    QFETCH(QString, sniffed);
    QImage translucent(320, 180, QImage::Format_RGBA8888);
    translucent.fill(QColor(10, 200, 30, 90));
    QString error;
    const std::optional<QByteArray> bytes = encodeImage(translucent, format, 90, &error);
    QVERIFY2(bytes.has_value(), qPrintable(error));
    QCOMPARE(sniffImageFormat(*bytes), sniffed);
    // The same pixels give the same bytes: the GUI's export and the CLI write identical files.
    QCOMPARE(*encodeImage(translucent, format, 90), *bytes);
    ImageLoader loader(*bytes);
    const std::optional<DecodedImage> d = loader.decode();
    QVERIFY2(d.has_value(), qPrintable(loader.error()));
    QCOMPARE(d->image.size(), QSize(320, 180));
    QCOMPARE(d->image.format(), QImage::Format_RGB888); // no alpha channel in the file
    if (format == ImageFormat::Png) {
        QCOMPARE(int(bytes->at(24)), 8); // IHDR: 8 bits
        QCOMPARE(int(bytes->at(25)), 2); // IHDR: truecolour, no alpha
    }
    if (format == ImageFormat::Webp) {
        WebPBitstreamFeatures features;
        QCOMPARE(WebPGetFeatures(reinterpret_cast<const uint8_t*>(bytes->constData()),
                                 size_t(bytes->size()), &features),
                 VP8_STATUS_OK);
        QCOMPARE(features.has_alpha, 0);
    }
}

namespace {
// Luma sampling factors from a baseline JPEG's SOF0: 0x11 means 4:4:4, 0x22 means 4:2:0.
int lumaSampling(const QByteArray& jpeg) {
    const qsizetype sof = jpeg.indexOf(QByteArray("\xFF\xC0", 2));
    return sof < 0 ? -1 : uchar(jpeg.at(sof + 11));
}
} // namespace

void TestOutput::jpegChromaSubsampling() {
    const QImage picture = detailed(QSize(320, 180));
    QCOMPARE(lumaSampling(*encodeImage(picture, ImageFormat::Jpeg, 95)), 0x11);
    QCOMPARE(lumaSampling(*encodeImage(picture, ImageFormat::Jpeg, 90)), 0x11);
    QCOMPARE(lumaSampling(*encodeImage(picture, ImageFormat::Jpeg, 89)), 0x22);
}

void TestOutput::qualityChangesSize() {
    const QImage picture = detailed(QSize(640, 360));
    for (ImageFormat f : {ImageFormat::Jpeg, ImageFormat::Webp})
        QVERIFY(encodeImage(picture, f, 10)->size() < encodeImage(picture, f, 95)->size());
}

void TestOutput::atomicWriteKeepsExisting() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.jpg"));
    QVERIFY(writeFile(path, "precious"));
    QString error;
    QVERIFY(!writeFileAtomically(path, "new bytes", ExistingFile::Keep, &error));
    QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
    QCOMPARE(readFile(path), QByteArray("precious"));
}

void TestOutput::atomicWriteReplaces() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.jpg"));
    QVERIFY(writeFile(path, "old"));
    QVERIFY(writeFileAtomically(path, "new bytes", ExistingFile::Replace));
    QCOMPARE(readFile(path), QByteArray("new bytes"));
    const QString fresh = dir.filePath(QStringLiteral("fresh.jpg"));
    QVERIFY(writeFileAtomically(fresh, "made", ExistingFile::Keep));
    QCOMPARE(readFile(fresh), QByteArray("made"));
    // an ordinary file's permissions (0666 minus the umask), not a temporary file's 0600
    QVERIFY(QFile::permissions(fresh).testFlag(QFileDevice::ReadOther) ||
            QFile::permissions(fresh).testFlag(QFileDevice::ReadGroup));
}

void TestOutput::atomicWriteLeavesNoTemporaryFiles() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.jpg"));
    QVERIFY(writeFileAtomically(path, "one", ExistingFile::Keep));
    QVERIFY(!writeFileAtomically(path, "two", ExistingFile::Keep));
    QVERIFY(writeFileAtomically(path, "three", ExistingFile::Replace));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("out.jpg")});
}

void TestOutput::atomicWriteReportsUnwritableFolder() {
    QTemporaryDir dir;
    QString error;
    // a "folder" that is a file: fails for every user, root included
    const QString notAFolder = dir.filePath(QStringLiteral("plain.txt"));
    QVERIFY(writeFile(notAFolder, "x"));
    QVERIFY(!writeFileAtomically(notAFolder + QStringLiteral("/out.jpg"), "x", ExistingFile::Keep,
                                 &error));
    QVERIFY2(error.contains(QStringLiteral("cannot write")), qPrintable(error));
    QVERIFY(!writeFileAtomically(notAFolder + QStringLiteral("/out.jpg"), "x",
                                 ExistingFile::Replace, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot write")), qPrintable(error));
    QCOMPARE(readFile(notAFolder), QByteArray("x"));
    if (::geteuid() == 0) {
        qInfo("running as root, which may write into read-only folders: that case is left out");
        return;
    }
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QVERIFY(!writeFileAtomically(dir.filePath(QStringLiteral("out.jpg")), "x", ExistingFile::Keep,
                                 &error));
    QVERIFY2(error.contains(QStringLiteral("cannot write")), qPrintable(error));
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QTEST_GUILESS_MAIN(TestOutput)
#include "tst_output.moc"
