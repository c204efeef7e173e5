#include "nn/GemmConv.h"

#include "nn/KernelVectors.h"

#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string_view>

namespace tintype {

namespace {
constexpr int kMaxColumns = 48; // pixels per panel, at most
} // namespace

bool GemmConv::available() { return TINTYPE_NN_KERNELS != 0; }

KernelIsa GemmConv::nativeIsa()
{
#if TINTYPE_NN_KERNELS && defined(__x86_64__)
    static const KernelIsa native = [] {
        __builtin_cpu_init();
        if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("fma"))
            return KernelIsa::Avx512;
        if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
            return KernelIsa::Avx2;
        return KernelIsa::Generic;
    }();
    return native;
#else
    return KernelIsa::Generic;
#endif
}

KernelIsa GemmConv::isa()
{
    const char *wanted = std::getenv("TINTYPE_NN_ISA");
    const std::string_view name = wanted != nullptr ? wanted : "";
    KernelIsa cap = KernelIsa::Avx512;
    if (name == "avx2")
        cap = KernelIsa::Avx2;
    else if (name == "generic" || name == "portable")
        cap = KernelIsa::Generic;
    return std::min(cap, nativeIsa());
}

const char *GemmConv::isaName(KernelIsa isa)
{
    switch (isa) {
    case KernelIsa::Avx512: return "avx512";
    case KernelIsa::Avx2: return "avx2";
    case KernelIsa::Generic: break;
    }
    return "generic";
}

#if TINTYPE_NN_KERNELS
namespace {
using namespace kernels;

// A register tile: `Rows` output channels × `Vectors` vectors of pixels of a panel
// `PanelColumns` wide. Reads its block of packed weights (Rows per depth step); stores rows
// [0, rows) and pixels [0, width).
template <typename V, int Rows, int Vectors, int PanelColumns = Vectors *kLanes<V>>
[[gnu::always_inline]] inline void tileBody(const float *w, const float *bias, const float *panel, int depth, float low,
                                            float high, float *output, std::ptrdiff_t pixels, int rows, int width)
{
    constexpr int kLanesV = kLanes<V>;
    V acc[Rows][Vectors];
#pragma GCC unroll 8
    for (int r = 0; r < Rows; ++r)
#pragma GCC unroll 3
        for (int v = 0; v < Vectors; ++v)
            acc[r][v] = broadcast<V>(bias[r]);
    const float *x = panel;
    for (int k = 0; k < depth; ++k, w += Rows, x += PanelColumns) {
        V in[Vectors];
#pragma GCC unroll 3
        for (int v = 0; v < Vectors; ++v)
            in[v] = load<V>(x + kLanesV * v);
#pragma GCC unroll 8
        for (int r = 0; r < Rows; ++r) {
            const V weight = broadcast<V>(w[r]);
#pragma GCC unroll 3
            for (int v = 0; v < Vectors; ++v)
                acc[r][v] += weight * in[v];
        }
    }
    const V lo = broadcast<V>(low), hi = broadcast<V>(high);
#pragma GCC unroll 8
    for (int r = 0; r < Rows; ++r) {
        if (r >= rows)
            break;
        float *dst = output + r * pixels;
#pragma GCC unroll 3
        for (int v = 0; v < Vectors; ++v) {
            const V result = clamp(acc[r][v], lo, hi);
            const int lanes = std::min(kLanesV, width - kLanesV * v);
            if (lanes == kLanesV)
                store(dst + kLanesV * v, result);
            else if (lanes > 0)
                std::memcpy(dst + kLanesV * v, &result, std::size_t(lanes) * sizeof(float));
        }
    }
}

using Tile = void (*)(const float *, const float *, const float *, int, float, float, float *, std::ptrdiff_t, int,
                      int);

#if defined(__x86_64__)
template <int Vectors>
__attribute__((target("avx512f,fma"))) void tileAvx512(const float *w, const float *bias, const float *panel, int depth,
                                                       float low, float high, float *output, std::ptrdiff_t pixels,
                                                       int rows, int width)
{
    tileBody<Float16, 8, Vectors, 48>(w, bias, panel, depth, low, high, output, pixels, rows, width);
}

__attribute__((target("avx2,fma"))) void tileAvx2(const float *w, const float *bias, const float *panel, int depth,
                                                  float low, float high, float *output, std::ptrdiff_t pixels, int rows,
                                                  int width)
{
    tileBody<Float8, 4, 3>(w, bias, panel, depth, low, high, output, pixels, rows, width);
}
#endif

// The baseline: 32 vector registers on ARM64 hold an 8 × 12 tile, x86-64's 16 a 4 × 12 one.
#if defined(__aarch64__)
constexpr int kGenericRows = 8;
#else
constexpr int kGenericRows = 4;
#endif
void tileGeneric(const float *w, const float *bias, const float *panel, int depth, float low, float high, float *output,
                 std::ptrdiff_t pixels, int rows, int width)
{
    tileBody<Float4, kGenericRows, 3>(w, bias, panel, depth, low, high, output, pixels, rows, width);
}

// How one form of the kernel cuts the work: the tile's rows and the panel's pixels.
struct TilePlan {
    int rows, columns;
    Tile tile;
};

TilePlan planFor(KernelIsa isa, int width)
{
    switch (isa) {
#if defined(__x86_64__)
    case KernelIsa::Avx512:
        // a partial last panel needs fewer vectors
        return {8, 48, width <= 16 ? tileAvx512<1> : width <= 32 ? tileAvx512<2> : tileAvx512<3>};
    case KernelIsa::Avx2: return {4, 24, tileAvx2};
#else
    case KernelIsa::Avx512:
    case KernelIsa::Avx2:
#endif
    case KernelIsa::Generic: break;
    }
    return {kGenericRows, 12, tileGeneric};
}

// Copies input[.][first .. first+width) into a [inputs][Columns] panel, zero beyond
// width. A constant size for whole panels: the copies inline instead of calling memcpy.
template <int Columns>
void packPanel(const float *input, std::ptrdiff_t pixels, int inputs, std::ptrdiff_t first, int width, float *panel)
{
    const float *src = input + first;
    if (width == Columns) {
        for (int i = 0; i < inputs; ++i, src += pixels, panel += Columns)
            std::memcpy(panel, src, Columns * sizeof(float));
        return;
    }
    for (int i = 0; i < inputs; ++i, src += pixels, panel += Columns) {
        std::memcpy(panel, src, std::size_t(width) * sizeof(float));
        std::fill(panel + width, panel + Columns, 0.0F);
    }
}

void packPanel(const float *input, std::ptrdiff_t pixels, int inputs, std::ptrdiff_t first, int width, int columns,
               float *panel)
{
    switch (columns) {
    case 48: packPanel<48>(input, pixels, inputs, first, width, panel); return;
    case 24: packPanel<24>(input, pixels, inputs, first, width, panel); return;
    default: packPanel<12>(input, pixels, inputs, first, width, panel); return;
    }
}

// Any kernel: gathers the patches of output pixels first .. first+width into a
// [inputs · kernel rows · kernel columns][columns] panel; zero where a tap falls in
// the padding or past the last pixel.
void gatherPanel(const float *input, const GemmConv::Geometry &g, const GemmConv::Kernel &k, int inputs, int first,
                 int width, int columns, float *panel)
{
    const std::ptrdiff_t plane = std::ptrdiff_t(g.inputRows) * g.inputColumns;
    int topRow[kMaxColumns], leftColumn[kMaxColumns];
    for (int j = 0; j < columns; ++j) {
        const int pixel = first + std::min(j, width - 1);
        topRow[j] = (pixel / g.outputColumns) * k.stride - g.padTop;
        leftColumn[j] = (pixel % g.outputColumns) * k.stride - g.padLeft;
    }
    for (int ky = 0; ky < k.rows; ++ky) {
        for (int kx = 0; kx < k.columns; ++kx) {
            // The panel row of this tap as runs: contiguous input (stride 1 within an
            // output row), single pixels (stride 2) or padding.
            struct Run {
                int start, length, source; // source -1: zeros
            };
            Run runs[kMaxColumns];
            int count = 0;
            for (int j = 0; j < columns; ++j) {
                const int y = topRow[j] + ky, x = leftColumn[j] + kx;
                const bool inside = j < width && y >= 0 && y < g.inputRows && x >= 0 && x < g.inputColumns;
                const int source = inside ? y * g.inputColumns + x : -1;
                Run *last = count > 0 ? &runs[count - 1] : nullptr;
                if (last != nullptr && ((source < 0 && last->source < 0) ||
                                        (source >= 0 && last->source >= 0 && source == last->source + last->length)))
                    ++last->length;
                else
                    runs[count++] = {j, 1, source};
            }
            for (int c = 0; c < inputs; ++c) {
                const float *from = input + c * plane;
                float *dst = panel + std::ptrdiff_t((c * k.rows + ky) * k.columns + kx) * columns;
                for (int r = 0; r < count; ++r) {
                    const Run &run = runs[r];
                    if (run.source < 0)
                        std::fill(dst + run.start, dst + run.start + run.length, 0.0F);
                    else if (run.length == 1)
                        dst[run.start] = from[run.source];
                    else
                        std::memcpy(dst + run.start, from + run.source, std::size_t(run.length) * sizeof(float));
                }
            }
        }
    }
}
} // namespace
#endif

GemmConv::GemmConv(const std::vector<float> &weights, const std::vector<float> &bias, int inputs, int outputs,
                   Kernel kernel, Activation activation, KernelIsa isa)
    : m_inputs(inputs),
      m_outputs(outputs),
      m_kernel(kernel),
      m_isa(std::min(isa, nativeIsa())),
      m_depth(inputs * kernel.rows * kernel.columns)
{
#if TINTYPE_NN_KERNELS
    m_block = planFor(m_isa, kMaxColumns).rows;
#endif
    const auto depth = std::size_t(m_depth);
    const int rows = m_block;
    const int blocks = (outputs + rows - 1) / rows;
    m_packed.assign(std::size_t(blocks) * depth * std::size_t(rows), 0.0F);
    m_bias.assign(std::size_t(blocks) * std::size_t(rows), 0.0F);
    for (int o = 0; o < outputs; ++o) {
        const std::size_t block = std::size_t(o / rows), row = std::size_t(o % rows);
        for (std::size_t k = 0; k < depth; ++k)
            m_packed[(block * depth + k) * std::size_t(rows) + row] = weights[std::size_t(o) * depth + k];
        if (!bias.empty())
            m_bias[std::size_t(o)] = bias[std::size_t(o)];
    }
    const float infinity = std::numeric_limits<float>::infinity();
    m_low = activation == Activation::None ? -infinity : 0.0F;
    m_high = activation == Activation::Relu6 ? 6.0F : infinity;
}

bool GemmConv::operator==(const GemmConv &other) const
{
    return m_inputs == other.m_inputs && m_outputs == other.m_outputs && m_kernel.rows == other.m_kernel.rows &&
           m_kernel.columns == other.m_kernel.columns && m_kernel.stride == other.m_kernel.stride &&
           m_isa == other.m_isa && m_low == other.m_low && m_high == other.m_high && m_packed == other.m_packed &&
           m_bias == other.m_bias;
}

#if TINTYPE_NN_KERNELS
void GemmConv::runPanels(const float *input, float *output, const Geometry &geometry, int firstPanel,
                         int endPanel) const
{
    const int pixels = geometry.outputRows * geometry.outputColumns;
    const int columns = planFor(m_isa, kMaxColumns).columns;
    const std::size_t panelFloats = std::size_t(m_depth) * std::size_t(columns);
    // Panels go in groups that fit half a typical L2 cache, and each tile of
    // weights runs over the whole group: the weights of a deep layer (4 MB for
    // 1024 × 1024) then stream once per group instead of once per panel.
    constexpr std::size_t kGroupBytes = 256 * 1024;
    const int group = int(std::clamp<std::size_t>(kGroupBytes / (panelFloats * sizeof(float)), 1, 16));
    thread_local std::vector<float> panels;
    panels.resize(panelFloats * std::size_t(group));
    for (int p0 = firstPanel; p0 < endPanel; p0 += group) {
        const int count = std::min(group, endPanel - p0);
        for (int g = 0; g < count; ++g) {
            const int first = (p0 + g) * columns, width = std::min(columns, pixels - first);
            float *panel = panels.data() + panelFloats * std::size_t(g);
            if (isPointwise())
                packPanel(input, pixels, m_inputs, first, width, columns, panel);
            else
                gatherPanel(input, geometry, m_kernel, m_inputs, first, width, columns, panel);
        }
        for (int o = 0; o < m_outputs; o += m_block) {
            const float *w = m_packed.data() + std::ptrdiff_t(o) * m_depth; // block o / m_block
            const int rows = std::min(m_block, m_outputs - o);
            for (int g = 0; g < count; ++g) {
                const int first = (p0 + g) * columns, width = std::min(columns, pixels - first);
                const TilePlan plan = planFor(m_isa, width);
                plan.tile(w, m_bias.data() + o, panels.data() + panelFloats * std::size_t(g), m_depth, m_low, m_high,
                          output + std::ptrdiff_t(o) * pixels + first, pixels, rows, width);
            }
        }
    }
}

void GemmConv::run(const float *input, float *output, const Geometry &geometry) const
{
    const int columns = planFor(m_isa, kMaxColumns).columns;
    const int panels = (geometry.outputRows * geometry.outputColumns + columns - 1) / columns;
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
    CV_Error(cv::Error::StsNotImplemented, "GemmConv needs GCC or Clang vector extensions");
}
#endif

} // namespace tintype
