// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace framefit {

enum class ExistingFile { Keep, Replace };

// Writes `bytes` to `path` so that `path` only ever holds a complete file: the data goes to a
// hidden temporary file beside it, is flushed to disk (fsync), then renamed into place in one
// step, as QSaveFile does; a replaced file keeps its permissions. With
// ExistingFile::Keep an existing `path` is never touched, even if another program creates it
// while we write (the final rename refuses to replace). Returns false with `error` in words.
bool writeFileAtomically(const QString& path, const QByteArray& bytes, ExistingFile existing,
                         QString* error = nullptr);

} // namespace framefit
