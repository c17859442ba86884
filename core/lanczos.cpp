// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanczos.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <vector>

namespace framefit {

namespace {

constexpr int kPrecisionBits = 22; // leaves headroom for 255 * sum(|w|) in int32
constexpr double kSupport = 3.0;

double sinc(double x) {
    if (x == 0.0)
        return 1.0;
    x *= std::numbers::pi;
    return std::sin(x) / x;
}

double lanczos3(double x) {
    return (x > -kSupport && x < kSupport) ? sinc(x) * sinc(x / kSupport) : 0.0;
}

// For each output pixel of one axis: the first input pixel it reads and its fixed-point weights.
struct AxisKernel {
    int taps = 0;                 // weights per output pixel (the same count for all, zero-padded)
    std::vector<int> first;       // first input index per output pixel
    std::vector<int> count;       // input pixels actually read per output pixel
    std::vector<int32_t> weights; // taps per output pixel
};

// Maps output pixel centres back into [begin, end) of an axis of `inSize` pixels.
AxisKernel makeKernel(int inSize, double begin, double end, int outSize) {
    const double scale = (end - begin) / outSize;
    const double filterScale = std::max(scale, 1.0);
    const double support = kSupport * filterScale;
    AxisKernel k;
    k.taps = int(std::ceil(support)) * 2 + 1;
    k.first.resize(outSize);
    k.count.resize(outSize);
    k.weights.assign(size_t(outSize) * k.taps, 0);
    std::vector<double> w(k.taps);
    for (int x = 0; x < outSize; ++x) {
        const double centre = begin + (x + 0.5) * scale;
        const int lo = std::clamp(int(std::floor(centre - support + 0.5)), 0, inSize - 1);
        const int hi = std::clamp(int(std::floor(centre + support + 0.5)), lo + 1, inSize);
        const int n = std::min(hi - lo, k.taps);
        double sum = 0.0;
        for (int i = 0; i < n; ++i) {
            w[i] = lanczos3((lo + i + 0.5 - centre) / filterScale);
            sum += w[i];
        }
        int32_t* out = &k.weights[size_t(x) * k.taps];
        for (int i = 0; i < n; ++i) {
            const double normalised = sum != 0.0 ? w[i] / sum : (i == 0 ? 1.0 : 0.0);
            out[i] = int32_t(std::lround(normalised * (1 << kPrecisionBits)));
        }
        k.first[x] = lo;
        k.count[x] = n;
    }
    return k;
}

inline uint8_t clampToByte(int32_t acc) {
    const int32_t v = acc >> kPrecisionBits;
    return uint8_t(v < 0 ? 0 : (v > 255 ? 255 : v));
}

constexpr int32_t kRounding = 1 << (kPrecisionBits - 1);

// Runs fn(begin, end) over [0, count) in bands, on the global pool when asked.
template <typename Fn>
void forEachBand(int count, Threads threads, Fn fn) {
    const int bands =
        threads == Threads::All ? std::min(count, QThread::idealThreadCount() * 4) : 1;
    if (bands <= 1) {
        fn(0, count);
        return;
    }
    std::vector<std::pair<int, int>> ranges;
    for (int b = 0; b < bands; ++b)
        ranges.emplace_back(count * b / bands, count * (b + 1) / bands);
    QtConcurrent::blockingMap(ranges,
                              [&fn](const std::pair<int, int>& r) { fn(r.first, r.second); });
}

} // namespace

QImage resampleLanczos3(const QImage& source, const QRectF& sourceRect, QSize outSize,
                        Threads threads) {
    Q_ASSERT(source.format() == QImage::Format_RGB888);
    if (outSize.isEmpty() || sourceRect.isEmpty() || source.isNull())
        return {};
    const AxisKernel kx =
        makeKernel(source.width(), sourceRect.left(), sourceRect.right(), outSize.width());
    const AxisKernel ky =
        makeKernel(source.height(), sourceRect.top(), sourceRect.bottom(), outSize.height());

    // Horizontal pass over just the source rows the vertical pass will read.
    const int rowBegin = ky.first.front();
    int rowEnd = 0;
    for (int y = 0; y < outSize.height(); ++y)
        rowEnd = std::max(rowEnd, ky.first[y] + ky.count[y]);
    const int rows = rowEnd - rowBegin;
    const int outW = outSize.width();
    const size_t stride = size_t(outW) * 3;
    std::vector<uint8_t> horizontal(stride * rows);

    forEachBand(rows, threads, [&](int begin, int end) {
        for (int r = begin; r < end; ++r) {
            const uint8_t* in = source.constScanLine(rowBegin + r);
            uint8_t* out = &horizontal[stride * r];
            for (int x = 0; x < outW; ++x) {
                const int32_t* w = &kx.weights[size_t(x) * kx.taps];
                const uint8_t* p = in + size_t(kx.first[x]) * 3;
                int32_t r0 = kRounding, g0 = kRounding, b0 = kRounding;
                for (int i = 0, n = kx.count[x]; i < n; ++i, p += 3) {
                    r0 += p[0] * w[i];
                    g0 += p[1] * w[i];
                    b0 += p[2] * w[i];
                }
                out[x * 3] = clampToByte(r0);
                out[x * 3 + 1] = clampToByte(g0);
                out[x * 3 + 2] = clampToByte(b0);
            }
        }
    });

    QImage result(outSize, QImage::Format_RGB888);
    if (result.isNull())
        return {};
    forEachBand(outSize.height(), threads, [&](int begin, int end) {
        std::vector<int32_t> acc(stride);
        for (int y = begin; y < end; ++y) {
            std::fill(acc.begin(), acc.end(), kRounding);
            const int32_t* w = &ky.weights[size_t(y) * ky.taps];
            for (int i = 0, n = ky.count[y]; i < n; ++i) {
                const uint8_t* in = &horizontal[stride * (ky.first[y] + i - rowBegin)];
                const int32_t wi = w[i];
                for (size_t c = 0; c < stride; ++c)
                    acc[c] += in[c] * wi;
            }
            uint8_t* out = result.scanLine(y);
            for (size_t c = 0; c < stride; ++c)
                out[c] = clampToByte(acc[c]);
        }
    });
    return result;
}

} // namespace framefit
