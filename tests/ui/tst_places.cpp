#include "AppServices.h"
#include "PlaceListModel.h"
#include "TimelineModel.h"
#include "UiFixture.h"

#include "catalog/FileRepository.h"
#include "catalog/PlaceRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

// The Places page's view-models over a real catalog: countries by photo count
// with their towns and covers, a country's towns (outside towns last), and a
// town's timeline (TimelineModel's Place scope).
class TestPlaces : public QObject {
    Q_OBJECT

    QTemporaryDir m_cache;

    static QDateTime day(int d) { return {QDate(2022, 5, d), QTime(9, 0)}; }

private slots:
    void countriesTownsAndTimeline()
    {
        test::UiCatalog c;
        const auto r = c.addRoot(QStringLiteral("/p"));
        std::int64_t newestRomeFile = 0, goneFile = 0;
        const auto rome1 = c.addPhoto(r, "r1.jpg", day(1), 0);
        const auto rome2 = c.addPhoto(r, "r2.jpg", day(5), 0, 4000, 3000, &newestRomeFile);
        const auto romeGone = c.addPhoto(r, "r3.jpg", day(9), 0, 10, 10, &goneFile);
        const auto florence = c.addPhoto(r, "f.jpg", day(2), 0);
        const auto apennines = c.addPhoto(r, "a.jpg", day(3), 0);
        const auto paris = c.addPhoto(r, "p.jpg", day(4), 0);
        QVERIFY(c.catalog().write([&] {
            PlaceRepository places(c.catalog());
            const auto set = [&](std::int64_t id, const char *country, const char *region, const char *city) {
                places.set({id, 1, 1}, {QString::fromUtf8(country), QString::fromUtf8(region), QString::fromUtf8(city)},
                           1);
            };
            set(rome1, "IT", "Lazio", "Rome");
            set(rome2, "IT", "Lazio", "Rome");
            set(romeGone, "IT", "Lazio", "Rome");
            set(florence, "IT", "Tuscany", "Florence");
            set(apennines, "IT", "", "");
            set(paris, "FR", "Île-de-France", "Paris");
            FileRepository(c.catalog()).setStatus(goneFile, FileStatus::Missing);
        }));
        AppServices services(c.path(), m_cache.path().toStdString());

        PlaceListModel countries;
        QSignalSpy loaded(&countries, &PlaceListModel::loaded);
        countries.setServices(&services);
        QVERIFY(loaded.wait());
        auto at = [](PlaceListModel &m, int row, int role) { return m.data(m.index(row), role); };
        QCOMPARE(countries.rowCount(), 2);
        QCOMPARE(at(countries, 0, PlaceListModel::CodeRole).toString(), QStringLiteral("IT"));
        QCOMPARE(at(countries, 0, PlaceListModel::ItemCountRole).toInt(), 4); // the missing file is not counted
        QCOMPARE(at(countries, 0, PlaceListModel::TownsRole).toInt(), 2);
        // The cover: the newest photo of the biggest town.
        QVERIFY(at(countries, 0, PlaceListModel::CoverRole)
                    .toString()
                    .startsWith(QStringLiteral("image://thumb/grid/%1/").arg(newestRomeFile)));
        QCOMPARE(at(countries, 1, PlaceListModel::CodeRole).toString(), QStringLiteral("FR"));
        const QString italy = at(countries, 0, PlaceListModel::NameRole).toString();
        QVERIFY2(italy == QStringLiteral("Italy") || italy == QStringLiteral("IT"), qPrintable(italy));

        PlaceListModel towns;
        QSignalSpy townsLoaded(&towns, &PlaceListModel::loaded);
        towns.setCountry(QStringLiteral("IT"));
        towns.setServices(&services);
        QVERIFY(townsLoaded.wait());
        QCOMPARE(towns.rowCount(), 3);
        QCOMPARE(at(towns, 0, PlaceListModel::NameRole).toString(), QStringLiteral("Rome"));
        QCOMPARE(at(towns, 0, PlaceListModel::ItemCountRole).toInt(), 2);
        QCOMPARE(at(towns, 0, PlaceListModel::SubtitleRole).toString(), QStringLiteral("Lazio"));
        QCOMPARE(at(towns, 1, PlaceListModel::NameRole).toString(), QStringLiteral("Florence"));
        QCOMPARE(at(towns, 2, PlaceListModel::NameRole).toString(), QStringLiteral("Outside towns"));
        QCOMPARE(at(towns, 2, PlaceListModel::CityRole).toString(), QString());

        TimelineModel timeline;
        timeline.setScope(TimelineModel::Scope::Place);
        timeline.setPlaceCountry(QStringLiteral("IT"));
        timeline.setPlaceCity(QStringLiteral("Rome"));
        QSignalSpy timelineLoaded(&timeline, &TimelineModel::loaded);
        timeline.setServices(&services);
        QVERIFY(timelineLoaded.wait());
        QCOMPARE(timeline.photoCount(), 2);
        QCOMPARE(timeline.assetIdAt(0), rome2); // newest first
        timeline.setPlaceCity(QString());       // outside towns
        QVERIFY(timelineLoaded.wait());
        QCOMPARE(timeline.photoCount(), 1);
        QCOMPARE(timeline.assetIdAt(0), apennines);
    }
};

QTEST_MAIN(TestPlaces)
#include "tst_places.moc"
