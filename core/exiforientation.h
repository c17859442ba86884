// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QRect>
#include <QSize>

namespace framefit {

// Reads the Orientation tag (0x0112) of IFD0 from a TIFF-structured EXIF block (what follows
// "Exif\0\0" in a JPEG APP1 segment, or a WebP/PNG EXIF chunk; a leading "Exif\0\0" is skipped).
// Returns 1..8, or 1 when the tag is absent or the block is malformed: a broken EXIF block must
// never stop an otherwise good picture from loading.
int exifOrientation(const QByteArray& exif);

// True for the orientations (5..8) that swap width and height.
inline bool orientationSwapsAxes(int orientation) {
    return orientation >= 5 && orientation <= 8;
}

inline QSize uprightSize(QSize stored, int orientation) {
    return orientationSwapsAxes(orientation) ? stored.transposed() : stored;
}

// Maps a rectangle of the upright picture to the stored (pre-orientation) pixels it comes from,
// and back; `stored` is the stored size. Lets a decoder read only the stored part a crop needs.
QRect uprightToStoredRect(const QRect& upright, QSize stored, int orientation);
QRect storedToUprightRect(const QRect& storedRect, QSize stored, int orientation);

// Returns `image` turned upright as EXIF orientation `orientation` asks (1 returns it as is).
QImage applyOrientation(const QImage& image, int orientation);

} // namespace framefit
