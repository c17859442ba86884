// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cropbounds.h"
#include "fitmode.h"

#include <QRect>
#include <QRectF>
#include <QSize>

namespace framefit {

// Where pixels go: the part of the source that is drawn, and where on the canvas it lands.
// Everything outside `destRect` on the canvas is background.
struct Placement {
    QSize canvas;      // the output frame, e.g. 1280x720
    QRectF sourceRect; // in upright, full-resolution source pixels; sub-pixel
    QRect destRect;    // in canvas pixels, whole pixels, inside the canvas

    // How much the source is enlarged: > 1 means the output invents detail.
    double upscaleFactor() const;
    bool isEmpty() const { return destRect.isEmpty() || sourceRect.isEmpty(); }
};

// The one function that decides what pixels go where, for the preview, the export, the batch
// and the bytes sent to the API alike.
//
// `source` is the upright (EXIF orientation applied), full-resolution size: never a reduced
// decode's size, so every decode scale places the same region. `crop` must be valid.
//
// Invariants: destRect lies inside the canvas and has at least 1x1 pixel; sourceRect lies inside
// crop.toRect(source).
//  - Cover: destRect is the whole canvas; sourceRect is the largest centred region of the crop
//    with the canvas's aspect ratio.
//  - Pad: sourceRect is the whole crop; destRect keeps the crop's aspect, with the scaled side
//    rounded to the nearest pixel, and is centred with the odd pixel of bar going right / below
//    (offset = floor(spare / 2)).
//  - Stretch: sourceRect is the whole crop, destRect the whole canvas.
Placement fitPlacement(QSize source, const CropBounds& crop, FitMode mode, QSize canvas);

// The same placement drawn on a smaller (or larger) canvas, for previews: sourceRect is kept,
// destRect is scaled to the new canvas with each edge rounded to the nearest pixel (at least
// 1x1, inside `canvas`), so a preview shows exactly the region the output will show.
Placement scaledPlacement(const Placement& placement, QSize canvas);

} // namespace framefit
