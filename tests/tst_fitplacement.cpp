// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fitplacement.h"
#include "core/targets.h"

#include <QTest>

#include <cmath>

using namespace framefit;

Q_DECLARE_METATYPE(framefit::CropBounds)
Q_DECLARE_METATYPE(framefit::FitMode)

class TestFitPlacement : public QObject {
    Q_OBJECT
private slots:
    void invariants_data();
    void invariants();
    void knownValues_data();
    void knownValues();
    void invalidInputGivesEmptyPlacement();
    void upscaleFactor();
    void scaledForPreview_data();
    void scaledForPreview();
    void cropParsing_data();
    void cropParsing();
};

static constexpr double kEps = 1e-6;

void TestFitPlacement::invariants_data() {
    QTest::addColumn<QSize>("source");
    QTest::addColumn<CropBounds>("crop");
    QTest::addColumn<FitMode>("mode");
    QTest::addColumn<QSize>("target");
    const QList<QSize> sources{{4000, 3000}, {3000, 4000}, {1920, 1080}, {1280, 720}, {3000, 200},
                               {200, 3000},  {1, 1},       {7, 3},       {65535, 1},  {1, 65535}};
    const QList<CropBounds> crops{{0, 0, 1, 1},
                                  {0.1, 0.2, 0.9, 0.8},
                                  {0, 0, 0.5, 1},
                                  {0.5, 0, 1, 0.25},
                                  {0.5, 0.5, 0.5001, 0.5001}};
    for (QSize source : sources)
        for (const CropBounds& crop : crops)
            for (FitMode mode : {FitMode::Cover, FitMode::Pad, FitMode::Stretch})
                for (const TargetSize& t : targetSizes()) {
                    const QString name = QStringLiteral("%1 %2 %3 %4")
                                             .arg(sizeToString(source), crop.toString(),
                                                  fitModeName(mode), sizeToString(t.size));
                    QTest::newRow(qPrintable(name)) << source << crop << mode << t.size;
                }
}

void TestFitPlacement::invariants() {
    QFETCH(QSize, source);
    QFETCH(CropBounds, crop);
    QFETCH(FitMode, mode);
    QFETCH(QSize, target);
    const Placement p = fitPlacement(source, crop, mode, target);
    const QRectF region = crop.toRect(QSizeF(source));
    const QRect canvas(QPoint(0, 0), target);

    QCOMPARE(p.canvas, target);
    QVERIFY(!p.destRect.isEmpty());
    QVERIFY2(canvas.contains(p.destRect), "destRect leaves the canvas");
    QVERIFY(p.sourceRect.left() >= region.left() - kEps &&
            p.sourceRect.right() <= region.right() + kEps);
    QVERIFY(p.sourceRect.top() >= region.top() - kEps &&
            p.sourceRect.bottom() <= region.bottom() + kEps);

    const double canvasAspect = double(target.width()) / target.height();
    switch (mode) {
    case FitMode::Cover: {
        QCOMPARE(p.destRect, canvas);
        // the kept region has the canvas's aspect, is as large as the crop allows, and centred
        QVERIFY(std::abs(p.sourceRect.width() / p.sourceRect.height() - canvasAspect) <
                1e-6 * canvasAspect);
        QVERIFY(std::abs(p.sourceRect.width() - region.width()) < kEps ||
                std::abs(p.sourceRect.height() - region.height()) < kEps);
        QVERIFY(std::abs(p.sourceRect.center().x() - region.center().x()) < kEps);
        QVERIFY(std::abs(p.sourceRect.center().y() - region.center().y()) < kEps);
        break;
    }
    case FitMode::Pad: {
        QCOMPARE(p.sourceRect, region);
        // one side fills the canvas; the other keeps the aspect, rounded, at least 1 px
        const bool wide = region.width() / region.height() >= canvasAspect;
        const int free = wide ? p.destRect.height() : p.destRect.width();
        const double exact = wide ? target.width() * region.height() / region.width()
                                  : target.height() * region.width() / region.height();
        QCOMPARE(wide ? p.destRect.width() : p.destRect.height(),
                 wide ? target.width() : target.height());
        QCOMPARE(free,
                 std::clamp(int(std::lround(exact)), 1, wide ? target.height() : target.width()));
        // centred; the odd pixel of bar goes right / below
        QCOMPARE(p.destRect.left(), (target.width() - p.destRect.width()) / 2);
        QCOMPARE(p.destRect.top(), (target.height() - p.destRect.height()) / 2);
        break;
    }
    case FitMode::Stretch:
        QCOMPARE(p.sourceRect, region);
        QCOMPARE(p.destRect, canvas);
        break;
    }
}

void TestFitPlacement::knownValues_data() {
    QTest::addColumn<QSize>("source");
    QTest::addColumn<CropBounds>("crop");
    QTest::addColumn<FitMode>("mode");
    QTest::addColumn<QSize>("target");
    QTest::addColumn<QRectF>("sourceRect");
    QTest::addColumn<QRect>("destRect");
    const CropBounds full;
    QTest::newRow("4:3 cover") << QSize(4000, 3000) << full << FitMode::Cover << QSize(1280, 720)
                               << QRectF(0, 375, 4000, 2250) << QRect(0, 0, 1280, 720);
    QTest::newRow("4:3 pad") << QSize(4000, 3000) << full << FitMode::Pad << QSize(1280, 720)
                             << QRectF(0, 0, 4000, 3000) << QRect(160, 0, 960, 720);
    QTest::newRow("portrait pad into landscape")
        << QSize(3000, 4000) << full << FitMode::Pad << QSize(1280, 720) << QRectF(0, 0, 3000, 4000)
        << QRect(370, 0, 540, 720);
    QTest::newRow("3000x200 pad") << QSize(3000, 200) << full << FitMode::Pad << QSize(1280, 720)
                                  << QRectF(0, 0, 3000, 200) << QRect(0, 317, 1280, 85);
    QTest::newRow("3000x200 cover")
        << QSize(3000, 200) << full << FitMode::Cover << QSize(1280, 720)
        << QRectF(1500 - 200 * 16.0 / 9 / 2, 0, 200 * 16.0 / 9, 200) << QRect(0, 0, 1280, 720);
    QTest::newRow("1x1 cover") << QSize(1, 1) << full << FitMode::Cover << QSize(1280, 720)
                               << QRectF(0, 0.5 - 0.28125, 1, 0.5625) << QRect(0, 0, 1280, 720);
    QTest::newRow("1x1 pad portrait") << QSize(1, 1) << full << FitMode::Pad << QSize(720, 1280)
                                      << QRectF(0, 0, 1, 1) << QRect(0, 280, 720, 720);
    QTest::newRow("65535x1 pad keeps a 1 px line")
        << QSize(65535, 1) << full << FitMode::Pad << QSize(1792, 1024) << QRectF(0, 0, 65535, 1)
        << QRect(0, 511, 1792, 1);
    QTest::newRow("crop then cover")
        << QSize(2000, 1000) << CropBounds{0.5, 0, 1, 1} << FitMode::Cover << QSize(1024, 1792)
        << QRectF(1500 - 1000 * 1024.0 / 1792 / 2, 0, 1000 * 1024.0 / 1792, 1000)
        << QRect(0, 0, 1024, 1792);
    QTest::newRow("crop then stretch")
        << QSize(2000, 1000) << CropBounds{0.25, 0.5, 0.75, 1} << FitMode::Stretch
        << QSize(1280, 720) << QRectF(500, 500, 1000, 500) << QRect(0, 0, 1280, 720);
}

void TestFitPlacement::knownValues() {
    QFETCH(QSize, source);
    QFETCH(CropBounds, crop);
    QFETCH(FitMode, mode);
    QFETCH(QSize, target);
    QFETCH(QRectF, sourceRect);
    QFETCH(QRect, destRect);
    const Placement p = fitPlacement(source, crop, mode, target);
    QCOMPARE(p.destRect, destRect);
    QVERIFY2(std::abs(p.sourceRect.x() - sourceRect.x()) < kEps &&
                 std::abs(p.sourceRect.y() - sourceRect.y()) < kEps &&
                 std::abs(p.sourceRect.width() - sourceRect.width()) < kEps &&
                 std::abs(p.sourceRect.height() - sourceRect.height()) < kEps,
             qPrintable(QStringLiteral("got %1,%2 %3x%4")
                            .arg(p.sourceRect.x())
                            .arg(p.sourceRect.y())
                            .arg(p.sourceRect.width())
                            .arg(p.sourceRect.height())));
}

void TestFitPlacement::invalidInputGivesEmptyPlacement() {
    QVERIFY(fitPlacement(QSize(0, 10), CropBounds{}, FitMode::Cover, QSize(1280, 720)).isEmpty());
    QVERIFY(fitPlacement(QSize(10, 10), CropBounds{0.5, 0, 0.5, 1}, FitMode::Pad, QSize(1280, 720))
                .isEmpty());
    QVERIFY(fitPlacement(QSize(10, 10), CropBounds{}, FitMode::Stretch, QSize()).isEmpty());
}

void TestFitPlacement::upscaleFactor() {
    const Placement small =
        fitPlacement(QSize(640, 360), CropBounds{}, FitMode::Cover, QSize(1280, 720));
    QCOMPARE(small.upscaleFactor(), 2.0);
    const Placement big =
        fitPlacement(QSize(5120, 2880), CropBounds{}, FitMode::Cover, QSize(1280, 720));
    QCOMPARE(big.upscaleFactor(), 0.25);
}

void TestFitPlacement::scaledForPreview_data() {
    QTest::addColumn<QSize>("source");
    QTest::addColumn<FitMode>("mode");
    QTest::addColumn<QSize>("preview");
    QTest::addColumn<QRect>("destRect");
    QTest::newRow("pad 4:3 at quarter size")
        << QSize(4000, 3000) << FitMode::Pad << QSize(320, 180) << QRect(40, 0, 240, 180);
    QTest::newRow("cover fills the preview")
        << QSize(4000, 3000) << FitMode::Cover << QSize(333, 187) << QRect(0, 0, 333, 187);
    QTest::newRow("thin pad line stays visible")
        << QSize(65535, 1) << FitMode::Pad << QSize(64, 36) << QRect(0, 18, 64, 1);
}

void TestFitPlacement::scaledForPreview() {
    QFETCH(QSize, source);
    QFETCH(FitMode, mode);
    QFETCH(QSize, preview);
    QFETCH(QRect, destRect);
    const Placement full = fitPlacement(source, {}, mode, QSize(1280, 720));
    const Placement small = scaledPlacement(full, preview);
    QCOMPARE(small.canvas, preview);
    QCOMPARE(small.sourceRect, full.sourceRect);
    QCOMPARE(small.destRect, destRect);
}

void TestFitPlacement::cropParsing_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("full") << "0,0,1,1" << true;
    QTest::newRow("spaces") << " 0.1, 0.2 ,0.9,0.8" << true;
    QTest::newRow("three values") << "0,0,1" << false;
    QTest::newRow("five values") << "0,0,1,1,1" << false;
    QTest::newRow("left == right") << "0.5,0,0.5,1" << false;
    QTest::newRow("right > 1") << "0,0,1.01,1" << false;
    QTest::newRow("negative") << "-0.1,0,1,1" << false;
    QTest::newRow("top > bottom") << "0,0.8,1,0.2" << false;
    QTest::newRow("not a number") << "a,0,1,1" << false;
    QTest::newRow("nan") << "nan,0,1,1" << false;
    QTest::newRow("inf") << "0,0,inf,1" << false;
    QTest::newRow("empty") << "" << false;
}

void TestFitPlacement::cropParsing() {
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QString error;
    const std::optional<CropBounds> crop = CropBounds::parse(text, &error);
    QCOMPARE(crop.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (crop) // round trip through the CLI's spelling
        QCOMPARE(CropBounds::parse(crop->toString()).value(), *crop);
}

QTEST_GUILESS_MAIN(TestFitPlacement)
#include "tst_fitplacement.moc"
