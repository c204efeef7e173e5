// The portable forms of the network kernels (AVX2 + FMA, and the baseline that
// ARM64 builds get on NEON) give the native form's faces on whole photos: the same
// detections, boxes and landmarks within 0.01 px, scores within 1e-4, embeddings
// at cosine >= 0.99999 (measured: 8e-5 px, 1e-6, 1.0000000). The forms differ only in the order of float additions (and
// FMA contraction), so this is rounding. Uses the test photos of tests/data/faces.
#include "FaceTestModels.h"

#include "faces/FaceAnalyzer.h"
#include "nn/GemmConv.h"

#include <QTest>

#include <cmath>

using namespace tintype;

namespace {
std::unique_ptr<FaceAnalyzer> analyzerFor(const char *isa)
{
    if (isa == nullptr)
        qunsetenv("TINTYPE_NN_ISA");
    else
        qputenv("TINTYPE_NN_ISA", isa);
    auto analyzer = FaceAnalyzer::load(test::faceModelDirectory());
    qunsetenv("TINTYPE_NN_ISA");
    return analyzer ? std::move(analyzer.value()) : nullptr;
}

double cosine(const FaceEmbedding &a, const FaceEmbedding &b)
{
    double ab = 0, aa = 0, bb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        ab += double(a[i]) * b[i];
        aa += double(a[i]) * a[i];
        bb += double(b[i]) * b[i];
    }
    return ab / std::sqrt(aa * bb);
}
} // namespace

class TestFacePortable : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!FaceModels::present(test::faceModelDirectory()))
            QSKIP(qPrintable(FaceModels::installHint(test::faceModelDirectory())));
        if (!GemmConv::available())
            QSKIP("built without vector extensions: one (OpenCV) path only");
    }

    void portableGivesTheNativeFaces_data()
    {
        QTest::addColumn<QByteArray>("isa");
        QTest::newRow("generic (SSE2 / NEON)") << QByteArray("generic");
        if (GemmConv::nativeIsa() >= KernelIsa::Avx2)
            QTest::newRow("avx2") << QByteArray("avx2");
    }

    void portableGivesTheNativeFaces()
    {
        QFETCH(QByteArray, isa);
        const auto native = analyzerFor(nullptr);
        const auto portable = analyzerFor(isa.constData());
        QVERIFY(native && portable);
        int faces = 0;
        double worstPixels = 0, worstScore = 0, worstCosine = 1;
        for (const char *name : {"bbt2.png", "bbt3.png", "bbt4.png", "penny2.png", "sheldon1.png"}) {
            const QImage image(test::faceTestData(QLatin1String(name)));
            QVERIFY2(!image.isNull(), name);
            auto a = native->analyze(image, FaceDetectionSettings{});
            auto b = portable->analyze(image, FaceDetectionSettings{});
            QVERIFY(a.ok() && b.ok());
            QCOMPARE(b->size(), a->size());
            for (std::size_t f = 0; f < a->size(); ++f) {
                const AnalyzedFace &x = a->at(f), &y = b->at(f);
                for (const auto &[p, q] :
                     {std::pair{x.box.topLeft(), y.box.topLeft()}, std::pair{x.box.bottomRight(), y.box.bottomRight()}})
                    worstPixels = std::max(worstPixels, (p - q).manhattanLength());
                for (std::size_t i = 0; i < x.landmarks.size(); ++i)
                    worstPixels = std::max(worstPixels, (x.landmarks[i] - y.landmarks[i]).manhattanLength());
                worstScore = std::max(worstScore, double(std::abs(x.score - y.score)));
                worstCosine = std::min(worstCosine, cosine(x.embedding, y.embedding));
                ++faces;
            }
        }
        qInfo("%s vs %s: %d faces, worst %.5f px, score %.6f, cosine %.7f", isa.constData(),
              GemmConv::isaName(GemmConv::nativeIsa()), faces, worstPixels, worstScore, worstCosine);
        QVERIFY(faces >= 5);
        QVERIFY2(worstPixels <= 0.01, qPrintable(QString::number(worstPixels)));
        QVERIFY2(worstScore <= 1e-4, qPrintable(QString::number(worstScore)));
        QVERIFY2(worstCosine >= 0.99999, qPrintable(QString::number(worstCosine, 'f', 7)));
    }
};

QTEST_GUILESS_MAIN(TestFacePortable)
#include "tst_faceportable.moc"
