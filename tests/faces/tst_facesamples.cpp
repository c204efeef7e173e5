// The People targets on the real sample set faces-faceapi-bbt (TINTYPE_SAMPLES):
// every face of the five group shots found, and clustering BCubed F1 >= 0.95 over
// the 8 people x 5 crops (the figures `tintype-cli faces eval` prints). And no
// face on the photos of animals, food, flowers and cartoons in the other sample
// sets (FacePlausibility), while every real face there is still found.
#include "FaceTestModels.h"
#include "support/Prerequisite.h"

#include "faces/FaceAnalyzer.h"
#include "faces/evaluation/FaceSetEvaluator.h"
#include "imaging/ImageDecoder.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace tintype;

class TestFaceSamples : public QObject {
    Q_OBJECT

    std::unique_ptr<FaceAnalyzer> m_analyzer;
    QString m_samples, m_images;

    // Faces found on `file` (relative to the samples) decoded as the face scan does
    // (upright preview, long edge 1024), with and without the plausibility check.
    std::pair<int, int> detectedAndAccepted(const QString &file)
    {
        const QString path = m_samples + QLatin1Char('/') + file;
        if (!QFileInfo::exists(path))
            return {-1, -1};
        auto decoded = ImageDecoder::decode({path.toStdString(), FaceDetectionSettings{}.analysisSize});
        if (!decoded)
            return {-2, -2};
        FaceDetectionSettings unchecked;
        unchecked.rejectNonFaces = false;
        auto all = m_analyzer->analyze(decoded->image, unchecked);
        auto accepted = m_analyzer->analyze(decoded->image, FaceDetectionSettings{});
        if (!all || !accepted)
            return {-2, -2};
        return {int(all->size()), int(accepted->size())};
    }

private slots:
    void initTestCase()
    {
        const QString samples = qEnvironmentVariable("TINTYPE_SAMPLES");
        if (samples.isEmpty())
            QSKIP("TINTYPE_SAMPLES is not set (point it at shared/data to run the real-world face tests)");
        m_samples = samples;
        m_images = samples + QStringLiteral("/faces-faceapi-bbt/examples/images");
        const QString models = test::faceModelDirectory();
        TT_REQUIRE_PREREQUISITE(FaceModels::present(models), FaceModels::installHint(models));
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

    // Photos without a person in the sample sets: animals, food, a flower, a carved
    // pumpkin, cartoon gophers. Before FacePlausibility six of them made faces
    // (scores 0.53-0.80) that clustered into one "person".
    void noFaceOnAnimalsFoodAndCartoons_data()
    {
        QTest::addColumn<QString>("file");
        const QString examples = QStringLiteral("photoprism-testdata/assets/examples/");
        for (const char *name : {"dog_orange.jpg",
                                 "turtle_brown_blue.jpg",
                                 "dog_created_1919.jpg",
                                 "dog_toshi_red.jpg",
                                 "dog_toshi_yellow.jpg",
                                 "cat_black.jpg",
                                 "cat_brown.jpg",
                                 "cat_yellow_grey.jpg",
                                 "chameleon_lime.jpg",
                                 "elephant_mono.jpg",
                                 "elephants.jpg",
                                 "giraffe_green_brown.jpg",
                                 "fish_anthias_magenta.jpg",
                                 "jellyfish_blue.jpg",
                                 "peacock_blue.jpg",
                                 "sharks_blue.jpg",
                                 "snake_lime_brown.jpg",
                                 "limes.jpg",
                                 "pineapple_white.jpg",
                                 "robot_magenta.jpg"})
            QTest::newRow(name) << examples + QLatin1String(name);
        QTest::newRow("strawberries") << QStringLiteral(
            "photoprism-testdata/internal/meta/testdata/iptc-fields-500.jpg");
        QTest::newRow("pumpkin") << QStringLiteral("exif-samples-ianare/jpg/exif-org/sony-powershota5.jpg");
        QTest::newRow("dog") << QStringLiteral("exif-samples-ianare/jpg/exif-org/fujifilm-finepix40i.jpg");
        QTest::newRow("flower") << QStringLiteral("exif-samples-ianare/heic/IMG_5195.HEIC");
        const QString gophers = QStringLiteral("takeout-immich-go/internal/e2e/client/DATA/fromGooglePhotos/gophers/"
                                               "Google Photos/gophers/");
        const QDir gopherDir(m_samples + QLatin1Char('/') + gophers);
        const QStringList gopherFiles = gopherDir.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
        QVERIFY2(!gopherFiles.isEmpty(), qPrintable(gopherDir.path()));
        for (const QString &name : gopherFiles)
            QTest::newRow(qPrintable(name)) << gophers + name;
    }

    void noFaceOnAnimalsFoodAndCartoons()
    {
        QFETCH(QString, file);
        const auto [detected, accepted] = detectedAndAccepted(file);
        QVERIFY2(detected >= 0, qPrintable(QStringLiteral("missing or unreadable: ") + file));
        qInfo("%s: detector %d, accepted %d", qPrintable(file), detected, accepted);
        QCOMPARE(accepted, 0);
    }

    // Real faces elsewhere in the samples are all still found (the group shots are
    // checked above): portraits, selfies, a wedding, clowns, people in smoke.
    void realFacesAreStillAccepted_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("faces");
        const QString bbt = QStringLiteral("faces-faceapi-bbt/examples/images/");
        for (const char *name :
             {"angry.jpg", "disgusted.jpg", "fearful.jpg", "happy.jpg", "neutral.jpg", "sad.jpg", "surprised.jpg"})
            QTest::newRow(name) << bbt + QLatin1String(name) << 1;
        const QString photoprism = QStringLiteral("photoprism-testdata/internal/ai/face/testdata/");
        QTest::newRow("selfie pair") << photoprism + QStringLiteral("17.jpg") << 2;
        QTest::newRow("overlapping pair") << photoprism + QStringLiteral("overlap/1.jpg") << 2;
        QTest::newRow("clowns") << QStringLiteral("photoprism-testdata/assets/examples/clowns_colorful.jpg") << 3;
        QTest::newRow("wedding") << QStringLiteral("exif-samples-ianare/jpg/exif-org/canon-ixus.jpg") << 2;
    }

    void realFacesAreStillAccepted()
    {
        QFETCH(QString, file);
        QFETCH(int, faces);
        const auto [detected, accepted] = detectedAndAccepted(file);
        QVERIFY2(detected >= 0, qPrintable(QStringLiteral("missing or unreadable: ") + file));
        qInfo("%s: detector %d, accepted %d", qPrintable(file), detected, accepted);
        QCOMPARE(accepted, faces);
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
