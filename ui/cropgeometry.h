// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>
#include <QRectF>
#include <QSizeF>

namespace framefit {

// The parts of the crop rectangle a pointer can hold: edges combine into corners.
enum class CropHandle : unsigned {
    None = 0,
    Left = 1,
    Top = 2,
    Right = 4,
    Bottom = 8,
    Body = 16,
};
Q_DECLARE_FLAGS(CropHandles, CropHandle)
Q_DECLARE_OPERATORS_FOR_FLAGS(CropHandles)

// The crop rectangle's editing rules, in upright source pixels, free of widgets so they are
// tested on their own. `aspect` is width / height to keep, or 0 for a free rectangle. Every
// result lies inside `bounds` (the image) and is at least `minSize` on each side.

// Moves `handles` of `start` by `delta`. With an aspect: a corner keeps the opposite corner
// fixed, an edge keeps the opposite edge and the centre line, and the rectangle never leaves
// the image.
QRectF dragCrop(const QRectF& start, CropHandles handles, QPointF delta, QSizeF bounds,
                double aspect, double minSize);

// The largest centred rectangle with `aspect` inside `bounds` (all of it when aspect is 0).
QRectF defaultCrop(QSizeF bounds, double aspect);

// `rect` changed to `aspect` around its centre, as large as it can stay inside `bounds`
// without growing past its own area: used when the lock is switched on or the target changes.
QRectF fitToAspect(const QRectF& rect, QSizeF bounds, double aspect);

} // namespace framefit
