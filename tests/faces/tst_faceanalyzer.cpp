// FaceAnalyzer against face-api itself: tests/data/faces/reference.json was made by
// tools/faces-reference/reference.cjs (the package's own JavaScript under Node.js)
// from the PNGs next to it, so both sides see the same pixels.
#include "FaceTestModels.h"
#include "support/Prerequisite.h"

#include "faces/FaceAnalyzer.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using namespace tintype;

namespace {
// What face-api reaches in our hands (this machine: box and landmarks ~1e-4 px,
// descriptors ~1e-6 apart), with room for another CPU's float rounding. People
// are told apart at Euclidean distance 0.6, so a descriptor off by 1e-3 is the
// same descriptor; a scaled or shifted one is not (cosine would not see scale).
constexpr double kPixelTolerance = 0.05;
constexpr double kDescriptorTolerance = 1e-3;

// Euclidean distance between our descriptor and face-api's.
double distance(const FaceEmbedding &a, const QJsonArray &b)
{
    if (b.size() != 128)
        return std::numeric_limits<double>::infinity();
    double sum = 0;
    for (int i = 0; i < 128; ++i)
        sum += (a[i] - b[i].toDouble()) * (a[i] - b[i].toDouble());
    return std::sqrt(sum);
}

QRectF boxOf(const QJsonObject &face)
{
    const QJsonArray box = face.value(QLatin1String("box")).toArray();
    return {box[0].toDouble(), box[1].toDouble(), box[2].toDouble(), box[3].toDouble()};
}

double boxError(const QRectF &a, const QRectF &b)
{
    return std::max({std::abs(a.left() - b.left()), std::abs(a.top() - b.top()), std::abs(a.right() - b.right()),
                     std::abs(a.bottom() - b.bottom())});
}

QJsonArray referenceEntries()
{
    QFile file(test::faceTestData(QStringLiteral("reference.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("entries")).toArray();
}
} // namespace

class TestFaceAnalyzer : public QObject {
    Q_OBJECT

    std::unique_ptr<FaceAnalyzer> m_analyzer;
    FaceDetectionSettings m_settings;
    double m_worstDescriptor = 0, m_worstBox = 0, m_worstLandmark = 0;
    int m_compared = 0;

private slots:
    void initTestCase()
    {
        const QString models = test::faceModelDirectory();
        TT_REQUIRE_PREREQUISITE(FaceModels::present(models), FaceModels::installHint(models));
        auto analyzer = FaceAnalyzer::load(models);
        QVERIFY2(analyzer.ok(), qPrintable(analyzer.error()));
        m_analyzer = std::move(analyzer.value());
        m_settings.minScore = 0.5F;
        m_settings.minFaceSize = 0;
    }

    void matchesFaceApi_data()
    {
        QTest::addColumn<QJsonObject>("entry");
        for (const QJsonValue &v : referenceEntries())
            QTest::newRow(qPrintable(v.toObject().value(QLatin1String("image")).toString())) << v.toObject();
        QVERIFY(!referenceEntries().isEmpty());
    }

    void matchesFaceApi()
    {
        QFETCH(QJsonObject, entry);
        const QImage image(test::faceTestData(entry.value(QLatin1String("image")).toString()));
        QVERIFY(!image.isNull());
        if (entry.value(QLatin1String("chip")).toBool()) {
            auto embedding = m_analyzer->embedChip(image);
            QVERIFY2(embedding.ok(), qPrintable(embedding.error()));
            const double d = distance(embedding.value(), entry.value(QLatin1String("descriptor")).toArray());
            QVERIFY2(d <= kDescriptorTolerance, qPrintable(QStringLiteral("descriptor %1 away").arg(d, 0, 'g', 3)));
            m_worstDescriptor = std::max(m_worstDescriptor, d);
            ++m_compared;
            return;
        }
        auto faces = m_analyzer->analyze(image, m_settings);
        QVERIFY2(faces.ok(), qPrintable(faces.error()));
        const QJsonArray expected = entry.value(QLatin1String("faces")).toArray();
        QCOMPARE(int(faces->size()), expected.size());
        // One to one: each of face-api's faces takes the nearest of ours that no
        // other took, closest pairs first.
        struct Pair {
            double gap;
            int want, ours;
        };
        std::vector<Pair> pairs;
        for (int w = 0; w < expected.size(); ++w)
            for (int o = 0; o < int(faces->size()); ++o)
                pairs.push_back({boxError(boxOf(expected[w].toObject()), faces->at(std::size_t(o)).box), w, o});
        std::sort(pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) { return a.gap < b.gap; });
        std::vector<int> matchOf(std::size_t(expected.size()), -1);
        std::vector<bool> taken(faces->size(), false);
        for (const Pair &p : pairs)
            if (matchOf[std::size_t(p.want)] < 0 && !taken[std::size_t(p.ours)]) {
                matchOf[std::size_t(p.want)] = p.ours;
                taken[std::size_t(p.ours)] = true;
            }
        for (int w = 0; w < expected.size(); ++w) {
            const QJsonObject want = expected[w].toObject();
            const QRectF wantBox = boxOf(want);
            const AnalyzedFace &match = faces->at(std::size_t(matchOf[std::size_t(w)]));
            const QString where = QStringLiteral("face at %1,%2").arg(wantBox.x()).arg(wantBox.y());
            const double box = boxError(match.box, wantBox);
            QVERIFY2(box <= kPixelTolerance, qPrintable(where + QStringLiteral(": box %1,%2 %3x%4 (%5 px off)")
                                                                    .arg(match.box.x())
                                                                    .arg(match.box.y())
                                                                    .arg(match.box.width())
                                                                    .arg(match.box.height())
                                                                    .arg(box, 0, 'g', 3)));
            QCOMPARE_LT(std::abs(match.score - want.value(QLatin1String("score")).toDouble()), 1e-3);
            const QJsonArray landmarks = want.value(QLatin1String("landmarks")).toArray();
            QCOMPARE(landmarks.size(), 68);
            double worst = 0;
            for (int i = 0; i < 68; ++i) {
                const QJsonArray p = landmarks[i].toArray();
                worst = std::max(worst, QLineF(match.landmarks[i], QPointF(p[0].toDouble(), p[1].toDouble())).length());
            }
            QVERIFY2(worst <= kPixelTolerance,
                     qPrintable(where + QStringLiteral(": landmark off by %1 px").arg(worst)));
            const double d = distance(match.embedding, want.value(QLatin1String("descriptor")).toArray());
            QVERIFY2(d <= kDescriptorTolerance,
                     qPrintable(where + QStringLiteral(": descriptor %1 away").arg(d, 0, 'g', 3)));
            m_worstDescriptor = std::max(m_worstDescriptor, d);
            m_worstLandmark = std::max(m_worstLandmark, worst);
            m_worstBox = std::max(m_worstBox, box);
            ++m_compared;
        }
    }

    // Runs after every reference entry: the figures, and that they were measured at all.
    void reportAgreement()
    {
        qInfo("agreement with face-api over %d faces: worst descriptor distance %.1e, box edge %.1e px, landmark "
              "%.1e px",
              m_compared, m_worstDescriptor, m_worstBox, m_worstLandmark);
        QVERIFY2(m_compared >= 10, "too few faces compared with face-api");
        QCOMPARE_LE(m_worstDescriptor, kDescriptorTolerance);
        QCOMPARE_LE(m_worstBox, kPixelTolerance);
        QCOMPARE_LE(m_worstLandmark, kPixelTolerance);
    }

    void noFaceInAPlainImage()
    {
        QImage image(640, 480, QImage::Format_RGB32);
        image.fill(QColor(90, 140, 200));
        auto faces = m_analyzer->analyze(image, m_settings);
        QVERIFY2(faces.ok(), qPrintable(faces.error()));
        QVERIFY(faces->empty());
    }

    void tinyFacesAreSkippedByTheMinimumSize()
    {
        QImage group(test::faceTestData(QStringLiteral("bbt4.png")));
        QVERIFY(!group.isNull());
        FaceDetectionSettings strict = m_settings;
        strict.minFaceSize = 4000; // larger than any face
        auto faces = m_analyzer->analyze(group, strict);
        QVERIFY2(faces.ok(), qPrintable(faces.error()));
        QVERIFY(faces->empty());
    }

    void tinyImagesAreHandled()
    {
        for (const QSize size : {QSize(1, 1), QSize(3, 500), QSize(500, 2)}) {
            QImage image(size, QImage::Format_RGB32);
            image.fill(Qt::white);
            auto faces = m_analyzer->analyze(image, m_settings);
            QVERIFY2(faces.ok(), qPrintable(faces.error()));
            QVERIFY(faces->empty());
        }
        QVERIFY(!m_analyzer->analyze(QImage(), m_settings).ok());
        QVERIFY(!m_analyzer->embedChip(QImage()).ok());
    }

    void missingOrBrokenModelsGiveAReason()
    {
        QTemporaryDir empty;
        auto missing = FaceAnalyzer::load(empty.path());
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(QLatin1String("ssd_mobilenetv1_model")));

        // A manifest whose weights file is truncated.
        const QString models = test::faceModelDirectory();
        for (const char *name :
             {"ssd_mobilenetv1_model-weights_manifest.json", "face_landmark_68_model-weights_manifest.json",
              "face_recognition_model-weights_manifest.json", "face_landmark_68_model.bin",
              "face_recognition_model.bin"})
            QVERIFY(QFile::copy(models + QLatin1Char('/') + QLatin1String(name), empty.filePath(QLatin1String(name))));
        QFile bin(empty.filePath(QStringLiteral("ssd_mobilenetv1_model.bin")));
        QVERIFY(bin.open(QIODevice::WriteOnly));
        bin.write(QByteArray(1000, '\x7f'));
        bin.close();
        auto truncated = FaceAnalyzer::load(empty.path());
        QVERIFY(!truncated.ok());
        QVERIFY2(truncated.error().contains(QLatin1String("truncated")), qPrintable(truncated.error()));

        // Not JSON at all.
        QFile manifest(empty.filePath(QStringLiteral("ssd_mobilenetv1_model-weights_manifest.json")));
        QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
        manifest.write("\x89PNG garbage");
        manifest.close();
        auto garbage = FaceAnalyzer::load(empty.path());
        QVERIFY(!garbage.ok());
    }
};

QTEST_GUILESS_MAIN(TestFaceAnalyzer)
#include "tst_faceanalyzer.moc"
