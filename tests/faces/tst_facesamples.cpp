// The People targets on the real sample set faces-faceapi-bbt (TINTYPE_SAMPLES):
// every face of the five group shots found, and clustering BCubed F1 >= 0.95 over
// the 8 people x 5 crops (the figures `tintype-cli faces eval` prints).
#include "FaceTestModels.h"

#include "faces/FaceAnalyzer.h"
#include "faces/evaluation/FaceSetEvaluator.h"

#include <QTest>

using namespace tintype;

class TestFaceSamples : public QObject {
    Q_OBJECT

    std::unique_ptr<FaceAnalyzer> m_analyzer;
    QString m_images;

private slots:
    void initTestCase()
    {
        const QString samples = qEnvironmentVariable("TINTYPE_SAMPLES");
        if (samples.isEmpty())
            QSKIP("TINTYPE_SAMPLES is not set (point it at shared/data to run the real-world face tests)");
        m_images = samples + QStringLiteral("/faces-faceapi-bbt/examples/images");
        const QString models = test::faceModelDirectory();
        if (!FaceModels::present(models))
            QSKIP(qPrintable(FaceModels::installHint(models)));
        auto analyzer = FaceAnalyzer::load(models);
        QVERIFY2(analyzer.ok(), qPrintable(analyzer.error()));
        m_analyzer = std::move(analyzer.value());
    }

    void everyFaceOfTheGroupShotsIsFound()
    {
        // Counted by face-api itself (NOTES.md of the sample set): 23 faces, 3-6 per photo.
        int total = 0;
        for (int i = 1; i <= 5; ++i) {
            const QImage image(m_images + QStringLiteral("/bbt%1.jpg").arg(i));
            QVERIFY(!image.isNull());
            auto faces = m_analyzer->analyze(image, FaceDetectionSettings{});
            QVERIFY2(faces.ok(), qPrintable(faces.error()));
            QVERIFY(faces->size() >= 3 && faces->size() <= 6);
            for (const AnalyzedFace &f : faces.value())
                qInfo("bbt%d: face score %.3f", i, double(f.score));
            total += int(faces->size());
        }
        QCOMPARE(total, 23);
    }

    void clusteringMeetsTheTarget()
    {
        FaceDetectionSettings detection;
        detection.minFaceSize = 0;
        auto report = FaceSetEvaluator::evaluate(*m_analyzer, m_images, detection, FaceClusterSettings{}, 0.6);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->people, 8);
        QCOMPARE(report->photos, 40);
        qInfo("verification accuracy %.4f at 0.6; BCubed precision %.4f recall %.4f F1 %.4f",
              report->verification.accuracy, report->bcubed.precision, report->bcubed.recall, report->bcubed.f1);
        QVERIFY(report->verification.accuracy >= 0.98);
        QVERIFY(report->bcubed.f1 >= 0.95);
    }
};

QTEST_GUILESS_MAIN(TestFaceSamples)
#include "tst_facesamples.moc"
