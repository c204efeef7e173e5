// BestPhotoPicker with real pictures: the sharp copy wins over its blurred
// copy, two near-duplicates (by their perceptual hashes) are never both
// chosen, favourites and named people come first, screenshots and videos never.

#include "similarity/PerceptualHash.h"
#include "stories/BestPhotoPicker.h"
#include "stories/ImageSharpness.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <set>

using namespace tintype;

namespace {
// A scene: coloured shapes and fine texture, different for each seed.
QImage scene(int seed)
{
    QImage image(400, 300, QImage::Format_RGB32);
    QRandomGenerator random{quint32(seed)};
    image.fill(QColor::fromHsv(random.bounded(360), 80, 200));
    QPainter p(&image);
    for (int i = 0; i < 40; ++i) {
        p.setBrush(QColor::fromHsv(random.bounded(360), 200, random.bounded(50, 255)));
        p.setPen(QPen(Qt::black, 1 + random.bounded(3)));
        p.drawEllipse(QPoint(random.bounded(400), random.bounded(300)), random.bounded(5, 80), random.bounded(5, 80));
    }
    return image;
}

// Blurred as a shaken or out-of-focus copy would be: down to an eighth and back.
QImage blurred(const QImage &image)
{
    return image.scaled(image.size() / 8, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .scaled(image.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}
} // namespace

class TestBestPhotoPicker : public QObject {
    Q_OBJECT

    std::vector<StoryAsset> m_assets;
    std::map<std::int64_t, QImage> m_images;

    StoryAsset &add(const QImage &image)
    {
        StoryAsset a;
        a.assetId = std::int64_t(m_assets.size()) + 1;
        a.utcMs = a.assetId * 60000;
        a.hash = PerceptualHash::compute(image);
        a.relPath = "2024/IMG_" + QByteArray::number(a.assetId) + ".jpg";
        m_images[a.assetId] = image;
        m_assets.push_back(a);
        return m_assets.back();
    }
    std::vector<const StoryAsset *> all() const
    {
        std::vector<const StoryAsset *> out;
        for (const StoryAsset &a : m_assets)
            out.push_back(&a);
        return out;
    }
    BestPhotoPicker::Sharpness sharpness() const
    {
        return
            [this](const StoryAsset &a) { return std::optional<double>(ImageSharpness::of(m_images.at(a.assetId))); };
    }

private slots:
    void init()
    {
        m_assets.clear();
        m_assets.reserve(32);
        m_images.clear();
    }

    void blurredCopyScoresLower()
    {
        const QImage sharp = scene(1);
        QVERIFY(ImageSharpness::of(blurred(sharp)) < ImageSharpness::of(sharp) * 0.2);
        QCOMPARE(ImageSharpness::of(QImage()), 0.0);
    }

    void prefersSharpAndNeverTwoNearDuplicates()
    {
        // Blurred copy first (older), then the sharp one; a recompressed near copy; five other scenes.
        const QImage one = scene(1);
        const std::int64_t blurredOne = add(blurred(one)).assetId;
        const std::int64_t sharpOne = add(one).assetId;
        QImage nearCopy = scene(2);
        const std::int64_t two = add(scene(2)).assetId;
        {
            QPainter p(&nearCopy);
            p.fillRect(0, 0, 12, 12, Qt::white); // a little changed: same picture to the hash
        }
        const std::int64_t twoAgain = add(nearCopy).assetId;
        for (int seed = 3; seed <= 7; ++seed)
            add(scene(seed));
        QVERIFY(PerceptualHash::distance(*m_assets[0].hash, *m_assets[1].hash) <= BestPhotoPicker::kNearDuplicateBits);
        QVERIFY(PerceptualHash::distance(*m_assets[2].hash, *m_assets[3].hash) <= BestPhotoPicker::kNearDuplicateBits);

        const BestPhotoPicker::Pick pick = BestPhotoPicker::pick(all(), 20, sharpness());
        const std::set<std::int64_t> chosen(pick.assetIds.begin(), pick.assetIds.end());
        QVERIFY(chosen.count(sharpOne));
        QVERIFY(!chosen.count(blurredOne));
        QVERIFY(chosen.count(two) + chosen.count(twoAgain) == 1);
        QCOMPARE(chosen.size(), std::size_t(7)); // scenes 1 to 7, each once
        QVERIFY(std::is_sorted(pick.assetIds.begin(), pick.assetIds.end()));

        // Without the sharpness, near-duplicates still never come twice.
        const BestPhotoPicker::Pick blind = BestPhotoPicker::pick(all(), 20);
        const std::set<std::int64_t> seen(blind.assetIds.begin(), blind.assetIds.end());
        QVERIFY(seen.count(blurredOne) + seen.count(sharpOne) == 1);
    }

    void favouritesAndPeopleFirstScreenshotsNever()
    {
        for (int seed = 10; seed < 20; ++seed)
            add(scene(seed));
        m_assets[7].favorite = true;
        m_assets[4].namedPeople = true;
        m_assets[2].favorite = true;
        m_assets[2].relPath = "Pictures/Screenshots/Screenshot_20240101-101010.png";
        m_assets[9].video = true;
        m_assets[9].favorite = true;
        const BestPhotoPicker::Pick pick = BestPhotoPicker::pick(all(), 2, sharpness());
        QCOMPARE(pick.coverAssetId, m_assets[7].assetId);
        QCOMPARE(pick.assetIds, (std::vector<std::int64_t>{m_assets[4].assetId, m_assets[7].assetId}));
        const BestPhotoPicker::Pick many = BestPhotoPicker::pick(all(), 20, sharpness());
        QCOMPARE(many.assetIds.size(), std::size_t(8));
        for (std::int64_t id : many.assetIds)
            QVERIFY(id != m_assets[2].assetId && id != m_assets[9].assetId);
        QVERIFY(BestPhotoPicker::isScreenshot("DCIM/Screenshot_2019.png"));
        QVERIFY(!BestPhotoPicker::isScreenshot("DCIM/IMG_2019.jpg"));
        QVERIFY(BestPhotoPicker::pick({}, 5).assetIds.empty());
    }
};

QTEST_GUILESS_MAIN(TestBestPhotoPicker)
#include "tst_bestphotopicker.moc"
