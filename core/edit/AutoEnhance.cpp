#include "edit/AutoEnhance.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace tintype {

namespace {
double srgbToLinear(double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); }

double percentile(const std::array<std::int64_t, 256> &histogram, std::int64_t total, double fraction)
{
    const auto target = std::int64_t(fraction * double(total));
    std::int64_t seen = 0;
    for (std::size_t i = 0; i < histogram.size(); ++i) {
        seen += histogram[i];
        if (seen > target)
            return double(i) / 255.0;
    }
    return 1.0;
}

double rounded(double v) { return std::round(v * 100.0) / 100.0; } // stable, readable stacks
} // namespace

EditStack AutoEnhance::suggest(const QImage &picture)
{
    EditStack stack;
    if (picture.isNull())
        return stack;
    const QImage image = picture.convertToFormat(QImage::Format_RGB32);
    const int step = std::max(1, int(std::sqrt(double(image.width()) * image.height() / 250000.0)));
    std::array<std::int64_t, 256> histogram{};
    std::int64_t total = 0;
    double chromaSum = 0, lumaSum = 0, lumaSquares = 0;
    for (int y = 0; y < image.height(); y += step) {
        const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += step) {
            const int r = qRed(row[x]), g = qGreen(row[x]), b = qBlue(row[x]);
            const int luma = std::clamp(int(std::lround(0.2126 * r + 0.7152 * g + 0.0722 * b)), 0, 255);
            ++histogram[std::size_t(luma)];
            ++total;
            lumaSum += luma / 255.0;
            lumaSquares += (luma / 255.0) * (luma / 255.0);
            chromaSum += (std::max({r, g, b}) - std::min({r, g, b})) / 255.0;
        }
    }
    if (total == 0)
        return stack;
    const double low = percentile(histogram, total, 0.005);
    const double median = percentile(histogram, total, 0.5);
    const double high = percentile(histogram, total, 0.995);
    const double mean = lumaSum / double(total);
    const double spread = std::sqrt(std::max(0.0, lumaSquares / double(total) - mean * mean));

    // Half-way (in stops) to a median of 0.45, at most ±1.5 stops.
    const double stops = 0.5 * std::log2(srgbToLinear(0.45) / std::max(1e-4, srgbToLinear(std::max(median, 0.01))));
    stack.set(OperationType::Exposure, rounded(std::clamp(stops, -1.5, 1.5)));
    // Black point at the darkest 0.5 %, white point at the brightest (see the tone curve's levels).
    stack.set(OperationType::Blacks, rounded(std::clamp(-(low - 0.01) / 0.1, -1.0, 0.3)));
    stack.set(OperationType::Whites, rounded(std::clamp((1.0 - high / 0.98) / 0.2, -0.3, 1.0)));
    const std::int64_t dark = std::accumulate(histogram.begin(), histogram.begin() + 40, std::int64_t(0));
    if (double(dark) / double(total) > 0.3)
        stack.set(OperationType::Shadows, 0.3);
    stack.set(OperationType::Contrast, rounded(std::clamp((0.22 - spread) / 0.22, -0.2, 0.4)));
    const double chroma = chromaSum / double(total);
    if (chroma < 0.25)
        stack.set(OperationType::Vibrance, rounded(std::clamp((0.25 - chroma) * 2.0, 0.0, 0.4)));
    return stack;
}

} // namespace tintype
