#include "SyntheticPhoto.h"

#include "Random.h"

#include <QBuffer>
#include <QImage>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

namespace tintype::bench {
namespace {

// Smooth value noise: a coarse grid of random values, bilinearly interpolated.
class ValueNoise {
public:
    ValueNoise(Random &rng, int cellsX, int cellsY) : w_(cellsX + 2), h_(cellsY + 2), grid_(size_t(w_ * h_))
    {
        for (auto &v : grid_)
            v = float(rng.uniform(-1, 1));
    }
    // u, v in [0, 1]
    float at(float u, float v) const
    {
        const float x = u * float(w_ - 2), y = v * float(h_ - 2);
        const int x0 = int(x), y0 = int(y);
        const float fx = x - float(x0), fy = y - float(y0);
        const float *row0 = &grid_[size_t(y0 * w_ + x0)];
        const float *row1 = row0 + w_;
        const float top = row0[0] + (row0[1] - row0[0]) * fx;
        const float bottom = row1[0] + (row1[1] - row1[0]) * fx;
        return top + (bottom - top) * fy;
    }

private:
    int w_, h_;
    std::vector<float> grid_;
};

QImage paint(QSize size, uint64_t seed)
{
    Random rng(seed);
    const ValueNoise shapes(rng, 6, 5), detail(rng, 48, 36), texture(rng, 400, 300);
    const float horizon = float(rng.uniform(0.35, 0.65));
    const float skyR = float(rng.uniform(60, 140)), skyG = float(rng.uniform(110, 170)),
                skyB = float(rng.uniform(170, 240));
    const float gndR = float(rng.uniform(60, 140)), gndG = float(rng.uniform(60, 130)),
                gndB = float(rng.uniform(30, 90));
    const float noiseAmplitude = float(rng.uniform(6.0, 9.0));

    QImage image(size, QImage::Format_RGB32);
    const int w = size.width(), h = size.height();
    Random grain(seed ^ 0x5eed);
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const float v = float(y) / float(h);
        for (int x = 0; x < w; ++x) {
            const float u = float(x) / float(w);
            const float s = shapes.at(u, v), d = detail.at(u, v), t = texture.at(u, v);
            const float edge = horizon + 0.08f * s;
            float r, g, b;
            if (v < edge) { // sky: vertical gradient with soft clouds
                const float k = 1.0f - 0.5f * v / edge;
                const float cloud = std::max(0.0f, d + 0.5f * s) * 90.0f;
                r = skyR * k + cloud, g = skyG * k + cloud, b = skyB * k + cloud * 0.8f;
            } else { // ground: darker, structured, textured
                const float k = 0.6f + 0.4f * (v - edge) / (1.0f - edge);
                const float m = 45.0f * d + 30.0f * t + 25.0f * s;
                r = gndR * k + m, g = gndG * k + m * 1.1f, b = gndB * k + m * 0.7f;
            }
            const uint64_t n = grain.next();
            const float nr = float(int(n & 0xff) - 128), ng = float(int((n >> 8) & 0xff) - 128),
                        nb = float(int((n >> 16) & 0xff) - 128);
            const float a = noiseAmplitude / 128.0f;
            line[x] = qRgb(std::clamp(int(r + nr * a), 0, 255), std::clamp(int(g + ng * a), 0, 255),
                           std::clamp(int(b + nb * a), 0, 255));
        }
    }
    return image;
}

QByteArray encodeJpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "JPEG", quality))
        throw std::runtime_error("Qt could not encode a JPEG (is the qjpeg image format plugin installed?)");
    return bytes;
}

// Drops SOI and the APPn/COM segments that follow it; returns DQT..EOI.
QByteArray stripHeaderSegments(const QByteArray &jpeg)
{
    const auto *p = reinterpret_cast<const uint8_t *>(jpeg.constData());
    const qsizetype n = jpeg.size();
    if (n < 4 || p[0] != 0xff || p[1] != 0xd8)
        throw std::runtime_error("encoder produced no JPEG");
    qsizetype pos = 2;
    while (pos + 4 <= n && p[pos] == 0xff && ((p[pos + 1] >= 0xe0 && p[pos + 1] <= 0xef) || p[pos + 1] == 0xfe))
        pos += 2 + ((qsizetype(p[pos + 2]) << 8) | p[pos + 3]);
    if (pos + 2 > n || p[pos] != 0xff)
        throw std::runtime_error("unexpected JPEG segment layout from the encoder");
    return jpeg.mid(pos);
}

} // namespace

SyntheticPhoto SyntheticPhoto::make(QSize size, uint64_t seed, int quality)
{
    const QImage image = paint(size, seed);
    SyntheticPhoto photo;
    photo.size = size;
    photo.body = stripHeaderSegments(encodeJpeg(image, quality));
    const QImage thumb = image.scaled(QSize(160, 120), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    photo.thumbnail = QByteArray("\xff\xd8", 2) + stripHeaderSegments(encodeJpeg(thumb, 80));
    return photo;
}

} // namespace tintype::bench
