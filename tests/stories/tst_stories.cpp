// Stories over a generated life (tests/support/GeneratedLife): home follows a
// move, days out are not trips, each trip has its exact days (local dates from
// each photo's offset), title, places and photos (those without a position by
// time); memories of a day; the user's choices kept in the catalog.

#include "support/GeneratedLife.h"

#include "catalog/AlbumRepository.h"
#include "catalog/Catalog.h"
#include "stories/LocalDay.h"
#include "stories/MemoryFinder.h"
#include "stories/Stories.h"
#include "stories/TripFinder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

class TestStories : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    test::GeneratedLife m_life;

    std::unique_ptr<Stories> loaded()
    {
        auto stories = std::make_unique<Stories>(*m_catalog);
        const Status status = stories->load();
        return status ? std::move(stories) : nullptr;
    }

private slots:
    void initTestCase()
    {
        auto opened = Catalog::open(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY(opened);
        m_catalog = std::move(opened.value());
        m_life = test::writeGeneratedLife(*m_catalog);
        QVERIFY(m_life.assetCount > 4000);
    }

    void homeFollowsTheMove()
    {
        const auto stories = loaded();
        QVERIFY(stories);
        const auto periods = stories->homes().periods();
        QCOMPARE(periods.size(), std::size_t(2));
        QVERIFY(HomeTimeline::distanceKm(periods[0].home, {52.52, 13.405}) < 5);  // Berlin
        QVERIFY(HomeTimeline::distanceKm(periods[1].home, {48.137, 11.575}) < 5); // Munich
        const QDate moved = QDate::fromJulianDay(2440588 + periods[1].firstDay);
        QVERIFY2(std::abs(moved.daysTo(QDate(2022, 7, 1))) <= 3, qPrintable(moved.toString(Qt::ISODate)));
    }

    void findsExactlyTheTrips()
    {
        const auto stories = loaded();
        QVERIFY(stories);
        const std::vector<Trip> &trips = stories->trips();
        QStringList found;
        for (const Trip &t : trips)
            found << t.key + QLatin1Char(' ') + t.title;
        QCOMPARE(trips.size(), m_life.trips.size()); // days out (25 km, 27 km, 150 km) are not trips
        for (std::size_t i = 0; i < trips.size(); ++i) {
            const Trip &t = trips[i];
            const auto &expected = m_life.trips[i];
            QCOMPARE(t.start.toString(Qt::ISODate), expected.start);
            QCOMPARE(t.end.toString(Qt::ISODate), expected.end);
            QCOMPARE(t.key, expected.start);
            QCOMPARE(t.title, expected.title);
            QCOMPARE(t.places, expected.places);
            const std::set<std::int64_t> photos(t.assetIds.begin(), t.assetIds.end());
            QCOMPARE(photos.size(), t.assetIds.size());
            QCOMPARE(photos, expected.assetIds);
            QVERIFY(photos.count(t.coverAssetId));
            QCOMPARE(t.bestAssetIds.size(), std::min(photos.size(), std::size_t(Stories::kBestPhotosPerTrip)));
            for (std::int64_t id : t.bestAssetIds)
                QVERIFY(photos.count(id));
        }
    }

    void memoriesOfADay()
    {
        const auto stories = loaded();
        QVERIFY(stories);
        const std::vector<Memory> memories = stories->memories(QDate(2023, 8, 3));
        QStringList keys, titles;
        for (const Memory &m : memories) {
            keys << m.key;
            titles << m.title;
            QVERIFY(m.assetIds.size() >= std::size_t(3) && m.assetIds.size() <= std::size_t(12));
            for (std::int64_t id : m.assetIds)
                QVERIFY2(!m_life.screenshots.count(id), "a screenshot is never a memory");
        }
        QCOMPARE(keys, (QStringList{QStringLiteral("years-ago/2022-08-03"), QStringLiteral("years-ago/2021-08-03"),
                                    QStringLiteral("years-ago/2020-08-03"), QStringLiteral("years-ago/2019-08-03"),
                                    QStringLiteral("trip/2020-08-01/2023"), QStringLiteral("month/2023-07")}));
        QCOMPARE(titles.at(0), QStringLiteral("1 year(s) ago"));
        QCOMPARE(titles.at(2), QStringLiteral("3 year(s) ago"));
        QCOMPARE(titles.at(4), QStringLiteral("Italy: Rome, Florence, Venice — 3 year(s) ago"));
        QCOMPARE(titles.at(5), QStringLiteral("Best of July"));
        QCOMPARE(memories[4].kind, Memory::Kind::TripAnniversary);
        // The trip's memory shows the trip's photos; three years ago shows photos of 31 July to 6 August 2020.
        const std::set<std::int64_t> italy(m_life.trips[1].assetIds);
        for (std::int64_t id : memories[4].assetIds)
            QVERIFY(italy.count(id));
        QCOMPARE(memories[2].from, QDate(2020, 7, 31));
        QCOMPARE(memories[2].to, QDate(2020, 8, 6));

        // No memories on a day with nothing in earlier years, in the middle of a month.
        QVERIFY(stories->memories(QDate(2019, 3, 15)).empty());
    }

    void homeIsNamedAndCorrectable()
    {
        auto stories = loaded();
        QVERIFY(stories);
        auto periods = stories->homes().periods();
        QCOMPARE(periods.size(), std::size_t(2));
        QCOMPARE(periods[0].place, QStringLiteral("Berlin"));
        QCOMPARE(periods[1].place, QStringLiteral("Munich"));
        QVERIFY(!periods[1].corrected);
        const auto places = stories->homes().nightPlaces();
        QVERIFY(places.size() >= 2);
        QCOMPARE(places[0].name, QStringLiteral("Berlin")); // most nights first
        QCOMPARE(places[1].name, QStringLiteral("Munich"));
        const std::size_t found = stories->trips().size();
        const std::int64_t munich = periods[1].firstDay;
        auto tripTo = [&](const QString &place) {
            for (const Trip &t : stories->trips())
                if (localday::fromDate(t.start) >= munich && t.places.contains(place))
                    return true;
            return false;
        };
        QVERIFY(tripTo(QStringLiteral("Berlin"))); // a visit back to Berlin after the move
        QVERIFY(!tripTo(QStringLiteral("Munich")));

        // "Home was still Berlin": the visit is no trip, days in Munich are.
        QVERIFY(stories->setHome(munich, places[0].position, places[0].name));
        QVERIFY(!tripTo(QStringLiteral("Berlin")));
        QVERIFY(tripTo(QStringLiteral("Munich")));
        stories = loaded(); // kept in the catalog
        QVERIFY(stories);
        periods = stories->homes().periods();
        QVERIFY(periods[1].corrected);
        QCOMPARE(periods[1].place, QStringLiteral("Berlin"));
        QVERIFY(!tripTo(QStringLiteral("Berlin")));

        // "I have no fixed home": no trips in that period.
        QVERIFY(stories->setHome(munich, std::nullopt, QString()));
        stories = loaded();
        QVERIFY(stories);
        QVERIFY(stories->homes().periods()[1].noHome);
        for (const Trip &t : stories->trips())
            QVERIFY2(localday::fromDate(t.start) < munich, qPrintable(t.key));
        QVERIFY(stories->trips().size() < found);

        // Back to the home found.
        QVERIFY(stories->resetHome(munich));
        stories = loaded();
        QVERIFY(stories);
        QCOMPARE(stories->trips().size(), found);
        QVERIFY(!stories->homes().periods()[1].corrected);
        QVERIFY(!stories->setHome(12345, std::nullopt, QString())); // no such period
    }

    void choicesAreKept()
    {
        auto stories = loaded();
        QVERIFY(stories);
        const QString paris = stories->trips()[0].key, italy = stories->trips()[1].key,
                      danube = stories->trips()[2].key;
        QVERIFY(stories->renameTrip(paris, QStringLiteral("Honeymoon")));
        QVERIFY(stories->hideTrip(danube, true));
        QVERIFY(stories->dismissMemory(QStringLiteral("years-ago/2021-08-03")));
        const Result<std::int64_t> album = stories->tripToAlbum(italy);
        QVERIFY(album);

        stories = loaded(); // from the catalog again
        QVERIFY(stories);
        QCOMPARE(stories->trip(paris)->title, QStringLiteral("Honeymoon"));
        QVERIFY(stories->trip(paris)->renamed);
        QVERIFY(stories->trip(danube)->hidden);
        QVERIFY(!stories->trip(italy)->hidden);
        QCOMPARE(stories->trip(italy)->albumId, album.value());
        std::vector<std::int64_t> items;
        QVERIFY(m_catalog->read([&] { items = AlbumRepository(*m_catalog).items(album.value()); }));
        QCOMPARE(items.size(), stories->trip(italy)->assetIds.size());
        for (const Memory &m : stories->memories(QDate(2023, 8, 3)))
            QVERIFY(m.key != QStringLiteral("years-ago/2021-08-03"));
        // The next days too: the same memory, a day further on.
        for (const Memory &m : stories->memories(QDate(2023, 8, 5)))
            QVERIFY2(m.key != QStringLiteral("years-ago/2021-08-05"), qPrintable(m.key));
        bool twoYearsAgoLater = false;
        for (const Memory &m : stories->memories(QDate(2023, 8, 20)))
            twoYearsAgoLater = twoYearsAgoLater || m.key == QStringLiteral("years-ago/2021-08-20");
        QVERIFY(twoYearsAgoLater); // a later week is a new memory

        // Merging: the later trip joins the earlier one.
        const std::size_t before = stories->trips().size();
        const std::size_t photos = stories->trips()[3].assetIds.size() + stories->trips()[4].assetIds.size();
        const QString berlin = stories->trips()[3].key, newYork = stories->trips()[4].key;
        QVERIFY(stories->mergeTrips(newYork, berlin));
        stories = loaded();
        QCOMPARE(stories->trips().size(), before - 1);
        QVERIFY(!stories->trip(newYork));
        const Trip *merged = stories->trip(berlin);
        QVERIFY(merged);
        QCOMPARE(merged->assetIds.size(), photos);
        QCOMPARE(merged->end, QDate(2024, 4, 28));
        QCOMPARE(merged->title, QStringLiteral("Germany, United States"));

        QVERIFY(stories->renameTrip(paris, QString())); // back to the title from its places
        QCOMPARE(stories->trip(paris)->title, QStringLiteral("Paris"));
    }

    void oddInputNeverBreaks()
    {
        // One photo; photos before 1970; no positions; a position at the antimeridian; an invalid day.
        std::vector<StoryAsset> assets(5);
        for (int i = 0; i < 5; ++i) {
            assets[std::size_t(i)].assetId = i + 1;
            assets[std::size_t(i)].utcMs = -86'400'000LL * 365 * 10 + i * 86'400'000LL;
        }
        assets[2].latitude = 0.0;
        assets[2].longitude = 179.99;
        assets[3].latitude = 0.0;
        assets[3].longitude = -179.99; // 2 km away across the antimeridian: not a trip
        assets[3].offsetMinutes = -720;
        const HomeTimeline homes = HomeTimeline::find(assets);
        QVERIFY(TripFinder::find(assets, homes).empty());
        QVERIFY(HomeTimeline::distanceKm({0, 179.99}, {0, -179.99}) < 3);
        QVERIFY(MemoryFinder::find(assets, {}, QDate()).empty());
        QVERIFY(MemoryFinder::find({}, {}, QDate(2024, 2, 29)).empty());
        const auto leap = MemoryFinder::find(assets, {}, QDate(1961, 1, 2));
        QVERIFY(leap.empty()); // five photos, but none a year before
        QVERIFY(TripFinder::find({}, HomeTimeline::find({})).empty());
        QVERIFY(!HomeTimeline::find({}).on(0));
    }

    void emptyCatalogHasNoStories()
    {
        QTemporaryDir dir;
        auto opened = Catalog::open(dir.filePath(QStringLiteral("empty.sqlite")));
        QVERIFY(opened);
        Stories stories(*opened.value());
        QVERIFY(stories.load());
        QVERIFY(stories.trips().empty());
        QVERIFY(stories.memories(QDate(2024, 1, 2)).empty());
        QVERIFY(!stories.mergeTrips(QStringLiteral("a"), QStringLiteral("b")));
    }
};

QTEST_GUILESS_MAIN(TestStories)
#include "tst_stories.moc"
