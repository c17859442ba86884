// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace framefit {

// How the crop region is fitted into the target frame.
enum class FitMode {
    Cover,   // scale to fill the frame, centre-crop what overflows
    Pad,     // scale to fit inside the frame, centred on background bars
    Stretch, // scale each axis on its own to fill the frame exactly (distorts)
};

QString fitModeName(FitMode mode); // "cover", "pad", "stretch": the CLI's spelling
std::optional<FitMode> parseFitMode(QStringView text);

} // namespace framefit
