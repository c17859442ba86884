// SPDX-License-Identifier: GPL-3.0-or-later
// A region decode (cover mode skips what it crops away) must hand back exactly the pixels of a
// full decode, at the offset it reports, under every EXIF orientation and decode scale; and
// the renderer must place it so the frame equals the frame drawn from a full decode.
#include "core/exiforientation.h"
#include "core/fitplacement.h"
#include "core/framerenderer.h"
#include "core/imageencoder.h"
#include "core/imageloader.h"
#include "core/lanczos.h"

#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstdlib>

using namespace framefit;

namespace {

// A picture with detail everywhere, so a one-pixel misplacement shows.
QImage texture(QSize size) {
    QImage image(size, QImage::Format_RGB888);
    for (int y = 0; y < size.height(); ++y) {
        uchar* row = image.scanLine(y);
        for (int x = 0; x < size.width(); ++x) {
            row[x * 3] = uchar((x * 7 + y * 3) & 0xFF);
            row[x * 3 + 1] = uchar(((x / 5) ^ (y / 3)) * 37 & 0xFF);
            row[x * 3 + 2] = uchar(128 + 100 * std::sin(x * 0.21) * std::cos(y * 0.17));
        }
    }
    return image;
}

// `jpeg` with an APP1 EXIF block holding only the Orientation tag, right after SOI.
QByteArray withOrientation(const QByteArray& jpeg, int orientation) {
    QByteArray tiff("MM\0*\0\0\0\x08", 8);
    const auto u16 = [&tiff](quint16 v) {
        tiff.append(char(v >> 8));
        tiff.append(char(v & 0xFF));
    };
    u16(1);      // one IFD entry
    u16(0x0112); // Orientation
    u16(3);      // SHORT
    u16(0);
    u16(1); // count 1
    u16(quint16(orientation));
    u16(0);
    u16(0);
    u16(0); // no next IFD
    const QByteArray exif = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray app1("\xFF\xE1", 2);
    const int length = int(exif.size()) + 2;
    app1.append(char(length >> 8));
    app1.append(char(length & 0xFF));
    app1.append(exif);
    return jpeg.left(2) + app1 + jpeg.mid(2);
}

int maxDifference(const QImage& a, const QImage& b) {
    int worst = 0;
    for (int y = 0; y < a.height(); ++y) {
        const uchar* p = a.constScanLine(y);
        const uchar* q = b.constScanLine(y);
        for (int i = 0; i < a.width() * 3; ++i)
            worst = std::max(worst, std::abs(int(p[i]) - int(q[i])));
    }
    return worst;
}

} // namespace

class TestRegionDecode : public QObject {
    Q_OBJECT
private slots:
    void orientedRectsRoundTrip();
    void regionMatchesFullDecode_data();
    void regionMatchesFullDecode();
    void flatColourStaysExact_data();
    void flatColourStaysExact();
};

void TestRegionDecode::orientedRectsRoundTrip() {
    const QSize stored(40, 30);
    const QRect upright(3, 5, 7, 11);
    for (int o = 1; o <= 8; ++o) {
        const QRect s = uprightToStoredRect(upright, stored, o);
        QVERIFY2(QRect(QPoint(0, 0), stored).contains(s), qPrintable(QString::number(o)));
        QCOMPARE(storedToUprightRect(s, stored, o), upright);
    }
    // Orientation 6 turns the stored picture 90 degrees clockwise: the upright top-left corner
    // is the stored bottom-left.
    QCOMPARE(uprightToStoredRect(QRect(0, 0, 1, 1), stored, 6), QRect(0, 29, 1, 1));
    QCOMPARE(uprightToStoredRect(QRect(0, 0, 1, 1), stored, 8), QRect(39, 0, 1, 1));
    QCOMPARE(uprightToStoredRect(QRect(0, 0, 1, 1), stored, 3), QRect(39, 29, 1, 1));
}

void TestRegionDecode::regionMatchesFullDecode_data() {
    QTest::addColumn<int>("orientation");
    QTest::addColumn<int>("quality"); // 95: 4:4:4, 80: 4:2:0
    QTest::addColumn<double>("scale");
    for (int o = 1; o <= 8; ++o)
        for (int quality : {95, 80})
            for (double scale : {1.0, 0.5, 0.375})
                QTest::addRow("orientation %d q%d scale %g", o, quality, scale)
                    << o << quality << scale;
}

void TestRegionDecode::regionMatchesFullDecode() {
    QFETCH(int, orientation);
    QFETCH(int, quality);
    QFETCH(double, scale);
    const std::optional<QByteArray> plain =
        encodeImage(texture(QSize(403, 251)), ImageFormat::Jpeg, quality);
    QVERIFY(plain);
    ImageLoader loader(withOrientation(*plain, orientation));
    QVERIFY2(!loader.hasError(), qPrintable(loader.error()));
    QCOMPARE(loader.header().orientation, orientation);

    const std::optional<DecodedImage> full = loader.decode(scale);
    QVERIFY(full);
    QCOMPARE(full->offset, QPoint(0, 0));
    // An upright region away from every edge, at fractional coordinates.
    const QRectF region(61.5, 40.25, 117.0, 73.5);
    const std::optional<DecodedImage> part = loader.decode(scale, region);
    QVERIFY(part);
    QCOMPARE(part->scale, full->scale);
    QCOMPARE(part->uprightSize, full->uprightSize);

    const QRect held(part->offset, part->image.size());
    QVERIFY(QRect(QPoint(0, 0), full->image.size()).contains(held));
    // It holds the whole region, and left out a good part of the picture.
    const QRectF wanted(region.topLeft() * part->scale, region.size() * part->scale);
    QVERIFY(QRectF(held).contains(wanted));
    QVERIFY(qint64(held.width()) * held.height() * 2 <
            qint64(full->image.width()) * full->image.height());
    // Same pixels as the full decode at the reported place (a misplaced part, or the column at a
    // 4:2:0 cut that fancy upsampling gets wrong, differs by far more than 1).
    QCOMPARE(part->image.format(), full->image.format());
    const int difference = maxDifference(part->image, full->image.copy(held));
    QVERIFY2(difference <= 1, qPrintable(QString::number(difference)));

    // Drawn through the renderer as the converter does, both decodes give the same frame.
    const Placement placement =
        fitPlacement(loader.header().uprightSize(), CropBounds{0.2, 0.2, 0.8, 0.7}, FitMode::Cover,
                     QSize(96, 54));
    const std::optional<DecodedImage> whole = loader.decode(decodeScaleFor(placement));
    const std::optional<DecodedImage> needed =
        loader.decode(decodeScaleFor(placement), decodeRegionFor(placement));
    QVERIFY(whole && needed);
    QVERIFY(needed->image.height() < whole->image.height());
    const QImage fromWhole = renderFrame(*whole, placement, Qt::black);
    const QImage fromPart = renderFrame(*needed, placement, Qt::black);
    QCOMPARE(fromPart.size(), QSize(96, 54));
    QVERIFY(maxDifference(fromPart, fromWhole) <= 1);
}

void TestRegionDecode::flatColourStaysExact_data() {
    QTest::addColumn<QSize>("in");
    QTest::addColumn<QSize>("out");
    QTest::newRow("shrink (vertical pass first)") << QSize(400, 300) << QSize(100, 75);
    QTest::newRow("enlarge (horizontal pass first)") << QSize(50, 40) << QSize(200, 160);
    QTest::newRow("one pixel") << QSize(1, 1) << QSize(64, 36);
    QTest::newRow("fewer pixels than taps") << QSize(3, 2) << QSize(17, 5);
    QTest::newRow("sliver") << QSize(3000, 2) << QSize(1280, 720);
}

// Weights that do not sum to exactly one, or taps read outside the source, change a flat area.
void TestRegionDecode::flatColourStaysExact() {
    QFETCH(QSize, in);
    QFETCH(QSize, out);
    for (const QColor colour : {QColor(0, 0, 0), QColor(255, 255, 255), QColor(13, 200, 97)}) {
        QImage flat(in, QImage::Format_RGB888);
        flat.fill(colour);
        const QImage result = resampleLanczos3(flat, QRectF(QPointF(0, 0), QSizeF(in)), out);
        QCOMPARE(result.size(), out);
        QCOMPARE(result.format(), QImage::Format_RGB888);
        for (int y = 0; y < out.height(); ++y)
            for (int x = 0; x < out.width(); ++x)
                QCOMPARE(result.pixelColor(x, y), colour);
    }
}

QTEST_GUILESS_MAIN(TestRegionDecode)
#include "tst_regiondecode.moc"
