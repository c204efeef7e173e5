#include "nn/DepthwiseConv.h"

#include "nn/KernelVectors.h"

#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstring>
#include <limits>
#include <vector>

namespace tintype {

#if TINTYPE_NN_KERNELS
namespace {
using namespace kernels;

// The zero-padded copy of one input plane: `phases` (the stride) column phases per
// row, each `span` floats; padded column c sits in phase c % stride at c / stride,
// so a tap reads output pixels ox … as one run. Long enough for whole vectors.
struct PaddedPlane {
    int rows, span;
};

constexpr int kRegisterTaps = 9; // 3×3 kernels, the networks' only ones, keep their weights in registers

PaddedPlane paddedPlane(const DepthwiseConv::Kernel &k, const DepthwiseConv::Geometry &g, int lanes)
{
    const int s = k.stride;
    const int rows = (g.outputRows - 1) * s + k.rows;
    const int vectorColumns = (g.outputColumns + lanes - 1) / lanes * lanes;
    const int span = std::max(vectorColumns + (k.columns - 1) / s, (g.padLeft + g.inputColumns + s - 1) / s);
    return {rows, span};
}

template <typename V>
[[gnu::always_inline]] inline void planeBody(const float *in, float *out, const float *weights, float bias,
                                             const DepthwiseConv::Kernel &k, const DepthwiseConv::Geometry &g,
                                             float low, float high)
{
    constexpr int kLanesV = kLanes<V>;
    const int s = k.stride;
    const PaddedPlane shape = paddedPlane(k, g, kLanesV);
    const std::ptrdiff_t rowFloats = std::ptrdiff_t(shape.span) * s;
    thread_local std::vector<float> padded, accumulator;
    // The copy below writes the same places for the same geometry: the padding
    // stays zero from the last plane, and only a new geometry clears the buffer.
    thread_local std::array<int, 7> filledFor{};
    const std::array<int, 7> geometry{shape.rows, shape.span, s, g.padTop, g.padLeft, g.inputRows, g.inputColumns};
    if (geometry != filledFor || padded.size() != std::size_t(shape.rows * rowFloats)) {
        padded.assign(std::size_t(shape.rows * rowFloats), 0.0F);
        filledFor = geometry;
    }
    const int vectorColumns = (g.outputColumns + kLanesV - 1) / kLanesV * kLanesV;
    accumulator.resize(std::size_t(vectorColumns));

    for (int r = 0; r < shape.rows; ++r) {
        const int iy = r - g.padTop;
        if (iy < 0 || iy >= g.inputRows)
            continue;
        const float *src = in + std::ptrdiff_t(iy) * g.inputColumns;
        float *dst = padded.data() + r * rowFloats;
        if (s == 1) {
            std::memcpy(dst + g.padLeft, src, std::size_t(g.inputColumns) * sizeof(float));
            continue;
        }
        // stride 2: padded column c to phase c % 2, at c / 2; a vector pair at a time
        float *phase[2] = {dst, dst + shape.span};
        const int pad = g.padLeft;
        float *evens = phase[pad & 1] + (pad >> 1), *odds = phase[1 - (pad & 1)] + ((pad + 1) >> 1);
        int x = 0;
        for (; x + 2 * kLanesV <= g.inputColumns; x += 2 * kLanesV) {
            const V a = load<V>(src + x), b = load<V>(src + x + kLanesV);
            store(evens + x / 2, shuffleEvens(a, b));
            store(odds + x / 2, shuffleOdds(a, b));
        }
        for (; x < g.inputColumns; ++x) {
            const int c = x + pad;
            phase[c & 1][c >> 1] = src[x];
        }
    }

    const V lo = broadcast<V>(low), hi = broadcast<V>(high);
    const int taps = k.rows * k.columns;
    if (taps == kRegisterTaps) {
        // 3×3: the nine weights and the sum of a vector of pixels stay in registers
        V w[kRegisterTaps];
        for (int t = 0; t < kRegisterTaps; ++t)
            w[t] = broadcast<V>(weights[t]);
        const V b = broadcast<V>(bias);
        std::ptrdiff_t offset[kRegisterTaps];
        for (int t = 0; t < kRegisterTaps; ++t) {
            const int ky = t / k.columns, kx = t % k.columns;
            offset[t] = ky * rowFloats + (kx % s) * shape.span + kx / s;
        }
        float *acc = accumulator.data();
        for (int oy = 0; oy < g.outputRows; ++oy) {
            const float *row = padded.data() + oy * s * rowFloats;
            const float *tap[kRegisterTaps];
            for (int t = 0; t < kRegisterTaps; ++t)
                tap[t] = row + offset[t];
            float *dst = out + std::ptrdiff_t(oy) * g.outputColumns;
            int x = 0;
            for (; x < vectorColumns; x += kLanesV) {
                V sum = b;
#pragma GCC unroll 9
                for (int t = 0; t < kRegisterTaps; ++t)
                    sum += w[t] * load<V>(tap[t] + x);
                sum = clamp(sum, lo, hi);
                if (x + kLanesV <= g.outputColumns)
                    store(dst + x, sum);
                else
                    store(acc + x, sum);
            }
            for (x = g.outputColumns / kLanesV * kLanesV; x < g.outputColumns; ++x)
                dst[x] = acc[x];
        }
        return;
    }
    float *acc = accumulator.data();
    for (int oy = 0; oy < g.outputRows; ++oy) {
        for (int x = 0; x < vectorColumns; x += kLanesV)
            store(acc + x, broadcast<V>(bias));
        for (int ky = 0; ky < k.rows; ++ky) {
            const float *row = padded.data() + (oy * s + ky) * rowFloats;
            for (int kx = 0; kx < k.columns; ++kx) {
                const float *tap = row + (kx % s) * shape.span + kx / s;
                const V w = broadcast<V>(weights[ky * k.columns + kx]);
                for (int x = 0; x < vectorColumns; x += kLanesV)
                    store(acc + x, load<V>(acc + x) + w * load<V>(tap + x));
            }
        }
        float *dst = out + std::ptrdiff_t(oy) * g.outputColumns;
        int x = 0;
        for (; x + kLanesV <= g.outputColumns; x += kLanesV)
            store(dst + x, clamp(load<V>(acc + x), lo, hi));
        for (; x < g.outputColumns; ++x)
            dst[x] = std::min(std::max(acc[x], low), high);
    }
}

using Plane = void (*)(const float *, float *, const float *, float, const DepthwiseConv::Kernel &,
                       const DepthwiseConv::Geometry &, float, float);

#if defined(__x86_64__)
__attribute__((target("avx512f,fma"))) void planeAvx512(const float *in, float *out, const float *weights, float bias,
                                                        const DepthwiseConv::Kernel &k,
                                                        const DepthwiseConv::Geometry &g, float low, float high)
{
    planeBody<Float16>(in, out, weights, bias, k, g, low, high);
}

__attribute__((target("avx2,fma"))) void planeAvx2(const float *in, float *out, const float *weights, float bias,
                                                   const DepthwiseConv::Kernel &k, const DepthwiseConv::Geometry &g,
                                                   float low, float high)
{
    planeBody<Float8>(in, out, weights, bias, k, g, low, high);
}
#endif

void planeGeneric(const float *in, float *out, const float *weights, float bias, const DepthwiseConv::Kernel &k,
                  const DepthwiseConv::Geometry &g, float low, float high)
{
    planeBody<Float4>(in, out, weights, bias, k, g, low, high);
}

Plane planeFor(KernelIsa isa)
{
    switch (isa) {
#if defined(__x86_64__)
    case KernelIsa::Avx512: return planeAvx512;
    case KernelIsa::Avx2: return planeAvx2;
#else
    case KernelIsa::Avx512:
    case KernelIsa::Avx2:
#endif
    case KernelIsa::Generic: break;
    }
    return planeGeneric;
}
} // namespace
#endif

DepthwiseConv::DepthwiseConv(const std::vector<float> &weights, const std::vector<float> &bias, int channels,
                             Kernel kernel, Activation activation, KernelIsa isa)
    : m_channels(channels),
      m_kernel(kernel),
      m_isa(std::min(isa, GemmConv::nativeIsa())),
      m_weights(weights),
      m_bias(bias.empty() ? std::vector<float>(std::size_t(channels), 0.0F) : bias)
{
    const float infinity = std::numeric_limits<float>::infinity();
    m_low = activation == Activation::None ? -infinity : 0.0F;
    m_high = activation == Activation::Relu6 ? 6.0F : infinity;
}

bool DepthwiseConv::operator==(const DepthwiseConv &other) const
{
    return m_channels == other.m_channels && m_kernel.rows == other.m_kernel.rows &&
           m_kernel.columns == other.m_kernel.columns && m_kernel.stride == other.m_kernel.stride &&
           m_isa == other.m_isa && m_low == other.m_low && m_high == other.m_high && m_weights == other.m_weights &&
           m_bias == other.m_bias;
}

#if TINTYPE_NN_KERNELS
void DepthwiseConv::run(const float *input, float *output, const Geometry &geometry) const
{
    if (geometry.outputRows <= 0 || geometry.outputColumns <= 0)
        return;
    const std::ptrdiff_t inPlane = std::ptrdiff_t(geometry.inputRows) * geometry.inputColumns;
    const std::ptrdiff_t outPlane = std::ptrdiff_t(geometry.outputRows) * geometry.outputColumns;
    const int taps = m_kernel.rows * m_kernel.columns;
    const Plane plane = planeFor(m_isa);
    cv::parallel_for_(
        cv::Range(0, m_channels),
        [&](const cv::Range &range) {
            for (int c = range.start; c < range.end; ++c)
                plane(input + c * inPlane, output + c * outPlane, m_weights.data() + std::ptrdiff_t(c) * taps,
                      m_bias[std::size_t(c)], m_kernel, geometry, m_low, m_high);
        },
        cv::getNumThreads());
}

#else
void DepthwiseConv::run(const float *, float *, const Geometry &) const
{
    CV_Error(cv::Error::StsNotImplemented, "DepthwiseConv needs GCC or Clang vector extensions");
}
#endif

} // namespace tintype
