#include "edit/ColourDifference.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace tintype {

namespace {
std::array<double, 3> lab(QRgb rgb)
{
    auto linear = [](int v) {
        const double c = v / 255.0;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double r = linear(qRed(rgb)), g = linear(qGreen(rgb)), b = linear(qBlue(rgb));
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    auto f = [](double t) { return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0; };
    return {116.0 * f(y) - 16.0, 500.0 * (f(x) - f(y)), 200.0 * (f(y) - f(z))};
}
} // namespace

ColourDifference ColourDifference::compare(const QImage &a, const QImage &b)
{
    ColourDifference d;
    if (a.isNull() || a.size() != b.size())
        return d;
    d.sameSize = true;
    const QImage ia = a.convertToFormat(QImage::Format_RGB32);
    const QImage ib = b.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int y = 0; y < ia.height(); ++y) {
        const auto *ra = reinterpret_cast<const QRgb *>(ia.constScanLine(y));
        const auto *rb = reinterpret_cast<const QRgb *>(ib.constScanLine(y));
        for (int x = 0; x < ia.width(); ++x) {
            if (ra[x] == rb[x])
                continue;
            const auto la = lab(ra[x]), lb = lab(rb[x]);
            const double e = std::sqrt((la[0] - lb[0]) * (la[0] - lb[0]) + (la[1] - lb[1]) * (la[1] - lb[1]) +
                                       (la[2] - lb[2]) * (la[2] - lb[2]));
            sum += e;
            d.max = std::max(d.max, e);
        }
    }
    d.mean = sum / std::max<double>(1.0, double(ia.width()) * ia.height());
    return d;
}

} // namespace tintype
