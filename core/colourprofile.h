// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>

namespace framefit {

// Layouts of decoded pixels that may carry an embedded ICC profile.
enum class PixelLayout { Rgb, Rgba, Grey, Cmyk, CmykInverted /* Adobe-style JPEG CMYK */ };

// True when `icc` is empty or maps RGB to sRGB unchanged (within one level), so no conversion
// is needed. Cameras and editors embed sRGB profiles in most photos; converting through them
// costs time and changes nothing.
bool isSrgbProfile(const QByteArray& icc);

// Converts `rows` x `width` pixels of `layout` (stride `inStride`) into `out`, which must be
// Format_RGB888 (for Rgb, Grey, Cmyk*) or Format_RGBA8888 (for Rgba, alpha copied through), of
// the same size. With an empty or unusable profile, uses the plain conversion (assumes sRGB;
// naive CMYK). Returns false if the profile was present but unusable.
bool convertToSrgb(const uchar* in, qsizetype inStride, PixelLayout layout, const QByteArray& icc,
                   QImage& out);

} // namespace framefit
