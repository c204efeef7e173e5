#include "imaging/HdrToneMap.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace tintype::detail {

namespace {
constexpr float kReferenceWhite = 203.f; // cd/m², BT.2408
constexpr float kPeak = 1000.f;          // cd/m², HLG's nominal display
constexpr float kKnee = 0.75f;           // of reference white: below it, light is kept as it is

// SMPTE ST 2084 EOTF: code value → cd/m².
float pqToNits(float e)
{
    constexpr float m1 = 2610.f / 16384.f, m2 = 2523.f / 4096.f * 128.f;
    constexpr float c1 = 3424.f / 4096.f, c2 = 2413.f / 4096.f * 32.f, c3 = 2392.f / 4096.f * 32.f;
    const float p = std::pow(std::clamp(e, 0.f, 1.f), 1.f / m2);
    return 10000.f * std::pow(std::max(p - c1, 0.f) / (c2 - c3 * p), 1.f / m1);
}

// ARIB STD-B67 (HLG) inverse OETF: code value → scene light 0..1.
float hlgToScene(float e)
{
    constexpr float a = 0.17883277f, b = 0.28466892f, c = 0.55991073f;
    e = std::clamp(e, 0.f, 1.f);
    return e <= 0.5f ? e * e / 3.f : (std::exp((e - c) / a) + b) / 12.f;
}

// One table per transfer over the 16-bit code values: linear light, 1.0 = reference white
// (HLG: scene light, the OOTF is applied per pixel with its luminance).
const std::vector<float> &linearTable(HdrTransfer transfer)
{
    static const std::array<std::vector<float>, 2> tables = [] {
        std::array<std::vector<float>, 2> t{std::vector<float>(65536), std::vector<float>(65536)};
        for (int i = 0; i < 65536; ++i) {
            t[0][size_t(i)] = pqToNits(float(i) / 65535.f) / kReferenceWhite;
            t[1][size_t(i)] = hlgToScene(float(i) / 65535.f);
        }
        return t;
    }();
    return tables[transfer == HdrTransfer::Pq ? 0 : 1];
}

std::uint8_t srgbEncode(float v)
{
    static const std::array<std::uint8_t, 4097> table = [] {
        std::array<std::uint8_t, 4097> t{};
        for (int i = 0; i <= 4096; ++i) {
            const float x = float(i) / 4096.f;
            const float s = x <= 0.0031308f ? 12.92f * x : 1.055f * std::pow(x, 1.f / 2.4f) - 0.055f;
            t[size_t(i)] = std::uint8_t(std::lround(std::clamp(s, 0.f, 1.f) * 255.f));
        }
        return t;
    }();
    return table[size_t(std::lround(std::clamp(v, 0.f, 1.f) * 4096.f))];
}
} // namespace

QImage toneMapHdr(const std::uint16_t *rgb48, int width, int height, int strideBytes, HdrTransfer transfer)
{
    QImage out(width, height, QImage::Format_RGB32);
    if (out.isNull())
        return out;
    const std::vector<float> &linear = linearTable(transfer);
    // HLG OOTF for a 1000 cd/m² display: Fd = 1000 · Ys^(γ-1) · Es, γ = 1.2.
    constexpr float hlgGain = kPeak / kReferenceWhite, hlgGamma = 1.2f;
    for (int y = 0; y < height; ++y) {
        const auto *in = reinterpret_cast<const std::uint16_t *>(reinterpret_cast<const char *>(rgb48) +
                                                                 std::ptrdiff_t(y) * strideBytes);
        auto *line = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < width; ++x, in += 3) {
            float r = linear[in[0]], g = linear[in[1]], b = linear[in[2]];
            if (transfer == HdrTransfer::Hlg) {
                const float ys = 0.2627f * r + 0.6780f * g + 0.0593f * b;
                const float gain = hlgGain * (ys > 0 ? std::pow(ys, hlgGamma - 1.f) : 0.f);
                r *= gain;
                g *= gain;
                b *= gain;
            }
            // BT.2020 → BT.709 primaries (linear light).
            float r7 = 1.6605f * r - 0.5876f * g - 0.0728f * b;
            float g7 = -0.1246f * r + 1.1329f * g - 0.0083f * b;
            float b7 = -0.0182f * r - 0.1006f * g + 1.1187f * b;
            r7 = std::max(r7, 0.f);
            g7 = std::max(g7, 0.f);
            b7 = std::max(b7, 0.f);
            // Roll the highlights off above a knee: what is darker than it stays
            // as it is, brighter light approaches 1 smoothly.
            const float l = 0.2126f * r7 + 0.7152f * g7 + 0.0722f * b7;
            if (l > kKnee) {
                const float mapped = kKnee + (1.f - kKnee) * (1.f - std::exp(-(l - kKnee) / (1.f - kKnee)));
                const float k = mapped / l;
                r7 *= k;
                g7 *= k;
                b7 *= k;
            }
            line[x] = qRgb(srgbEncode(r7), srgbEncode(g7), srgbEncode(b7));
        }
    }
    return out;
}

} // namespace tintype::detail
