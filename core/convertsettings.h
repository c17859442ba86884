// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cropbounds.h"
#include "fitmode.h"
#include "imageencoder.h"

#include <QColor>
#include <QSize>
#include <QString>

#include <optional>

namespace framefit {

// Everything that decides the bytes of one prepared picture. The CLI's defaults.
struct ConvertSettings {
    QSize target{1280, 720};
    FitMode mode = FitMode::Cover;
    CropBounds crop;
    QColor background{Qt::black};
    ImageFormat format = ImageFormat::Jpeg;
    int quality = 95;
};

// "<input stem>_sora_<W>x<H>.<ext>", e.g. "beach_sora_1280x720.jpg".
QString outputFileName(const QString& inputPath, QSize target, ImageFormat format);

// True for names outputFileName() produces, so folder scans skip earlier outputs.
bool isFrameFitOutputName(const QString& fileName);

} // namespace framefit

namespace framefit {

// Parses "#RRGGBB" (case-insensitive); nullopt for anything else.
std::optional<QColor> parseHexColour(QStringView text);

} // namespace framefit
