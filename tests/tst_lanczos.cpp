// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fitplacement.h"
#include "core/lanczos.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace framefit;
using namespace framefit::test;

// Pillow's Image.LANCZOS is the reference users compare against (the article's code uses it),
// so the resampler is measured against it on the same geometry, sub-pixel box included.
class TestLanczos : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void matchesPillow_data();
    void matchesPillow();
    void bilinearIsMeasurablyWorse();
    void flatStaysFlat_data();
    void flatStaysFlat();
    void threadsGiveIdenticalPixels();
    void tinySource();

private:
    QTemporaryDir m_dir;
    QImage m_source;
};

namespace {
// Debian's python3 with python3-pil, not a python that happens to be first on PATH.
const QString kPython = QStringLiteral("/usr/bin/python3");
const char* kPillowScript = R"(
import sys
from PIL import Image
src, out, x0, y0, x1, y1, w, h = sys.argv[1:]
img = Image.open(src).convert("RGB")
img.resize((int(w), int(h)), Image.LANCZOS, box=(float(x0), float(y0), float(x1), float(y1))).save(out)
)";
} // namespace

void TestLanczos::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_source = detailed(QSize(1500, 1000));
    QVERIFY(m_source.save(m_dir.filePath(QStringLiteral("source.png"))));
    QProcess probe;
    probe.start(kPython, {QStringLiteral("-c"), QStringLiteral("import PIL")});
    QVERIFY2(probe.waitForFinished(30000) && probe.exitCode() == 0,
             "Pillow is missing: scripts/run-tests installs python3-pil");
}

void TestLanczos::matchesPillow_data() {
    QTest::addColumn<QRectF>("box");
    QTest::addColumn<QSize>("out");
    const QSize src(1500, 1000);
    QTest::newRow("cover 1280x720")
        << fitPlacement(src, {}, FitMode::Cover, QSize(1280, 720)).sourceRect << QSize(1280, 720);
    QTest::newRow("pad 720x1280")
        << fitPlacement(src, {}, FitMode::Pad, QSize(720, 1280)).sourceRect
        << fitPlacement(src, {}, FitMode::Pad, QSize(720, 1280)).destRect.size();
    QTest::newRow("stretch, anisotropic") << QRectF(0, 0, 1500, 1000) << QSize(1280, 720);
    QTest::newRow("shrink 5x") << QRectF(0, 0, 1500, 1000) << QSize(300, 200);
    QTest::newRow("fractional box")
        << QRectF(QPointF(123.4, 56.7), QPointF(1001.2, 600.3)) << QSize(640, 360);
    QTest::newRow("crop then cover 1024x1792")
        << fitPlacement(src, {0.2, 0.1, 0.7, 0.95}, FitMode::Cover, QSize(1024, 1792)).sourceRect
        << QSize(1024, 1792);
    QTest::newRow("upscale 4x") << QRectF(100, 100, 300, 168.75) << QSize(1280, 720);
}

void TestLanczos::matchesPillow() {
    QFETCH(QRectF, box);
    QFETCH(QSize, out);
    const QString reference = m_dir.filePath(QStringLiteral("reference.png"));
    QProcess pillow;
    pillow.start(kPython,
                 {QStringLiteral("-c"), QString::fromLatin1(kPillowScript),
                  m_dir.filePath(QStringLiteral("source.png")), reference,
                  QString::number(box.left(), 'g', 17), QString::number(box.top(), 'g', 17),
                  QString::number(box.right(), 'g', 17), QString::number(box.bottom(), 'g', 17),
                  QString::number(out.width()), QString::number(out.height())});
    QVERIFY(pillow.waitForFinished(60000));
    QVERIFY2(pillow.exitCode() == 0, pillow.readAllStandardError().constData());

    const QImage ours = resampleLanczos3(m_source, box, out);
    QCOMPARE(ours.size(), out);
    const QImage theirs(reference);
    QCOMPARE(theirs.size(), out);
    const double db = psnr(ours, theirs);
    qInfo("PSNR against Pillow LANCZOS: %.2f dB", db);
    QVERIFY2(db >= 40.0, qPrintable(QStringLiteral("only %1 dB").arg(db)));
}

void TestLanczos::bilinearIsMeasurablyWorse() {
    // The negative control: the comparison above must be able to tell resamplers apart. Qt's
    // SmoothTransformation (bilinear) is what the spec rules out for output.
    const QString reference = m_dir.filePath(QStringLiteral("reference-shrink.png"));
    QProcess pillow;
    pillow.start(kPython, {QStringLiteral("-c"), QString::fromLatin1(kPillowScript),
                           m_dir.filePath(QStringLiteral("source.png")), reference,
                           QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("1500"),
                           QStringLiteral("1000"), QStringLiteral("300"), QStringLiteral("200")});
    QVERIFY(pillow.waitForFinished(60000) && pillow.exitCode() == 0);
    const QImage theirs(reference);
    const QImage bilinear =
        m_source.scaled(300, 200, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const double ours =
        psnr(resampleLanczos3(m_source, QRectF(0, 0, 1500, 1000), QSize(300, 200)), theirs);
    const double qt = psnr(bilinear, theirs);
    qInfo("Lanczos-3 %.2f dB, Qt bilinear %.2f dB", ours, qt);
    QVERIFY(qt < 40.0);
    QVERIFY(ours > qt + 10.0);
}

void TestLanczos::flatStaysFlat_data() {
    QTest::addColumn<QRectF>("box");
    QTest::addColumn<QSize>("out");
    QTest::newRow("shrink") << QRectF(0, 0, 400, 300) << QSize(37, 29);
    QTest::newRow("enlarge") << QRectF(10.5, 3.25, 7, 5) << QSize(640, 360);
    QTest::newRow("edge-touching box") << QRectF(0, 0, 400, 1) << QSize(1280, 720);
}

void TestLanczos::flatStaysFlat() {
    // Dropped taps at the edges are renormalised, so a flat picture must stay exactly flat:
    // no dark borders, no ringing.
    QFETCH(QRectF, box);
    QFETCH(QSize, out);
    QImage flat(400, 300, QImage::Format_RGB888);
    flat.fill(QColor(200, 30, 90));
    const QImage result = resampleLanczos3(flat, box, out);
    QCOMPARE(result.size(), out);
    for (int y = 0; y < out.height(); y += 7)
        for (int x = 0; x < out.width(); x += 5)
            QCOMPARE(colourAt(result, x, y), QColor(200, 30, 90));
}

void TestLanczos::threadsGiveIdenticalPixels() {
    const QRectF box(17.3, 8.9, 1400.2, 900.1);
    const QImage single = resampleLanczos3(m_source, box, QSize(1280, 720), Threads::Single);
    const QImage all = resampleLanczos3(m_source, box, QSize(1280, 720), Threads::All);
    QCOMPARE(single, all);
}

void TestLanczos::tinySource() {
    QImage one(1, 1, QImage::Format_RGB888);
    one.fill(QColor(1, 2, 3));
    const QImage result = resampleLanczos3(one, QRectF(0, 0.21875, 1, 0.5625), QSize(1280, 720));
    QCOMPARE(result.size(), QSize(1280, 720));
    QCOMPARE(colourAt(result, 640, 360), QColor(1, 2, 3));
    QVERIFY(resampleLanczos3(one, QRectF(0, 0, 1, 1), QSize(0, 10)).isNull());
}

QTEST_GUILESS_MAIN(TestLanczos)
#include "tst_lanczos.moc"
