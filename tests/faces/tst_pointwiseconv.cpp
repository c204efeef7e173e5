// PointwiseConv (the AVX-512 1×1 convolution under the face networks) against a
// plain loop: partial pixel panels, output channels not a multiple of the tile,
// each activation. The networks' agreement with face-api is tst_faceanalyzer's.
#include "faces/PointwiseConv.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

using tintype::faces::PointwiseConv;
using Activation = PointwiseConv::Activation;

Q_DECLARE_METATYPE(Activation)

class TestPointwiseConv : public QObject {
    Q_OBJECT

private slots:
    void matchesAPlainLoop_data()
    {
        QTest::addColumn<int>("inputs");
        QTest::addColumn<int>("outputs");
        QTest::addColumn<int>("pixels");
        QTest::addColumn<Activation>("activation");
        QTest::addColumn<bool>("withBias");
        QTest::newRow("one pixel") << 3 << 5 << 1 << Activation::None << true;
        QTest::newRow("one full panel") << 17 << 8 << 48 << Activation::Relu << true;
        QTest::newRow("panel and one") << 32 << 64 << 49 << Activation::Relu6 << true;
        QTest::newRow("partial last vector") << 64 << 24 << 47 << Activation::Relu6 << false;
        QTest::newRow("odd everything") << 7 << 9 << 97 << Activation::None << false;
        QTest::newRow("detector-like") << 128 << 40 << 1000 << Activation::Relu6 << true;
    }

    void matchesAPlainLoop()
    {
        QFETCH(int, inputs);
        QFETCH(int, outputs);
        QFETCH(int, pixels);
        QFETCH(Activation, activation);
        QFETCH(bool, withBias);
        if (!PointwiseConv::available())
            QSKIP("this CPU has no AVX-512F: the networks use OpenCV's convolution instead");

        std::mt19937 random(7);
        std::normal_distribution<float> normal(0.0F, 1.0F);
        auto filled = [&](std::size_t n, float scale) {
            std::vector<float> v(n);
            for (float &x : v)
                x = normal(random) * scale;
            return v;
        };
        const std::vector<float> weights = filled(std::size_t(inputs) * outputs, 1.0F / std::sqrt(float(inputs)));
        const std::vector<float> bias = withBias ? filled(std::size_t(outputs), 2.0F) : std::vector<float>();
        const std::vector<float> input = filled(std::size_t(inputs) * pixels, 3.0F);
        // Guard values around the output catch writes past a partial panel or tile.
        constexpr float kGuard = 12345.0F;
        std::vector<float> output(std::size_t(outputs) * pixels + 64, kGuard);

        const PointwiseConv conv(weights, bias, inputs, outputs, activation);
        QCOMPARE(conv.inputs(), inputs);
        QCOMPARE(conv.outputs(), outputs);
        conv.run(input.data(), output.data(), pixels);

        double worst = 0;
        int clampedLow = 0, clampedHigh = 0;
        for (int o = 0; o < outputs; ++o) {
            for (int p = 0; p < pixels; ++p) {
                double sum = withBias ? bias[std::size_t(o)] : 0.0;
                for (int i = 0; i < inputs; ++i)
                    sum += double(weights[std::size_t(o) * inputs + i]) * input[std::size_t(i) * pixels + p];
                if (activation != Activation::None && sum < 0) {
                    sum = 0;
                    ++clampedLow;
                }
                if (activation == Activation::Relu6 && sum > 6) {
                    sum = 6;
                    ++clampedHigh;
                }
                worst = std::max(worst, std::abs(sum - output[std::size_t(o) * pixels + p]));
            }
        }
        QVERIFY2(worst < 1e-4, qPrintable(QStringLiteral("largest difference %1").arg(worst)));
        for (std::size_t i = std::size_t(outputs) * pixels; i < output.size(); ++i)
            QCOMPARE(output[i], kGuard);
        if (activation != Activation::None)
            QVERIFY(clampedLow > 0); // the case exercises the clamp
        if (activation == Activation::Relu6 && pixels > 100)
            QVERIFY(clampedHigh > 0);
    }

    void noPixelsWritesNothing()
    {
        if (!PointwiseConv::available())
            QSKIP("this CPU has no AVX-512F");
        const PointwiseConv conv(std::vector<float>(6, 1.0F), {}, 2, 3, Activation::None);
        float output = 1.0F;
        conv.run(nullptr, &output, 0);
        QCOMPARE(output, 1.0F);
    }
};

QTEST_GUILESS_MAIN(TestPointwiseConv)
#include "tst_pointwiseconv.moc"
