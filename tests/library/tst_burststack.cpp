// Bursts: frames named by the phone (Samsung, Google Camera, Pixel) or sharing
// Apple's BurstUUID show as one timeline tile, the phone's chosen frame on top,
// with the number of frames; Live/motion photos are marked.
#include "catalog/TimelineQueries.h"
#include "metadata/BurstName.h"
#include "support/PhoneMedia.h"
#include "support/ScanFixture.h"
#include "support/TestMedia.h"

#include <QTest>

using namespace tintype;
namespace fs = std::filesystem;

class BurstStackTest : public QObject {
    Q_OBJECT

private slots:
    void burstNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("cover");
        QTest::newRow("Google Camera cover") << "00000IMG_00000_BURST20190830085327897_COVER.jpg"
                                             << "burst:20190830085327897" << true;
        QTest::newRow("Google Camera frame") << "00001IMG_00001_BURST20190830085327897.jpg"
                                             << "burst:20190830085327897" << false;
        QTest::newRow("Samsung cover") << "20240302_101112_BURST01_COVER.jpg"
                                       << "burst:20240302_101112" << true;
        QTest::newRow("Samsung frame") << "20240302_101112_Burst02.jpg"
                                       << "burst:20240302_101112" << false;
        QTest::newRow("Pixel cover") << "PXL_20240302_101112000.RAW-01.MP.COVER.jpg"
                                     << "burst:PXL_20240302_101112000" << true;
        QTest::newRow("Pixel original") << "PXL_20240302_101112000.RAW-02.ORIGINAL.dng"
                                        << "burst:PXL_20240302_101112000" << false;
        QTest::newRow("plain") << "IMG_1234.JPG"
                               << "" << false;
        QTest::newRow("Samsung plain") << "20240302_101112.jpg"
                                       << "" << false;
    }
    void burstNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QFETCH(bool, cover);
        const auto burst = BurstName::parse(name);
        QCOMPARE(burst.has_value(), !key.isEmpty());
        if (burst) {
            QCOMPARE(burst->key, key);
            QCOMPARE(burst->cover, cover);
        }
    }

    void oneTilePerBurst()
    {
        test::ScanFixture fx;
        QVERIFY(fx.isValid());
        const fs::path p = fx.photos();
        QVERIFY(test::writeDatedJpeg(p / "20240302_101112_BURST01.jpg", 1, QStringLiteral("2024:03:02 10:11:12")));
        QVERIFY(
            test::writeDatedJpeg(p / "20240302_101112_BURST02_COVER.jpg", 2, QStringLiteral("2024:03:02 10:11:13")));
        QVERIFY(test::writeDatedJpeg(p / "20240302_101112_BURST03.jpg", 3, QStringLiteral("2024:03:02 10:11:14")));
        // Apple: names say nothing, the maker note's BurstUUID does.
        const QString uuid = QStringLiteral("0F1E2D3C-0000-4000-8000-00000000BEEF");
        for (int i = 0; i < 2; ++i) {
            const fs::path f = p / ("IMG_" + std::to_string(500 + i) + ".JPG");
            QVERIFY(test::writeDatedJpeg(f, 10 + i, QStringLiteral("2024:03:03 08:00:0%1").arg(i)));
            QVERIFY(
                test::setMetadata(f, {{"Exif.Image.Make", "Apple"},
                                      {"Exif.Photo.MakerNote", test::undefinedValue(test::appleMakerNote({}, uuid))}}));
        }
        QVERIFY(test::writeDatedJpeg(p / "IMG_0001.JPG", 20, QStringLiteral("2024:03:04 12:00:00")));
        fx.addRoot();
        QVERIFY(fx.scan().error.isEmpty());
        QCOMPARE(fx.assetCount(), 6); // every frame stays an asset of its own

        std::vector<TimelineEntry> entries;
        QVERIFY(fx.catalog().read([&] { entries = TimelineQueries(fx.catalog()).entries({}); }));
        QCOMPARE(int(entries.size()), 3);
        const auto tileOf = [&](const char *name) -> const TimelineEntry * {
            const auto asset = fx.assetOf(name);
            for (const TimelineEntry &e : entries)
                if (asset && e.assetId == asset->id)
                    return &e;
            return nullptr;
        };
        QVERIFY(tileOf("20240302_101112_BURST02_COVER.jpg")); // the chosen frame on top
        QCOMPARE(tileOf("20240302_101112_BURST02_COVER.jpg")->stackCount, 3);
        QVERIFY(tileOf("IMG_500.JPG")); // no cover: the first frame taken
        QCOMPARE(tileOf("IMG_500.JPG")->stackCount, 2);
        QCOMPARE(fx.assetOf("IMG_501.JPG")->metadata.burstId, uuid);
        QCOMPARE(tileOf("IMG_0001.JPG")->stackCount, 0);
    }

    void motionPhotosMarked()
    {
        test::ScanFixture fx;
        QVERIFY(fx.isValid());
        const fs::path still = fx.photos() / "still.jpg";
        QVERIFY(test::writeJpeg(still, QSize(64, 48), 1));
        const QByteArray jpeg = test::readBytes(still);
        fs::remove(still);
        const QByteArray clip = test::writeClip(fx.photos().parent_path() / "clip-for-motion.mp4");
        QVERIFY(!clip.isEmpty());
        fs::remove(fx.photos().parent_path() / "clip-for-motion.mp4");
        QVERIFY(test::writePixelMotionPhoto(fx.photos() / "PXL_1.MP.jpg", jpeg, clip));
        QVERIFY(test::writeDatedJpeg(fx.photos() / "IMG_2.JPG", 2));
        QVERIFY(test::writeDatedJpeg(fx.photos() / "IMG_3.JPG", 3)); // a Live Photo by name: IMG_3.MOV
        QVERIFY(test::writeBytes(fx.photos() / "IMG_3.MOV", clip));
        fx.addRoot();
        QVERIFY(fx.scan().error.isEmpty());
        std::vector<TimelineEntry> entries;
        QVERIFY(fx.catalog().read([&] { entries = TimelineQueries(fx.catalog()).entries({}); }));
        QCOMPARE(int(entries.size()), 3);
        for (const TimelineEntry &e : entries) {
            const bool moving = e.assetId == fx.assetOf("PXL_1.MP.jpg")->id || e.assetId == fx.assetOf("IMG_3.JPG")->id;
            QCOMPARE(e.moving, moving);
        }
    }
};

QTEST_GUILESS_MAIN(BurstStackTest)
#include "tst_burststack.moc"
