// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QPoint>
#include <QRectF>
#include <QSize>
#include <QString>

#include <optional>

namespace framefit {

// Limits that turn hostile or absurd inputs into a clear error instead of exhausting memory.
struct LoadLimits {
    qint64 maxFileBytes = qint64(1) << 30;    // 1 GiB: no photo is larger
    qint64 maxDeclaredPixels = 1'000'000'000; // what the header claims, before any decoding
    qint64 maxDecodedPixels = 150'000'000;    // what would be held in memory after decoding
    // Bytes a JPEG decode may hold: a progressive JPEG keeps a coefficient buffer for the whole
    // picture whatever the output scale, so a header within the pixel limits can still ask for
    // gigabytes.
    qint64 maxDecodeBytes = qint64(1) << 30;
};

// What the header says, learnt without decoding pixels.
struct ImageHeader {
    QString format;      // "JPEG", "PNG", "WebP", "GIF", "BMP", ... judged by content
    QSize storedSize;    // as stored in the file
    int orientation = 1; // EXIF 1..8
    QSize uprightSize() const;
};

struct DecodedImage {
    // Upright, sRGB, 8-bit: Format_RGB888 when opaque, Format_RGBA8888 (not premultiplied)
    // when the source has transparency.
    QImage image;
    QSize uprightSize;  // of the full-resolution source
    double scale = 1.0; // image pixels per full-resolution pixel (< 1 after shrink-on-load)
    // Where `image` sits in the whole upright picture at `scale`, in image pixels: non-zero when
    // only a region was decoded.
    QPoint offset;
};

// Reads one picture: the header first (cheap), then the pixels at the scale the caller needs.
// Errors are sentences a user can act on ("truncated: the file ends before the image data is
// complete"), without the file name, which the caller adds.
class ImageLoader {
    Q_DECLARE_TR_FUNCTIONS(ImageLoader)
public:
    explicit ImageLoader(QByteArray data, LoadLimits limits = {});
    // Reads the file (refusing anything over limits.maxFileBytes); a read failure becomes error().
    static ImageLoader fromFile(const QString& path, LoadLimits limits = {});

    bool hasError() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    const ImageHeader& header() const { return m_header; }
    const QByteArray& data() const { return m_data; }

    // Decodes the picture. `minScale` (0 < minScale <= 1) is the smallest fraction of the
    // full resolution the caller can use; JPEG (DCT scaling in 1/8 steps) and WebP decode at
    // the smallest cheap scale >= minScale, other formats at full size. Returns nullopt and sets
    // error() on failure; truncated or corrupt data is an error, never a silently grey picture.
    // `region` (full-resolution upright pixels; empty = all) is the part the caller will read:
    // JPEG decodes skip the rows and most of the columns outside it, other formats decode all.
    std::optional<DecodedImage> decode(double minScale = 1.0, const QRectF& region = QRectF());

    // About how many bytes decode(minScale) holds at its peak: the decoded pixels, any format
    // conversion copy, and a progressive JPEG's whole-image coefficient buffer (libjpeg keeps
    // 2 bytes per coefficient whatever the output scale: 100 MB for a 4096x4096 4:4:4 photo).
    // For callers that bound how many decodes run at once.
    qint64 decodeMemoryEstimate(double minScale = 1.0) const;
    // The part of decodeMemoryEstimate() freed when decode() returns (a progressive JPEG's
    // coefficients); the rest is the decoded picture itself.
    qint64 decodeWorkingMemory() const { return m_jpegCoefficientBytes; }

private:
    void readHeader();
    std::optional<DecodedImage> fail(const QString& error);
    std::optional<DecodedImage> decodeJpeg(double minScale, const QRectF& region);
    std::optional<DecodedImage> decodeWebp(double minScale);
    std::optional<DecodedImage> decodeWithQt();
    bool checkDecodedPixels(QSize size);

    QByteArray m_data;
    LoadLimits m_limits;
    ImageHeader m_header;
    QString m_error;
    qint64 m_jpegCoefficientBytes = 0; // progressive JPEGs only
};

// The image format of `data` judged by its first bytes ("JPEG", "PNG", "WebP", "GIF", "BMP",
// "TIFF"), or what Qt's readers recognise; empty when nothing does.
QString sniffImageFormat(const QByteArray& data);

} // namespace framefit
