// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace framefit::mock {

// A small, well-formed ISO base media (MP4) file built box by box: ftyp, moov with a movie
// header and mdat. It has the structure players and `file` recognise but no decodable video
// track; it stands in for the server's MP4 so downloads can be compared byte for byte without
// shipping ffmpeg. `seed` changes the payload so two jobs serve different bytes.
QByteArray tinyMp4(quint32 seed);

} // namespace framefit::mock
