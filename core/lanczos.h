// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QRectF>
#include <QSize>

namespace framefit {

enum class Threads { Single, All };

// Resamples the sub-pixel region `sourceRect` of `source` to exactly `outSize` with a separable
// Lanczos-3 (windowed sinc, a = 3) filter. When shrinking, the kernel is widened by the scale
// factor so it also low-pass filters (antialiasing): the same family as Pillow's Image.LANCZOS.
// Weights are precomputed once per axis in 14-bit fixed point; taps that fall outside the image
// are dropped and the rest renormalised, so edges do not darken.
//
// `source` must be Format_RGB888; the result is Format_RGB888 of exactly `outSize`, or a null
// image when `outSize` or `sourceRect` is empty. Threads::All splits rows over the global pool.
QImage resampleLanczos3(const QImage& source, const QRectF& sourceRect, QSize outSize,
                        Threads threads = Threads::Single);

} // namespace framefit
