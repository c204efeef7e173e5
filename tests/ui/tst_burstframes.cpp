// A burst opened in the viewer (issue 24): BurstFramesModel lists every frame
// as taken with the one that stands for the burst (the phone's COVER); the
// user's pick replaces it in the grid (and survives a reload), and "keep only
// this" sends the other frames to the trash, the kept one alone in the grid.
#include "AppServices.h"
#include "BurstFramesModel.h"
#include "CatalogWorker.h"
#include "TimelineModel.h"

#include "catalog/TimelineQueries.h"
#include "support/ScanFixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
using namespace tintype::test;
namespace fs = std::filesystem;

class TestBurstFrames : public QObject {
    Q_OBJECT
    QTemporaryDir m_home; // the trash is the test's own (XDG_DATA_HOME)

    static std::vector<TimelineEntry> tiles(ScanFixture &fx)
    {
        std::vector<TimelineEntry> entries;
        (void)fx.catalog().read([&] { entries = TimelineQueries(fx.catalog()).entries({}); });
        return entries;
    }
    static const TimelineEntry *tileOf(const std::vector<TimelineEntry> &tiles, qint64 assetId)
    {
        for (const TimelineEntry &e : tiles)
            if (e.assetId == assetId)
                return &e;
        return nullptr;
    }

private slots:
    void initTestCase() { qputenv("XDG_DATA_HOME", m_home.path().toLocal8Bit()); }

    void framesPickAndKeepOnly()
    {
        ScanFixture fx;
        const fs::path p = fx.photos();
        QVERIFY(writeDatedJpeg(p / "20240302_101112_BURST01.jpg", 1, QStringLiteral("2024:03:02 10:11:12")));
        QVERIFY(writeDatedJpeg(p / "20240302_101112_BURST02_COVER.jpg", 2, QStringLiteral("2024:03:02 10:11:13")));
        QVERIFY(writeDatedJpeg(p / "20240302_101112_BURST03.jpg", 3, QStringLiteral("2024:03:02 10:11:14")));
        QVERIFY(writeDatedJpeg(p / "IMG_0001.JPG", 20, QStringLiteral("2024:03:04 12:00:00")));
        QVERIFY(fx.addRoot());
        QVERIFY(fx.scan().error.isEmpty());
        const qint64 first = fx.assetOf("20240302_101112_BURST01.jpg")->id;
        const qint64 cover = fx.assetOf("20240302_101112_BURST02_COVER.jpg")->id;
        const qint64 third = fx.assetOf("20240302_101112_BURST03.jpg")->id;
        const qint64 single = fx.assetOf("IMG_0001.JPG")->id;

        QTemporaryDir cache;
        AppServices services(fx.catalog().path(), fs::path(cache.path().toStdString()));
        BurstFramesModel frames;
        frames.setServices(&services);
        QSignalSpy loaded(&frames, &BurstFramesModel::loaded);
        frames.setAssetId(cover); // the tile the viewer opened
        QTRY_COMPARE(frames.count(), 3);
        QCOMPARE(frames.topAssetId(), cover);
        QCOMPARE(frames.data(frames.index(0), BurstFramesModel::AssetIdRole).toLongLong(), first); // as taken
        QCOMPARE(frames.data(frames.index(2), BurstFramesModel::AssetIdRole).toLongLong(), third);
        QVERIFY(frames.data(frames.index(1), BurstFramesModel::TopRole).toBool());
        QCOMPARE(frames.entry(2)[QStringLiteral("assetId")].toLongLong(), third); // what the viewer shows
        QVERIFY(
            frames.entry(2)[QStringLiteral("preview")].toString().startsWith(QLatin1String("image://thumb/preview/")));

        // A photo that is no burst: no strip.
        frames.setAssetId(single);
        QTRY_COMPARE(frames.count(), 0);
        frames.setAssetId(cover);
        QTRY_COMPARE(frames.count(), 3);

        // The user's pick stands for the burst in the grid, over the phone's COVER.
        QSignalSpy changed(&services, &AppServices::assetsChanged);
        frames.choose(third);
        QTRY_COMPARE(changed.count(), 1);
        QTRY_COMPARE(frames.topAssetId(), third); // the strip follows
        auto now = tiles(fx);
        QCOMPARE(int(now.size()), 2);
        QVERIFY(tileOf(now, third) && !tileOf(now, cover));
        QCOMPARE(tileOf(now, third)->stackCount, 3);
        // A timeline over the same catalog shows it too.
        TimelineModel timeline;
        timeline.setServices(&services);
        QTRY_VERIFY(timeline.indexOfAsset(third) >= 0);
        QCOMPARE(timeline.entry(timeline.indexOfAsset(third))[QStringLiteral("stack")].toInt(), 3);

        // Keep only the first frame: the others go to the trash, the first stands alone.
        QSignalSpy removed(&services, &AppServices::assetsRemoved);
        frames.keepOnly(first);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 10000);
        QList<qint64> gone = removed.at(0).at(0).value<QList<qint64>>();
        std::sort(gone.begin(), gone.end());
        QList<qint64> expected{cover, third};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(gone, expected);
        now = tiles(fx);
        QVERIFY(tileOf(now, first));
        QCOMPARE(tileOf(now, first)->stackCount, 0);
        QVERIFY(!tileOf(now, cover) && !tileOf(now, third));
        QTRY_COMPARE(frames.count(), 0); // one frame left: no burst to expand
        services.catalog().waitForIdle();
    }
};

QTEST_MAIN(TestBurstFrames)
#include "tst_burstframes.moc"
