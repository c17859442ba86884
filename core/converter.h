// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atomicwrite.h"
#include "budgetedscheduler.h"
#include "convertsettings.h"
#include "imageloader.h"
#include "lanczos.h"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>

namespace framefit {

// Loads, places and renders: returns the frame of exactly settings.target (Format_RGB888), or
// nullopt with `error` in words. Decodes only at the resolution the placement needs. With a
// `lease` (see conversionMemoryEstimate()), gives back the decode's working memory once the
// pixels are out.
std::optional<QImage> renderPrepared(ImageLoader& loader, const ConvertSettings& settings,
                                     Threads threads, QString* error,
                                     BudgetedScheduler::Lease* lease = nullptr);

// renderPrepared() and then encodeImage(): the exact bytes FrameFit writes or uploads.
std::optional<QByteArray> prepareImage(ImageLoader& loader, const ConvertSettings& settings,
                                       Threads threads, QString* error,
                                       BudgetedScheduler::Lease* lease = nullptr);

// The most memory converting the loaded picture holds at once: the file and the decoded pixels,
// with the decode's working memory (a progressive JPEG's coefficients) while decoding, and with
// the frame and its encoding after.
qint64 conversionMemoryEstimate(const ImageLoader& loader, const ConvertSettings& settings);

struct ConvertResult {
    QString input;
    QString output; // empty when nothing was written
    bool ok = false;
    QString error; // the reason, in words, when !ok
    QSize size;    // of the output
};

// What the pictures a batch converts at once may hold together (conversionMemoryEstimate()).
// With the ~20 MB a framefit-cli process needs anyway, a 2-worker batch of the bench corpus
// three times over peaked at 137-138 MB in eight runs (goal: 150); its 16.8 MP progressive JPEG
// needs ~114 MB while decoding and so decodes alone. 112 MB was no faster and peaked at
// 137-151 MB, as more pairs of big pictures met.
inline constexpr qint64 kBatchMemoryBudget = qint64(100) << 20;

// Converts one file to `output`. Never modifies the input; writes atomically.
ConvertResult convertFile(const QString& input, const QString& output,
                          const ConvertSettings& settings, ExistingFile existing,
                          Threads threads = Threads::Single);

// convertFile() for a picture already loaded (ImageLoader::fromFile(input)), holding `lease`
// of a batch's memory budget.
ConvertResult convertLoaded(ImageLoader& loader, const QString& input, const QString& output,
                            const ConvertSettings& settings, ExistingFile existing, Threads threads,
                            BudgetedScheduler::Lease* lease);

} // namespace framefit
