// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/convertsettings.h"
#include "core/cropbounds.h"
#include "core/fitmode.h"

#include <QCoreApplication>
#include <QList>
#include <QSize>
#include <QString>

#include <optional>

namespace framefit {

// Which size of the chosen pair (1280x720 / 720x1280, ...) a picture gets.
enum class BatchOrientation {
    Auto,      // the picture's own upright shape decides: taller than wide -> portrait
    Landscape, // always the wide size of the pair
    Portrait,  // always the tall size of the pair
};

// What a run does when a picture's output file already exists.
enum class ExistingOutput {
    Overwrite, // replace it (atomically)
    Skip,      // leave it and count the picture as skipped
    Rename,    // write "<name> (2).<ext>", "<name> (3).<ext>", ... beside it
};

enum class BatchItemState { Pending, Running, Done, Failed, Skipped };

using BatchItemId = quint64;

// One picture of a batch: where it comes from, how it differs from the batch defaults, and what
// the last run made of it.
struct BatchItem {
    BatchItemId id = 0; // stable while the item lives, unlike its row
    QString input;
    std::optional<CropBounds> crop; // per-picture crop; nullopt: the whole picture
    std::optional<FitMode> mode;    // per-picture mode; nullopt: the batch's mode
    BatchOrientation orientation = BatchOrientation::Auto;
    QSize uprightSize; // from the header once known; lets outputs be named before a run

    BatchItemState state = BatchItemState::Pending;
    QString output; // Done: the file written; Skipped: the existing file left alone
    QString error;  // Failed: why, in words

    bool edited() const { return crop.has_value() || mode.has_value(); }
};

// The batch-wide defaults every picture starts from.
struct BatchSettings {
    ConvertSettings picture; // target: either size of the pair; crop: unused (per picture)
    QString outputDir;       // empty: beside each input
    QString namePattern;     // empty: defaultNamePattern()
    ExistingOutput existing = ExistingOutput::Skip;
};

struct BatchSummary {
    int converted = 0;
    int failed = 0;
    int skipped = 0;
    int notRun = 0; // still pending, e.g. after Cancel
};

// "{stem}_sora_{w}x{h}.{ext}": the same names as framefit-cli convert.
QString defaultNamePattern();

// Why `pattern` cannot name outputs (empty when it can): it must not be empty, must not hold a
// folder separator and may only use {stem}, {w}, {h} and {ext}.
QString namePatternProblem(const QString& pattern);

// The output file name for `input` under `pattern` (empty pattern: the default).
QString expandNamePattern(const QString& pattern, const QString& input, QSize target,
                          ImageFormat format);

// The size of `chosen`'s pair that `orientation` picks for a picture of `uprightSource`
// (an unknown size counts as landscape). Sizes that are not Sora targets are returned as given.
QSize orientedTarget(QSize chosen, BatchOrientation orientation, QSize uprightSource);

// The settings `item` is converted with: the defaults, its overrides, its oriented target.
// `uprightSource` overrides item.uprightSize when valid.
ConvertSettings itemSettings(const BatchSettings& settings, const BatchItem& item,
                             QSize uprightSource = {});

// Where `item`'s output goes, before any renaming for an existing file.
QString plannedOutputPath(const BatchSettings& settings, const BatchItem& item,
                          QSize uprightSource = {});

// "<dir>/<base> (n).<ext>" for "<dir>/<base>.<ext>", n >= 2.
QString numberedPath(const QString& path, int n);

QString batchItemStateName(BatchItemState state); // translated: "Waiting", "Converting", ...

} // namespace framefit
