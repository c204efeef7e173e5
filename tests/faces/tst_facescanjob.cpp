// FaceScanJob over a scanned library: faces are stored relative to the upright
// image (an EXIF orientation-6 copy of a group shot gives the same boxes as the
// upright file), and a corrupt or truncated photo is recorded with its reason
// while the run goes on; the next run has nothing left to do.
#include "FaceTestModels.h"
#include "support/Prerequisite.h"

#include "catalog/FaceRepository.h"
#include "faces/FaceCropCache.h"
#include "faces/FaceScanJob.h"
#include "support/ScanFixture.h"
#include "support/TestMedia.h"

#include <QImage>
#include <QLineF>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

#include <cmath>

using namespace tintype;

namespace {
bool saveJpeg(const QImage &image, const std::filesystem::path &file, int quality = 100)
{
    return image.save(QString::fromStdString(file.string()), "JPEG", quality);
}

const FaceRecord *nearest(const std::vector<FaceRecord> &faces, const QRectF &box)
{
    const FaceRecord *best = nullptr;
    for (const FaceRecord &f : faces)
        if (!best || QLineF(f.box.center(), box.center()).length() < QLineF(best->box.center(), box.center()).length())
            best = &f;
    return best;
}

float distance(const FaceEmbedding &a, const FaceEmbedding &b)
{
    float sum = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        sum += (a[i] - b[i]) * (a[i] - b[i]);
    return std::sqrt(sum);
}
} // namespace

class TestFaceScanJob : public QObject {
    Q_OBJECT

    QString m_models;
    QImage m_group; // bbt4: six faces (face-api finds six: tests/data/faces/reference.json)
    static constexpr int kFaces = 6;

    FaceScanJob::Options options(const QTemporaryDir &crops) const
    {
        FaceScanJob::Options o;
        o.modelDirectory = m_models;
        o.jobs = 2;
        o.cropCache = crops.path().toStdString();
        o.cluster = false;
        return o;
    }

    static std::vector<FaceRecord> facesOf(test::ScanFixture &fx, const QByteArray &relPath)
    {
        std::vector<FaceRecord> faces;
        const auto asset = fx.assetOf(relPath);
        if (asset)
            (void)fx.catalog().read([&] { faces = FaceRepository(fx.catalog()).ofAsset(asset->id); });
        return faces;
    }

private slots:
    void initTestCase()
    {
        m_models = test::faceModelDirectory();
        TT_REQUIRE_PREREQUISITE(FaceModels::present(m_models), FaceModels::installHint(m_models));
        m_group = QImage(test::faceTestData(QStringLiteral("bbt4.png")));
        QVERIFY(!m_group.isNull());
    }

    void facesOfAnExifRotatedPhotoAreStoredUpright()
    {
        test::ScanFixture fx;
        QVERIFY(fx.isValid());
        QVERIFY(saveJpeg(m_group, fx.photos() / "upright.jpg"));
        // Orientation 6: the stored pixels are the upright image turned 90° counter-
        // clockwise; a viewer turns them 90° clockwise to show them.
        const QImage stored = m_group.transformed(QTransform().rotate(-90));
        QCOMPARE(stored.size(), m_group.size().transposed());
        QVERIFY(saveJpeg(stored, fx.photos() / "rotated.jpg"));
        QVERIFY(test::setMetadata(fx.photos() / "rotated.jpg",
                                  {{QStringLiteral("Exif.Image.Orientation"), QStringLiteral("6")}}));
        QVERIFY(fx.addRoot() > 0);
        fx.scan();
        QCOMPARE(fx.assetCount(), std::int64_t(2));

        QTemporaryDir crops;
        std::atomic<bool> cancel{false};
        auto report = FaceScanJob(fx.catalog(), options(crops)).run({}, cancel);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->progress.done, std::int64_t(2));
        QCOMPARE(report->progress.failed, std::int64_t(0));

        const std::vector<FaceRecord> upright = facesOf(fx, "upright.jpg");
        const std::vector<FaceRecord> rotated = facesOf(fx, "rotated.jpg");
        QCOMPARE(int(upright.size()), kFaces);
        QCOMPARE(rotated.size(), upright.size());
        // 2 px of the 710 × 473 photo, in relative coordinates.
        const double toleranceX = 2.0 / m_group.width(), toleranceY = 2.0 / m_group.height();
        for (const FaceRecord &want : upright) {
            const FaceRecord *got = nearest(rotated, want.box);
            QVERIFY(got != nullptr);
            const QString where = QStringLiteral("face at %1,%2").arg(want.box.x()).arg(want.box.y());
            QVERIFY2(std::abs(got->box.left() - want.box.left()) <= toleranceX &&
                         std::abs(got->box.right() - want.box.right()) <= toleranceX &&
                         std::abs(got->box.top() - want.box.top()) <= toleranceY &&
                         std::abs(got->box.bottom() - want.box.bottom()) <= toleranceY,
                     qPrintable(where + QStringLiteral(": rotated photo's box %1,%2 %3x%4")
                                            .arg(got->box.x())
                                            .arg(got->box.y())
                                            .arg(got->box.width())
                                            .arg(got->box.height())));
            QCOMPARE(got->landmarks.size(), want.landmarks.size());
            // The eyes (36, 45) in the same place: the face was not analysed lying on its side.
            for (const int i : {36, 45})
                QVERIFY2(QLineF(got->landmarks[std::size_t(i)], want.landmarks[std::size_t(i)]).length() < 0.01,
                         qPrintable(where + QStringLiteral(": landmark %1 moved").arg(i)));
            QVERIFY2(
                distance(got->embedding, want.embedding) < 0.15,
                qPrintable(where +
                           QStringLiteral(": embedding distance %1").arg(distance(got->embedding, want.embedding))));
        }
        // Every recorded face has its round crop (written by the workers after the batch is stored).
        const FaceCropCache cache(crops.path().toStdString());
        for (const std::vector<FaceRecord> *faces : {&upright, &rotated})
            for (const FaceRecord &face : *faces) {
                const QImage crop(QString::fromStdString(cache.pathFor(face.id).string()));
                QVERIFY2(crop.width() == FaceCropCache::kSize && crop.hasAlphaChannel(),
                         qPrintable(QStringLiteral("no crop for face %1").arg(face.id)));
            }
    }

    void corruptAndTruncatedPhotosAreRecordedAndTheRunGoesOn()
    {
        test::ScanFixture fx;
        QVERIFY(fx.isValid());
        QVERIFY(saveJpeg(m_group, fx.photos() / "a-good.jpg"));
        const QByteArray good = test::readBytes(fx.photos() / "a-good.jpg");
        QVERIFY(good.size() > 10000);
        // Cut in the middle of the entropy-coded data.
        QVERIFY(test::writeBytes(fx.photos() / "b-truncated.jpg", good.left(good.size() / 3)));
        // A valid header, then noise where the scan data should be.
        QByteArray corrupt = good.left(1200);
        for (int i = 0; i < 30000; ++i)
            corrupt.append(char((i * 7919 + 13) % 251));
        QVERIFY(test::writeBytes(fx.photos() / "c-corrupt.jpg", corrupt));
        QVERIFY(saveJpeg(m_group, fx.photos() / "d-good.jpg", 97));
        QVERIFY(fx.addRoot() > 0);
        fx.scan();

        std::int64_t pending = 0;
        QVERIFY(fx.catalog().read([&] { pending = FaceRepository(fx.catalog()).pendingCount(); }).ok());
        QVERIFY2(pending >= 3, qPrintable(QStringLiteral("%1 photos to analyse").arg(pending)));

        QTemporaryDir crops;
        std::atomic<bool> cancel{false};
        std::vector<FaceScanJob::Progress> updates;
        auto report = FaceScanJob(fx.catalog(), options(crops))
                          .run([&](const FaceScanJob::Progress &p) { updates.push_back(p); }, cancel);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QVERIFY(!report->cancelled);
        QCOMPARE(report->progress.done, pending);
        QCOMPARE(report->progress.total, pending);
        QVERIFY(!updates.empty());
        QCOMPARE(updates.back().done, pending);
        // Both good photos analysed, whatever the order of the broken ones.
        QCOMPARE(int(facesOf(fx, "a-good.jpg").size()), kFaces);
        QCOMPARE(int(facesOf(fx, "d-good.jpg").size()), kFaces);
        // The truncated file is analysed as far as it could be read (issue 25: its
        // intact top third, grey below), so it may add the faces standing there;
        // the corrupt one fails unless the decoder recovered some pixels.
        const auto truncatedFaces = std::int64_t(facesOf(fx, "b-truncated.jpg").size());
        QVERIFY(truncatedFaces <= kFaces);
        QVERIFY(report->progress.faces >= std::int64_t(2 * kFaces) + truncatedFaces);
        QCOMPARE(std::int64_t(report->failures.size()), report->progress.failed);
        for (const FaceScanJob::Failure &f : report->failures) {
            QVERIFY2(!f.reason.trimmed().isEmpty(), f.path.string().c_str());
            qInfo("%s: %s", f.path.filename().string().c_str(), qPrintable(f.reason));
            QVERIFY2(f.path.filename() != "b-truncated.jpg", qPrintable(f.reason));
        }
        FaceRepository::Counts counts;
        QVERIFY(fx.catalog().read([&] { counts = FaceRepository(fx.catalog()).counts(); }).ok());
        QCOMPARE(counts.failedAssets, report->progress.failed);
        QCOMPARE(counts.faces, report->progress.faces);

        // Failures are recorded passes: the next run has nothing to do.
        auto again = FaceScanJob(fx.catalog(), options(crops)).run({}, cancel);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->progress.total, std::int64_t(0));
        QCOMPARE(again->progress.done, std::int64_t(0));
    }

    void aCancelledRunStopsAndTheNextOneResumes()
    {
        test::ScanFixture fx;
        QVERIFY(fx.isValid());
        QVERIFY(saveJpeg(m_group, fx.photos() / "group.jpg"));
        QVERIFY(fx.addRoot() > 0);
        fx.scan();
        QTemporaryDir crops;
        std::atomic<bool> cancel{true};
        auto stopped = FaceScanJob(fx.catalog(), options(crops)).run({}, cancel);
        QVERIFY2(stopped.ok(), qPrintable(stopped.error()));
        QVERIFY(stopped->cancelled);
        QCOMPARE(stopped->progress.done, std::int64_t(0));
        cancel = false;
        auto resumed = FaceScanJob(fx.catalog(), options(crops)).run({}, cancel);
        QVERIFY2(resumed.ok(), qPrintable(resumed.error()));
        QCOMPARE(resumed->progress.done, std::int64_t(1));
        QCOMPARE(resumed->progress.faces, std::int64_t(kFaces));
    }
};

QTEST_GUILESS_MAIN(TestFaceScanJob)
#include "tst_facescanjob.moc"
