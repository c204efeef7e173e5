// Each editing operation checked against its formula, written out here in
// double precision from what core/edit/README.md and EditOperation.h say the
// operation does: known input pixels → computed output pixels, within one
// 8-bit step. The renderer uses LUTs, byte tables, threads and OpenCV filters;
// none of that is used here, so a wrong constant, a parameter read under the
// wrong name or a table built from the wrong curve turns these red (the
// golden images, tests/golden, only say a render did not change).
#include "edit/EditRenderer.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

using namespace tintype;

namespace {

// The sRGB transfer curves (IEC 61966-2-1).
double linearOf(double encoded)
{
    return encoded <= 0.04045 ? encoded / 12.92 : std::pow((encoded + 0.055) / 1.055, 2.4);
}
double encodedOf(double linear)
{
    return linear <= 0.0031308 ? linear * 12.92 : 1.055 * std::pow(linear, 1.0 / 2.4) - 0.055;
}

struct Light {
    double exposure = 0, warmth = 0, tint = 0;                                // linear light
    double blacks = 0, whites = 0, shadows = 0, highlights = 0, contrast = 0; // tone curve
    double saturation = 0, vibrance = 0;
    double vignetteGain = 1; // the pixel's vignette factor in linear light
};

// Levels, then shadows and highlights (cubic bumps at the dark and the light end),
// then contrast (a blend towards smoothstep), on sRGB-encoded values.
double toneCurve(double x, const Light &l)
{
    const double black = -0.1 * l.blacks, white = 1.0 - 0.2 * l.whites;
    x = std::clamp((x - black) / (white - black), 0.0, 1.0);
    x += 0.9 * l.shadows * x * std::pow(1.0 - x, 3);
    x += 0.9 * l.highlights * std::pow(x, 3) * (1.0 - x);
    x += l.contrast * (x * x * (3.0 - 2.0 * x) - x);
    return std::clamp(x, 0.0, 1.0);
}

// One pixel through the light and colour stage.
std::array<double, 3> expectedPixel(QRgb in, const Light &l)
{
    // White balance: warmth scales red up and blue down by 2^(±0.3·warmth), tint
    // green by 2^(−0.25·tint), normalised so a grey keeps its luminance; exposure
    // multiplies by 2^stops. Then the tone curve on the encoded values, clipped at
    // +4 stops over white.
    const std::array<double, 3> balance = {std::exp2(0.3 * l.warmth), std::exp2(-0.25 * l.tint),
                                           std::exp2(-0.3 * l.warmth)};
    const double balanceLuma = 0.2126 * balance[0] + 0.7152 * balance[1] + 0.0722 * balance[2];
    const std::array<int, 3> bytes = {qRed(in), qGreen(in), qBlue(in)};
    std::array<double, 3> p{};
    for (std::size_t c = 0; c < 3; ++c) {
        const double linear =
            linearOf(bytes[c] / 255.0) * std::exp2(l.exposure) * balance[c] / balanceLuma * l.vignetteGain;
        p[c] = toneCurve(encodedOf(std::clamp(linear, 0.0, 16.0)), l);
    }
    // Saturation scales the distance from the (encoded) luma; vibrance adds to
    // that factor in proportion to how muted the pixel is.
    const double luma = 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2];
    const double muted =
        1.0 - std::min(1.0, *std::max_element(p.begin(), p.end()) - *std::min_element(p.begin(), p.end()));
    const double factor = (1.0 + l.saturation) * (1.0 + l.vibrance * muted * muted);
    std::array<double, 3> out{};
    for (std::size_t c = 0; c < 3; ++c)
        out[c] = 255.0 * std::clamp(luma + (p[c] - luma) * factor, 0.0, 1.0);
    return out;
}

EditStack stackOf(const Light &l)
{
    EditStack s;
    const std::pair<OperationType, double> ops[] = {{OperationType::Exposure, l.exposure},
                                                    {OperationType::Warmth, l.warmth},
                                                    {OperationType::Tint, l.tint},
                                                    {OperationType::Blacks, l.blacks},
                                                    {OperationType::Whites, l.whites},
                                                    {OperationType::Shadows, l.shadows},
                                                    {OperationType::Highlights, l.highlights},
                                                    {OperationType::Contrast, l.contrast},
                                                    {OperationType::Saturation, l.saturation},
                                                    {OperationType::Vibrance, l.vibrance}};
    for (const auto &[type, amount] : ops)
        if (amount != 0)
            s.set(type, amount);
    return s;
}

// Greys from black to white and the edit scene's colour patches.
const std::array<QRgb, 16> kPalette = {
    qRgb(0, 0, 0),       qRgb(12, 12, 12),    qRgb(50, 50, 50),    qRgb(118, 118, 118),
    qRgb(180, 180, 180), qRgb(230, 230, 230), qRgb(255, 255, 255), qRgb(224, 172, 140),
    qRgb(110, 160, 220), qRgb(70, 120, 50),   qRgb(200, 30, 30),   qRgb(240, 210, 60),
    qRgb(30, 28, 35),    qRgb(245, 245, 240), qRgb(0, 128, 255),   qRgb(90, 60, 200)};

QImage paletteImage()
{
    QImage image(int(kPalette.size()), 1, QImage::Format_RGB32);
    for (int i = 0; i < int(kPalette.size()); ++i)
        image.setPixel(i, 0, kPalette[std::size_t(i)]);
    return image;
}

QString describe(QRgb rgb) { return QStringLiteral("(%1,%2,%3)").arg(qRed(rgb)).arg(qGreen(rgb)).arg(qBlue(rgb)); }

// The largest difference, in 8-bit steps, between `got` and `expected` of any channel.
double deviation(QRgb got, const std::array<double, 3> &expected)
{
    return std::max(
        {std::abs(qRed(got) - expected[0]), std::abs(qGreen(got) - expected[1]), std::abs(qBlue(got) - expected[2])});
}

// Gaussian weights as the blur of a given sigma spreads them (offsets −r..r, sum 1).
std::vector<double> gaussian(double sigma, int radius)
{
    std::vector<double> w(std::size_t(2 * radius + 1));
    double sum = 0;
    for (int i = -radius; i <= radius; ++i)
        sum += w[std::size_t(i + radius)] = std::exp(-i * i / (2 * sigma * sigma));
    for (double &v : w)
        v /= sum;
    return w;
}

} // namespace

Q_DECLARE_METATYPE(Light)

class TestEditOperations : public QObject {
    Q_OBJECT

private slots:
    void lightAndColour_data()
    {
        QTest::addColumn<Light>("light");
        auto row = [](const char *name, Light l) { QTest::newRow(name) << l; };
        row("exposure +0.7", {.exposure = 0.7});
        row("exposure -1.5", {.exposure = -1.5});
        row("warmth +0.6", {.warmth = 0.6});
        row("warmth -0.8", {.warmth = -0.8});
        row("tint -0.4", {.tint = -0.4});
        row("tint +0.7", {.tint = 0.7});
        row("blacks -0.6", {.blacks = -0.6});
        row("blacks +0.5", {.blacks = 0.5});
        row("whites +0.5", {.whites = 0.5});
        row("whites -0.5", {.whites = -0.5});
        row("shadows +0.6", {.shadows = 0.6});
        row("shadows -0.5", {.shadows = -0.5});
        row("highlights -0.5", {.highlights = -0.5});
        row("highlights +0.6", {.highlights = 0.6});
        row("contrast +0.4", {.contrast = 0.4});
        row("contrast -0.6", {.contrast = -0.6});
        row("saturation +0.3", {.saturation = 0.3});
        row("saturation -1", {.saturation = -1});
        row("vibrance +0.6", {.vibrance = 0.6});
        row("vibrance -0.5", {.vibrance = -0.5});
        row("all together", {.exposure = 0.3,
                             .warmth = 0.15,
                             .tint = -0.1,
                             .blacks = 0.2,
                             .whites = 0.1,
                             .shadows = 0.3,
                             .highlights = -0.2,
                             .contrast = 0.2,
                             .saturation = 0.1,
                             .vibrance = 0.3});
    }
    void lightAndColour()
    {
        QFETCH(Light, light);
        const QImage out = EditRenderer::render(paletteImage(), stackOf(light)).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(out.size(), QSize(int(kPalette.size()), 1));
        for (int i = 0; i < int(kPalette.size()); ++i) {
            const auto expected = expectedPixel(kPalette[std::size_t(i)], light);
            QVERIFY2(deviation(out.pixel(i, 0), expected) <= 1.0,
                     qPrintable(QStringLiteral("%1 → %2, expected (%3,%4,%5)")
                                    .arg(describe(kPalette[std::size_t(i)]), describe(out.pixel(i, 0)))
                                    .arg(expected[0], 0, 'f', 1)
                                    .arg(expected[1], 0, 'f', 1)
                                    .arg(expected[2], 0, 'f', 1)));
        }
    }

    // The vignette multiplies linear light by 2^(2·amount·smoothstep(0.8·midpoint, 1, r)),
    // r = distance from the centre over the distance of a corner.
    void vignette_data()
    {
        QTest::addColumn<double>("amount");
        QTest::addColumn<double>("midpoint");
        QTest::newRow("-0.7, midpoint 0.4") << -0.7 << 0.4;
        QTest::newRow("+0.5, midpoint 0.5") << 0.5 << 0.5;
        QTest::newRow("-1, midpoint 0") << -1.0 << 0.0;
    }
    void vignette()
    {
        QFETCH(double, amount);
        QFETCH(double, midpoint);
        constexpr int w = 201, h = 101; // odd: the centre is a pixel
        QImage grey(w, h, QImage::Format_RGB32);
        grey.fill(qRgb(160, 160, 160));
        EditStack s;
        s.set(EditOperation::make(OperationType::Vignette, amount).set(QStringLiteral("midpoint"), midpoint));
        const QImage out = EditRenderer::render(grey, s).convertToFormat(QImage::Format_RGB32);
        const double cx = (w - 1) / 2.0, cy = (h - 1) / 2.0;
        for (const QPoint p : {QPoint(100, 50), QPoint(0, 0), QPoint(200, 100), QPoint(0, 50), QPoint(100, 0),
                               QPoint(30, 20), QPoint(160, 80), QPoint(60, 50)}) {
            const double r = std::hypot(p.x() - cx, p.y() - cy) / std::hypot(cx, cy);
            const double t = std::clamp((r - 0.8 * midpoint) / (1.0 - 0.8 * midpoint), 0.0, 1.0);
            Light l;
            l.vignetteGain = std::exp2(2.0 * amount * t * t * (3.0 - 2.0 * t));
            const auto expected = expectedPixel(qRgb(160, 160, 160), l);
            QVERIFY2(deviation(out.pixel(p), expected) <= 1.0, qPrintable(QStringLiteral("(%1,%2): %3, expected %4")
                                                                              .arg(p.x())
                                                                              .arg(p.y())
                                                                              .arg(qRed(out.pixel(p)))
                                                                              .arg(expected[0], 0, 'f', 1)));
        }
    }

    // Unsharp mask on the encoded result: out = in + 1.5·amount·(in − blur), blur a
    // Gaussian of sigma 0.8 px (below 2048 px long edge). Across a vertical step
    // from 64 to 192 the pixels beside the edge over- and undershoot.
    void sharpen_data()
    {
        QTest::addColumn<double>("amount");
        QTest::newRow("0.4") << 0.4;
        QTest::newRow("0.7") << 0.7;
        QTest::newRow("1") << 1.0;
    }
    void sharpen()
    {
        QFETCH(double, amount);
        constexpr int w = 40, h = 8, edge = 20;
        QImage step(w, h, QImage::Format_RGB32);
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                step.setPixel(x, y, x < edge ? qRgb(64, 64, 64) : qRgb(192, 192, 192));
        EditStack s;
        s.set(OperationType::Sharpen, amount);
        const QImage out = EditRenderer::render(step, s).convertToFormat(QImage::Format_RGB32);
        const std::vector<double> kernel = gaussian(0.8, 3);
        for (int x = edge - 4; x < edge + 4; ++x) {
            double blur = 0;
            for (int i = -3; i <= 3; ++i)
                blur += kernel[std::size_t(i + 3)] * (x + i < edge ? 64 : 192);
            const double in = x < edge ? 64 : 192;
            const double expected = std::clamp(in + 1.5 * amount * (in - std::round(blur)), 0.0, 255.0);
            QVERIFY2(
                std::abs(qRed(out.pixel(x, 4)) - expected) <= 1.0,
                qPrintable(QStringLiteral("x %1: %2, expected %3").arg(x).arg(qRed(out.pixel(x, 4))).arg(expected)));
        }
    }

    // Noise reduction in linear light: each pixel's chroma (its difference from the
    // channel mean) moves towards the blurred chroma by `amount`, its luma by
    // 0.4·amount; blur a Gaussian of sigma 1.2 px. Columns alternating between two
    // colours: the blur of every pixel is the same mix of the two.
    void noiseReduction()
    {
        constexpr double amount = 0.8;
        const QRgb a = qRgb(200, 90, 60), b = qRgb(60, 110, 200);
        constexpr int w = 48, h = 8;
        QImage stripes(w, h, QImage::Format_RGB32);
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                stripes.setPixel(x, y, x % 2 ? b : a);
        EditStack s;
        s.set(OperationType::NoiseReduction, amount);
        const QImage out = EditRenderer::render(stripes, s).convertToFormat(QImage::Format_RGB32);
        const std::vector<double> kernel = gaussian(1.2, 5);
        double sameWeight = 0; // the share of the blur from columns of the pixel's own colour
        for (int i = -5; i <= 5; i += 2)
            sameWeight += kernel[std::size_t(i + 5)];
        sameWeight = 1.0 - sameWeight; // odd offsets above; even ones are the same colour
        for (const auto &[own, other, x] : {std::tuple{a, b, 24}, std::tuple{b, a, 25}}) {
            const std::array<double, 3> p = {linearOf(qRed(own) / 255.0), linearOf(qGreen(own) / 255.0),
                                             linearOf(qBlue(own) / 255.0)};
            const std::array<double, 3> q = {linearOf(qRed(other) / 255.0), linearOf(qGreen(other) / 255.0),
                                             linearOf(qBlue(other) / 255.0)};
            std::array<double, 3> blurred{};
            for (std::size_t c = 0; c < 3; ++c)
                blurred[c] = sameWeight * p[c] + (1.0 - sameWeight) * q[c];
            const double lumaP = (p[0] + p[1] + p[2]) / 3.0, lumaB = (blurred[0] + blurred[1] + blurred[2]) / 3.0;
            const double luma = lumaP + 0.4 * amount * (lumaB - lumaP);
            std::array<double, 3> expected{};
            for (std::size_t c = 0; c < 3; ++c) {
                const double chroma = (p[c] - lumaP) + amount * ((blurred[c] - lumaB) - (p[c] - lumaP));
                expected[c] = 255.0 * encodedOf(std::max(0.0, luma + chroma));
            }
            QVERIFY2(deviation(out.pixel(x, 4), expected) <= 1.0,
                     qPrintable(QStringLiteral("%1 → %2, expected (%3,%4,%5)")
                                    .arg(describe(own), describe(out.pixel(x, 4)))
                                    .arg(expected[0], 0, 'f', 1)
                                    .arg(expected[1], 0, 'f', 1)
                                    .arg(expected[2], 0, 'f', 1)));
        }
    }

    // Straighten turns the picture clockwise by `angle` about its centre and crops
    // to the largest rectangle of the same aspect. On a picture whose red is its x
    // and green its y, the pixel at distance d from the output's centre along the
    // turned x axis shows the source's x + d (bicubic interpolation is exact on a
    // linear ramp).
    void straighten_data()
    {
        QTest::addColumn<double>("angle");
        QTest::newRow("+10°") << 10.0;
        QTest::newRow("-12.5°") << -12.5;
    }
    void straighten()
    {
        QFETCH(double, angle);
        constexpr int w = 256, h = 192;
        QImage ramp(w, h, QImage::Format_RGB32);
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                ramp.setPixel(x, y, qRgb(x, y, 0));
        EditStack s;
        s.set(OperationType::Straighten, angle);
        const QImage out = EditRenderer::render(ramp, s).convertToFormat(QImage::Format_RGB32);
        const double a = angle * std::numbers::pi / 180.0;
        const double scale = std::min(w / (w * std::cos(std::abs(a)) + h * std::sin(std::abs(a))),
                                      h / (w * std::sin(std::abs(a)) + h * std::cos(std::abs(a))));
        QCOMPARE(out.size(), QSize(int(std::floor(w * scale + 1e-6)), int(std::floor(h * scale + 1e-6))));
        const double ox = (out.width() - 1) / 2.0, oy = (out.height() - 1) / 2.0;
        const double sx = (w - 1) / 2.0, sy = (h - 1) / 2.0;
        for (const QPointF source : {QPointF(0, 0), QPointF(50, 0), QPointF(-40, 0), QPointF(0, 45), QPointF(0, -50),
                                     QPointF(40, 30), QPointF(-45, 35)}) {
            // y points down, so clockwise on screen is the usual rotation matrix.
            const double px = ox + source.x() * std::cos(a) - source.y() * std::sin(a);
            const double py = oy + source.x() * std::sin(a) + source.y() * std::cos(a);
            const QPoint nearest(int(std::lround(px)), int(std::lround(py)));
            // What the nearest output pixel shows: the source point for that pixel.
            const double dx = nearest.x() - ox, dy = nearest.y() - oy;
            const double ex = sx + dx * std::cos(a) + dy * std::sin(a);
            const double ey = sy - dx * std::sin(a) + dy * std::cos(a);
            const QRgb got = out.pixel(nearest);
            QVERIFY2(std::abs(qRed(got) - ex) <= 1.0 && std::abs(qGreen(got) - ey) <= 1.0,
                     qPrintable(QStringLiteral("at (%1,%2): source (%3,%4), expected (%5,%6)")
                                    .arg(nearest.x())
                                    .arg(nearest.y())
                                    .arg(qRed(got))
                                    .arg(qGreen(got))
                                    .arg(ex, 0, 'f', 1)
                                    .arg(ey, 0, 'f', 1)));
        }
    }
};

QTEST_GUILESS_MAIN(TestEditOperations)
#include "tst_editoperations.moc"
