// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanczos.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <numbers>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace framefit {

namespace {

// 14-bit weights fit int16 even for the > 1 centre tap of an enlarging kernel, and a pair of
// 8-bit pixels times two weights fits the int32 lanes of SSE2's pmaddwd: the two passes run
// as packed integer multiply-adds, 8 or 16 channels per instruction, on any x86-64.
constexpr int kPrecisionBits = 14;
constexpr int32_t kOne = 1 << kPrecisionBits;
constexpr int32_t kRounding = 1 << (kPrecisionBits - 1);
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

// For each output pixel of one axis: a window of `taps` input pixels starting at first[x], and
// their fixed-point weights (zero outside the filter's support). Every window has the same,
// even length so the horizontal pass can take taps two at a time without a remainder; windows
// are slid inward to stay inside the axis wherever the axis is at least `taps` long.
struct AxisKernel {
    int taps = 0;
    std::vector<int> first;
    std::vector<int16_t> weights; // taps per output pixel
    int begin = 0;                // first input index any window reads
    int end = 0;                  // one past the last input index any window reads
};

// Maps output pixel centres back into [begin, end) of an axis of `inSize` pixels.
AxisKernel makeKernel(int inSize, double begin, double end, int outSize) {
    const double scale = (end - begin) / outSize;
    const double filterScale = std::max(scale, 1.0);
    const double support = kSupport * filterScale;
    AxisKernel k;
    k.taps = (int(std::ceil(support)) * 2 + 2) & ~1;
    k.first.resize(size_t(outSize));
    k.weights.assign(size_t(outSize) * size_t(k.taps), 0);
    k.begin = inSize;
    std::vector<double> w(size_t(k.taps));
    for (int x = 0; x < outSize; ++x) {
        const double centre = begin + (x + 0.5) * scale;
        const int lo = std::clamp(int(std::floor(centre - support + 0.5)), 0, inSize - 1);
        const int hi = std::clamp(int(std::floor(centre + support + 0.5)), lo + 1, inSize);
        const int n = std::min(hi - lo, k.taps);
        double sum = 0.0;
        for (int i = 0; i < n; ++i) {
            w[size_t(i)] = lanczos3((lo + i + 0.5 - centre) / filterScale);
            sum += w[size_t(i)];
        }
        const int start = std::max(0, std::min(lo, inSize - k.taps));
        int16_t* out = &k.weights[size_t(x) * size_t(k.taps) + size_t(lo - start)];
        int32_t total = 0;
        int largest = 0;
        for (int i = 0; i < n; ++i) {
            const double normalised = sum != 0.0 ? w[size_t(i)] / sum : (i == 0 ? 1.0 : 0.0);
            out[i] = int16_t(std::lround(normalised * kOne));
            total += out[i];
            if (out[i] > out[largest])
                largest = i;
        }
        // Rounding each weight can leave the sum a step off one: put the difference on the
        // centre tap so flat areas keep their exact value.
        out[largest] = int16_t(out[largest] + (kOne - total));
        k.first[size_t(x)] = start;
        k.begin = std::min(k.begin, start);
        k.end = std::max(k.end, std::min(inSize, start + k.taps));
    }
    return k;
}

inline uint8_t clampToByte(int32_t acc) {
    const int32_t v = acc >> kPrecisionBits;
    return uint8_t(v < 0 ? 0 : (v > 255 ? 255 : v));
}

// One output row of the vertical pass: out[c] = sum_i rows[i][c] * w[i], for `bytes` channels.
void verticalRow(const uint8_t* const* rows, const int16_t* w, int taps, uint8_t* out, int bytes) {
    int c = 0;
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128();
    for (; c + 16 <= bytes; c += 16) {
        __m128i a0 = _mm_set1_epi32(kRounding), a1 = a0, a2 = a0, a3 = a0;
        for (int i = 0; i < taps; i += 2) {
            if (w[i] == 0 && w[i + 1] == 0)
                continue;
            const __m128i r0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(rows[i] + c));
            const __m128i r1 =
                rows[i + 1] ? _mm_loadu_si128(reinterpret_cast<const __m128i*>(rows[i + 1] + c))
                            : zero;
            const __m128i wp = _mm_set1_epi32(int32_t(uint16_t(w[i])) |
                                              int32_t(uint32_t(uint16_t(w[i + 1])) << 16));
            const __m128i lo = _mm_unpacklo_epi8(r0, r1);
            const __m128i hi = _mm_unpackhi_epi8(r0, r1);
            a0 = _mm_add_epi32(a0, _mm_madd_epi16(_mm_unpacklo_epi8(lo, zero), wp));
            a1 = _mm_add_epi32(a1, _mm_madd_epi16(_mm_unpackhi_epi8(lo, zero), wp));
            a2 = _mm_add_epi32(a2, _mm_madd_epi16(_mm_unpacklo_epi8(hi, zero), wp));
            a3 = _mm_add_epi32(a3, _mm_madd_epi16(_mm_unpackhi_epi8(hi, zero), wp));
        }
        a0 = _mm_srai_epi32(a0, kPrecisionBits);
        a1 = _mm_srai_epi32(a1, kPrecisionBits);
        a2 = _mm_srai_epi32(a2, kPrecisionBits);
        a3 = _mm_srai_epi32(a3, kPrecisionBits);
        const __m128i packed = _mm_packus_epi16(_mm_packs_epi32(a0, a1), _mm_packs_epi32(a2, a3));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + c), packed);
    }
#endif
    for (; c < bytes; ++c) {
        int32_t acc = kRounding;
        for (int i = 0; i < taps; ++i) {
            if (rows[i])
                acc += rows[i][c] * w[i];
        }
        out[c] = clampToByte(acc);
    }
}

// One output row of the horizontal pass over RGB888 pixels. `in` must have at least one
// readable byte after the last pixel any window reads (4-byte loads of 3-byte pixels).
void horizontalRow(const uint8_t* in, const AxisKernel& k, int outWidth, uint8_t* out) {
    const int taps = k.taps;
    for (int x = 0; x < outWidth; ++x) {
        const int16_t* w = &k.weights[size_t(x) * size_t(taps)];
        const uint8_t* p = in + size_t(k.first[size_t(x)]) * 3;
#if defined(__SSE2__)
        const __m128i zero = _mm_setzero_si128();
        __m128i acc = _mm_set1_epi32(kRounding);
        for (int i = 0; i < taps; i += 2, p += 6) {
            uint32_t a, b;
            std::memcpy(&a, p, 4);
            std::memcpy(&b, p + 3, 4);
            // [r0 r1 g0 g1 b0 b1 x x] as int16, times [w0 w1 w0 w1 ...]: one pmaddwd per 2 taps.
            const __m128i px = _mm_unpacklo_epi8(
                _mm_unpacklo_epi8(_mm_cvtsi32_si128(int(a)), _mm_cvtsi32_si128(int(b))), zero);
            int32_t pair;
            std::memcpy(&pair, w + i, 4);
            acc = _mm_add_epi32(acc, _mm_madd_epi16(px, _mm_set1_epi32(pair)));
        }
        acc = _mm_srai_epi32(acc, kPrecisionBits);
        acc = _mm_packus_epi16(_mm_packs_epi32(acc, acc), zero);
        const uint32_t v = uint32_t(_mm_cvtsi128_si32(acc));
        std::memcpy(out + size_t(x) * 3, &v, 3);
#else
        int32_t r = kRounding, g = kRounding, b = kRounding;
        for (int i = 0; i < taps; ++i, p += 3) {
            r += p[0] * w[i];
            g += p[1] * w[i];
            b += p[2] * w[i];
        }
        out[x * 3] = clampToByte(r);
        out[x * 3 + 1] = clampToByte(g);
        out[x * 3 + 2] = clampToByte(b);
#endif
    }
}

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

// Bytes a row buffer for `pixels` RGB888 pixels needs so horizontalRow may read past its end.
size_t paddedRowBytes(int pixels, int taps) {
    return size_t(std::max(pixels, taps) + 2) * 3;
}

} // namespace

QImage resampleLanczos3(const QImage& source, const QRectF& sourceRect, QSize outSize,
                        Threads threads) {
    Q_ASSERT(source.format() == QImage::Format_RGB888);
    if (outSize.isEmpty() || sourceRect.isEmpty() || source.isNull())
        return {};
    AxisKernel kx =
        makeKernel(source.width(), sourceRect.left(), sourceRect.right(), outSize.width());
    const AxisKernel ky =
        makeKernel(source.height(), sourceRect.top(), sourceRect.bottom(), outSize.height());
    QImage result(outSize, QImage::Format_RGB888);
    if (result.isNull())
        return {};
    const int outW = outSize.width();
    const int outH = outSize.height();
    const int cols = kx.end - kx.begin;
    const int rows = ky.end - ky.begin;

    // Either order gives the same filter; the cheaper one runs the costlier horizontal pass
    // (a gather per pixel, about 3x the vertical pass per channel and tap) over fewer pixels.
    const double verticalFirst = double(cols) * outH * ky.taps + 3.0 * outW * outH * kx.taps;
    const double horizontalFirst =
        3.0 * double(rows) * outW * kx.taps + double(outW) * outH * ky.taps;

    if (verticalFirst <= horizontalFirst) {
        // Row by row: vertical into one padded row of the needed columns, then horizontal
        // straight into the result. No intermediate image at all.
        for (int& f : kx.first)
            f -= kx.begin;
        forEachBand(outH, threads, [&](int begin, int end) {
            std::vector<uint8_t> row(paddedRowBytes(cols, kx.taps), 0);
            std::vector<const uint8_t*> taps(size_t(ky.taps));
            for (int y = begin; y < end; ++y) {
                const int first = ky.first[size_t(y)];
                for (int i = 0; i < ky.taps; ++i) {
                    taps[size_t(i)] = first + i < source.height()
                                          ? source.constScanLine(first + i) + size_t(kx.begin) * 3
                                          : nullptr;
                }
                verticalRow(taps.data(), &ky.weights[size_t(y) * size_t(ky.taps)], ky.taps,
                            row.data(), cols * 3);
                horizontalRow(row.data(), kx, outW, result.scanLine(y));
            }
        });
        return result;
    }

    // Horizontal first (enlarging, or shrinking mostly across): the needed source rows at
    // output width, then the vertical pass.
    const size_t stride = size_t(outW) * 3;
    std::vector<uint8_t> horizontal(stride * size_t(rows));
    forEachBand(rows, threads, [&](int begin, int end) {
        std::vector<uint8_t> padded(paddedRowBytes(source.width(), kx.taps), 0);
        for (int r = begin; r < end; ++r) {
            std::memcpy(padded.data(), source.constScanLine(ky.begin + r),
                        size_t(source.width()) * 3);
            horizontalRow(padded.data(), kx, outW, &horizontal[stride * size_t(r)]);
        }
    });
    forEachBand(outH, threads, [&](int begin, int end) {
        std::vector<const uint8_t*> taps(size_t(ky.taps));
        for (int y = begin; y < end; ++y) {
            const int first = ky.first[size_t(y)] - ky.begin;
            for (int i = 0; i < ky.taps; ++i) {
                taps[size_t(i)] =
                    first + i < rows ? &horizontal[stride * size_t(first + i)] : nullptr;
            }
            verticalRow(taps.data(), &ky.weights[size_t(y) * size_t(ky.taps)], ky.taps,
                        result.scanLine(y), int(stride));
        }
    });
    return result;
}

} // namespace framefit
