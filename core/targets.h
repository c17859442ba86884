// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace framefit {

// One video size the Sora 2 API renders, and the models that accept it.
struct TargetSize {
    QSize size;
    bool sora2;    // accepted by "sora-2"
    bool sora2Pro; // accepted by "sora-2-pro"
};

// The four sizes of the Sora 2 Videos API, landscape before portrait in each pair. This is the
// single table every part of FrameFit (CLI, GUI pickers, submit validation) reads.
std::span<const TargetSize> targetSizes();

// Parses "1280x720" (also "1280X720"); nullopt unless it is one of targetSizes().
std::optional<QSize> parseTargetSize(QStringView text);

QString sizeToString(QSize size); // "1280x720"

// "1280x720, 720x1280, 1792x1024, 1024x1792": for usage errors and help text.
QString targetSizeList();

// The preset model names, in the order the GUI offers them.
QStringList knownModels();

// True when `model` is known and accepts `size`, or when `model` is not one of knownModels():
// compatible servers name their own models, and only the server can judge those.
bool modelAcceptsSize(const QString& model, QSize size);

// Known models that accept `size` ("sora-2, sora-2-pro").
QStringList modelsAccepting(QSize size);

// The other size of the same pair (1280x720 <-> 720x1280); `size` itself if it is not a target.
QSize rotatedTarget(QSize size);

} // namespace framefit
