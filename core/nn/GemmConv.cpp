#include "nn/GemmConv.h"

#include <opencv2/core/utility.hpp>

#if TINTYPE_FACES_AVX512
#include <immintrin.h>
#endif

#include <algorithm>
#include <cstddef>
#include <limits>

namespace tintype {

namespace {
constexpr int kRows = 8;     // output channels per register tile
constexpr int kColumns = 48; // pixels per register tile: three 16-float vectors
} // namespace

#if TINTYPE_FACES_AVX512
namespace {

// Lanes of the three vectors of a panel that hold pixels (the last panel is partial).
struct PanelMasks {
    __mmask16 m[3];
};

PanelMasks masksFor(int width)
{
    PanelMasks masks{};
    for (int v = 0; v < 3; ++v) {
        const int lanes = std::clamp(width - 16 * v, 0, 16);
        masks.m[v] = static_cast<__mmask16>((1U << lanes) - 1U);
    }
    return masks;
}

// Copies input[.][first .. first+width) into a [inputs][48] panel, zero beyond width.
__attribute__((target("avx512f"))) void packPanel(const float *input, std::ptrdiff_t pixels, int inputs,
                                                  std::ptrdiff_t first, const PanelMasks &masks, float *panel)
{
    for (int i = 0; i < inputs; ++i) {
        const float *src = input + i * pixels + first;
        float *dst = panel + std::ptrdiff_t(i) * kColumns;
        for (int v = 0; v < 3; ++v)
            if (masks.m[v] != 0)
                _mm512_storeu_ps(dst + 16 * v, _mm512_maskz_loadu_ps(masks.m[v], src + 16 * v));
    }
}

// Any kernel: gathers the patches of output pixels first .. first+width into a
// [inputs · kernel rows · kernel columns][48] panel; zero where a tap falls in the
// padding or past the last pixel.
__attribute__((target("avx512f"))) void gatherPanel(const float *input, const GemmConv::Geometry &g,
                                                    const GemmConv::Kernel &k, int inputs, int first, int width,
                                                    float *panel)
{
    const std::ptrdiff_t plane = std::ptrdiff_t(g.inputRows) * g.inputColumns;
    int topRow[kColumns], leftColumn[kColumns];
    for (int j = 0; j < kColumns; ++j) {
        const int pixel = first + std::min(j, width - 1);
        topRow[j] = (pixel / g.outputColumns) * k.stride - g.padTop;
        leftColumn[j] = (pixel % g.outputColumns) * k.stride - g.padLeft;
    }
    const __m512 zero = _mm512_setzero_ps();
    const int vectors = (width + 15) / 16;
    for (int ky = 0; ky < k.rows; ++ky) {
        for (int kx = 0; kx < k.columns; ++kx) {
            alignas(64) int index[kColumns];
            __mmask16 masks[3] = {0, 0, 0};
            for (int j = 0; j < kColumns; ++j) {
                const int y = topRow[j] + ky, x = leftColumn[j] + kx;
                const bool inside = j < width && y >= 0 && y < g.inputRows && x >= 0 && x < g.inputColumns;
                index[j] = inside ? y * g.inputColumns + x : 0;
                if (inside)
                    masks[j / 16] = static_cast<__mmask16>(masks[j / 16] | (1U << (j % 16)));
            }
            const __m512i indices[3] = {_mm512_load_si512(index), _mm512_load_si512(index + 16),
                                        _mm512_load_si512(index + 32)};
            for (int c = 0; c < inputs; ++c) {
                const float *source = input + c * plane;
                float *dst = panel + std::ptrdiff_t((c * k.rows + ky) * k.columns + kx) * kColumns;
                for (int v = 0; v < vectors; ++v)
                    _mm512_storeu_ps(dst + 16 * v, _mm512_mask_i32gather_ps(zero, masks[v], indices[v], source, 4));
            }
        }
    }
}

// One tile of 8 output rows × `Vectors`·16 pixels (a partial last panel needs
// fewer vectors): rows [0, rows) of it are stored.
template <int Vectors>
__attribute__((target("avx512f,fma"))) void tile(const float *packed, const float *bias, const float *panel, int depth,
                                                 float low, float high, const PanelMasks &masks, float *output,
                                                 std::ptrdiff_t pixels, int rows)
{
    __m512 acc[kRows][Vectors];
#pragma GCC unroll 8
    for (int r = 0; r < kRows; ++r)
        for (int v = 0; v < Vectors; ++v)
            acc[r][v] = _mm512_set1_ps(bias[r]);
    const float *w = packed;
    const float *x = panel;
    for (int k = 0; k < depth; ++k, w += kRows, x += kColumns) {
        __m512 in[Vectors];
        for (int v = 0; v < Vectors; ++v)
            in[v] = _mm512_loadu_ps(x + 16 * v);
#pragma GCC unroll 8
        for (int r = 0; r < kRows; ++r) {
            const __m512 weight = _mm512_set1_ps(w[r]);
            for (int v = 0; v < Vectors; ++v)
                acc[r][v] = _mm512_fmadd_ps(weight, in[v], acc[r][v]);
        }
    }
    // The zero-masked forms with every lane set: GCC 12 warns about the plain ones' undefined source.
    constexpr __mmask16 kAll = 0xFFFF;
    const __m512 lo = _mm512_set1_ps(low), hi = _mm512_set1_ps(high);
#pragma GCC unroll 8
    for (int r = 0; r < kRows; ++r) {
        if (r >= rows)
            break;
        float *dst = output + r * pixels;
        for (int v = 0; v < Vectors; ++v)
            _mm512_mask_storeu_ps(dst + 16 * v, masks.m[v],
                                  _mm512_maskz_min_ps(kAll, _mm512_maskz_max_ps(kAll, acc[r][v], lo), hi));
    }
}

using Tile = void (*)(const float *, const float *, const float *, int, float, float, const PanelMasks &, float *,
                      std::ptrdiff_t, int);

Tile tileFor(int width)
{
    if (width <= 16)
        return tile<1>;
    if (width <= 32)
        return tile<2>;
    return tile<3>;
}
} // namespace

bool GemmConv::available()
{
    static const bool supported = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("fma");
    return supported;
}
#else
bool GemmConv::available() { return false; }
#endif

GemmConv::GemmConv(const std::vector<float> &weights, const std::vector<float> &bias, int inputs, int outputs,
                   Kernel kernel, Activation activation)
    : m_inputs(inputs),
      m_outputs(outputs),
      m_kernel(kernel),
      m_depth(inputs * kernel.rows * kernel.columns)
{
    const auto depth = std::size_t(m_depth);
    const int blocks = (outputs + kRows - 1) / kRows;
    m_packed.assign(std::size_t(blocks) * depth * kRows, 0.0F);
    m_bias.assign(std::size_t(blocks) * kRows, 0.0F);
    for (int o = 0; o < outputs; ++o) {
        const std::size_t block = std::size_t(o / kRows), row = std::size_t(o % kRows);
        for (std::size_t k = 0; k < depth; ++k)
            m_packed[(block * depth + k) * kRows + row] = weights[std::size_t(o) * depth + k];
        if (!bias.empty())
            m_bias[std::size_t(o)] = bias[std::size_t(o)];
    }
    const float infinity = std::numeric_limits<float>::infinity();
    m_low = activation == Activation::None ? -infinity : 0.0F;
    m_high = activation == Activation::Relu6 ? 6.0F : infinity;
}

#if TINTYPE_FACES_AVX512
void GemmConv::runPanels(const float *input, float *output, const Geometry &geometry, int firstPanel,
                         int endPanel) const
{
    const int pixels = geometry.outputRows * geometry.outputColumns;
    thread_local std::vector<float> panel;
    panel.resize(std::size_t(m_depth) * kColumns);
    for (int p = firstPanel; p < endPanel; ++p) {
        const int first = p * kColumns, width = std::min(kColumns, pixels - first);
        const PanelMasks masks = masksFor(width);
        if (isPointwise())
            packPanel(input, pixels, m_inputs, first, masks, panel.data());
        else
            gatherPanel(input, geometry, m_kernel, m_inputs, first, width, panel.data());
        const Tile tile = tileFor(width);
        for (int o = 0; o < m_outputs; o += kRows)
            tile(m_packed.data() + std::ptrdiff_t(o) * m_depth, m_bias.data() + o, panel.data(), m_depth, m_low, m_high,
                 masks, output + std::ptrdiff_t(o) * pixels + first, pixels, std::min(kRows, m_outputs - o));
    }
}

void GemmConv::run(const float *input, float *output, const Geometry &geometry) const
{
    const int panels = (geometry.outputRows * geometry.outputColumns + kColumns - 1) / kColumns;
    if (panels <= 0)
        return;
    cv::parallel_for_(
        cv::Range(0, panels),
        [&](const cv::Range &range) { runPanels(input, output, geometry, range.start, range.end); },
        cv::getNumThreads());
}

#else
void GemmConv::run(const float *, float *, const Geometry &) const
{
    CV_Error(cv::Error::StsNotImplemented, "GemmConv needs an x86-64 CPU with AVX-512");
}
#endif

} // namespace tintype
