// "Set date…": a photo with no capture time in it is dated by its file time
// (source file-time); the date the user sets is kept in the catalog (source
// "user") and a rescan of the changed file does not take it away.
#include "catalog/UserDecisionRepository.h"
#include "support/ScanFixture.h"
#include "support/TestMedia.h"

#include <QTest>

#include <filesystem>

using namespace tintype;

class TestUserCaptureTime : public QObject {
    Q_OBJECT

private slots:
    void setDateSurvivesRescan()
    {
        test::ScanFixture f;
        QVERIFY(f.isValid());
        const auto file = f.photos() / "scan-0001.jpg";
        QVERIFY(test::writeImage(file, QImage(64, 48, QImage::Format_RGB32), "JPEG", 90));
        f.addRoot();
        f.scan();
        auto asset = f.assetOf("scan-0001.jpg");
        QVERIFY(asset);
        QCOMPARE(asset->metadata.captureTime.source, CaptureTimeSource::FileTime);

        const QDateTime set(QDate(2019, 6, 12), QTime(15, 30), Qt::UTC); // a wall-clock time, offset unknown
        QVERIFY(f.catalog().write([&] { UserDecisionRepository(f.catalog()).setCaptureTime({asset->id}, set, {}); }));
        asset = f.assetOf("scan-0001.jpg");
        QCOMPARE(asset->metadata.captureTime.source, CaptureTimeSource::User);
        QCOMPARE(asset->metadata.captureTime.utc, set);
        QVERIFY(!asset->metadata.captureTime.offsetMinutes);

        // The file changes (another size, a later time): the rescan reads it again.
        QVERIFY(test::writeImage(file, QImage(80, 60, QImage::Format_RGB32), "JPEG", 90));
        std::filesystem::last_write_time(file, std::filesystem::last_write_time(file) + std::chrono::hours(1));
        f.scan();
        asset = f.assetOf("scan-0001.jpg");
        QCOMPARE(asset->metadata.width, 80); // read again
        QCOMPARE(asset->metadata.captureTime.source, CaptureTimeSource::User);
        QCOMPARE(asset->metadata.captureTime.utc, set);
    }
};

QTEST_GUILESS_MAIN(TestUserCaptureTime)
#include "tst_usercapturetime.moc"
