// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageloader.h"

#include "colourprofile.h"
#include "exiforientation.h"

#include <QBuffer>
#include <QColorSpace>
#include <QFile>
#include <QImageReader>

#include <algorithm>
#include <cmath>
#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <webp/decode.h>
#include <webp/demux.h>

// jpeglib.h needs size_t and FILE declared first.
#include <jerror.h>
#include <jpeglib.h>

namespace framefit {

QSize ImageHeader::uprightSize() const {
    return framefit::uprightSize(storedSize, orientation);
}

QString sniffImageFormat(const QByteArray& data) {
    const auto starts = [&data](const char* magic, qsizetype at = 0) {
        return data.mid(at, qsizetype(std::strlen(magic))) == magic;
    };
    if (data.size() >= 3 && uchar(data[0]) == 0xFF && uchar(data[1]) == 0xD8 &&
        uchar(data[2]) == 0xFF)
        return QStringLiteral("JPEG");
    if (starts("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("PNG");
    if (starts("RIFF") && starts("WEBP", 8))
        return QStringLiteral("WebP");
    if (starts("GIF87a") || starts("GIF89a"))
        return QStringLiteral("GIF");
    if (starts("BM"))
        return QStringLiteral("BMP");
    if (starts("II*\0") || starts("MM\0*"))
        return QStringLiteral("TIFF");
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return QString::fromLatin1(QImageReader::imageFormat(&buffer)).toUpper();
}

namespace {

// libjpeg reports through callbacks; this turns its fatal errors and the warnings that mean
// missing or corrupt data into a return to the setjmp point. Only trivially destructible
// objects may live between setjmp and longjmp, so each step below is a small C-style function.
struct JpegErrorManager {
    jpeg_error_mgr pub;
    std::jmp_buf jump;
    int failedCode;
    char message[JMSG_LENGTH_MAX];
};

[[noreturn]] void jpegFatal(j_common_ptr cinfo) {
    auto* err = reinterpret_cast<JpegErrorManager*>(cinfo->err);
    err->failedCode = cinfo->err->msg_code;
    (*cinfo->err->format_message)(cinfo, err->message);
    std::longjmp(err->jump, 1);
}

void jpegMessage(j_common_ptr cinfo, int level) {
    if (level != -1)
        return; // trace messages
    const int code = cinfo->err->msg_code;
    // Extraneous bytes and odd JFIF versions are harmless and common in camera files.
    if (code == JWRN_JPEG_EOF || code == JWRN_HIT_MARKER || code == JWRN_HUFF_BAD_CODE ||
        code == JWRN_MUST_RESYNC || code == JWRN_NOT_SEQUENTIAL) {
        jpegFatal(cinfo);
    }
}

struct JpegReader {
    jpeg_decompress_struct cinfo{};
    JpegErrorManager err{};
    bool created = false;
    JOCTET* icc = nullptr;
    unsigned int iccSize = 0;
    ~JpegReader() {
        if (created)
            jpeg_destroy_decompress(&cinfo);
        std::free(icc);
    }
};

bool jpegReadHeader(JpegReader& r, const QByteArray& data) {
    r.cinfo.err = jpeg_std_error(&r.err.pub);
    r.err.pub.error_exit = jpegFatal;
    r.err.pub.emit_message = jpegMessage;
    if (setjmp(r.err.jump))
        return false;
    jpeg_create_decompress(&r.cinfo);
    r.created = true;
    jpeg_mem_src(&r.cinfo, reinterpret_cast<const unsigned char*>(data.constData()),
                 static_cast<unsigned long>(data.size()));
    jpeg_save_markers(&r.cinfo, JPEG_APP0 + 1, 0xFFFF);
    jpeg_save_markers(&r.cinfo, JPEG_APP0 + 2, 0xFFFF);
    jpeg_read_header(&r.cinfo, TRUE);
    if (!jpeg_read_icc_profile(&r.cinfo, &r.icc, &r.iccSize)) {
        r.icc = nullptr;
        r.iccSize = 0;
    }
    return true;
}

bool jpegCalcOutput(JpegReader& r, int scaleNum, J_COLOR_SPACE out, bool fancyUpsampling) {
    if (setjmp(r.err.jump))
        return false;
    r.cinfo.scale_num = unsigned(scaleNum);
    r.cinfo.scale_denom = 8;
    r.cinfo.out_color_space = out;
    r.cinfo.dct_method = JDCT_ISLOW;
    r.cinfo.do_fancy_upsampling = fancyUpsampling ? TRUE : FALSE;
    jpeg_calc_output_dimensions(&r.cinfo);
    return true;
}

// Starts decompressing only `*crop` of the stored picture at output scale; libjpeg widens the
// columns to whole iMCUs, so `*crop` comes back as what will actually be read.
bool jpegStart(JpegReader& r, QRect* crop) {
    if (setjmp(r.err.jump))
        return false;
    jpeg_start_decompress(&r.cinfo);
    if (crop->width() < int(r.cinfo.output_width)) {
        auto x = JDIMENSION(crop->x());
        auto w = JDIMENSION(crop->width());
        jpeg_crop_scanline(&r.cinfo, &x, &w);
        crop->setX(int(x));
        crop->setWidth(int(w));
    }
    if (crop->y() > 0)
        jpeg_skip_scanlines(&r.cinfo, JDIMENSION(crop->y()));
    return true;
}

bool jpegReadPixels(JpegReader& r, uchar* buffer, qsizetype stride, int rows, uchar* discard) {
    if (setjmp(r.err.jump))
        return false;
    if (discard)
        jpeg_read_scanlines(&r.cinfo, &discard, 1);
    for (int y = 0; y < rows; ++y) {
        JSAMPROW row = buffer + stride * y;
        jpeg_read_scanlines(&r.cinfo, &row, 1);
    }
    // Not jpeg_finish_decompress(): every pixel is in, and a file that only lacks its final
    // end-of-image marker should not be refused.
    jpeg_abort_decompress(&r.cinfo);
    return true;
}

// `image` (Format_RGB888) without its first `left` and last `right` columns: shifted in place
// and shown narrower, without a second full-size buffer.
QImage withoutColumns(QImage image, int left, int right) {
    const int width = image.width() - left - right;
    if (left > 0) {
        for (int y = 0; y < image.height(); ++y) {
            uchar* row = image.scanLine(y);
            std::memmove(row, row + 3 * left, size_t(width) * 3);
        }
    }
    auto* owner = new QImage(std::move(image));
    return QImage(
        owner->bits(), width, owner->height(), owner->bytesPerLine(), QImage::Format_RGB888,
        [](void* p) { delete static_cast<QImage*>(p); }, owner);
}

QByteArray jpegExif(const jpeg_decompress_struct& cinfo) {
    for (jpeg_saved_marker_ptr m = cinfo.marker_list; m; m = m->next) {
        if (m->marker == JPEG_APP0 + 1 && m->data_length > 6 &&
            std::memcmp(m->data, "Exif\0\0", 6) == 0) {
            return QByteArray(reinterpret_cast<const char*>(m->data), qsizetype(m->data_length));
        }
    }
    return {};
}

struct WebpDemuxDeleter {
    void operator()(WebPDemuxer* d) const { WebPDemuxDelete(d); }
};

QByteArray webpChunk(const QByteArray& data, const char fourcc[4]) {
    const WebPData webp{reinterpret_cast<const uint8_t*>(data.constData()), size_t(data.size())};
    std::unique_ptr<WebPDemuxer, WebpDemuxDeleter> demux(WebPDemux(&webp));
    if (!demux)
        return {};
    WebPChunkIterator it;
    QByteArray chunk;
    if (WebPDemuxGetChunk(demux.get(), fourcc, 1, &it)) {
        chunk = QByteArray(reinterpret_cast<const char*>(it.chunk.bytes), qsizetype(it.chunk.size));
        WebPDemuxReleaseChunkIterator(&it);
    }
    return chunk;
}

int orientationFromQt(QImageIOHandler::Transformations t) {
    // Only whether the axes swap matters to callers; Qt applies the exact transform itself.
    return t.testFlag(QImageIOHandler::TransformationRotate90) ? 6 : 1;
}

} // namespace

ImageLoader::ImageLoader(QByteArray data, LoadLimits limits)
    : m_data(std::move(data))
    , m_limits(limits) {
    readHeader();
}

ImageLoader ImageLoader::fromFile(const QString& path, LoadLimits limits) {
    QFile file(path);
    QString error;
    QByteArray bytes;
    if (!file.exists()) {
        error = tr("no such file");
    } else if (!file.open(QIODevice::ReadOnly)) {
        error = tr("cannot be read: %1").arg(file.errorString());
    } else if (file.size() > limits.maxFileBytes) {
        error = tr("is too large to be a picture FrameFit accepts (%L1 MB, the limit is %L2 MB)")
                    .arg(file.size() >> 20)
                    .arg(limits.maxFileBytes >> 20);
    } else {
        bytes = file.readAll();
        if (bytes.size() != file.size())
            error = tr("cannot be read completely: %1").arg(file.errorString());
    }
    ImageLoader loader(error.isEmpty() ? bytes : QByteArray(), limits);
    if (!error.isEmpty())
        loader.m_error = error;
    return loader;
}

void ImageLoader::readHeader() {
    if (m_data.isEmpty()) {
        m_error = tr("the file is empty");
        return;
    }
    m_header.format = sniffImageFormat(m_data);
    if (m_header.format.isEmpty()) {
        m_error = tr("not a picture: its content is not JPEG, PNG, WebP or another image format "
                     "FrameFit reads");
        return;
    }
    if (m_header.format == QLatin1String("JPEG")) {
        JpegReader r;
        if (!jpegReadHeader(r, m_data)) {
            m_error = (r.err.failedCode == JERR_INPUT_EOF || r.err.failedCode == JWRN_JPEG_EOF)
                          ? tr("truncated or damaged: the file ends before the image data starts")
                          : tr("a damaged JPEG: %1").arg(QString::fromLocal8Bit(r.err.message));
            return;
        }
        m_header.storedSize = QSize(int(r.cinfo.image_width), int(r.cinfo.image_height));
        m_header.orientation = exifOrientation(jpegExif(r.cinfo));
        if (r.cinfo.progressive_mode) {
            for (int c = 0; c < r.cinfo.num_components; ++c) {
                const jpeg_component_info& comp = r.cinfo.comp_info[c];
                m_jpegCoefficientBytes += qint64(comp.width_in_blocks) * comp.height_in_blocks *
                                          DCTSIZE2 * qint64(sizeof(JCOEF));
            }
        }
    } else if (m_header.format == QLatin1String("WebP")) {
        const WebPData webp{reinterpret_cast<const uint8_t*>(m_data.constData()),
                            size_t(m_data.size())};
        std::unique_ptr<WebPDemuxer, WebpDemuxDeleter> demux(WebPDemux(&webp));
        WebPBitstreamFeatures features;
        if (demux) {
            m_header.storedSize = QSize(int(WebPDemuxGetI(demux.get(), WEBP_FF_CANVAS_WIDTH)),
                                        int(WebPDemuxGetI(demux.get(), WEBP_FF_CANVAS_HEIGHT)));
        } else if (WebPGetFeatures(webp.bytes, webp.size, &features) == VP8_STATUS_OK) {
            m_header.storedSize = QSize(features.width, features.height);
        } else {
            m_error = tr("a damaged WebP: its header cannot be read");
            return;
        }
        m_header.orientation = exifOrientation(webpChunk(m_data, "EXIF"));
    } else {
        QBuffer buffer(&m_data);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        m_header.storedSize = reader.size();
        m_header.orientation = orientationFromQt(reader.transformation());
        if (!reader.canRead()) {
            m_error = tr("a damaged %1 file: %2").arg(m_header.format, reader.errorString());
            return;
        }
    }
    const QSize size = m_header.storedSize;
    if (size.isValid() && qint64(size.width()) * size.height() > m_limits.maxDeclaredPixels) {
        m_error = tr("claims to be %1x%2 pixels (%L3 megapixels), more than any photo: refused "
                     "as a likely decompression bomb")
                      .arg(size.width())
                      .arg(size.height())
                      .arg(qint64(size.width()) * size.height() / 1'000'000);
    } else if (size.isValid() && size.isEmpty()) {
        m_error = tr("has no pixels (%1x%2)").arg(size.width()).arg(size.height());
    }
}

std::optional<DecodedImage> ImageLoader::fail(const QString& error) {
    m_error = error;
    return std::nullopt;
}

bool ImageLoader::checkDecodedPixels(QSize size) {
    const qint64 pixels = qint64(size.width()) * size.height();
    if (pixels <= m_limits.maxDecodedPixels)
        return true;
    m_error = tr("is %1x%2 pixels (%L3 megapixels): decoding it would take more memory than the "
                 "%L4-megapixel limit allows (a decompression bomb?)")
                  .arg(size.width())
                  .arg(size.height())
                  .arg(pixels / 1'000'000)
                  .arg(m_limits.maxDecodedPixels / 1'000'000);
    return false;
}

std::optional<DecodedImage> ImageLoader::decode(double minScale, const QRectF& region) {
    if (hasError())
        return std::nullopt;
    minScale = std::clamp(minScale, 1.0 / 8.0, 1.0);
    if (m_header.format == QLatin1String("JPEG")) {
        if (const qint64 bytes = decodeMemoryEstimate(minScale); bytes > m_limits.maxDecodeBytes) {
            return fail(
                tr("is %1x%2 pixels and stored progressively: decoding it would take %L3 MB, "
                   "more than the %L4 MB limit allows (a decompression bomb?)")
                    .arg(m_header.storedSize.width())
                    .arg(m_header.storedSize.height())
                    .arg(bytes >> 20)
                    .arg(m_limits.maxDecodeBytes >> 20));
        }
        return decodeJpeg(minScale, region);
    }
    if (m_header.format == QLatin1String("WebP"))
        return decodeWebp(minScale);
    return decodeWithQt();
}

qint64 ImageLoader::decodeMemoryEstimate(double minScale) const {
    const QSize size = m_header.storedSize;
    if (hasError() || !size.isValid())
        return m_data.size();
    const qint64 pixels = qint64(size.width()) * size.height();
    minScale = std::clamp(minScale, 1.0 / 8.0, 1.0);
    if (m_header.format == QLatin1String("JPEG")) {
        const double scale = std::ceil(minScale * 8.0 - 1e-9) / 8.0;
        return m_jpegCoefficientBytes + qint64(double(pixels) * scale * scale * 3.0);
    }
    if (m_header.format == QLatin1String("WebP"))
        return qint64(double(pixels) * minScale * minScale * 4.0);
    if (m_header.format == QLatin1String("PNG") && m_data.size() > 24 && m_data.at(24) <= 8) {
        // Measured, not derived: Qt's 8-bit PNG decode and its conversion to 24 bits peak at
        // about 3.6 bytes per pixel (sunset.png of the bench corpus, 12.2 MP: 43 MB above an
        // idle process plus the file).
        return pixels * 4;
    }
    // Otherwise Qt may decode to 32 or 64 bits per pixel, then convert to 24 in a new image.
    return pixels * (m_header.format == QLatin1String("PNG") ? 11 : 7);
}

std::optional<DecodedImage> ImageLoader::decodeJpeg(double minScale, const QRectF& region) {
    JpegReader r;
    if (!jpegReadHeader(r, m_data))
        return fail(tr("a damaged JPEG: %1").arg(QString::fromLocal8Bit(r.err.message)));
    const QByteArray icc =
        r.icc ? QByteArray(reinterpret_cast<const char*>(r.icc), qsizetype(r.iccSize))
              : QByteArray();
    const J_COLOR_SPACE stored = r.cinfo.jpeg_color_space;
    PixelLayout layout = PixelLayout::Rgb;
    J_COLOR_SPACE outSpace = JCS_EXT_RGB;
    if (stored == JCS_CMYK || stored == JCS_YCCK) {
        layout = r.cinfo.saw_Adobe_marker ? PixelLayout::CmykInverted : PixelLayout::Cmyk;
        outSpace = JCS_CMYK;
    } else if (stored == JCS_GRAYSCALE && !icc.isEmpty()) {
        layout = PixelLayout::Grey;
        outSpace = JCS_GRAYSCALE;
    }
    // libjpeg-turbo's DCT scaling decodes at M/8 for M = 1..16 for the cost of the smaller
    // image: ask for the smallest M that still gives the caller the resolution it needs.
    const int scaleNum = std::clamp(int(std::ceil(minScale * 8.0 - 1e-9)), 1, 8);
    // A caller asking for less than full size shrinks the decode again with its own filter:
    // smooth (fancy) chroma upsampling is then invisible (-0.14 dB PSNR on the bench corpus)
    // but costs about 7 % of the CPU, as it rules out libjpeg-turbo's merged SIMD path.
    if (!jpegCalcOutput(r, scaleNum, outSpace, minScale >= 1.0))
        return fail(tr("a damaged JPEG: %1").arg(QString::fromLocal8Bit(r.err.message)));
    const QSize outSize(int(r.cinfo.output_width), int(r.cinfo.output_height));
    if (!checkDecodedPixels(outSize))
        return std::nullopt;

    // The stored rectangle (at output scale) holding the upright region the caller needs.
    const QSize upright = uprightSize(outSize, m_header.orientation);
    const double scale = scaleNum / 8.0;
    QRect wanted(QPoint(0, 0), upright);
    if (!region.isEmpty()) {
        const QRectF scaled(region.topLeft() * scale, region.size() * scale);
        wanted &=
            QRect(QPoint(int(std::floor(scaled.left())), int(std::floor(scaled.top()))),
                  QPoint(int(std::ceil(scaled.right())) - 1, int(std::ceil(scaled.bottom())) - 1));
        if (wanted.isEmpty())
            wanted = QRect(QPoint(0, 0), upright);
    }
    QRect part = uprightToStoredRect(wanted, outSize, m_header.orientation);
    // At a cut, fancy chroma upsampling lacks the neighbour beyond it: the first column of a
    // cropped decode and the first row after skipped ones can differ from a full decode. One
    // more of each is decoded and dropped, so the part is exactly what a full decode gives.
    const int trimLeft = part.x() > 0 ? 1 : 0;
    const int trimRight = part.right() < outSize.width() - 1 ? 1 : 0;
    const int trimRow = part.y() > 0 ? 1 : 0;
    part.adjust(-trimLeft, -trimRow, trimRight, 0);
    // A progressive file is read whole when decompression starts: truncation shows up here too.
    const auto readFailed = [this, &r] {
        if (r.err.failedCode == JWRN_JPEG_EOF || r.err.failedCode == JERR_INPUT_EOF)
            return fail(tr("truncated: the file ends before the image data is complete"));
        return fail(tr("a damaged JPEG: %1").arg(QString::fromLocal8Bit(r.err.message)));
    };
    if (!jpegStart(r, &part))
        return readFailed();

    part.setTop(part.top() + trimRow);
    const bool direct = layout == PixelLayout::Rgb && isSrgbProfile(icc);
    QImage rgb(part.size(), QImage::Format_RGB888);
    if (rgb.isNull())
        return fail(tr("not enough memory to decode %1x%2 pixels")
                        .arg(outSize.width())
                        .arg(outSize.height()));
    std::vector<uchar> raw;
    qsizetype rawStride = 0;
    if (!direct) {
        rawStride = qsizetype(part.width()) * r.cinfo.output_components;
        raw.resize(size_t(rawStride) * size_t(part.height()));
    }
    uchar* target = direct ? rgb.bits() : raw.data();
    const qsizetype stride = direct ? rgb.bytesPerLine() : rawStride;
    std::vector<uchar> discarded(trimRow ? size_t(part.width()) * r.cinfo.output_components : 0);
    if (!jpegReadPixels(r, target, stride, part.height(), trimRow ? discarded.data() : nullptr))
        return readFailed();
    // libjpeg may have moved the left cut further left, to a whole iMCU, and the right one
    // further right; the first and last columns are dropped only where they are cuts.
    const int left = trimLeft;
    const int right = part.right() < outSize.width() - 1 ? 1 : 0;
    if (!direct) {
        if (left + right > 0)
            rgb = QImage(part.width() - left - right, part.height(), QImage::Format_RGB888);
        convertToSrgb(raw.data() + left * r.cinfo.output_components, rawStride, layout, icc, rgb);
    } else if (left + right > 0) {
        rgb = withoutColumns(std::move(rgb), left, right);
    }
    part.adjust(left, 0, -right, 0);

    DecodedImage decoded;
    decoded.image = applyOrientation(rgb, m_header.orientation);
    decoded.uprightSize = m_header.uprightSize();
    decoded.scale = scale;
    decoded.offset = storedToUprightRect(part, outSize, m_header.orientation).topLeft();
    return decoded;
}

std::optional<DecodedImage> ImageLoader::decodeWebp(double minScale) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(m_data.constData());
    const size_t size = size_t(m_data.size());
    WebPBitstreamFeatures features;
    if (WebPGetFeatures(bytes, size, &features) != VP8_STATUS_OK)
        return fail(tr("a damaged WebP: its header cannot be read"));
    const QByteArray icc = webpChunk(m_data, "ICCP");
    QImage pixels;
    double scale = 1.0;

    if (features.has_animation) {
        // The first frame is the picture a viewer shows before playing.
        if (!checkDecodedPixels(m_header.storedSize))
            return std::nullopt;
        WebPAnimDecoderOptions options;
        WebPAnimDecoderOptionsInit(&options);
        options.color_mode = MODE_RGBA;
        options.use_threads = 0;
        const WebPData webp{bytes, size};
        std::unique_ptr<WebPAnimDecoder, decltype(&WebPAnimDecoderDelete)> anim(
            WebPAnimDecoderNew(&webp, &options), &WebPAnimDecoderDelete);
        uint8_t* frame = nullptr;
        int timestamp = 0;
        if (!anim || !WebPAnimDecoderGetNext(anim.get(), &frame, &timestamp))
            return fail(tr("a damaged animated WebP: its first frame cannot be decoded"));
        const QImage view(frame, m_header.storedSize.width(), m_header.storedSize.height(),
                          m_header.storedSize.width() * 4, QImage::Format_RGBA8888);
        pixels = view.copy();
    } else {
        QSize outSize(features.width, features.height);
        if (minScale < 1.0) {
            outSize = QSize(std::max(1, int(std::ceil(features.width * minScale))),
                            std::max(1, int(std::ceil(features.height * minScale))));
            scale = double(outSize.width()) / features.width;
        }
        if (!checkDecodedPixels(outSize))
            return std::nullopt;
        pixels =
            QImage(outSize, features.has_alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
        if (pixels.isNull())
            return fail(tr("not enough memory to decode %1x%2 pixels")
                            .arg(outSize.width())
                            .arg(outSize.height()));
        WebPDecoderConfig config;
        WebPInitDecoderConfig(&config);
        if (outSize != QSize(features.width, features.height)) {
            config.options.use_scaling = 1;
            config.options.scaled_width = outSize.width();
            config.options.scaled_height = outSize.height();
        }
        config.output.colorspace = features.has_alpha ? MODE_RGBA : MODE_RGB;
        config.output.is_external_memory = 1;
        config.output.u.RGBA.rgba = pixels.bits();
        config.output.u.RGBA.stride = int(pixels.bytesPerLine());
        config.output.u.RGBA.size = size_t(pixels.sizeInBytes());
        const VP8StatusCode status = WebPDecode(bytes, size, &config);
        WebPFreeDecBuffer(&config.output);
        if (status == VP8_STATUS_NOT_ENOUGH_DATA)
            return fail(tr("truncated: the file ends before the image data is complete"));
        if (status != VP8_STATUS_OK)
            return fail(tr("a damaged WebP: its image data cannot be decoded"));
    }
    if (!icc.isEmpty() && !isSrgbProfile(icc)) {
        QImage converted(pixels.size(), pixels.format());
        const bool alpha = pixels.format() == QImage::Format_RGBA8888;
        convertToSrgb(pixels.constBits(), pixels.bytesPerLine(),
                      alpha ? PixelLayout::Rgba : PixelLayout::Rgb, icc, converted);
        pixels = converted;
    }
    DecodedImage decoded;
    decoded.image = applyOrientation(pixels, m_header.orientation);
    decoded.uprightSize = m_header.uprightSize();
    decoded.scale = scale;
    return decoded;
}

std::optional<DecodedImage> ImageLoader::decodeWithQt() {
    if (m_header.storedSize.isValid() && !checkDecodedPixels(m_header.storedSize))
        return std::nullopt;
    QBuffer buffer(&m_data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    // Qt's own guard, in case a reader cannot tell the size before decoding.
    reader.setAllocationLimit(int(std::min<qint64>(m_limits.maxDecodedPixels * 8 >> 20, INT_MAX)));
    QImage image = reader.read(); // the first frame of an animation
    if (image.isNull()) {
        return fail(tr("a damaged %1 file: %2").arg(m_header.format, reader.errorString()));
    }
    if (!checkDecodedPixels(image.size()))
        return std::nullopt;
    const bool alpha = image.hasAlphaChannel();
    const QColorSpace space = image.colorSpace();
    if (space.isValid() && space != QColorSpace(QColorSpace::SRgb)) {
        // Qt converts 8- and 16-bit RGB through the profile at its own precision.
        image.convertTo(alpha ? QImage::Format_RGBA64 : QImage::Format_RGBX64);
        image.convertToColorSpace(QColorSpace::SRgb);
    }
    image.convertTo(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    image.setColorSpace(QColorSpace());
    DecodedImage decoded;
    decoded.image = image;
    decoded.uprightSize = image.size();
    decoded.scale = 1.0;
    return decoded;
}

} // namespace framefit
