#include "nn/DepthwiseConv.h"

#include <opencv2/core/utility.hpp>

#if TINTYPE_FACES_AVX512
#include <immintrin.h>
#endif

#include <algorithm>
#include <cstddef>
#include <limits>
#include <vector>

namespace tintype {

#if TINTYPE_FACES_AVX512
namespace {
// Of `count` (at most 16) lanes reading columns first, first + 1, …: those inside [0, columns).
__mmask16 insideMask(int first, int columns, int count)
{
    const int from = std::clamp(-first, 0, 16), to = std::clamp(std::min(columns - first, count), 0, 16);
    if (to <= from)
        return 0;
    return static_cast<__mmask16>(((1U << (to - from)) - 1U) << from);
}

// The input lanes of every (16-pixel chunk of an output row, kernel column): which
// columns exist (the rest is padding). Stride 2 reads two vectors per tap.
struct ChunkMasks {
    std::vector<__mmask16> first, second; // [chunk · kernel columns + kx]
};

__attribute__((target("avx512f"))) ChunkMasks chunkMasks(const DepthwiseConv::Kernel &k,
                                                         const DepthwiseConv::Geometry &g)
{
    ChunkMasks masks;
    for (int ox = 0; ox < g.outputColumns; ox += 16) {
        const int lanes = std::min(16, g.outputColumns - ox);
        for (int kx = 0; kx < k.columns; ++kx) {
            const int first = ox * k.stride - g.padLeft + kx;
            masks.first.push_back(insideMask(first, g.inputColumns, k.stride * lanes));
            masks.second.push_back(insideMask(first + 16, g.inputColumns, k.stride * lanes - 16));
        }
    }
    return masks;
}

// One channel plane.
__attribute__((target("avx512f,fma"))) void depthwisePlane(const float *in, float *out, const float *weights,
                                                           float bias, const DepthwiseConv::Kernel &k,
                                                           const DepthwiseConv::Geometry &g, const ChunkMasks &masks,
                                                           float low, float high)
{
    constexpr __mmask16 kAll = 0xFFFF;
    const __m512 lo = _mm512_set1_ps(low), hi = _mm512_set1_ps(high);
    const __m512i evens = _mm512_set_epi32(30, 28, 26, 24, 22, 20, 18, 16, 14, 12, 10, 8, 6, 4, 2, 0);
    for (int oy = 0; oy < g.outputRows; ++oy) {
        float *dst = out + std::ptrdiff_t(oy) * g.outputColumns;
        for (int ox = 0, chunk = 0; ox < g.outputColumns; ox += 16, ++chunk) {
            const int lanes = std::min(16, g.outputColumns - ox);
            const __mmask16 *first = masks.first.data() + std::ptrdiff_t(chunk) * k.columns;
            const __mmask16 *second = masks.second.data() + std::ptrdiff_t(chunk) * k.columns;
            __m512 acc = _mm512_set1_ps(bias);
            for (int ky = 0; ky < k.rows; ++ky) {
                const int iy = oy * k.stride - g.padTop + ky;
                if (iy < 0 || iy >= g.inputRows)
                    continue;
                const float *row = in + std::ptrdiff_t(iy) * g.inputColumns + std::ptrdiff_t(ox) * k.stride - g.padLeft;
                for (int kx = 0; kx < k.columns; ++kx) {
                    __m512 x = _mm512_maskz_loadu_ps(first[kx], row + kx);
                    if (k.stride == 2) // the even lanes of 32 columns
                        x = _mm512_permutex2var_ps(x, evens, _mm512_maskz_loadu_ps(second[kx], row + kx + 16));
                    acc = _mm512_fmadd_ps(_mm512_set1_ps(weights[ky * k.columns + kx]), x, acc);
                }
            }
            const __mmask16 store = static_cast<__mmask16>((1U << lanes) - 1U);
            _mm512_mask_storeu_ps(dst + ox, store, _mm512_maskz_min_ps(kAll, _mm512_maskz_max_ps(kAll, acc, lo), hi));
        }
    }
}
} // namespace
#endif

DepthwiseConv::DepthwiseConv(const std::vector<float> &weights, const std::vector<float> &bias, int channels,
                             Kernel kernel, Activation activation)
    : m_channels(channels),
      m_kernel(kernel),
      m_weights(weights),
      m_bias(bias.empty() ? std::vector<float>(std::size_t(channels), 0.0F) : bias)
{
    const float infinity = std::numeric_limits<float>::infinity();
    m_low = activation == Activation::None ? -infinity : 0.0F;
    m_high = activation == Activation::Relu6 ? 6.0F : infinity;
}

#if TINTYPE_FACES_AVX512
void DepthwiseConv::run(const float *input, float *output, const Geometry &geometry) const
{
    const std::ptrdiff_t inPlane = std::ptrdiff_t(geometry.inputRows) * geometry.inputColumns;
    const std::ptrdiff_t outPlane = std::ptrdiff_t(geometry.outputRows) * geometry.outputColumns;
    const int taps = m_kernel.rows * m_kernel.columns;
    const ChunkMasks masks = chunkMasks(m_kernel, geometry);
    cv::parallel_for_(
        cv::Range(0, m_channels),
        [&](const cv::Range &range) {
            for (int c = range.start; c < range.end; ++c)
                depthwisePlane(input + c * inPlane, output + c * outPlane, m_weights.data() + std::ptrdiff_t(c) * taps,
                               m_bias[std::size_t(c)], m_kernel, geometry, masks, m_low, m_high);
        },
        cv::getNumThreads());
}

#else
void DepthwiseConv::run(const float *, float *, const Geometry &) const
{
    CV_Error(cv::Error::StsNotImplemented, "DepthwiseConv needs an x86-64 CPU with AVX-512");
}
#endif

} // namespace tintype
