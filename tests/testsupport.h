// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test data made at test time: every picture the tests read is generated here, so the suite
// needs no binary fixtures and each file's content is known exactly.

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QString>

namespace framefit::test {

// Four solid quadrants: red (top left), green (top right), blue (bottom left), white (bottom
// right). Orientation and cropping mistakes show up as colours in the wrong place.
QImage quadrants(QSize size);
// Detailed content (edges, fine sinusoids, smooth ramps) for resampling comparisons.
QImage detailed(QSize size);

QByteArray encodeWithQt(const QImage& image, const char* format, int quality = -1);
// A JPEG with a segment (APPn marker, payload) inserted right after SOI.
QByteArray withJpegSegment(const QByteArray& jpeg, int marker, const QByteArray& payload);
// An "Exif\0\0" APP1 payload holding only IFD0's Orientation tag.
QByteArray exifOrientationPayload(int orientation, bool littleEndian = false);
// An APP2 payload carrying `icc` as the ICC_PROFILE of a JPEG.
QByteArray iccPayload(const QByteArray& icc);
// A linear-gamma (gamma 1.0) RGB profile with sRGB primaries, from Little CMS.
QByteArray linearRgbProfile();
// A grey profile with gamma 1.0.
QByteArray linearGreyProfile();
// A CMYK JPEG (Adobe marker, inverted values as Adobe writes them) of one ink colour.
QByteArray cmykJpeg(QSize size, int c, int m, int y, int k);
// A 1-bit greyscale PNG of w x h zero pixels: a few kilobytes that claim w*h pixels.
QByteArray pngBomb(int width, int height);
// A small JPEG whose frame header claims to be width x height.
QByteArray jpegClaiming(int width, int height);
// A small progressive JPEG whose frame header claims to be width x height.
QByteArray progressiveJpegClaiming(int width, int height);
// A two-frame 1x1 GIF: red first, blue second.
QByteArray animatedGif();
// WebP encodings of `image` (RGBA kept when it has alpha).
QByteArray webp(const QImage& image, bool lossless = false, int quality = 90);
// A two-frame animated WebP: `first` then a solid blue frame of the same size.
QByteArray animatedWebp(const QImage& first);

bool writeFile(const QString& path, const QByteArray& bytes);
QByteArray readFile(const QString& path);

// PSNR over R, G and B of two images of the same size (99 when identical).
double psnr(const QImage& a, const QImage& b);
// The colour at a point, as RGB.
QColor colourAt(const QImage& image, int x, int y);
// True when the channels of a and b differ by at most `tolerance`.
bool near(const QColor& a, const QColor& b, int tolerance = 12);

} // namespace framefit::test
