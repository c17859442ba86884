// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imageloader.h"
#include "testsupport.h"

#include <QColorSpace>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace framefit;
using namespace framefit::test;

class TestImageLoader : public QObject {
    Q_OBJECT
private slots:
    void exifOrientation_data();
    void exifOrientation();
    void brokenExifIsIgnored();
    void iccProfileConvertedToSrgb_data();
    void iccProfileConvertedToSrgb();
    void cmykJpeg();
    void greyInputs_data();
    void greyInputs();
    void sixteenBitPng();
    void palettePng();
    void alphaIsKept_data();
    void alphaIsKept();
    void firstFrameOfAnimations_data();
    void firstFrameOfAnimations();
    void jpegShrinkOnLoad_data();
    void jpegShrinkOnLoad();
    void webpScaledDecode();
    void badInputIsAnError_data();
    void badInputIsAnError();
    void pixelBudget();
    void missingFile();
    void byteBudget();
};

namespace {
QImage decodeOrFail(const QByteArray& bytes, double minScale = 1.0) {
    ImageLoader loader(bytes);
    const std::optional<DecodedImage> d = loader.decode(minScale);
    if (!d) {
        qWarning() << "decode failed:" << loader.error();
        return {};
    }
    return d->image;
}
} // namespace

void TestImageLoader::exifOrientation_data() {
    QTest::addColumn<int>("orientation");
    QTest::addColumn<bool>("littleEndian");
    QTest::addColumn<QSize>("upright");
    // the colours at the upright picture's top-left, top-right, bottom-left, bottom-right
    QTest::addColumn<QList<QColor>>("corners");
    const QColor r = Qt::red, g = Qt::green, b = Qt::blue, w = Qt::white;
    const QList<QList<QColor>> corners{{r, g, b, w}, {g, r, w, b}, {w, b, g, r}, {b, w, r, g},
                                       {r, b, g, w}, {b, r, w, g}, {w, g, b, r}, {g, w, r, b}};
    for (bool little : {false, true}) {
        for (int o = 1; o <= 8; ++o) {
            const QSize upright = o >= 5 ? QSize(48, 64) : QSize(64, 48);
            QTest::addRow("orientation %d %s", o, little ? "II" : "MM")
                << o << little << upright << corners[o - 1];
        }
    }
}

void TestImageLoader::exifOrientation() {
    QFETCH(int, orientation);
    QFETCH(bool, littleEndian);
    QFETCH(QSize, upright);
    QFETCH(QList<QColor>, corners);
    const QByteArray jpeg =
        withJpegSegment(encodeWithQt(quadrants(QSize(64, 48)), "JPEG", 95), 0xE1,
                        exifOrientationPayload(orientation, littleEndian));
    ImageLoader loader(jpeg);
    QCOMPARE(loader.header().orientation, orientation);
    QCOMPARE(loader.header().storedSize, QSize(64, 48));
    QCOMPARE(loader.header().uprightSize(), upright);
    const QImage image = decodeOrFail(jpeg);
    QCOMPARE(image.size(), upright);
    const int qx = upright.width() / 4, qy = upright.height() / 4;
    const QList<QPoint> points{{qx, qy}, {3 * qx, qy}, {qx, 3 * qy}, {3 * qx, 3 * qy}};
    for (int i = 0; i < 4; ++i) {
        QVERIFY2(near(colourAt(image, points[i].x(), points[i].y()), corners[i]),
                 qPrintable(QStringLiteral("corner %1 is %2")
                                .arg(i)
                                .arg(colourAt(image, points[i].x(), points[i].y()).name())));
    }
}

void TestImageLoader::brokenExifIsIgnored() {
    const QByteArray jpeg =
        withJpegSegment(encodeWithQt(quadrants(QSize(64, 48)), "JPEG", 95), 0xE1,
                        QByteArrayLiteral("Exif\0\0MM\0*\xff\xff\xff\xff garbage"));
    ImageLoader loader(jpeg);
    QCOMPARE(loader.header().orientation, 1);
    QCOMPARE(decodeOrFail(jpeg).size(), QSize(64, 48));
}

void TestImageLoader::iccProfileConvertedToSrgb_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("expected"); // the channel value mid-grey 128 must become
    QImage grey(32, 32, QImage::Format_RGB888);
    grey.fill(QColor(128, 128, 128));
    QImage linear = grey;
    linear.setColorSpace(QColorSpace::SRgbLinear);
    // 128 in a linear-light profile is 0.502 of full light, which sRGB encodes as 188.
    QTest::newRow("JPEG, linear RGB profile (Qt)") << encodeWithQt(linear, "JPEG", 100) << 188;
    QTest::newRow("PNG, linear RGB profile (Qt)") << encodeWithQt(linear, "PNG") << 188;
    QTest::newRow("JPEG, linear RGB profile (lcms)")
        << withJpegSegment(encodeWithQt(grey, "JPEG", 100), 0xE2, iccPayload(linearRgbProfile()))
        << 188;
    QImage grey8(32, 32, QImage::Format_Grayscale8);
    grey8.fill(QColor(128, 128, 128));
    QTest::newRow("grey JPEG, linear grey profile")
        << withJpegSegment(encodeWithQt(grey8, "JPEG", 100), 0xE2, iccPayload(linearGreyProfile()))
        << 188;
    QImage srgb = grey;
    srgb.setColorSpace(QColorSpace::SRgb);
    QTest::newRow("JPEG, sRGB profile") << encodeWithQt(srgb, "JPEG", 100) << 128;
    QTest::newRow("JPEG, broken profile")
        << withJpegSegment(encodeWithQt(grey, "JPEG", 100), 0xE2, iccPayload(QByteArray(200, 'x')))
        << 128;
}

void TestImageLoader::iccProfileConvertedToSrgb() {
    QFETCH(QByteArray, bytes);
    QFETCH(int, expected);
    const QImage image = decodeOrFail(bytes);
    QVERIFY(!image.isNull());
    QCOMPARE(image.format(), QImage::Format_RGB888);
    const QColor c = colourAt(image, 16, 16);
    QVERIFY2(near(c, QColor(expected, expected, expected), 4), qPrintable(c.name()));
}

void TestImageLoader::cmykJpeg() {
    const QImage cyan = decodeOrFail(test::cmykJpeg(QSize(16, 16), 255, 0, 0, 0));
    QCOMPARE(cyan.format(), QImage::Format_RGB888);
    QVERIFY2(near(colourAt(cyan, 8, 8), QColor(0, 255, 255)),
             qPrintable(colourAt(cyan, 8, 8).name()));
    const QImage halfBlack = decodeOrFail(test::cmykJpeg(QSize(16, 16), 0, 0, 0, 128));
    QVERIFY2(near(colourAt(halfBlack, 8, 8), QColor(127, 127, 127)),
             qPrintable(colourAt(halfBlack, 8, 8).name()));
}

void TestImageLoader::greyInputs_data() {
    QTest::addColumn<QByteArray>("bytes");
    QImage grey(20, 10, QImage::Format_Grayscale8);
    grey.fill(QColor(90, 90, 90));
    QTest::newRow("grey JPEG") << encodeWithQt(grey, "JPEG", 100);
    QTest::newRow("grey PNG") << encodeWithQt(grey, "PNG");
    QImage grey16(20, 10, QImage::Format_Grayscale16);
    grey16.fill(QColor(90, 90, 90));
    QTest::newRow("16-bit grey PNG") << encodeWithQt(grey16, "PNG");
}

void TestImageLoader::greyInputs() {
    QFETCH(QByteArray, bytes);
    const QImage image = decodeOrFail(bytes);
    QCOMPARE(image.format(), QImage::Format_RGB888);
    QCOMPARE(image.size(), QSize(20, 10));
    QVERIFY2(near(colourAt(image, 5, 5), QColor(90, 90, 90), 2),
             qPrintable(colourAt(image, 5, 5).name()));
}

void TestImageLoader::sixteenBitPng() {
    QImage deep(20, 10, QImage::Format_RGBX64);
    deep.fill(QColor(200, 100, 50));
    const QByteArray png = encodeWithQt(deep, "PNG");
    QCOMPARE(int(png.at(24)), 16); // IHDR bit depth: really a 16-bit file
    const QImage image = decodeOrFail(png);
    QCOMPARE(image.format(), QImage::Format_RGB888);
    QVERIFY(near(colourAt(image, 3, 3), QColor(200, 100, 50), 1));
}

void TestImageLoader::palettePng() {
    QImage indexed(20, 10, QImage::Format_Indexed8);
    indexed.setColorTable({qRgb(255, 128, 0), qRgb(0, 64, 255)});
    indexed.fill(0);
    for (int y = 0; y < 10; ++y)
        indexed.setPixel(15, y, 1);
    const QByteArray png = encodeWithQt(indexed, "PNG");
    QCOMPARE(int(png.at(25)), 3); // IHDR colour type 3: palette
    const QImage image = decodeOrFail(png);
    QCOMPARE(image.format(), QImage::Format_RGB888);
    QCOMPARE(colourAt(image, 2, 2), QColor(255, 128, 0));
    QCOMPARE(colourAt(image, 15, 2), QColor(0, 64, 255));
}

void TestImageLoader::alphaIsKept_data() {
    QTest::addColumn<QByteArray>("bytes");
    QImage translucent(20, 10, QImage::Format_ARGB32);
    translucent.fill(QColor(255, 0, 0, 128));
    QTest::newRow("PNG") << encodeWithQt(translucent, "PNG");
    QTest::newRow("WebP lossless") << webp(translucent, true);
    QTest::newRow("WebP lossy") << webp(translucent, false, 100);
}

void TestImageLoader::alphaIsKept() {
    QFETCH(QByteArray, bytes);
    const QImage image = decodeOrFail(bytes);
    QCOMPARE(image.format(), QImage::Format_RGBA8888);
    const QColor c = QColor::fromRgba(image.pixel(5, 5));
    QVERIFY2(std::abs(c.alpha() - 128) <= 2 && c.red() > 240 && c.green() < 10,
             qPrintable(c.name(QColor::HexArgb)));
}

void TestImageLoader::firstFrameOfAnimations_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QColor>("topLeft");
    QTest::newRow("GIF") << animatedGif() << QColor(Qt::red);
    QTest::newRow("WebP") << animatedWebp(quadrants(QSize(32, 32))) << QColor(Qt::red);
}

void TestImageLoader::firstFrameOfAnimations() {
    QFETCH(QByteArray, bytes);
    QFETCH(QColor, topLeft);
    const QImage image = decodeOrFail(bytes);
    QVERIFY(!image.isNull());
    QVERIFY2(near(colourAt(image, 0, 0), topLeft), qPrintable(colourAt(image, 0, 0).name()));
}

void TestImageLoader::jpegShrinkOnLoad_data() {
    QTest::addColumn<double>("minScale");
    QTest::addColumn<QSize>("decoded");
    QTest::addColumn<double>("scale");
    QTest::newRow("full") << 1.0 << QSize(1600, 1200) << 1.0;
    QTest::newRow("1/4") << 0.25 << QSize(400, 300) << 0.25;
    QTest::newRow("0.3 -> 3/8") << 0.3 << QSize(600, 450) << 0.375;
    QTest::newRow("below 1/8 -> 1/8") << 0.01 << QSize(200, 150) << 0.125;
    QTest::newRow("7/8") << 0.8 << QSize(1400, 1050) << 0.875;
}

void TestImageLoader::jpegShrinkOnLoad() {
    QFETCH(double, minScale);
    QFETCH(QSize, decoded);
    QFETCH(double, scale);
    const QByteArray jpeg = encodeWithQt(quadrants(QSize(1600, 1200)), "JPEG", 90);
    ImageLoader loader(jpeg);
    const std::optional<DecodedImage> d = loader.decode(minScale);
    QVERIFY2(d.has_value(), qPrintable(loader.error()));
    QCOMPARE(d->image.size(), decoded);
    QCOMPARE(d->scale, scale);
    QCOMPARE(d->uprightSize, QSize(1600, 1200));
    QVERIFY(near(colourAt(d->image, decoded.width() / 4, decoded.height() / 4), Qt::red));
}

void TestImageLoader::webpScaledDecode() {
    ImageLoader loader(webp(quadrants(QSize(400, 300))));
    QCOMPARE(loader.header().format, QStringLiteral("WebP"));
    const std::optional<DecodedImage> d = loader.decode(0.5);
    QVERIFY2(d.has_value(), qPrintable(loader.error()));
    QCOMPARE(d->image.size(), QSize(200, 150));
    QCOMPARE(d->scale, 0.5);
    QVERIFY(near(colourAt(d->image, 150, 110), Qt::white));
}

void TestImageLoader::badInputIsAnError_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    const QImage picture = detailed(QSize(300, 200));
    const QByteArray jpeg = encodeWithQt(picture, "JPEG", 90);
    const QByteArray png = encodeWithQt(picture, "PNG");
    const QByteArray lossy = webp(picture);
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("text") << QByteArray("just some words\n") << "not a picture";
    QTest::newRow("JPEG cut in its data") << jpeg.left(jpeg.size() / 2) << "truncated";
    QTest::newRow("JPEG cut in its header") << jpeg.left(40) << "truncated";
    QTest::newRow("PNG cut in its data") << png.left(png.size() / 2) << "damaged PNG";
    QTest::newRow("WebP cut in its data") << lossy.left(lossy.size() / 2) << "truncated";
    QByteArray noise("\xFF\xD8\xFF", 3);
    for (int i = 0; i < 4096; ++i)
        noise.append(char((i * 7919 + 13) % 251));
    QTest::newRow("JPEG magic, then noise") << noise << "damaged JPEG";
    QTest::newRow("JPEG magic alone") << QByteArray("\xFF\xD8\xFF", 3) << "truncated";
}

void TestImageLoader::badInputIsAnError() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    ImageLoader loader(bytes);
    const std::optional<DecodedImage> d = loader.decode();
    QVERIFY2(!d.has_value(), "a broken file decoded as if it were whole");
    QVERIFY2(loader.error().contains(says, Qt::CaseInsensitive), qPrintable(loader.error()));
}

void TestImageLoader::pixelBudget() {
    // 20000x20000 1-bit PNG: 400 megapixels behind a few kilobytes.
    const QByteArray bomb = pngBomb(20000, 20000);
    QVERIFY(bomb.size() < 2'000'000);
    ImageLoader pngLoader(bomb);
    QVERIFY(!pngLoader.decode().has_value());
    QVERIFY2(pngLoader.error().contains(QStringLiteral("megapixel")),
             qPrintable(pngLoader.error()));

    // A JPEG header that claims 65000x65000 is refused before any decoding.
    ImageLoader jpegLoader(jpegClaiming(65000, 65000));
    QVERIFY(jpegLoader.hasError());
    QVERIFY2(jpegLoader.error().contains(QStringLiteral("decompression bomb")),
             qPrintable(jpegLoader.error()));

    // A progressive JPEG claiming 30000x30000 (within the declared limit) would make libjpeg
    // hold coefficients for all 900 megapixels even at 1/8 scale: refused by the byte budget.
    const QByteArray progressive = progressiveJpegClaiming(30000, 30000);
    QVERIFY(!progressive.isEmpty());
    ImageLoader progressiveLoader(progressive);
    QVERIFY2(!progressiveLoader.hasError(), qPrintable(progressiveLoader.error()));
    QVERIFY(!progressiveLoader.decode(1.0 / 8.0).has_value());
    QVERIFY2(progressiveLoader.error().contains(QStringLiteral("progressively")),
             qPrintable(progressiveLoader.error()));

    // The budget is on what is held in memory: a shrink-on-load decode may fit where a full one
    // does not.
    LoadLimits tight;
    tight.maxDecodedPixels = 100'000;
    ImageLoader big(encodeWithQt(quadrants(QSize(800, 600)), "JPEG", 90), tight);
    QVERIFY(!big.decode(1.0).has_value());
    QVERIFY(big.error().contains(QStringLiteral("megapixel")));
    ImageLoader bigReduced(encodeWithQt(quadrants(QSize(800, 600)), "JPEG", 90), tight);
    QVERIFY2(bigReduced.decode(0.25).has_value(), qPrintable(bigReduced.error()));
}

void TestImageLoader::missingFile() {
    const ImageLoader loader = ImageLoader::fromFile(QStringLiteral("/nonexistent/picture.jpg"));
    QVERIFY(loader.hasError());
    QCOMPARE(loader.error(), QStringLiteral("no such file"));
}

void TestImageLoader::byteBudget() {
    QTemporaryDir dir;
    // A sparse file of just over 1 GiB: refused from its size, never read into memory.
    const QString huge = dir.filePath(QStringLiteral("huge.jpg"));
    QFile file(huge);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(encodeWithQt(quadrants(QSize(16, 16)), "JPEG", 90));
    QVERIFY(file.resize((qint64(1) << 30) + 1));
    file.close();
    const ImageLoader loader = ImageLoader::fromFile(huge);
    QVERIFY(loader.hasError());
    QVERIFY2(loader.error().contains(QStringLiteral("too large")), qPrintable(loader.error()));
    QVERIFY(loader.data().isEmpty());

    LoadLimits small;
    small.maxFileBytes = 1000;
    const QString photo = dir.filePath(QStringLiteral("photo.jpg"));
    QVERIFY(writeFile(photo, encodeWithQt(detailed(QSize(200, 200)), "JPEG", 90)));
    QVERIFY(ImageLoader::fromFile(photo, small).error().contains(QStringLiteral("too large")));
    QVERIFY(!ImageLoader::fromFile(photo).hasError());
}

QTEST_GUILESS_MAIN(TestImageLoader)
#include "tst_imageloader.moc"
