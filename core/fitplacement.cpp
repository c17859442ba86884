// SPDX-License-Identifier: GPL-3.0-or-later
#include "fitplacement.h"

#include <algorithm>
#include <cmath>

namespace framefit {

double Placement::upscaleFactor() const {
    if (isEmpty())
        return 1.0;
    return std::max(destRect.width() / sourceRect.width(), destRect.height() / sourceRect.height());
}

Placement fitPlacement(QSize source, const CropBounds& crop, FitMode mode, QSize canvas) {
    Placement placement;
    placement.canvas = canvas;
    if (source.isEmpty() || canvas.isEmpty() || !crop.isValid())
        return placement;

    const QRectF region = crop.toRect(QSizeF(source));
    const double canvasAspect = double(canvas.width()) / canvas.height();
    const double regionAspect = region.width() / region.height();

    switch (mode) {
    case FitMode::Stretch:
        placement.sourceRect = region;
        placement.destRect = QRect(QPoint(0, 0), canvas);
        break;
    case FitMode::Cover: {
        QRectF kept = region;
        if (regionAspect > canvasAspect)
            kept.setWidth(region.height() * canvasAspect);
        else if (regionAspect < canvasAspect)
            kept.setHeight(region.width() / canvasAspect);
        kept.moveCenter(region.center());
        placement.sourceRect = kept;
        placement.destRect = QRect(QPoint(0, 0), canvas);
        break;
    }
    case FitMode::Pad: {
        QSize fitted = canvas;
        // Only the side that is not pinned to the canvas is rounded; a 1 px minimum keeps a
        // 3000x1 sliver visible instead of vanishing.
        if (regionAspect > canvasAspect) {
            const int h = int(std::lround(canvas.width() / regionAspect));
            fitted.setHeight(std::clamp(h, 1, canvas.height()));
        } else if (regionAspect < canvasAspect) {
            const int w = int(std::lround(canvas.height() * regionAspect));
            fitted.setWidth(std::clamp(w, 1, canvas.width()));
        }
        const QPoint offset((canvas.width() - fitted.width()) / 2,
                            (canvas.height() - fitted.height()) / 2);
        placement.sourceRect = region;
        placement.destRect = QRect(offset, fitted);
        break;
    }
    }
    return placement;
}

Placement scaledPlacement(const Placement& placement, QSize canvas) {
    Placement scaled = placement;
    scaled.canvas = canvas;
    if (placement.canvas.isEmpty() || canvas.isEmpty())
        return scaled;
    const double sx = double(canvas.width()) / placement.canvas.width();
    const double sy = double(canvas.height()) / placement.canvas.height();
    const QRectF dest(placement.destRect.x() * sx, placement.destRect.y() * sy,
                      placement.destRect.width() * sx, placement.destRect.height() * sy);
    // Each edge to the nearest pixel, as the full-size frame's edges land when it is shrunk; a
    // region thinner than a pixel still gets one.
    const int left = int(std::lround(dest.left()));
    const int top = int(std::lround(dest.top()));
    QRect rounded(QPoint(left, top),
                  QPoint(std::max(left + 1, int(std::lround(dest.right()))) - 1,
                         std::max(top + 1, int(std::lround(dest.bottom()))) - 1));
    rounded = rounded.intersected(QRect(QPoint(0, 0), canvas));
    if (rounded.isEmpty())
        rounded =
            QRect(QPoint(std::min(left, canvas.width() - 1), std::min(top, canvas.height() - 1)),
                  QSize(1, 1));
    scaled.destRect = rounded;
    return scaled;
}

} // namespace framefit
