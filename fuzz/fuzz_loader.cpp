// SPDX-License-Identifier: GPL-3.0-or-later
// Arbitrary bytes through everything a dropped file goes through: header, decode at a scale,
// placement, render and encode. Any crash, hang, leak or undefined behaviour is a bug.
#include "core/converter.h"
#include "core/fitplacement.h"
#include "core/framerenderer.h"
#include "core/imageencoder.h"
#include "core/imageloader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace framefit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 2)
        return 0;
    // The first byte picks the decode scale and the mode; the rest is the file.
    const uint8_t control = data[0];
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    LoadLimits limits;
    limits.maxDecodedPixels = 1'000'000; // keep each run small; the limit itself is under test
    ImageLoader loader(bytes, limits);
    if (loader.hasError())
        return 0;
    const double minScale = 1.0 / (1 + (control & 7));
    const FitMode mode = static_cast<FitMode>((control >> 3) % 3);
    const std::optional<DecodedImage> decoded = loader.decode(minScale);
    if (!decoded)
        return 0;
    const Placement placement =
        fitPlacement(decoded->uprightSize, {0.1, 0.05, 0.9, 1.0}, mode, QSize(64, 36));
    const QImage frame = renderFrame(*decoded, placement, Qt::darkGray);
    if (frame.size() != QSize(64, 36))
        __builtin_trap(); // the one promise every output keeps
    (void)encodeImage(frame, static_cast<ImageFormat>((control >> 5) % 3), 80);
    return 0;
}
