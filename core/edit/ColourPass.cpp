// The per-pixel light and colour stage: one pass over the image, LUTs for the
// sRGB transfer curves and the tone curve, rows split over OpenCV's threads.
#include "edit/RenderStages.h"

#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <type_traits>
#include <vector>

namespace tintype::renderstages {

namespace {
constexpr float kMaxLinear = 16.0F; // +4 stops on white
constexpr int kToneSize = 4096;     // tone LUT over sqrt(linear / kMaxLinear)
constexpr int kVignetteSize = 1024; // vignette gain over the squared radius

float srgbToLinear(double v) { return float(v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4)); }

double linearToSrgb(double v) { return v <= 0.0031308 ? v * 12.92 : 1.055 * std::pow(v, 1.0 / 2.4) - 0.055; }

double smoothstep(double e0, double e1, double x)
{
    const double t = std::clamp((x - e0) / (e1 - e0), 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

const std::vector<float> &decodeTable(int depth)
{
    static const std::vector<float> table8 = [] {
        std::vector<float> t(256);
        for (int i = 0; i < 256; ++i)
            t[std::size_t(i)] = srgbToLinear(i / 255.0);
        return t;
    }();
    static const std::vector<float> table16 = [] {
        std::vector<float> t(65536);
        for (int i = 0; i < 65536; ++i)
            t[std::size_t(i)] = srgbToLinear(i / 65535.0);
        return t;
    }();
    return depth == CV_8U ? table8 : table16;
}

// Encoded value (0..1 after levels) → encoded value: shadows, highlights, contrast.
double toneCurve(double x, const EditStack &stack)
{
    const double blackPoint = -0.1 * stack.amount(OperationType::Blacks);
    const double whitePoint = 1.0 - 0.2 * stack.amount(OperationType::Whites);
    x = std::clamp((x - blackPoint) / (whitePoint - blackPoint), 0.0, 1.0);
    const double inv = 1.0 - x;
    x += 0.9 * stack.amount(OperationType::Shadows) * x * inv * inv * inv;
    x += 0.9 * stack.amount(OperationType::Highlights) * x * x * x * inv;
    const double s = x * x * (3.0 - 2.0 * x);
    x += stack.amount(OperationType::Contrast) * (s - x);
    return std::clamp(x, 0.0, 1.0);
}

struct Settings {
    std::array<float, 3> gain{};
    std::vector<float> tone; // kToneSize + 1 entries
    float saturation = 1, vibrance = 0;
    bool vignette = false;
    std::vector<float> vignetteGain; // kVignetteSize + 1 entries
};

Settings settingsFor(const EditStack &stack)
{
    Settings s;
    const double exposure = std::exp2(stack.amount(OperationType::Exposure));
    const double warmth = stack.amount(OperationType::Warmth), tint = stack.amount(OperationType::Tint);
    std::array<double, 3> g = {std::exp2(0.3 * warmth), std::exp2(-0.25 * tint), std::exp2(-0.3 * warmth)};
    const double luma = 0.2126 * g[0] + 0.7152 * g[1] + 0.0722 * g[2];
    for (std::size_t c = 0; c < 3; ++c)
        s.gain[c] = float(exposure * g[c] / luma);
    s.tone.resize(kToneSize + 1);
    for (int i = 0; i <= kToneSize; ++i) {
        const double u = double(i) / kToneSize;
        s.tone[std::size_t(i)] = float(toneCurve(linearToSrgb(u * u * kMaxLinear), stack));
    }
    s.saturation = float(1.0 + stack.amount(OperationType::Saturation));
    s.vibrance = float(stack.amount(OperationType::Vibrance));
    const double vignette = stack.amount(OperationType::Vignette);
    s.vignette = vignette != 0;
    if (s.vignette) {
        const double midpoint = stack.value(OperationType::Vignette, QStringLiteral("midpoint"));
        s.vignetteGain.resize(kVignetteSize + 1);
        for (int i = 0; i <= kVignetteSize; ++i) {
            const double r = std::sqrt(double(i) / kVignetteSize);
            s.vignetteGain[std::size_t(i)] = float(std::exp2(2.0 * vignette * smoothstep(midpoint * 0.8, 1.0, r)));
        }
    }
    return s;
}

inline float lookup(const std::vector<float> &table, float position)
{
    const int i = std::min(int(position), int(table.size()) - 2);
    const float f = position - float(i);
    return table[std::size_t(i)] + f * (table[std::size_t(i) + 1] - table[std::size_t(i)]);
}

// Per-pixel linear value → tone-mapped encoded value of channel c.
inline float toneOf(const Settings &s, float linear, std::size_t c, float vignette)
{
    const float v = std::clamp(linear * s.gain[c] * vignette / kMaxLinear, 0.0F, 1.0F);
    return lookup(s.tone, std::sqrt(v) * float(kToneSize));
}

// 8-bit input without a vignette: each channel is a function of its byte, so
// three 256-entry tables replace the per-pixel work (bit-identical results).
struct ByteTables {
    std::array<std::array<float, 256>, 3> tone{};
};

ByteTables byteTables(const Settings &s)
{
    ByteTables t;
    const std::vector<float> &decode = decodeTable(CV_8U);
    for (std::size_t c = 0; c < 3; ++c)
        for (std::size_t i = 0; i < 256; ++i)
            t.tone[c][i] = toneOf(s, decode[i], c, 1.0F);
    return t;
}

template <typename Out>
inline void writePixel(const Settings &s, std::array<float, 3> p, Out *out)
{
    const float outScale = std::is_same_v<Out, std::uint8_t> ? 255.0F : (std::is_same_v<Out, float> ? 1.0F : 65535.0F);
    const float luma = 0.2126F * p[0] + 0.7152F * p[1] + 0.0722F * p[2];
    float factor = s.saturation;
    if (s.vibrance != 0) {
        const float chroma = std::max({p[0], p[1], p[2]}) - std::min({p[0], p[1], p[2]});
        const float muted = 1.0F - std::min(1.0F, chroma);
        factor *= 1.0F + s.vibrance * muted * muted;
    }
    for (std::size_t c = 0; c < 3; ++c) {
        const float v = std::clamp(luma + (p[c] - luma) * factor, 0.0F, 1.0F);
        if constexpr (std::is_same_v<Out, float>)
            out[c] = v;
        else
            out[c] = Out(std::lrintf(v * outScale));
    }
}

template <typename In, typename Out>
void runRows(const cv::Mat &input, cv::Mat &output, const Settings &s, const ByteTables *tables, const cv::Range &rows)
{
    const std::vector<float> *decode = std::is_same_v<In, float> ? nullptr : &decodeTable(input.depth());
    const float cx = float(input.cols - 1) / 2.0F, cy = float(input.rows - 1) / 2.0F;
    const float radiusNorm = 1.0F / std::max(1.0F, cx * cx + cy * cy);
    for (int y = rows.start; y < rows.end; ++y) {
        const In *in = input.ptr<In>(y);
        Out *out = output.ptr<Out>(y);
        if (tables) {
            for (int x = 0; x < input.cols; ++x, in += 3, out += 3)
                writePixel(s, {tables->tone[0][in[0]], tables->tone[1][in[1]], tables->tone[2][in[2]]}, out);
            continue;
        }
        const float dy2 = (float(y) - cy) * (float(y) - cy);
        for (int x = 0; x < input.cols; ++x, in += 3, out += 3) {
            float vignette = 1.0F;
            if (s.vignette) {
                const float dx = float(x) - cx;
                vignette = lookup(s.vignetteGain, std::min(1.0F, (dx * dx + dy2) * radiusNorm) * kVignetteSize);
            }
            std::array<float, 3> p{};
            for (std::size_t c = 0; c < 3; ++c)
                p[c] = toneOf(s, decode ? (*decode)[std::size_t(in[c])] : float(in[c]), c, vignette);
            writePixel(s, p, out);
        }
    }
}

template <typename In>
void dispatchOutput(const cv::Mat &input, cv::Mat &output, const Settings &s)
{
    std::optional<ByteTables> tables;
    if (std::is_same_v<In, std::uint8_t> && !s.vignette)
        tables = byteTables(s);
    const ByteTables *t = tables ? &*tables : nullptr;
    cv::parallel_for_(cv::Range(0, input.rows), [&](const cv::Range &rows) {
        switch (output.depth()) {
        case CV_8U: runRows<In, std::uint8_t>(input, output, s, t, rows); break;
        case CV_16U: runRows<In, std::uint16_t>(input, output, s, t, rows); break;
        default: runRows<In, float>(input, output, s, t, rows); break;
        }
    });
}
} // namespace

void colourPassInto(const cv::Mat &input, const EditStack &stack, cv::Mat &output)
{
    const Settings s = settingsFor(stack);
    switch (input.depth()) {
    case CV_8U: dispatchOutput<std::uint8_t>(input, output, s); break;
    case CV_16U: dispatchOutput<std::uint16_t>(input, output, s); break;
    default: dispatchOutput<float>(input, output, s); break;
    }
}

cv::Mat colourPass(const cv::Mat &input, const EditStack &stack, int outputDepth)
{
    cv::Mat output(input.size(), CV_MAKETYPE(outputDepth, 3));
    colourPassInto(input, stack, output);
    return output;
}

cv::Mat toLinear(const cv::Mat &encoded)
{
    const std::vector<float> &table = decodeTable(encoded.depth());
    cv::Mat linear(encoded.size(), CV_32FC3);
    cv::parallel_for_(cv::Range(0, encoded.rows), [&](const cv::Range &rows) {
        for (int y = rows.start; y < rows.end; ++y) {
            auto *out = linear.ptr<float>(y);
            const int n = encoded.cols * 3;
            if (encoded.depth() == CV_8U) {
                const auto *in = encoded.ptr<std::uint8_t>(y);
                for (int i = 0; i < n; ++i)
                    out[i] = table[in[i]];
            } else {
                const auto *in = encoded.ptr<std::uint16_t>(y);
                for (int i = 0; i < n; ++i)
                    out[i] = table[in[i]];
            }
        }
    });
    return linear;
}

} // namespace tintype::renderstages
