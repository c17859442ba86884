// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageencoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageWriter>

#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <jerror.h>
#include <jpeglib.h>
#include <webp/encode.h>

namespace framefit {

QString imageFormatName(ImageFormat format) {
    switch (format) {
    case ImageFormat::Jpeg:
        return QStringLiteral("jpeg");
    case ImageFormat::Png:
        return QStringLiteral("png");
    case ImageFormat::Webp:
        return QStringLiteral("webp");
    }
    return {};
}

QString fileExtension(ImageFormat format) {
    return format == ImageFormat::Jpeg ? QStringLiteral("jpg") : imageFormatName(format);
}

QString mimeType(ImageFormat format) {
    return QStringLiteral("image/") + imageFormatName(format);
}

std::optional<ImageFormat> parseImageFormat(QStringView text) {
    if (text.compare(u"jpg", Qt::CaseInsensitive) == 0)
        return ImageFormat::Jpeg;
    for (ImageFormat f : {ImageFormat::Jpeg, ImageFormat::Png, ImageFormat::Webp}) {
        if (text.compare(imageFormatName(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

namespace {

struct JpegEncodeError {
    jpeg_error_mgr pub;
    std::jmp_buf jump;
};

[[noreturn]] void jpegEncodeFatal(j_common_ptr cinfo) {
    std::longjmp(reinterpret_cast<JpegEncodeError*>(cinfo->err)->jump, 1);
}

struct JpegWriter {
    jpeg_compress_struct cinfo{};
    JpegEncodeError err{};
    unsigned char* out = nullptr;
    unsigned long outSize = 0;
    bool created = false;
    ~JpegWriter() {
        if (created)
            jpeg_destroy_compress(&cinfo);
        std::free(out);
    }
};

// Kept free of C++ objects with destructors: libjpeg errors longjmp back into it.
bool jpegCompress(JpegWriter& w, const QImage& rgb, int quality) {
    w.cinfo.err = jpeg_std_error(&w.err.pub);
    w.err.pub.error_exit = jpegEncodeFatal;
    if (setjmp(w.err.jump))
        return false;
    jpeg_create_compress(&w.cinfo);
    w.created = true;
    jpeg_mem_dest(&w.cinfo, &w.out, &w.outSize);
    w.cinfo.image_width = JDIMENSION(rgb.width());
    w.cinfo.image_height = JDIMENSION(rgb.height());
    w.cinfo.input_components = 3;
    w.cinfo.in_color_space = JCS_EXT_RGB;
    jpeg_set_defaults(&w.cinfo);
    jpeg_set_quality(&w.cinfo, quality, TRUE);
    w.cinfo.dct_method = JDCT_ISLOW;
    const int chroma = quality >= 90 ? 1 : 2;
    w.cinfo.comp_info[0].h_samp_factor = chroma;
    w.cinfo.comp_info[0].v_samp_factor = chroma;
    jpeg_start_compress(&w.cinfo, TRUE);
    while (w.cinfo.next_scanline < w.cinfo.image_height) {
        JSAMPROW row = const_cast<uchar*>(rgb.constScanLine(int(w.cinfo.next_scanline)));
        jpeg_write_scanlines(&w.cinfo, &row, 1);
    }
    jpeg_finish_compress(&w.cinfo);
    return true;
}

} // namespace

std::optional<QByteArray> encodeImage(const QImage& image, ImageFormat format, int quality,
                                      QString* error) {
    const auto fail = [error](const QString& why) -> std::optional<QByteArray> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (image.isNull())
        return fail(QCoreApplication::translate("ImageEncoder", "there is no picture to write"));
    const QImage rgb = image.format() == QImage::Format_RGB888
                           ? image
                           : image.convertToFormat(QImage::Format_RGB888);
    quality = std::clamp(quality, 1, 100);
    switch (format) {
    case ImageFormat::Jpeg: {
        JpegWriter writer;
        if (!jpegCompress(writer, rgb, quality))
            return fail(QCoreApplication::translate("ImageEncoder", "JPEG encoding failed"));
        return QByteArray(reinterpret_cast<const char*>(writer.out), qsizetype(writer.outSize));
    }
    case ImageFormat::Png: {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        // Qt stamps new images with the screen's DPI in a GUI process and 100 dpi without one,
        // and the PNG writer stores it (pHYs): pin it so the window and the CLI write the same
        // bytes.
        QImage pinned = rgb;
        pinned.setDotsPerMeterX(3937);
        pinned.setDotsPerMeterY(3937);
        if (!writer.write(pinned))
            return fail(QCoreApplication::translate("ImageEncoder", "PNG encoding failed: %1")
                            .arg(writer.errorString()));
        return bytes;
    }
    case ImageFormat::Webp: {
        uint8_t* out = nullptr;
        const size_t size = WebPEncodeRGB(rgb.constBits(), rgb.width(), rgb.height(),
                                          int(rgb.bytesPerLine()), float(quality), &out);
        if (size == 0 || !out)
            return fail(QCoreApplication::translate("ImageEncoder", "WebP encoding failed"));
        QByteArray bytes(reinterpret_cast<const char*>(out), qsizetype(size));
        WebPFree(out);
        return bytes;
    }
    }
    return fail(QString());
}

} // namespace framefit
