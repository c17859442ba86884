// SPDX-License-Identifier: GPL-3.0-or-later
#include "colourprofile.h"

#include <QHash>
#include <QMutex>

#include <algorithm>
#include <array>
#include <cstring>
#include <lcms2.h>
#include <memory>

namespace framefit {

namespace {

struct ProfileCloser {
    void operator()(void* p) const { cmsCloseProfile(p); }
};
struct TransformDeleter {
    void operator()(void* t) const { cmsDeleteTransform(t); }
};
using ProfilePtr = std::unique_ptr<void, ProfileCloser>;
using TransformPtr = std::unique_ptr<void, TransformDeleter>;

cmsUInt32Number lcmsInputType(PixelLayout layout) {
    switch (layout) {
    case PixelLayout::Rgb:
        return TYPE_RGB_8;
    case PixelLayout::Rgba:
        return TYPE_RGBA_8;
    case PixelLayout::Grey:
        return TYPE_GRAY_8;
    case PixelLayout::Cmyk:
        return TYPE_CMYK_8;
    case PixelLayout::CmykInverted:
        return TYPE_CMYK_8_REV;
    }
    return TYPE_RGB_8;
}

cmsColorSpaceSignature expectedSpace(PixelLayout layout) {
    switch (layout) {
    case PixelLayout::Grey:
        return cmsSigGrayData;
    case PixelLayout::Cmyk:
    case PixelLayout::CmykInverted:
        return cmsSigCmykData;
    default:
        return cmsSigRgbData;
    }
}

void plainConversion(const uchar* in, qsizetype inStride, PixelLayout layout, QImage& out) {
    const int w = out.width();
    for (int y = 0; y < out.height(); ++y) {
        const uchar* s = in + inStride * y;
        uchar* d = out.scanLine(y);
        switch (layout) {
        case PixelLayout::Rgb:
            std::memcpy(d, s, size_t(w) * 3);
            break;
        case PixelLayout::Rgba:
            std::memcpy(d, s, size_t(w) * 4);
            break;
        case PixelLayout::Grey:
            for (int x = 0; x < w; ++x)
                d[3 * x] = d[3 * x + 1] = d[3 * x + 2] = s[x];
            break;
        case PixelLayout::Cmyk:
        case PixelLayout::CmykInverted:
            // Adobe writes inverted CMYK (255 = no ink); others write ink amounts.
            for (int x = 0; x < w; ++x) {
                const uchar* p = s + 4 * x;
                const bool inv = layout == PixelLayout::CmykInverted;
                const int k = inv ? p[3] : 255 - p[3];
                for (int c = 0; c < 3; ++c)
                    d[3 * x + c] = uchar(((inv ? p[c] : 255 - p[c]) * k + 127) / 255);
            }
            break;
        }
    }
}

} // namespace

bool isSrgbProfile(const QByteArray& icc) {
    if (icc.isEmpty())
        return true;
    // Judged by what the profile does, not by its name: a "linear sRGB" profile names sRGB but
    // changes every mid-tone. Most photos carry one of a handful of profiles, so remember the
    // answer per profile.
    static QMutex mutex;
    static QHash<QByteArray, bool> known;
    {
        const QMutexLocker lock(&mutex);
        if (const auto it = known.constFind(icc); it != known.constEnd())
            return *it;
    }
    bool identity = false;
    ProfilePtr profile(cmsOpenProfileFromMem(icc.constData(), cmsUInt32Number(icc.size())));
    if (profile && cmsGetColorSpace(profile.get()) == cmsSigRgbData) {
        ProfilePtr srgb(cmsCreate_sRGBProfile());
        TransformPtr transform(cmsCreateTransform(profile.get(), TYPE_RGB_8, srgb.get(), TYPE_RGB_8,
                                                  INTENT_PERCEPTUAL, cmsFLAGS_NOCACHE));
        if (transform) {
            std::array<uchar, 3 * 64> in;
            std::array<uchar, 3 * 64> out;
            for (size_t i = 0; i < 64; ++i) { // a 4x4x4 lattice of the RGB cube
                in[3 * i] = uchar(85 * (i % 4));
                in[3 * i + 1] = uchar(85 * (i / 4 % 4));
                in[3 * i + 2] = uchar(85 * (i / 16));
            }
            cmsDoTransform(transform.get(), in.data(), out.data(), 64);
            identity = std::equal(in.begin(), in.end(), out.begin(),
                                  [](uchar a, uchar b) { return std::abs(int(a) - int(b)) <= 1; });
        }
    }
    const QMutexLocker lock(&mutex);
    if (known.size() > 64)
        known.clear();
    known.insert(icc, identity);
    return identity;
}

bool convertToSrgb(const uchar* in, qsizetype inStride, PixelLayout layout, const QByteArray& icc,
                   QImage& out) {
    const bool wantsProfile = !icc.isEmpty() &&
                              !(layout == PixelLayout::Rgb && isSrgbProfile(icc)) &&
                              !(layout == PixelLayout::Rgba && isSrgbProfile(icc));
    if (!wantsProfile) {
        plainConversion(in, inStride, layout, out);
        return true;
    }
    ProfilePtr source(cmsOpenProfileFromMem(icc.constData(), cmsUInt32Number(icc.size())));
    if (!source || cmsGetColorSpace(source.get()) != expectedSpace(layout)) {
        plainConversion(in, inStride, layout, out);
        return false;
    }
    ProfilePtr srgb(cmsCreate_sRGBProfile());
    const bool alpha = layout == PixelLayout::Rgba;
    TransformPtr transform(cmsCreateTransform(source.get(), lcmsInputType(layout), srgb.get(),
                                              alpha ? TYPE_RGBA_8 : TYPE_RGB_8, INTENT_PERCEPTUAL,
                                              alpha ? cmsFLAGS_COPY_ALPHA : 0));
    if (!transform) {
        plainConversion(in, inStride, layout, out);
        return false;
    }
    cmsDoTransformLineStride(transform.get(), in, out.bits(), cmsUInt32Number(out.width()),
                             cmsUInt32Number(out.height()), cmsUInt32Number(inStride),
                             cmsUInt32Number(out.bytesPerLine()), 0, 0);
    return true;
}

} // namespace framefit
