// SPDX-License-Identifier: GPL-3.0-or-later
#include "colourprofile.h"

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
    ProfilePtr profile(cmsOpenProfileFromMem(icc.constData(), cmsUInt32Number(icc.size())));
    if (!profile)
        return false;
    wchar_t description[128] = {};
    cmsGetProfileInfo(profile.get(), cmsInfoDescription, "en", "US", description, 127);
    return std::wcsstr(description, L"sRGB") != nullptr &&
           cmsGetColorSpace(profile.get()) == cmsSigRgbData;
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
