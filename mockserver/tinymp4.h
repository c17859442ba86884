// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace framefit::mock {

// A small playable MP4 built box by box, without ffmpeg: one 64x48 H.264 Baseline picture
// (all I_PCM macroblocks, so no transform coding is needed) shown for 4 seconds, in an ISO base
// media file with ftyp, moov (one avc1 video track) and mdat. About 5 KB. `seed` tints the
// picture so two jobs serve different bytes.
QByteArray tinyMp4(quint32 seed);

} // namespace framefit::mock
