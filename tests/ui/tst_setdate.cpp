// A photo with no capture time: the info panel says its date is the file's
// and offers "Set date…"; the date set lands in the catalog and the timeline.
#include "AppServices.h"
#include "AssetDetails.h"
#include "CatalogWorker.h"
#include "TimelineModel.h"
#include "UiFixture.h"

#include "catalog/AssetRepository.h"
#include "catalog/SqlStatement.h"
#include "catalog/TimelineQueries.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

class TestSetDate : public QObject {
    Q_OBJECT

    QTemporaryDir m_cache;

private slots:
    void parsesWhatPeopleType()
    {
        QCOMPARE(AssetDetails::parseDate(QStringLiteral("2019-06-12 15:30")),
                 QDateTime(QDate(2019, 6, 12), QTime(15, 30), Qt::UTC));
        QCOMPARE(AssetDetails::parseDate(QStringLiteral(" 2019-06-12  15:30:07 ")),
                 QDateTime(QDate(2019, 6, 12), QTime(15, 30, 7), Qt::UTC));
        QCOMPARE(AssetDetails::parseDate(QStringLiteral("1998-01-02")),
                 QDateTime(QDate(1998, 1, 2), QTime(0, 0), Qt::UTC));
        QVERIFY(!AssetDetails::parseDate(QStringLiteral("12/06/2019")).isValid());
        QVERIFY(!AssetDetails::parseDate(QStringLiteral("2019-13-40 10:00")).isValid());
        QVERIFY(!AssetDetails::parseDate(QStringLiteral("0001-01-01")).isValid());
    }

    void exposureNeverBreaksInsideAValue()
    {
        // "0.8 s" wrapped as "0.8" / "s" in the narrow info panel.
        AssetDetail d;
        d.metadata.exposureTime = 0.8;
        d.metadata.iso = 100;
        d.metadata.focalLength = 35;
        const QString exposure = AssetDetails::describe(d).value(QStringLiteral("exposure"));
        QVERIFY2(exposure.contains(QStringLiteral("0.8\u00a0s")), qPrintable(exposure));
        QVERIFY2(exposure.contains(QStringLiteral("ISO\u00a0100")), qPrintable(exposure));
        QVERIFY2(exposure.contains(QStringLiteral("35\u00a0mm")), qPrintable(exposure));
    }

    void damagedFileHasItsLine()
    {
        // Issue 25: the info panel's line for a damaged file, nothing for a whole one.
        AssetDetail d;
        QVERIFY(AssetDetails::describe(d).value(QStringLiteral("damage")).isEmpty());
        d.damage = QStringLiteral("Corrupt JPEG data: 2 extraneous bytes before marker 0xdb");
        const auto text = AssetDetails::describe(d);
        QCOMPARE(text.value(QStringLiteral("damage")),
                 QStringLiteral("Damaged data, shown as far as it could be read"));
        QCOMPARE(text.value(QStringLiteral("damageDetail")), d.damage);
    }

    void fileDateIsNamedAndSetDateMovesThePhoto()
    {
        test::UiCatalog c;
        const auto root = c.addRoot(QStringLiteral("/p"));
        const auto dated = c.addPhoto(root, "dated.jpg", QDateTime(QDate(2018, 5, 1), QTime(9, 0)), 0);
        const auto copied = c.addPhoto(root, "copied.jpg", QDateTime(QDate(2026, 12, 7), QTime(5, 11, 7)), 0);
        QVERIFY(c.catalog().write([&] {
            SqlStatement(c.catalog().handle(), "UPDATE asset SET captured_source = 7 WHERE id = ?")
                .bind(1, copied)
                .exec();
        }));
        AppServices services(c.path(), m_cache.path().toStdString());

        AssetDetails details;
        QSignalSpy changed(&details, &AssetDetails::changed);
        details.setServices(&services);
        details.setAssetId(copied);
        QVERIFY(changed.wait(5000));
        QVERIFY(details.dateSettable());
        QVERIFY2(details.offsetText().contains(QStringLiteral("no capture time")), qPrintable(details.offsetText()));
        QVERIFY(!details.offsetText().contains(QStringLiteral("UTC+")));

        QVERIFY(!details.setDate(QStringLiteral("next tuesday")).isEmpty()); // not a date: an error, nothing stored
        QCOMPARE(details.setDate(QStringLiteral("2017-08-20 18:45")), QString());
        QTRY_COMPARE_WITH_TIMEOUT(details.offsetText(), QStringLiteral("Date set in Tintype"), 5000);
        services.catalog().waitForIdle();

        std::optional<AssetRecord> record;
        QVERIFY(c.catalog().write([&] { record = AssetRepository(c.catalog()).byId(copied); }));
        QCOMPARE(record->metadata.captureTime.source, CaptureTimeSource::User);
        QCOMPARE(record->metadata.captureTime.wallClock(), QDateTime(QDate(2017, 8, 20), QTime(18, 45), Qt::UTC));

        // Now the oldest photo: last in the timeline (newest first).
        TimelineModel timeline;
        QSignalSpy laidOut(&timeline, &TimelineModel::rowsLaidOut);
        timeline.setViewWidth(800);
        timeline.setServices(&services);
        QTRY_COMPARE_WITH_TIMEOUT(timeline.photoCount(), 2, 5000);
        QCOMPARE(timeline.assetIdAt(0), dated);
        QCOMPARE(timeline.assetIdAt(1), copied);

        AssetDetails exif;
        QSignalSpy exifChanged(&exif, &AssetDetails::changed);
        exif.setServices(&services);
        exif.setAssetId(dated);
        QVERIFY(exifChanged.wait(5000));
        QVERIFY(!exif.dateSettable()); // the camera's time is not offered for change here
    }
};

QTEST_MAIN(TestSetDate)
#include "tst_setdate.moc"
