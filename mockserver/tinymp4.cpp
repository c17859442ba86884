// SPDX-License-Identifier: GPL-3.0-or-later
#include "tinymp4.h"

#include <QtEndian>

namespace framefit::mock {

namespace {
QByteArray be32(quint32 v) {
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}
QByteArray be16(quint16 v) {
    QByteArray b(2, '\0');
    qToBigEndian(v, b.data());
    return b;
}
QByteArray box(const char* type, const QByteArray& payload) {
    return be32(quint32(8 + payload.size())) + QByteArray(type, 4) + payload;
}
} // namespace

QByteArray tinyMp4(quint32 seed) {
    const QByteArray ftyp = box("ftyp", QByteArray("isom") + be32(0x200) + "isomiso2mp41");
    QByteArray mvhd = be32(0); // version 0, flags 0
    mvhd += be32(0) + be32(0); // creation, modification time
    mvhd += be32(1000);        // timescale: ms
    mvhd += be32(4000);        // duration: 4 s, as the default "seconds"
    mvhd += be32(0x00010000);  // rate 1.0
    mvhd += be16(0x0100);      // volume 1.0
    mvhd += QByteArray(10, '\0');
    for (quint32 m : {0x00010000u, 0u, 0u, 0u, 0x00010000u, 0u, 0u, 0u, 0x40000000u})
        mvhd += be32(m);          // identity matrix
    mvhd += QByteArray(24, '\0'); // pre_defined
    mvhd += be32(1);              // next track id
    const QByteArray moov = box("moov", box("mvhd", mvhd));
    QByteArray payload;
    quint32 x = seed * 2654435761u + 1;
    for (int i = 0; i < 2048; ++i) {
        x = x * 1664525u + 1013904223u;
        payload += char(x >> 24);
    }
    return ftyp + moov + box("mdat", payload);
}

} // namespace framefit::mock
