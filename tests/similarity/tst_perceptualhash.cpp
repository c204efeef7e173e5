#include "similarity/HashNeighbourIndex.h"
#include "similarity/PerceptualHash.h"
#include "similarity/StructuralSimilarity.h"

#include "SyntheticScene.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

#include <set>

using namespace tintype;

namespace {
QImage reencoded(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return QImage::fromData(bytes);
}

// What the grid thumbnail of a file is: its long edge at 400 px.
QImage grid(const QImage &image) { return image.scaled(400, 400, Qt::KeepAspectRatio, Qt::SmoothTransformation); }

int hashDistance(const QImage &a, const QImage &b)
{
    return PerceptualHash::distance(*PerceptualHash::compute(grid(a)), *PerceptualHash::compute(grid(b)));
}
} // namespace

class PerceptualHashTest : public QObject {
    Q_OBJECT
private slots:
    void transformedHashEqualsHashOfTransformedPicture()
    {
        const QImage scene = test::syntheticScene(QSize(480, 360), 7);
        const std::uint64_t hash = *PerceptualHash::compute(scene);
        for (const ImageTransform &t : ImageTransform::all()) {
            const auto turned = PerceptualHash::compute(t.apply(scene));
            QVERIFY(turned);
            QVERIFY2(PerceptualHash::distance(PerceptualHash::transformed(hash, t), *turned) <= 2,
                     qPrintable(QString::number(t.index())));
        }
    }

    void inverseUndoesTransform()
    {
        const QImage scene = test::syntheticScene(QSize(48, 36), 3);
        for (const ImageTransform &t : ImageTransform::all()) {
            QCOMPARE(t.inverse().apply(t.apply(scene)), scene);
            QCOMPARE(PerceptualHash::transformed(PerceptualHash::transformed(0x123456789abcdefULL, t), t.inverse()),
                     0x123456789abcdefULL);
        }
    }

    void copiesAreCloseAndOtherScenesFar()
    {
        int worstCopy = 0, closestOther = 64;
        for (quint32 seed = 1; seed <= 12; ++seed) {
            const QImage original = test::syntheticScene(QSize(1200, 900), seed);
            const QList<QImage> copies = {
                reencoded(original.scaled(600, 450, Qt::IgnoreAspectRatio, Qt::SmoothTransformation), "JPEG", 85),
                reencoded(original, "JPEG", 50),
                reencoded(test::croppedCopy(original, 0.02), "JPEG", 85),
                reencoded(original, "PNG", -1),
            };
            for (const QImage &copy : copies)
                worstCopy = std::max(worstCopy, hashDistance(original, copy));
            for (quint32 other = seed + 1; other <= 12; ++other)
                closestOther =
                    std::min(closestOther, hashDistance(original, test::syntheticScene(QSize(1200, 900), other)));
        }
        qInfo("worst copy distance %d, closest other scene %d", worstCopy, closestOther);
        QVERIFY(worstCopy <= 8);
        QVERIFY(closestOther > 16);
    }

    void verificationSeparatesCopiesFromBurstFrames()
    {
        double worstCopy = 1, bestBurst = 0;
        for (quint32 seed = 1; seed <= 12; ++seed) {
            const QImage original = grid(test::syntheticScene(QSize(1200, 900), seed));
            const QList<QImage> copies = {
                grid(reencoded(test::syntheticScene(QSize(1200, 900), seed).scaled(600, 450), "JPEG", 50)),
                grid(reencoded(test::croppedCopy(test::syntheticScene(QSize(1200, 900), seed), 0.02), "JPEG", 85)),
            };
            for (const QImage &copy : copies) {
                const auto c = StructuralSimilarity::compare(original, copy);
                worstCopy = std::min(worstCopy, c.worstCell);
            }
            for (double shift : {0.04, 0.08}) {
                const QImage frame = grid(test::syntheticScene(QSize(1200, 900), seed, shift));
                const auto c = StructuralSimilarity::compare(original, frame);
                bestBurst = std::max(bestBurst, c.worstCell);
            }
        }
        qInfo("worst cell of copies %.3f, of burst frames %.3f", worstCopy, bestBurst);
        QVERIFY(worstCopy >= StructuralSimilarity::kSameWorstCell);
        QVERIFY(bestBurst < StructuralSimilarity::kSameWorstCell);
    }

    void neighbourIndexFindsWhatBruteForceFinds()
    {
        // Random hashes plus turned copies a few bits off; every pair within 7
        // that comparing all pairs finds, the index finds too, with its transform.
        QRandomGenerator random(99);
        std::vector<std::uint64_t> hashes;
        for (int i = 0; i < 3000; ++i) {
            std::uint64_t h = random.generate64();
            if (i % 3 == 1) {
                h = PerceptualHash::transformed(hashes[std::size_t(random.bounded(i))],
                                                ImageTransform::fromIndex(int(random.bounded(8))));
                for (int flips = int(random.bounded(8)); flips > 0; --flips)
                    h ^= std::uint64_t(1) << random.bounded(64);
            }
            hashes.push_back(h);
        }
        std::set<std::pair<int, int>> expected;
        for (int a = 0; a < int(hashes.size()); ++a)
            for (int b = a + 1; b < int(hashes.size()); ++b)
                for (const ImageTransform &t : ImageTransform::all())
                    if (PerceptualHash::distance(PerceptualHash::transformed(hashes[std::size_t(a)], t),
                                                 hashes[std::size_t(b)]) <= 7)
                        expected.insert({a, b});
        QVERIFY(expected.size() > 900);
        const HashNeighbourIndex index(hashes);
        std::set<std::pair<int, int>> found;
        for (const auto &m : index.pairsWithin(7)) {
            found.insert({m.a, m.b});
            QCOMPARE(PerceptualHash::distance(PerceptualHash::transformed(hashes[std::size_t(m.a)], m.transform),
                                              hashes[std::size_t(m.b)]),
                     m.distance);
        }
        QCOMPARE(found, expected);
    }

    void flatAndNullPicturesHaveNoHash()
    {
        QVERIFY(!PerceptualHash::compute(QImage()));
        QImage black(64, 48, QImage::Format_RGB32);
        black.fill(Qt::black);
        QVERIFY(!PerceptualHash::compute(black));
        QCOMPARE(StructuralSimilarity::compare(QImage(), black).overall, 0.0);
    }
};

QTEST_GUILESS_MAIN(PerceptualHashTest)
#include "tst_perceptualhash.moc"
