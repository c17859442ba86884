// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>

namespace framefit {

// The formats the Sora API accepts for input_reference, and so the only ones FrameFit writes.
enum class ImageFormat { Jpeg, Png, Webp };

QString imageFormatName(ImageFormat format); // "jpeg", "png", "webp": the CLI's spelling
QString fileExtension(ImageFormat format);   // "jpg", "png", "webp"
QString mimeType(ImageFormat format);        // "image/jpeg", ...
std::optional<ImageFormat> parseImageFormat(QStringView text); // also accepts "jpg"

// Encodes `image` (any format; alpha must already be flattened) as 8-bit RGB without alpha.
// `quality` 1..100 applies to JPEG and WebP. The bytes depend only on the pixels, format and
// quality, so the GUI's export and the CLI write identical files.
// JPEG: libjpeg-turbo, baseline, 4:4:4 chroma at quality >= 90 (as libvips does: at high
// quality, 4:2:0 would throw away the colour detail the quality setting asks to keep), 4:2:0
// below. PNG: Qt's writer. WebP: libwebp lossy.
// Returns nullopt with `error` set on failure.
std::optional<QByteArray> encodeImage(const QImage& image, ImageFormat format, int quality,
                                      QString* error = nullptr);

} // namespace framefit
