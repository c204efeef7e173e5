#include "JustifiedLayout.h"

#include <algorithm>
#include <cmath>

namespace tintype {

namespace {
double sane(double aspect)
{
    if (!(aspect > 0) || !std::isfinite(aspect))
        return 1.0;
    return std::clamp(aspect, 0.25, 4.0); // panoramas and slivers stay usable tiles
}
} // namespace

std::vector<JustifiedLayout::Row> JustifiedLayout::rows(const std::vector<double> &aspects, double width,
                                                        double targetHeight, double spacing)
{
    std::vector<Row> out;
    if (aspects.empty() || width <= 0 || targetHeight <= 0)
        return out;
    const int n = int(aspects.size());
    int first = 0;
    while (first < n) {
        // Take items while the row at the target height is not wider than the space.
        double sum = 0;
        int count = 0;
        while (first + count < n) {
            const double next = sum + sane(aspects[first + count]);
            const double rowWidth = next * targetHeight + spacing * count;
            if (count > 0 && rowWidth > width) {
                // Keep the item when that lands closer to the target height than leaving it out.
                const double heightWithout = (width - spacing * (count - 1)) / sum;
                const double heightWith = (width - spacing * count) / next;
                if (std::abs(heightWith - targetHeight) < std::abs(heightWithout - targetHeight)) {
                    sum = next;
                    ++count;
                }
                break;
            }
            sum = next;
            ++count;
        }
        const bool last = first + count >= n;
        const double available = width - spacing * (count - 1);
        double height = available / sum;
        if (last && height > targetHeight)
            height = targetHeight; // the last row is not stretched
        Row row;
        row.first = first;
        row.count = count;
        row.height = std::max(1.0, std::floor(height));
        double x = 0;
        for (int i = 0; i < count; ++i) {
            double w = sane(aspects[first + i]) * height;
            if (!last && i == count - 1)
                w = width - x; // absorb rounding: rows end exactly at the edge
            row.x.push_back(x);
            row.width.push_back(std::max(1.0, w));
            x += w + spacing;
        }
        out.push_back(std::move(row));
        first += count;
    }
    return out;
}

} // namespace tintype
