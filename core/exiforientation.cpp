// SPDX-License-Identifier: GPL-3.0-or-later
#include "exiforientation.h"

#include <QTransform>

namespace framefit {

int exifOrientation(const QByteArray& block) {
    QByteArray exif = block;
    if (exif.startsWith(QByteArrayLiteral("Exif\0\0")))
        exif.remove(0, 6);
    if (exif.size() < 8)
        return 1;
    const auto* d = reinterpret_cast<const uchar*>(exif.constData());
    const qsizetype n = exif.size();
    bool little = false;
    if (d[0] == 'I' && d[1] == 'I')
        little = true;
    else if (!(d[0] == 'M' && d[1] == 'M'))
        return 1;
    const auto u16 = [&](qsizetype at) -> quint32 {
        return little ? quint32(d[at] | d[at + 1] << 8) : quint32(d[at] << 8 | d[at + 1]);
    };
    const auto u32 = [&](qsizetype at) -> quint32 {
        return little ? quint32(u16(at) | u16(at + 2) << 16) : quint32(u16(at) << 16 | u16(at + 2));
    };
    if (u16(2) != 42)
        return 1;
    const qsizetype ifd = u32(4);
    if (ifd < 8 || ifd + 2 > n)
        return 1;
    const quint32 entries = u16(ifd);
    for (quint32 i = 0; i < entries; ++i) {
        const qsizetype entry = ifd + 2 + qsizetype(i) * 12;
        if (entry + 12 > n)
            break;
        if (u16(entry) == 0x0112 && u16(entry + 2) == 3 /* SHORT */) {
            const quint32 value = u16(entry + 8);
            return (value >= 1 && value <= 8) ? int(value) : 1;
        }
    }
    return 1;
}

QRect uprightToStoredRect(const QRect& u, QSize stored, int orientation) {
    const int w = stored.width();
    const int h = stored.height();
    switch (orientation) {
    case 2:
        return {w - u.x() - u.width(), u.y(), u.width(), u.height()};
    case 3:
        return {w - u.x() - u.width(), h - u.y() - u.height(), u.width(), u.height()};
    case 4:
        return {u.x(), h - u.y() - u.height(), u.width(), u.height()};
    case 5:
        return {u.y(), u.x(), u.height(), u.width()};
    case 6:
        return {u.y(), h - u.x() - u.width(), u.height(), u.width()};
    case 7:
        return {w - u.y() - u.height(), h - u.x() - u.width(), u.height(), u.width()};
    case 8:
        return {w - u.y() - u.height(), u.x(), u.height(), u.width()};
    default:
        return u;
    }
}

QRect storedToUprightRect(const QRect& s, QSize stored, int orientation) {
    const int w = stored.width();
    const int h = stored.height();
    switch (orientation) {
    case 2:
        return {w - s.x() - s.width(), s.y(), s.width(), s.height()};
    case 3:
        return {w - s.x() - s.width(), h - s.y() - s.height(), s.width(), s.height()};
    case 4:
        return {s.x(), h - s.y() - s.height(), s.width(), s.height()};
    case 5:
        return {s.y(), s.x(), s.height(), s.width()};
    case 6:
        return {h - s.y() - s.height(), s.x(), s.height(), s.width()};
    case 7:
        return {h - s.y() - s.height(), w - s.x() - s.width(), s.height(), s.width()};
    case 8:
        return {s.y(), w - s.x() - s.width(), s.height(), s.width()};
    default:
        return s;
    }
}

QImage applyOrientation(const QImage& image, int orientation) {
    const auto rotated = [&image](int degrees) {
        return image.transformed(QTransform().rotate(degrees));
    };
    switch (orientation) {
    case 2:
        return image.mirrored(true, false);
    case 3:
        return image.mirrored(true, true);
    case 4:
        return image.mirrored(false, true);
    case 5: // transpose
        return rotated(90).mirrored(true, false);
    case 6:
        return rotated(90);
    case 7: // transverse
        return rotated(90).mirrored(false, true);
    case 8:
        return rotated(270);
    default:
        return image;
    }
}

} // namespace framefit
