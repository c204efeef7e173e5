// Damage only a decoder sees (issue 25): a JPEG whose markers are whole but
// whose image data holds a stray marker passes the scan's structural check;
// the first thumbnail made of it, whoever asked for it, notes the decoder's
// warning in the catalog (file.damage), so the grid's mark, the info panel and
// Settings' list of damaged files show it like damage the scan found.
#include "AppServices.h"
#include "CatalogWorker.h"
#include "LibrarySettings.h"

#include "catalog/FileRepository.h"
#include "catalog/TimelineQueries.h"
#include "support/DamagedMedia.h"
#include "support/ScanFixture.h"
#include "support/TestMedia.h"
#include "thumbs/ThumbnailScheduler.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
using namespace tintype::test;
namespace fs = std::filesystem;

class TestDecoderDamage : public QObject {
    Q_OBJECT

private slots:
    void thumbnailOfDamagedDataNotesItInTheCatalog()
    {
        ScanFixture fx;
        const QByteArray jpeg = jpegOf(structuredImage(QSize(1200, 900)));
        QVERIFY(writeBytes(fx.photos() / "whole.jpg",
                           jpegOf(structuredImage(QSize(1000, 750))))); // not the same fingerprint
        QVERIFY(writeBytes(fx.photos() / "bad-sector.jpg", withMarkerInScanData(jpeg)));
        QVERIFY(fx.addRoot());
        const ScanReport report = fx.scan();
        QVERIFY(report.damaged.empty()); // the scan's check sees nothing wrong
        const auto damagedFile = fx.file("bad-sector.jpg");
        const auto wholeFile = fx.file("whole.jpg");
        QVERIFY(damagedFile && damagedFile->damage.isEmpty() && wholeFile);

        QTemporaryDir cache;
        AppServices services(fx.catalog().path(), fs::path(cache.path().toStdString()));
        QSignalSpy changed(&services, &AppServices::assetsChanged);
        QSignalSpy listChanged(services.settings(), &LibrarySettings::damagedFilesChanged);
        for (const auto &f : {*wholeFile, *damagedFile})
            services.scheduler().submit({fx.photos() / nativeName(f), f.fingerprint, ThumbnailSize::Grid, {}, f.id},
                                        ThumbnailPriority::OnScreen, {});
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10000);
        QCOMPARE(changed.at(0).at(0).value<QList<qint64>>(), QList<qint64>{*damagedFile->assetId});

        const auto noted = fx.file("bad-sector.jpg");
        QVERIFY2(noted->damage.startsWith(QLatin1String("Corrupt JPEG data")), qPrintable(noted->damage));
        QVERIFY(fx.file("whole.jpg")->damage.isEmpty());
        std::optional<AssetDetail> detail;
        QVERIFY(fx.catalog().read([&] { detail = TimelineQueries(fx.catalog()).detail(*damagedFile->assetId); }));
        QCOMPARE(detail->damage, noted->damage); // the info panel's note

        // Settings' list follows without being reopened.
        QTRY_VERIFY(listChanged.count() >= 1);
        const QVariantList listed = services.settings()->damagedFiles();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed[0].toMap()[QStringLiteral("name")].toString(), QStringLiteral("bad-sector.jpg"));

        // Once: the same damage found again (the preview size) changes nothing.
        services.scheduler().submit(
            {fx.photos() / "bad-sector.jpg", damagedFile->fingerprint, ThumbnailSize::Preview, {}, damagedFile->id},
            ThumbnailPriority::OnScreen, {});
        services.scheduler().waitForDone();
        services.catalog().waitForIdle();
        QTest::qWait(100);
        QCOMPARE(changed.count(), 1);
    }

private:
    static fs::path nativeName(const FileRecord &f) { return fs::path(f.relPath.toStdString()); }
};

QTEST_MAIN(TestDecoderDamage)
#include "tst_decoderdamage.moc"
