// Live folders in the app: after the first run the roots are watched, a photo
// copied into a folder shows in the open timeline by itself (the batch is a
// run of the same pipeline confined to that folder), a deleted one leaves it,
// and Settings learns each root's state (watched, or polled and why).
#include "AppServices.h"
#include "BackgroundWork.h"
#include "TimelineModel.h"

#include "support/ScanFixture.h"
#include "support/TestMedia.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
using namespace tintype::test;
namespace fs = std::filesystem;

class TestLiveFolderWatch : public QObject {
    Q_OBJECT

private slots:
    void newPhotoShowsInTheOpenTimelineByItself()
    {
        ScanFixture fx;
        for (int i = 0; i < 3; ++i)
            QVERIFY(writeDatedJpeg(fx.photos() / "2019" / ("IMG_" + std::to_string(i) + ".JPG"), i));
        QVERIFY(fx.addRoot());
        QTemporaryDir cache;
        AppServices services(fx.catalog().path(), fs::path(cache.path().toStdString()));
        BackgroundWork &work = *services.work();
        QSignalSpy finished(&work, &BackgroundWork::finished);
        QSignalSpy liveChanged(&work, &BackgroundWork::liveFoldersChanged);
        work.start();
        QVERIFY(finished.wait(60000));

        TimelineModel model;
        QSignalSpy loaded(&model, &TimelineModel::loaded);
        model.setViewWidth(1000);
        model.setServices(&services);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.photoCount(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(work.liveFolders().size() == 1, 5000);
        const QVariantMap state = work.liveFolders().front().toMap();
        QVERIFY2(!state.value(QStringLiteral("polled")).toBool(),
                 qPrintable(state.value(QStringLiteral("reason")).toString()));

        fs::create_directories(fx.photos() / "Phone");
        QVERIFY(writeDatedJpeg(fx.photos() / "Phone" / "PXL_1.jpg", 7));
        QElapsedTimer sinceWritten;
        sinceWritten.start();
        QTRY_COMPARE_WITH_TIMEOUT(model.photoCount(), 4, 10000);
        qInfo("new photo in the open timeline %lld ms after it was written", qint64(sinceWritten.elapsed()));
        QVERIFY(model.indexOfAsset(fx.assetOf("Phone/PXL_1.jpg")->id) >= 0);

        fs::remove(fx.photos() / "2019" / "IMG_1.JPG");
        QTRY_COMPARE_WITH_TIMEOUT(model.photoCount(), 3, 10000);
    }
};

QTEST_MAIN(TestLiveFolderWatch)
#include "tst_livefolderwatch.moc"
