// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QImageWriter>
#include <QtEndian>

#include <cmath>
#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <jpeglib.h>
#include <lcms2.h>
#include <numbers>
#include <webp/encode.h>
#include <webp/mux.h>

namespace framefit::test {

QImage quadrants(QSize size) {
    QImage image(size, QImage::Format_RGB888);
    const int hw = size.width() / 2;
    const int hh = size.height() / 2;
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x) {
            const QColor c =
                y < hh ? (x < hw ? Qt::red : Qt::green) : (x < hw ? Qt::blue : Qt::white);
            image.setPixelColor(x, y, c);
        }
    }
    return image;
}

QImage detailed(QSize size) {
    QImage image(size, QImage::Format_RGB888);
    const double pi = std::numbers::pi;
    for (int y = 0; y < size.height(); ++y) {
        uchar* row = image.scanLine(y);
        for (int x = 0; x < size.width(); ++x) {
            const double fx = double(x) / size.width();
            const double fy = double(y) / size.height();
            const double waves = 0.5 + 0.5 * std::sin(2 * pi * (fx * fx * 40 + fy * 7));
            const bool edge = ((x / 37) + (y / 29)) % 2 == 0;
            row[3 * x] = uchar(std::lround(255 * waves));
            row[3 * x + 1] = uchar(edge ? 200 : 40);
            row[3 * x + 2] = uchar(std::lround(255 * (fx * 0.7 + fy * 0.3)));
        }
    }
    return image;
}

QByteArray encodeWithQt(const QImage& image, const char* format, int quality) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    writer.write(image);
    return bytes;
}

QByteArray withJpegSegment(const QByteArray& jpeg, int marker, const QByteArray& payload) {
    QByteArray segment;
    segment.append(char(0xFF)).append(char(marker));
    const quint16 length = quint16(payload.size() + 2);
    segment.append(char(length >> 8)).append(char(length & 0xFF));
    segment.append(payload);
    return jpeg.left(2) + segment + jpeg.mid(2);
}

QByteArray exifOrientationPayload(int orientation, bool littleEndian) {
    QByteArray tiff;
    const auto u16 = [&](quint16 v) {
        if (littleEndian)
            tiff.append(char(v & 0xFF)).append(char(v >> 8));
        else
            tiff.append(char(v >> 8)).append(char(v & 0xFF));
    };
    const auto u32 = [&](quint32 v) {
        if (littleEndian) {
            u16(quint16(v & 0xFFFF));
            u16(quint16(v >> 16));
        } else {
            u16(quint16(v >> 16));
            u16(quint16(v & 0xFFFF));
        }
    };
    tiff.append(littleEndian ? "II" : "MM");
    u16(42);
    u32(8);      // IFD0 right after the header
    u16(1);      // one entry
    u16(0x0112); // Orientation
    u16(3);      // SHORT
    u32(1);
    u16(quint16(orientation));
    u16(0); // padding of the 4-byte value field
    u32(0); // no next IFD
    return QByteArrayLiteral("Exif\0\0") + tiff;
}

QByteArray iccPayload(const QByteArray& icc) {
    return QByteArrayLiteral("ICC_PROFILE\0") + char(1) + char(1) + icc;
}

namespace {
QByteArray saveProfile(cmsHPROFILE profile) {
    cmsUInt32Number size = 0;
    cmsSaveProfileToMem(profile, nullptr, &size);
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    cmsSaveProfileToMem(profile, bytes.data(), &size);
    cmsCloseProfile(profile);
    return bytes;
}
} // namespace

QByteArray linearRgbProfile() {
    cmsCIExyY white;
    cmsWhitePointFromTemp(&white, 6504);
    const cmsCIExyYTRIPLE primaries{{0.64, 0.33, 1.0}, {0.30, 0.60, 1.0}, {0.15, 0.06, 1.0}};
    cmsToneCurve* linear = cmsBuildGamma(nullptr, 1.0);
    cmsToneCurve* curves[3] = {linear, linear, linear};
    cmsHPROFILE profile = cmsCreateRGBProfile(&white, &primaries, curves);
    cmsFreeToneCurve(linear);
    return saveProfile(profile);
}

QByteArray linearGreyProfile() {
    cmsToneCurve* linear = cmsBuildGamma(nullptr, 1.0);
    cmsHPROFILE profile = cmsCreateGrayProfile(cmsD50_xyY(), linear);
    cmsFreeToneCurve(linear);
    return saveProfile(profile);
}

QByteArray cmykJpeg(QSize size, int c, int m, int y, int k) {
    jpeg_compress_struct cinfo{};
    jpeg_error_mgr err{};
    cinfo.err = jpeg_std_error(&err);
    jpeg_create_compress(&cinfo);
    unsigned char* out = nullptr;
    unsigned long outSize = 0;
    jpeg_mem_dest(&cinfo, &out, &outSize);
    cinfo.image_width = JDIMENSION(size.width());
    cinfo.image_height = JDIMENSION(size.height());
    cinfo.input_components = 4;
    cinfo.in_color_space = JCS_CMYK;
    jpeg_set_defaults(&cinfo);
    jpeg_set_quality(&cinfo, 95, TRUE);
    jpeg_start_compress(&cinfo, TRUE);
    // Adobe's convention, which its marker announces: 255 means no ink.
    std::vector<unsigned char> row(size_t(size.width()) * 4);
    for (int x = 0; x < size.width(); ++x) {
        row[4 * x] = uchar(255 - c);
        row[4 * x + 1] = uchar(255 - m);
        row[4 * x + 2] = uchar(255 - y);
        row[4 * x + 3] = uchar(255 - k);
    }
    while (cinfo.next_scanline < cinfo.image_height) {
        JSAMPROW r = row.data();
        jpeg_write_scanlines(&cinfo, &r, 1);
    }
    jpeg_finish_compress(&cinfo);
    jpeg_destroy_compress(&cinfo);
    QByteArray bytes(reinterpret_cast<const char*>(out), qsizetype(outSize));
    std::free(out);
    return bytes;
}

namespace {
QByteArray pngChunk(const char* type, const QByteArray& data) {
    QByteArray chunk;
    const quint32 length = quint32(data.size());
    chunk.append(char(length >> 24))
        .append(char(length >> 16))
        .append(char(length >> 8))
        .append(char(length));
    const QByteArray body = QByteArray(type, 4) + data;
    chunk.append(body);
    // CRC-32 as PNG defines it
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : body) {
        crc ^= uchar(ch);
        for (int i = 0; i < 8; ++i)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    crc ^= 0xFFFFFFFFu;
    chunk.append(char(crc >> 24)).append(char(crc >> 16)).append(char(crc >> 8)).append(char(crc));
    return chunk;
}
} // namespace

QByteArray pngBomb(int width, int height) {
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(quint32(width), ihdr.data());
    qToBigEndian<quint32>(quint32(height), ihdr.data() + 4);
    ihdr[8] = 1;                                    // bit depth 1
    ihdr[9] = 0;                                    // greyscale
    const qsizetype rowBytes = 1 + (width + 7) / 8; // filter byte + packed bits
    const QByteArray raw(rowBytes * height, '\0');
    QByteArray zlib = qCompress(raw, 9);
    zlib.remove(0, 4); // qCompress prefixes the length; the rest is a zlib stream
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", zlib) +
           pngChunk("IEND", {});
}

QByteArray jpegClaiming(int width, int height) {
    QByteArray jpeg = encodeWithQt(quadrants(QSize(16, 16)), "JPEG", 90);
    // Rewrite the SOF0 frame header's size; the 16x16 picture's data stays behind it.
    const qsizetype sof = jpeg.indexOf(QByteArray("\xFF\xC0", 2));
    qToBigEndian<quint16>(quint16(height), jpeg.data() + sof + 5);
    qToBigEndian<quint16>(quint16(width), jpeg.data() + sof + 7);
    return jpeg;
}

QByteArray progressiveJpegClaiming(int width, int height) {
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setProgressiveScanWrite(true);
    writer.write(quadrants(QSize(16, 16)));
    const qsizetype sof = jpeg.indexOf(QByteArray("\xFF\xC2", 2)); // SOF2: progressive
    if (sof < 0)
        return {};
    qToBigEndian<quint16>(quint16(height), jpeg.data() + sof + 5);
    qToBigEndian<quint16>(quint16(width), jpeg.data() + sof + 7);
    return jpeg;
}

QByteArray animatedGif() {
    QByteArray gif("GIF89a", 6);
    gif.append(char(1)).append(char(0)).append(char(1)).append(char(0)); // 1x1 screen
    gif.append(char(0x81)).append(char(0)).append(char(0));              // 4-entry global table
    gif.append("\xFF\x00\x00\x00\x00\xFF\x00\x00\x00\xFF\xFF\xFF", 12);  // red, blue, black, white
    gif.append("\x21\xFF\x0BNETSCAPE2.0\x03\x01\x00\x00\x00", 19);       // loop forever
    for (char lzw : {char(0x44), char(0x4C)}) {            // LZW codes: clear, index 0 or 1, end
        gif.append("\x21\xF9\x04\x00\x0A\x00\x00\x00", 8); // 100 ms
        gif.append("\x2C\x00\x00\x00\x00\x01\x00\x01\x00\x00", 10);
        gif.append(char(2)).append(char(2)).append(lzw).append(char(1)).append(char(0));
    }
    gif.append(char(0x3B));
    return gif;
}

QByteArray webp(const QImage& image, bool lossless, int quality) {
    const bool alpha = image.hasAlphaChannel();
    const QImage src =
        image.convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    uint8_t* out = nullptr;
    size_t size = 0;
    const int stride = int(src.bytesPerLine());
    if (lossless)
        size =
            alpha ? WebPEncodeLosslessRGBA(src.constBits(), src.width(), src.height(), stride, &out)
                  : WebPEncodeLosslessRGB(src.constBits(), src.width(), src.height(), stride, &out);
    else
        size = alpha ? WebPEncodeRGBA(src.constBits(), src.width(), src.height(), stride,
                                      float(quality), &out)
                     : WebPEncodeRGB(src.constBits(), src.width(), src.height(), stride,
                                     float(quality), &out);
    QByteArray bytes(reinterpret_cast<const char*>(out), qsizetype(size));
    WebPFree(out);
    return bytes;
}

QByteArray animatedWebp(const QImage& first) {
    const QImage a = first.convertToFormat(QImage::Format_RGBA8888);
    QImage blue(a.size(), QImage::Format_RGBA8888);
    blue.fill(Qt::blue);
    const QImage b = blue;
    WebPAnimEncoderOptions options;
    WebPAnimEncoderOptionsInit(&options);
    WebPAnimEncoder* encoder = WebPAnimEncoderNew(a.width(), a.height(), &options);
    WebPConfig config;
    WebPConfigInit(&config);
    config.lossless = 1;
    int timestamp = 0;
    for (const QImage* frame : {&a, &b}) {
        WebPPicture picture;
        WebPPictureInit(&picture);
        picture.use_argb = 1;
        picture.width = frame->width();
        picture.height = frame->height();
        WebPPictureImportRGBA(&picture, frame->constBits(), int(frame->bytesPerLine()));
        WebPAnimEncoderAdd(encoder, &picture, timestamp, &config);
        WebPPictureFree(&picture);
        timestamp += 100;
    }
    WebPAnimEncoderAdd(encoder, nullptr, timestamp, nullptr);
    WebPData data;
    WebPDataInit(&data);
    WebPAnimEncoderAssemble(encoder, &data);
    QByteArray bytes(reinterpret_cast<const char*>(data.bytes), qsizetype(data.size));
    WebPDataClear(&data);
    WebPAnimEncoderDelete(encoder);
    return bytes;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

double psnr(const QImage& a, const QImage& b) {
    const QImage x = a.convertToFormat(QImage::Format_RGB888);
    const QImage y = b.convertToFormat(QImage::Format_RGB888);
    if (x.size() != y.size())
        return 0.0;
    double sum = 0.0;
    for (int row = 0; row < x.height(); ++row) {
        const uchar* p = x.constScanLine(row);
        const uchar* q = y.constScanLine(row);
        for (int i = 0; i < x.width() * 3; ++i) {
            const double d = double(p[i]) - q[i];
            sum += d * d;
        }
    }
    const double mse = sum / (double(x.width()) * x.height() * 3);
    return mse == 0.0 ? 99.0 : 10.0 * std::log10(255.0 * 255.0 / mse);
}

QColor colourAt(const QImage& image, int x, int y) {
    return QColor(image.pixel(x, y)).toRgb();
}

bool near(const QColor& a, const QColor& b, int tolerance) {
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace framefit::test
