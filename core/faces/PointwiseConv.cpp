#include "faces/PointwiseConv.h"

#include <opencv2/core/utility.hpp>

#include <immintrin.h>

#include <algorithm>
#include <cstddef>
#include <limits>

namespace tintype::faces {

namespace {
constexpr int kRows = 8;     // output channels per register tile
constexpr int kColumns = 48; // pixels per register tile: three 16-float vectors

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
            _mm512_storeu_ps(dst + 16 * v, _mm512_maskz_loadu_ps(masks.m[v], src + 16 * v));
    }
}

// One 8 × 48 tile: out rows [row0, row0+rows) of the panel's pixels.
__attribute__((target("avx512f,fma"))) void tile(const float *packed, const float *bias, const float *panel, int inputs,
                                                 float low, float high, const PanelMasks &masks, float *output,
                                                 std::ptrdiff_t pixels, int rows)
{
    __m512 acc[kRows][3];
#pragma GCC unroll 8
    for (int r = 0; r < kRows; ++r) {
        const __m512 b = _mm512_set1_ps(bias[r]);
        acc[r][0] = b;
        acc[r][1] = b;
        acc[r][2] = b;
    }
    const float *w = packed;
    const float *x = panel;
    for (int i = 0; i < inputs; ++i, w += kRows, x += kColumns) {
        const __m512 x0 = _mm512_loadu_ps(x), x1 = _mm512_loadu_ps(x + 16), x2 = _mm512_loadu_ps(x + 32);
#pragma GCC unroll 8
        for (int r = 0; r < kRows; ++r) {
            const __m512 weight = _mm512_set1_ps(w[r]);
            acc[r][0] = _mm512_fmadd_ps(weight, x0, acc[r][0]);
            acc[r][1] = _mm512_fmadd_ps(weight, x1, acc[r][1]);
            acc[r][2] = _mm512_fmadd_ps(weight, x2, acc[r][2]);
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
        for (int v = 0; v < 3; ++v)
            _mm512_mask_storeu_ps(dst + 16 * v, masks.m[v],
                                  _mm512_maskz_min_ps(kAll, _mm512_maskz_max_ps(kAll, acc[r][v], lo), hi));
    }
}
} // namespace

bool PointwiseConv::available()
{
    static const bool supported = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("fma");
    return supported;
}

PointwiseConv::PointwiseConv(const std::vector<float> &weights, const std::vector<float> &bias, int inputs, int outputs,
                             Activation activation)
    : m_inputs(inputs),
      m_outputs(outputs)
{
    const int blocks = (outputs + kRows - 1) / kRows;
    m_packed.assign(std::size_t(blocks) * std::size_t(inputs) * kRows, 0.0F);
    m_bias.assign(std::size_t(blocks) * kRows, 0.0F);
    for (int o = 0; o < outputs; ++o) {
        const std::size_t block = std::size_t(o / kRows), row = std::size_t(o % kRows);
        for (int i = 0; i < inputs; ++i)
            m_packed[(block * std::size_t(inputs) + std::size_t(i)) * kRows + row] =
                weights[std::size_t(o) * std::size_t(inputs) + std::size_t(i)];
        if (!bias.empty())
            m_bias[std::size_t(o)] = bias[std::size_t(o)];
    }
    const float infinity = std::numeric_limits<float>::infinity();
    m_low = activation == Activation::None ? -infinity : 0.0F;
    m_high = activation == Activation::Relu6 ? 6.0F : infinity;
}

void PointwiseConv::runPanels(const float *input, float *output, int pixels, int firstPanel, int endPanel) const
{
    thread_local std::vector<float> panel;
    panel.resize(std::size_t(m_inputs) * kColumns);
    for (int p = firstPanel; p < endPanel; ++p) {
        const std::ptrdiff_t first = std::ptrdiff_t(p) * kColumns;
        const PanelMasks masks = masksFor(int(std::min<std::ptrdiff_t>(kColumns, pixels - first)));
        packPanel(input, pixels, m_inputs, first, masks, panel.data());
        for (int o = 0; o < m_outputs; o += kRows)
            tile(m_packed.data() + std::ptrdiff_t(o) * m_inputs, m_bias.data() + o, panel.data(), m_inputs, m_low,
                 m_high, masks, output + std::ptrdiff_t(o) * pixels + first, pixels, std::min(kRows, m_outputs - o));
    }
}

void PointwiseConv::run(const float *input, float *output, int pixels) const
{
    const int panels = (pixels + kColumns - 1) / kColumns;
    if (panels == 0)
        return;
    cv::parallel_for_(
        cv::Range(0, panels), [&](const cv::Range &range) { runPanels(input, output, pixels, range.start, range.end); },
        cv::getNumThreads());
}

} // namespace tintype::faces
