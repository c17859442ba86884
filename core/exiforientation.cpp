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
