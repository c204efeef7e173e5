// PlaceStage over a real catalog: names each asset with a position, skips
// what is done, names again a position that changed, forgets the place of an
// asset that lost its position, and is skipped without the index.

#include "catalog/AssetRepository.h"
#include "catalog/Catalog.h"
#include "catalog/PlaceRepository.h"
#include "geo/GeoTestIndex.h"
#include "geo/ReverseGeocoder.h"
#include "places/PlaceStage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

class TestPlaceStage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<ReverseGeocoder> m_geocoder;

    std::int64_t addAsset(std::optional<double> latitude, std::optional<double> longitude)
    {
        MediaMetadata m;
        m.kind = MediaKind::Photo;
        m.latitude = latitude;
        m.longitude = longitude;
        std::int64_t id = 0;
        m_catalog->write([&] { id = AssetRepository(*m_catalog).insert(m, 1); });
        return id;
    }
    LibraryStage::Outcome runStage(const ReverseGeocoder *geocoder, qint64 *done = nullptr)
    {
        std::atomic<bool> cancel{false};
        LibraryStage::Context context{*m_catalog, cancel, {}};
        PlaceStage stage(geocoder);
        const LibraryStage::Outcome outcome = stage.run(context);
        if (done)
            *done = stage.done();
        return outcome;
    }
    PlaceRecord placeOf(std::int64_t id)
    {
        std::optional<PlaceRecord> place;
        m_catalog->read([&] { place = PlaceRepository(*m_catalog).forAsset(id); });
        return place.value_or(PlaceRecord{QStringLiteral("none"), {}, {}});
    }

private slots:
    void initTestCase()
    {
        auto opened = Catalog::open(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY(opened);
        m_catalog = std::move(opened.value());
        auto geocoder = ReverseGeocoder::open(test::placesIndexPath());
        if (geocoder)
            m_geocoder = std::move(geocoder.value());
        // ReverseGeocoder::shared() (a stage without a geocoder) finds nothing here.
        qputenv("TINTYPE_PLACES_INDEX", m_dir.filePath(QStringLiteral("none.bin")).toLocal8Bit());
    }

    void namesMovesAndForgets()
    {
        if (!m_geocoder)
            QSKIP(qPrintable(ReverseGeocoder::installHint(test::placesIndexPath())));
        const auto rome = addAsset(41.8902, 12.4922);
        const auto sea = addAsset(40.0, -40.0);
        const auto none = addAsset(std::nullopt, std::nullopt);
        qint64 done = 0;
        LibraryStage::Outcome outcome = runStage(m_geocoder.get(), &done);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(done, 2);
        QCOMPARE(placeOf(rome).city, QStringLiteral("Rome"));
        QCOMPARE(placeOf(rome).region, QStringLiteral("Lazio"));
        QCOMPARE(placeOf(rome).countryCode, QStringLiteral("IT"));
        QVERIFY(placeOf(sea).isEmpty());                             // stored, at sea
        QCOMPARE(placeOf(none).countryCode, QStringLiteral("none")); // no row

        runStage(m_geocoder.get(), &done);
        QCOMPARE(done, 0); // nothing left to do

        // Moved to Lisbon; the Roman photo lost its position.
        MediaMetadata moved;
        moved.kind = MediaKind::Photo;
        moved.latitude = 38.7107;
        moved.longitude = -9.1366;
        MediaMetadata lost;
        lost.kind = MediaKind::Photo;
        QVERIFY(m_catalog->write([&] {
            AssetRepository(*m_catalog).update(sea, moved);
            AssetRepository(*m_catalog).update(rome, lost);
        }));
        outcome = runStage(m_geocoder.get(), &done);
        QCOMPARE(done, 1);
        QCOMPARE(placeOf(sea).city, QStringLiteral("Lisbon"));
        QCOMPARE(placeOf(rome).countryCode, QStringLiteral("none"));
        QVERIFY2(outcome.summary.contains(QStringLiteral("no longer")), qPrintable(outcome.summary));

        // A new data version names everything again.
        QVERIFY(m_catalog->write([&] {
            PlaceRepository(*m_catalog)
                .set({sea, 38.7107, -9.1366}, {QStringLiteral("PT"), {}, QStringLiteral("old")},
                     m_geocoder->dataVersion() - 1);
        }));
        runStage(m_geocoder.get(), &done);
        QCOMPARE(done, 1);
        QCOMPARE(placeOf(sea).city, QStringLiteral("Lisbon"));
    }

    void skippedWithoutTheIndex()
    {
        const LibraryStage::Outcome outcome = runStage(nullptr);
        QVERIFY(outcome.skipped);
        QVERIFY(outcome.summary.contains(QStringLiteral("fetch-models")));
    }
};

QTEST_GUILESS_MAIN(TestPlaceStage)
#include "tst_placestage.moc"
