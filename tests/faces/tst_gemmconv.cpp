// GemmConv and DepthwiseConv (the convolutions under the face networks) against a
// plain loop, in every compiled form this CPU runs (AVX-512, AVX2 + FMA, the
// portable baseline): 1×1 and spatial kernels, strides, "same" and "valid"
// padding, partial pixel panels, output channels not a multiple of the tile, each
// activation. The networks' agreement with face-api is tst_faceanalyzer's; the
// portable path's agreement with the native one on whole photos tst_faceportable's.
#include "nn/DepthwiseConv.h"
#include "nn/GemmConv.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

using tintype::DepthwiseConv;
using tintype::GemmConv;
using Activation = GemmConv::Activation;

Q_DECLARE_METATYPE(Activation)

namespace {
// Every form of the kernels this CPU can run, the portable one first.
std::vector<tintype::KernelIsa> runnableIsas()
{
    std::vector<tintype::KernelIsa> isas;
    for (auto isa : {tintype::KernelIsa::Generic, tintype::KernelIsa::Avx2, tintype::KernelIsa::Avx512})
        if (isa <= GemmConv::nativeIsa())
            isas.push_back(isa);
    return isas;
}
} // namespace

class TestGemmConv : public QObject {
    Q_OBJECT

private slots:
    void matchesAPlainLoop_data()
    {
        QTest::addColumn<int>("inputs");
        QTest::addColumn<int>("outputs");
        QTest::addColumn<int>("size");   // input rows and columns (rows are size, columns size + 3)
        QTest::addColumn<int>("kernel"); // rows and columns
        QTest::addColumn<int>("stride");
        QTest::addColumn<int>("pad"); // rows and columns of padding before; -1: "valid"
        QTest::addColumn<Activation>("activation");
        QTest::addColumn<bool>("withBias");
        // 1×1: pixels = size · (size + 3)
        QTest::newRow("1x1 one pixel") << 3 << 5 << 1 << 1 << 1 << 0 << Activation::None << true;       // 1×4
        QTest::newRow("1x1 one full panel") << 17 << 8 << 6 << 1 << 1 << 0 << Activation::Relu << true; // 6×9 = 54
        QTest::newRow("1x1 two vectors") << 32 << 64 << 4 << 1 << 1 << 0 << Activation::Relu6 << true;  // 4×7 = 28
        QTest::newRow("1x1 odd everything") << 7 << 9 << 9 << 1 << 1 << 0 << Activation::None << false; // 9×12 = 108
        QTest::newRow("1x1 detector-like") << 128 << 40 << 30 << 1 << 1 << 0 << Activation::Relu6 << true; // 30×33
        // spatial, TensorFlow "same" (pad = (kernel - 1) / 2 before) and "valid"
        QTest::newRow("3x3 same") << 32 << 32 << 11 << 3 << 1 << 1 << Activation::Relu << true;
        QTest::newRow("3x3 same, 1 channel") << 1 << 3 << 5 << 3 << 1 << 1 << Activation::None << false;
        QTest::newRow("3x3 valid stride 2") << 16 << 24 << 13 << 3 << 2 << -1 << Activation::Relu << true;
        QTest::newRow("3x3 same stride 2") << 3 << 32 << 20 << 3 << 2 << 0 << Activation::Relu6 << true;
        QTest::newRow("7x7 valid stride 2") << 3 << 8 << 23 << 7 << 2 << -1 << Activation::None << true;
        QTest::newRow("3x3 same, small map") << 64 << 16 << 2 << 3 << 1 << 1 << Activation::None << true;
    }

    void matchesAPlainLoop()
    {
        QFETCH(int, inputs);
        QFETCH(int, outputs);
        QFETCH(int, size);
        QFETCH(int, kernel);
        QFETCH(int, stride);
        QFETCH(int, pad);
        QFETCH(Activation, activation);
        QFETCH(bool, withBias);
        if (!GemmConv::available())
            QSKIP("built without vector extensions: the networks use OpenCV's convolution instead");
        for (const tintype::KernelIsa isa : runnableIsas()) {
            checkGemm(inputs, outputs, size, kernel, stride, pad, activation, withBias, isa);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void isaSwitch()
    {
        qputenv("TINTYPE_NN_ISA", "generic");
        QCOMPARE(GemmConv::isa(), tintype::KernelIsa::Generic);
        qputenv("TINTYPE_NN_ISA", "avx2");
        QCOMPARE(GemmConv::isa(), std::min(tintype::KernelIsa::Avx2, GemmConv::nativeIsa()));
        qunsetenv("TINTYPE_NN_ISA");
        QCOMPARE(GemmConv::isa(), GemmConv::nativeIsa());
        const GemmConv portable(std::vector<float>(6, 1.0F), {}, 2, 3, {}, Activation::None,
                                tintype::KernelIsa::Generic);
        QCOMPARE(portable.kernelIsa(), tintype::KernelIsa::Generic);
    }

    void depthwiseMatchesAPlainLoop_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("stride");
        QTest::addColumn<Activation>("activation");
        // TensorFlow "same": output = ceil(input / stride), the odd padding after.
        QTest::newRow("stride 1, one chunk") << 5 << 7 << 1 << Activation::Relu6;
        QTest::newRow("stride 1, partial chunk") << 9 << 37 << 1 << Activation::None;
        QTest::newRow("stride 2, even") << 12 << 64 << 2 << Activation::Relu6;
        QTest::newRow("stride 2, odd") << 13 << 35 << 2 << Activation::Relu;
        QTest::newRow("one pixel") << 1 << 1 << 2 << Activation::None;
    }

    void depthwiseMatchesAPlainLoop()
    {
        QFETCH(int, rows);
        QFETCH(int, columns);
        QFETCH(int, stride);
        QFETCH(Activation, activation);
        if (!GemmConv::available())
            QSKIP("built without vector extensions: the networks use OpenCV's convolution instead");
        for (const tintype::KernelIsa isa : runnableIsas()) {
            checkDepthwise(rows, columns, stride, activation, isa);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void noPixelsWritesNothing()
    {
        if (!GemmConv::available())
            QSKIP("built without vector extensions");
        for (const tintype::KernelIsa isa : runnableIsas()) {
            const GemmConv conv(std::vector<float>(6, 1.0F), {}, 2, 3, {}, Activation::None, isa);
            float output = 1.0F;
            conv.run(nullptr, &output, {0, 0, 0, 0});
            QCOMPARE(output, 1.0F);
        }
    }

private:
    static void checkGemm(int inputs, int outputs, int size, int kernel, int stride, int pad, Activation activation,
                          bool withBias, tintype::KernelIsa isa)
    {
        const QByteArray form = GemmConv::isaName(isa);
        GemmConv::Geometry g{size, size + 3, 0, 0};
        const bool valid = pad < 0;
        g.padTop = g.padLeft = valid ? 0 : pad;
        g.outputRows = valid ? (g.inputRows - kernel) / stride + 1 : (g.inputRows + stride - 1) / stride;
        g.outputColumns = valid ? (g.inputColumns - kernel) / stride + 1 : (g.inputColumns + stride - 1) / stride;
        const int inPixels = g.inputRows * g.inputColumns, outPixels = g.outputRows * g.outputColumns;
        const int depth = inputs * kernel * kernel;

        std::mt19937 random(7);
        std::normal_distribution<float> normal(0.0F, 1.0F);
        auto filled = [&](std::size_t n, float scale) {
            std::vector<float> v(n);
            for (float &x : v)
                x = normal(random) * scale;
            return v;
        };
        const std::vector<float> weights = filled(std::size_t(outputs) * depth, 1.0F / std::sqrt(float(depth)));
        const std::vector<float> bias = withBias ? filled(std::size_t(outputs), 2.0F) : std::vector<float>();
        const std::vector<float> input = filled(std::size_t(inputs) * inPixels, 3.0F);
        // Guard values around the output catch writes past a partial panel or tile.
        constexpr float kGuard = 12345.0F;
        std::vector<float> output(std::size_t(outputs) * outPixels + 64, kGuard);

        const GemmConv conv(weights, bias, inputs, outputs, {kernel, kernel, stride}, activation, isa);
        QCOMPARE(conv.kernelIsa(), isa);
        QCOMPARE(conv.inputs(), inputs);
        QCOMPARE(conv.outputs(), outputs);
        conv.run(input.data(), output.data(), g);

        double worst = 0;
        int clampedLow = 0, clampedHigh = 0;
        for (int o = 0; o < outputs; ++o) {
            for (int p = 0; p < outPixels; ++p) {
                const int oy = p / g.outputColumns, ox = p % g.outputColumns;
                double sum = withBias ? bias[std::size_t(o)] : 0.0;
                for (int i = 0; i < inputs; ++i)
                    for (int ky = 0; ky < kernel; ++ky)
                        for (int kx = 0; kx < kernel; ++kx) {
                            const int y = oy * stride - g.padTop + ky, x = ox * stride - g.padLeft + kx;
                            if (y < 0 || y >= g.inputRows || x < 0 || x >= g.inputColumns)
                                continue;
                            sum += double(weights[((std::size_t(o) * inputs + i) * kernel + ky) * kernel + kx]) *
                                   input[std::size_t(i) * inPixels + std::size_t(y) * g.inputColumns + x];
                        }
                if (activation != Activation::None && sum < 0) {
                    sum = 0;
                    ++clampedLow;
                }
                if (activation == Activation::Relu6 && sum > 6) {
                    sum = 6;
                    ++clampedHigh;
                }
                worst = std::max(worst, std::abs(sum - output[std::size_t(o) * outPixels + p]));
            }
        }
        QVERIFY2(worst < 1e-4, qPrintable(QStringLiteral("%1: largest difference %2").arg(form).arg(worst)));
        for (std::size_t i = std::size_t(outputs) * outPixels; i < output.size(); ++i)
            QCOMPARE(output[i], kGuard);
        if (activation != Activation::None)
            QVERIFY(clampedLow > 0); // the case exercises the clamp
        if (activation == Activation::Relu6 && outPixels > 100)
            QVERIFY(clampedHigh > 0);
    }

    static void checkDepthwise(int rows, int columns, int stride, Activation activation, tintype::KernelIsa isa)
    {
        const QByteArray form = GemmConv::isaName(isa);
        constexpr int kChannels = 5, kTaps = 9;
        GemmConv::Geometry g{rows, columns, (rows + stride - 1) / stride, (columns + stride - 1) / stride};
        g.padTop = std::max((g.outputRows - 1) * stride + 3 - rows, 0) / 2;
        g.padLeft = std::max((g.outputColumns - 1) * stride + 3 - columns, 0) / 2;
        const int inPixels = rows * columns, outPixels = g.outputRows * g.outputColumns;

        std::mt19937 random(11);
        std::normal_distribution<float> normal(0.0F, 1.0F);
        std::vector<float> weights(kChannels * kTaps), bias(kChannels), input(std::size_t(kChannels) * inPixels);
        for (float &x : weights)
            x = normal(random);
        for (float &x : bias)
            x = normal(random);
        for (float &x : input)
            x = normal(random) * 2.0F;
        constexpr float kGuard = 12345.0F;
        std::vector<float> output(std::size_t(kChannels) * outPixels + 32, kGuard);
        const DepthwiseConv conv(weights, bias, kChannels, {3, 3, stride}, activation, isa);
        conv.run(input.data(), output.data(), g);

        double worst = 0;
        for (int c = 0; c < kChannels; ++c)
            for (int p = 0; p < outPixels; ++p) {
                const int oy = p / g.outputColumns, ox = p % g.outputColumns;
                double sum = bias[std::size_t(c)];
                for (int ky = 0; ky < 3; ++ky)
                    for (int kx = 0; kx < 3; ++kx) {
                        const int y = oy * stride - g.padTop + ky, x = ox * stride - g.padLeft + kx;
                        if (y >= 0 && y < rows && x >= 0 && x < columns)
                            sum += double(weights[std::size_t(c * kTaps + ky * 3 + kx)]) *
                                   input[std::size_t(c) * inPixels + std::size_t(y) * columns + x];
                    }
                if (activation != Activation::None)
                    sum = std::max(sum, 0.0);
                if (activation == Activation::Relu6)
                    sum = std::min(sum, 6.0);
                worst = std::max(worst, std::abs(sum - output[std::size_t(c) * outPixels + p]));
            }
        QVERIFY2(worst < 1e-4, qPrintable(QStringLiteral("%1: largest difference %2").arg(form).arg(worst)));
        for (std::size_t i = std::size_t(kChannels) * outPixels; i < output.size(); ++i)
            QCOMPARE(output[i], kGuard);
    }
};

QTEST_GUILESS_MAIN(TestGemmConv)
#include "tst_gemmconv.moc"
