// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atomicwrite.h"
#include "convertsettings.h"
#include "imageloader.h"
#include "lanczos.h"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>

namespace framefit {

// Loads, places and renders: returns the frame of exactly settings.target (Format_RGB888), or
// nullopt with `error` in words. Decodes only at the resolution the placement needs.
std::optional<QImage> renderPrepared(ImageLoader& loader, const ConvertSettings& settings,
                                     Threads threads, QString* error);

// renderPrepared() and then encodeImage(): the exact bytes FrameFit writes or uploads.
std::optional<QByteArray> prepareImage(ImageLoader& loader, const ConvertSettings& settings,
                                       Threads threads, QString* error);

struct ConvertResult {
    QString input;
    QString output; // empty when nothing was written
    bool ok = false;
    QString error; // the reason, in words, when !ok
    QSize size;    // of the output
};

// Converts one file to `output`. Never modifies the input; writes atomically.
ConvertResult convertFile(const QString& input, const QString& output,
                          const ConvertSettings& settings, ExistingFile existing,
                          Threads threads = Threads::Single);

} // namespace framefit
