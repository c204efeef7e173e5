#pragma once

// The fixed input of the editing tests: a 384 × 256 picture made by pixel
// arithmetic only (no painting engine, no codec), so it is the same on every
// machine: a colour gradient, patches (skin, sky, foliage, saturated colours,
// greys), a grey ramp with fine stripes, noise and hard edges.

#include <QImage>

#include <array>
#include <cmath>
#include <cstdint>

namespace tintype::test {

inline QImage editScene()
{
    constexpr int w = 384, h = 256;
    QImage image(w, h, QImage::Format_RGB32);
    const std::array<QRgb, 8> patches = {qRgb(224, 172, 140), qRgb(110, 160, 220), qRgb(70, 120, 50),
                                         qRgb(200, 30, 30),   qRgb(240, 210, 60),  qRgb(118, 118, 118),
                                         qRgb(30, 28, 35),    qRgb(245, 245, 240)};
    std::uint32_t seed = 12345;
    for (int y = 0; y < h; ++y) {
        auto *row = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            seed = seed * 1664525U + 1013904223U;
            const int noise = int((seed >> 24) % 41) - 20;
            QRgb c = 0;
            if (y < h / 2 && x < w / 2) { // colour gradient
                c = qRgb(x * 255 / (w / 2 - 1), y * 255 / (h / 2 - 1), 128);
            } else if (y < h / 2) { // patches, 4 × 2
                c = patches[std::size_t((y / (h / 4)) * 4 + (x - w / 2) / (w / 8))];
            } else if (x < w / 2) { // grey ramp, fine stripes in its lower half
                int v = x * 255 / (w / 2 - 1);
                if (y >= 3 * h / 4)
                    v = std::clamp(v + int(std::lround(40.0 * std::sin(x * 1.3))), 0, 255);
                c = qRgb(v, v, v);
            } else { // noisy mid-tone with hard bars
                const bool bar = ((x - w / 2) / 12) % 4 == 0;
                const int base = bar ? ((x / 12) % 2 ? 250 : 8) : 140;
                c = qRgb(std::clamp(base + noise, 0, 255), std::clamp(base - 10 + noise, 0, 255),
                         std::clamp(base - 30 + noise / 2, 0, 255));
            }
            row[x] = c;
        }
    }
    return image;
}

} // namespace tintype::test
