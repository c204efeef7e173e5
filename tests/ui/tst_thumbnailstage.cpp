// The app's thumbnail stage inside the library pipeline: every photo's grid
// thumbnail in the cache; cancelled midway, the next run makes only the ones
// still missing and reuses the rest.
#include "ThumbnailStage.h"

#include "library/LibraryUpdate.h"
#include "support/ScanFixture.h"
#include "thumbs/ThumbnailCache.h"
#include "thumbs/ThumbnailScheduler.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
using namespace tintype::test;

class TestThumbnailStage : public QObject {
    Q_OBJECT

    static LibraryUpdate::Options withoutHashes()
    {
        LibraryUpdate::Options options;
        options.hashContents = false;
        return options;
    }

private slots:
    void cancelledThenResumedMakesEachThumbnailOnce()
    {
        constexpr int kPhotos = 12;
        ScanFixture fx;
        for (int i = 0; i < kPhotos; ++i)
            QVERIFY(writeDatedJpeg(fx.photos() / ("IMG_" + std::to_string(i) + ".JPG"), i));
        QVERIFY(fx.addRoot());
        QTemporaryDir cacheDir;
        ThumbnailCache cache(cacheDir.path().toStdString());
        ThumbnailScheduler scheduler(cache, 1);
        ThumbnailStage stage(scheduler);

        LibraryUpdate first(fx.catalog(), withoutHashes());
        first.addStage(stage);
        LibraryUpdate::Observer observer;
        observer.progress = [&](const LibraryUpdate::Progress &p) {
            if (p.step == LibraryUpdate::Step::Stage && p.done >= 3)
                first.cancel();
        };
        const auto stopped = first.run(observer);
        QCOMPARE(stopped.stages.size(), size_t(1));
        QVERIFY(stopped.stages[0].outcome.cancelled);
        const qint64 madeBefore = stage.made();
        QVERIFY(madeBefore >= 3);
        QVERIFY(madeBefore < kPhotos);

        LibraryUpdate second(fx.catalog(), withoutHashes());
        second.addStage(stage);
        const auto finished = second.run();
        QVERIFY(!finished.cancelled);
        QVERIFY(!finished.stages[0].outcome.cancelled);
        QCOMPARE(stage.reused(), madeBefore);
        QCOMPARE(stage.made(), kPhotos - madeBefore);
    }
};

QTEST_MAIN(TestThumbnailStage)
#include "tst_thumbnailstage.moc"
