// SPDX-License-Identifier: GPL-3.0-or-later
// The parsers behind -s, -m, -c, -b, -f: any text in, either a clean refusal or a value that
// keeps its invariants.
#include "core/convertsettings.h"
#include "core/cropbounds.h"
#include "core/fitmode.h"
#include "core/fitplacement.h"
#include "core/imageencoder.h"
#include "core/targets.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace framefit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    if (const auto crop = CropBounds::parse(text, &error)) {
        if (!crop->isValid() || !error.isEmpty())
            __builtin_trap();
        const auto again = CropBounds::parse(crop->toString());
        if (!again || !(*again == *crop))
            __builtin_trap(); // what toString() writes must read back the same
        const Placement p = fitPlacement(QSize(4000, 3000), *crop, FitMode::Pad, QSize(1280, 720));
        if (p.destRect.isEmpty() || !QRect(0, 0, 1280, 720).contains(p.destRect))
            __builtin_trap();
    } else if (error.isEmpty()) {
        __builtin_trap(); // a refusal always says why
    }
    if (const auto target = parseTargetSize(text)) {
        if (modelsAccepting(*target).isEmpty())
            __builtin_trap();
    }
    if (const auto colour = parseHexColour(text)) {
        if (!colour->isValid() || colour->name().compare(text, Qt::CaseInsensitive) != 0)
            __builtin_trap();
    }
    (void)parseFitMode(text);
    (void)parseImageFormat(text);
    return 0;
}
