// SPDX-License-Identifier: GPL-3.0-or-later
#include "framerenderer.h"

#include <algorithm>
#include <cstring>

namespace framefit {

namespace {

// How much larger than the destination a reduced decode stays before the final Lanczos step.
// Measured on the bench corpus (docs/benchmarks.md: cover, mean PSNR against a full-decode
// Lanczos reference, corpus CPU): 2.0 -> 45.3 dB; 1.5 -> 45.1 dB, about 10 % less CPU;
// 1.25 -> 44.7 dB, 10 % less again; 1.0 -> 43.8 dB, 8 % less again.
constexpr double kDecodeMargin = 1.25;

} // namespace

double decodeScaleFor(const Placement& placement) {
    if (placement.isEmpty())
        return 1.0;
    return std::min(1.0, kDecodeMargin *
                             std::max(placement.destRect.width() / placement.sourceRect.width(),
                                      placement.destRect.height() / placement.sourceRect.height()));
}

QRectF decodeRegionFor(const Placement& placement) {
    if (placement.isEmpty())
        return {};
    // Full-resolution source pixels per output pixel, and per decoded pixel at the coarsest
    // decode the loader may pick: the kernel reaches 3 of the larger, plus rounding.
    const double perOutput = std::max(placement.sourceRect.width() / placement.destRect.width(),
                                      placement.sourceRect.height() / placement.destRect.height());
    const double perDecoded = 1.0 / decodeScaleFor(placement);
    const double margin = 4.0 * std::max(perOutput, perDecoded) + perDecoded;
    return placement.sourceRect.adjusted(-margin, -margin, margin, margin);
}

QImage flattenOnto(const QImage& image, const QColor& background) {
    if (!image.hasAlphaChannel())
        return image.format() == QImage::Format_RGB888
                   ? image
                   : image.convertToFormat(QImage::Format_RGB888);
    const QImage rgba = image.convertToFormat(QImage::Format_RGBA8888);
    QImage out(rgba.size(), QImage::Format_RGB888);
    const int bg[3] = {background.red(), background.green(), background.blue()};
    for (int y = 0; y < rgba.height(); ++y) {
        const uchar* s = rgba.constScanLine(y);
        uchar* d = out.scanLine(y);
        for (int x = 0; x < rgba.width(); ++x, s += 4, d += 3) {
            const int a = s[3];
            for (int c = 0; c < 3; ++c)
                d[c] = uchar((s[c] * a + bg[c] * (255 - a) + 127) / 255);
        }
    }
    return out;
}

QImage renderFrame(const DecodedImage& source, const Placement& placement, const QColor& background,
                   Threads threads) {
    QImage canvas(placement.canvas, QImage::Format_RGB888);
    if (canvas.isNull())
        return {};
    const QRect whole(QPoint(0, 0), placement.canvas);
    if (placement.destRect != whole)
        canvas.fill(background.rgb());
    if (placement.isEmpty() || source.image.isNull())
        return canvas;

    const QImage pixels = flattenOnto(source.image, background);
    const QRectF scaled(placement.sourceRect.topLeft() * source.scale,
                        placement.sourceRect.size() * source.scale);
    // A reduced decode is rounded up to whole pixels, and a region decode holds only part of
    // the picture (at `offset`): never read past its edge.
    const QRectF held(QPointF(source.offset), QSizeF(pixels.size()));
    const QRectF inside = scaled.intersected(held);
    const QImage drawn =
        resampleLanczos3(pixels, (inside.isEmpty() ? scaled : inside).translated(-held.topLeft()),
                         placement.destRect.size(), threads);
    if (drawn.isNull())
        return {};
    if (placement.destRect == whole)
        return drawn;
    const int rowBytes = drawn.width() * 3;
    for (int y = 0; y < drawn.height(); ++y) {
        std::memcpy(canvas.scanLine(placement.destRect.top() + y) + placement.destRect.left() * 3,
                    drawn.constScanLine(y), size_t(rowBytes));
    }
    return canvas;
}

} // namespace framefit
