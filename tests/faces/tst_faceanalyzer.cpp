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

#include <cmath>

using namespace tintype;

namespace {
double cosine(const FaceEmbedding &a, const QJsonArray &b)
{
    double dot = 0, na = 0, nb = 0;
    for (int i = 0; i < 128; ++i) {
        dot += a[i] * b[i].toDouble();
        na += a[i] * a[i];
        nb += b[i].toDouble() * b[i].toDouble();
    }
    return dot / std::sqrt(na * nb);
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
    double m_worstCosine = 1, m_worstBox = 0, m_worstLandmark = 0;

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
            const double c = cosine(embedding.value(), entry.value(QLatin1String("descriptor")).toArray());
            QVERIFY2(c >= 0.999, qPrintable(QStringLiteral("cosine %1").arg(c, 0, 'f', 6)));
            m_worstCosine = std::min(m_worstCosine, c);
            return;
        }
        auto faces = m_analyzer->analyze(image, m_settings);
        QVERIFY2(faces.ok(), qPrintable(faces.error()));
        const QJsonArray expected = entry.value(QLatin1String("faces")).toArray();
        QCOMPARE(int(faces->size()), expected.size());
        for (const QJsonValue &value : expected) {
            const QJsonObject want = value.toObject();
            const QJsonArray box = want.value(QLatin1String("box")).toArray();
            const QRectF wantBox(box[0].toDouble(), box[1].toDouble(), box[2].toDouble(), box[3].toDouble());
            const AnalyzedFace *match = nullptr;
            for (const AnalyzedFace &face : faces.value())
                if (!match || QLineF(face.box.center(), wantBox.center()).length() <
                                  QLineF(match->box.center(), wantBox.center()).length())
                    match = &face;
            const QString where = QStringLiteral("face at %1,%2").arg(wantBox.x()).arg(wantBox.y());
            QVERIFY2(std::abs(match->box.left() - wantBox.left()) <= 2 &&
                         std::abs(match->box.top() - wantBox.top()) <= 2 &&
                         std::abs(match->box.right() - wantBox.right()) <= 2 &&
                         std::abs(match->box.bottom() - wantBox.bottom()) <= 2,
                     qPrintable(where + QStringLiteral(": box %1,%2 %3x%4")
                                            .arg(match->box.x())
                                            .arg(match->box.y())
                                            .arg(match->box.width())
                                            .arg(match->box.height())));
            QCOMPARE_LT(std::abs(match->score - want.value(QLatin1String("score")).toDouble()), 0.01);
            const QJsonArray landmarks = want.value(QLatin1String("landmarks")).toArray();
            double worst = 0;
            for (int i = 0; i < 68; ++i) {
                const QJsonArray p = landmarks[i].toArray();
                worst =
                    std::max(worst, QLineF(match->landmarks[i], QPointF(p[0].toDouble(), p[1].toDouble())).length());
            }
            QVERIFY2(worst <= 2.0, qPrintable(where + QStringLiteral(": landmark off by %1 px").arg(worst)));
            const double c = cosine(match->embedding, want.value(QLatin1String("descriptor")).toArray());
            QVERIFY2(c >= 0.999, qPrintable(where + QStringLiteral(": embedding cosine %1").arg(c, 0, 'f', 6)));
            m_worstCosine = std::min(m_worstCosine, c);
            m_worstLandmark = std::max(m_worstLandmark, worst);
            for (const double d : {match->box.left() - wantBox.left(), match->box.top() - wantBox.top(),
                                   match->box.right() - wantBox.right(), match->box.bottom() - wantBox.bottom()})
                m_worstBox = std::max(m_worstBox, std::abs(d));
        }
    }

    void reportAgreement()
    {
        qInfo("agreement with face-api: worst embedding cosine %.7f, box edge %.1e px, landmark %.1e px", m_worstCosine,
              m_worstBox, m_worstLandmark);
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
