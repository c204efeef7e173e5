// "Set location…" for photos without GPS: the position is kept in the
// catalog (the file untouched) and survives a rescan, the info panel shows it
// like the camera's but says it was set in Tintype, the place is named at
// once, and the offline place search finds what a person types.
#include "AppServices.h"
#include "AssetDetails.h"
#include "LocationActions.h"
#include "PlaceSearchModel.h"
#include "UiFixture.h"

#include "catalog/AssetRepository.h"
#include "catalog/PlaceRepository.h"
#include "geo/GeoTestIndex.h"
#include "geo/ReverseGeocoder.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

class TestSetLocation : public QObject {
    Q_OBJECT

    QTemporaryDir m_cache;

private slots:
    void initTestCase()
    {
        // ReverseGeocoder::shared() opens $TINTYPE_PLACES_INDEX.
        qputenv("TINTYPE_PLACES_INDEX", test::placesIndexPath().toUtf8());
    }

    void setByHandKeptAndNamed()
    {
        test::UiCatalog c;
        const auto root = c.addRoot(QStringLiteral("/p"));
        const auto photo = c.addPhoto(root, "scan.jpg", QDateTime(QDate(1999, 7, 1), QTime(12, 0)), 0);
        const auto other = c.addPhoto(root, "other.jpg", QDateTime(QDate(1999, 7, 2), QTime(12, 0)), 0);
        AppServices services(c.path(), m_cache.path().toStdString());

        AssetDetails details;
        QSignalSpy changed(&details, &AssetDetails::changed);
        details.setServices(&services);
        details.setAssetId(photo);
        QTRY_VERIFY(details.ready());
        QVERIFY(!details.hasPosition());
        QVERIFY(details.locationSource().isEmpty());

        LocationActions actions;
        actions.setServices(&services);
        QSignalSpy done(&actions, &LocationActions::done);
        actions.setLocation({qint64(photo)}, 48.8049, 2.1204); // Versailles
        QTRY_COMPARE(done.count(), 1);
        QVERIFY(done.first().at(0).toBool());
        QTRY_VERIFY(details.hasPosition());
        QCOMPARE(details.latitude(), 48.8049);
        QCOMPARE(details.longitude(), 2.1204);
        QCOMPARE(details.locationSource(), QStringLiteral("Location set in Tintype"));
        QVERIFY(details.gps().startsWith(QStringLiteral("48.80490, 2.12040")));

        // A rescan reads the file again (no GPS in it): the position stays.
        QVERIFY(c.catalog().write([&] {
            AssetRepository assets(c.catalog());
            MediaMetadata fromFile = assets.byId(photo)->metadata;
            fromFile.latitude.reset();
            fromFile.longitude.reset();
            assets.update(photo, fromFile);
        }));
        QVERIFY(c.catalog().read([&] {
            const auto record = AssetRepository(c.catalog()).byId(photo);
            QCOMPARE(record->metadata.latitude.value_or(0), 48.8049);
            QVERIFY(!AssetRepository(c.catalog()).byId(other)->metadata.latitude); // only the chosen photo
        }));

        // Named at once, as the place stage would.
        if (!ReverseGeocoder::shared())
            QSKIP(qPrintable(ReverseGeocoder::installHint(test::placesIndexPath())));
        QVERIFY(c.catalog().read([&] {
            const auto place = PlaceRepository(c.catalog()).forAsset(photo);
            QVERIFY(place);
            QCOMPARE(place->countryCode, QStringLiteral("FR"));
            QCOMPARE(place->city, QStringLiteral("Versailles"));
        }));
        QTRY_VERIFY(details.place().startsWith(QStringLiteral("Versailles")));
    }

    void refusesNonsense()
    {
        test::UiCatalog c;
        const auto root = c.addRoot(QStringLiteral("/p"));
        const auto photo = c.addPhoto(root, "a.jpg", QDateTime(QDate(1999, 7, 1), QTime(12, 0)), 0);
        AppServices services(c.path(), m_cache.path().toStdString());
        LocationActions actions;
        actions.setServices(&services);
        QSignalSpy done(&actions, &LocationActions::done);
        actions.setLocation({qint64(photo)}, 91, 0);
        QTRY_COMPARE(done.count(), 1);
        QVERIFY(!done.first().at(0).toBool());
        actions.setLocation({qint64(photo)}, std::nan(""), 0);
        QTRY_COMPARE(done.count(), 2);
        QVERIFY(!done.last().at(0).toBool());
    }

    void searchFindsWhatPeopleType()
    {
        if (!ReverseGeocoder::shared())
            QSKIP(qPrintable(ReverseGeocoder::installHint(test::placesIndexPath())));
        PlaceSearchModel search;
        search.setQuery(QStringLiteral("versail"));
        QVERIFY(search.count() > 0);
        QCOMPARE(search.get(0).value(QStringLiteral("name")).toString(), QStringLiteral("Versailles"));
        QVERIFY(search.get(0).value(QStringLiteral("detail")).toString().endsWith(QStringLiteral("France")));
        search.setQuery(QStringLiteral("zurich")); // accents ignored
        QVERIFY(search.count() > 0);
        QCOMPARE(search.get(0).value(QStringLiteral("name")).toString(), QStringLiteral("Zürich"));
        search.setQuery(QStringLiteral("Paris")); // the most populous first
        QCOMPARE(search.get(0).value(QStringLiteral("detail")).toString(), QStringLiteral("Île-de-France, France"));
        search.setQuery(QStringLiteral("paris, texas")); // narrowed by region
        QVERIFY(search.count() > 0);
        QCOMPARE(search.get(0).value(QStringLiteral("detail")).toString(),
                 QStringLiteral("Texas, United States of America"));
        search.setQuery(QString());
        QCOMPARE(search.count(), 0);
        search.setQuery(QStringLiteral("qqqxxzz"));
        QCOMPARE(search.count(), 0);
    }
};

QTEST_MAIN(TestSetLocation)
#include "tst_setlocation.moc"
