// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fitplacement.h"
#include "imageloader.h"
#include "lanczos.h"

#include <QColor>
#include <QImage>

namespace framefit {

// The decode scale a placement needs: the smallest fraction of full resolution that still keeps
// a 1.25x margin over the destination before the final Lanczos step (shrinking straight from a
// barely larger decode costs sharpness; the cost of each margin is in docs/benchmarks.md), at
// most 1.
double decodeScaleFor(const Placement& placement);

// The part of the full-resolution upright source renderFrame reads for `placement` (the source
// rectangle plus the Lanczos support around it, at any decode scale >= decodeScaleFor), for
// ImageLoader::decode to skip the rest.
QRectF decodeRegionFor(const Placement& placement);

// Draws `placement` of `source` onto a frame: returns an image of exactly placement.canvas,
// Format_RGB888, `background` outside destRect, and inside it placement.sourceRect resampled
// with Lanczos-3. Transparency is composited onto `background` first. `source` may be a reduced
// decode: its `scale` maps the placement's full-resolution coordinates onto its pixels.
QImage renderFrame(const DecodedImage& source, const Placement& placement, const QColor& background,
                   Threads threads = Threads::Single);

// `image` composited onto `background`, as Format_RGB888 (opaque images are only converted).
QImage flattenOnto(const QImage& image, const QColor& background);

} // namespace framefit
