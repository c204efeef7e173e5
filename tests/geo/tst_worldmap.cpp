// The map's data: map.bin (Natural Earth land and borders, country label
// points) opens and holds what a world map needs, a broken file is refused
// with a reason; the towns the map names come from the place index by
// population.
#include "GeoTestIndex.h"

#include "geo/ReverseGeocoder.h"
#include "geo/WorldMap.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tintype;

class TestWorldMap : public QObject {
    Q_OBJECT

    static QString mapPath()
    {
        const QString fromEnvironment = qEnvironmentVariable("TINTYPE_MAP_DATA");
        if (!fromEnvironment.isEmpty())
            return fromEnvironment;
        return QFileInfo(test::placesIndexPath()).absolutePath() + QStringLiteral("/map.bin");
    }

private slots:
    void opensTheWorld()
    {
        auto opened = WorldMap::open(mapPath());
        if (!opened)
            QSKIP(qPrintable(opened.error()));
        const WorldMap &map = *opened.value();
        QVERIFY(map.ringCount() > 3000); // 1:10m land: continents and thousands of islands
        QVERIFY(map.borderCount() > 300);
        QVERIFY(map.labelCount() > 200);
        // Labels largest first (on the Mercator map): Antarctica, then Canada and Russia; France is there, about
        // Bourges.
        QCOMPARE(QString::fromLatin1(map.labels()[0].code, 2), QStringLiteral("AQ"));
        QStringList next;
        for (int i = 1; i <= 3; ++i)
            next << QString::fromLatin1(map.labels()[i].code, 2);
        QVERIFY2(next.contains(QStringLiteral("RU")) && next.contains(QStringLiteral("CA")),
                 qPrintable(next.join(',')));
        bool france = false;
        for (std::uint32_t i = 0; i < map.labelCount(); ++i) {
            const auto &l = map.labels()[i];
            if (QString::fromLatin1(l.code, 2) == QStringLiteral("FR")) {
                france = true;
                QVERIFY(l.x > 0.50 && l.x < 0.51 && l.y > 0.34 && l.y < 0.36);
            }
            QVERIFY(i == 0 || map.labels()[i - 1].area >= l.area);
        }
        QVERIFY(france);
        for (std::uint32_t i = 0; i < map.ringCount() + map.borderCount(); ++i) {
            const auto &line = map.rings()[i];
            // x past [0, 1] only for rings unwrapped across the date line, never by a world.
            QVERIFY(line.minX > -0.5 && line.maxX < 1.5 && line.minY >= 0 && line.maxY <= 1);
            // No edge jumps across the world (a ring cut at the date line drew a line round the globe).
            for (std::uint32_t k = line.first + 1; k < line.first + line.count; ++k)
                QVERIFY(std::abs(map.points()[k].x - map.points()[k - 1].x) < 0.2);
        }
    }

    // Each country's name sits inside the country, at the middle of its
    // largest part as the map shows it: not at the box centre of all its
    // parts, nor thrown into another ocean by a part across the date line.
    void labelsInsideTheirCountry()
    {
        auto opened = WorldMap::open(mapPath());
        auto geocoder = ReverseGeocoder::open(test::placesIndexPath());
        if (!opened || !geocoder)
            QSKIP("map.bin or places.bin is not installed (bash packaging/fetch-models.sh)");
        const WorldMap &map = *opened.value();
        QHash<QString, QPointF> at; // code → (latitude, longitude)
        QStringList outside;
        for (std::uint32_t i = 0; i < map.labelCount(); ++i) {
            const auto &l = map.labels()[i];
            const QString code = QString::fromLatin1(l.code, 2);
            QVERIFY2(l.x >= 0 && l.x < 1 && l.y > 0 && l.y < 1, qPrintable(code));
            const double latitude = std::atan(std::sinh(M_PI * (1 - 2 * double(l.y)))) * 180 / M_PI;
            const double longitude = double(l.x) * 360 - 180;
            at.insert(code, QPointF(latitude, longitude));
            const QString there = geocoder.value()->countryCodeAt(latitude, longitude);
            if (there != code)
                outside << QStringLiteral("%1 (%2)").arg(code, there.isEmpty() ? QStringLiteral("sea") : there);
        }
        // The place index (the same Natural Earth borders) agrees for every one.
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QStringLiteral(", "))));
        const auto within = [&](const char *code, double south, double north, double west, double east) {
            const QPointF p = at.value(QString::fromLatin1(code), QPointF(1000, 1000));
            return p.x() >= south && p.x() <= north && p.y() >= west && p.y() <= east;
        };
        QVERIFY2(within("RU", 55, 70, 60, 130), "Russia: in Siberia, not at 0° (its Chukotka crosses the date line)");
        QVERIFY2(within("US", 32, 45, -110, -85), "the United States: in the lower 48, not between them and Alaska");
        QVERIFY2(within("FR", 45, 48.5, 0, 4), "France: in France, not among its overseas parts");
        QVERIFY2(within("NO", 59, 70, 5, 16), "Norway: in Norway, not in Sweden nor on Svalbard");
        QVERIFY2(within("FJ", -18.5, -17, 177, 179), "Fiji: on Viti Levu, not in the Indian Ocean");
        QVERIFY2(within("CA", 50, 65, -120, -80), "Canada");
        QVERIFY2(within("CL", -45, -18, -76, -66), "Chile");
        QVERIFY2(within("NZ", -47, -34, 166, 179), "New Zealand");
    }

    void brokenFilesAreRefused()
    {
        QTemporaryDir dir;
        QVERIFY(!WorldMap::open(dir.filePath(QStringLiteral("missing.bin"))));
        QFile junk(dir.filePath(QStringLiteral("junk.bin")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray("TTMAPBIN") + QByteArray(200, '\xff'));
        junk.close();
        const auto result = WorldMap::open(junk.fileName());
        QVERIFY(!result);
        QVERIFY(result.error().contains(QStringLiteral("fetch-models")));
        // Cut short: refused, never read past the end.
        QFile whole(mapPath());
        if (!whole.open(QIODevice::ReadOnly))
            return;
        QFile cut(dir.filePath(QStringLiteral("cut.bin")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(whole.read(whole.size() / 2));
        cut.close();
        QVERIFY(!WorldMap::open(cut.fileName()));
    }

    void townsByPopulation()
    {
        auto opened = ReverseGeocoder::open(test::placesIndexPath());
        if (!opened)
            QSKIP(qPrintable(opened.error()));
        const ReverseGeocoder &geo = *opened.value();
        // Île-de-France, towns of 100,000+: Paris first, no city sections.
        const auto towns = geo.townsIn(48.5, 1.8, 49.2, 2.9, 100'000, 10);
        QVERIFY(!towns.empty());
        QCOMPARE(towns.front().name, QStringLiteral("Paris"));
        QCOMPARE(towns.front().countryCode, QStringLiteral("FR"));
        for (size_t i = 1; i < towns.size(); ++i) {
            QVERIFY(towns[i - 1].population >= towns[i].population);
            QVERIFY(towns[i].population >= 100'000);
            QVERIFY(towns[i].latitude >= 48.5 && towns[i].latitude <= 49.2);
        }
        QVERIFY(int(geo.townsIn(-90, -180, 90, 180, 5'000'000, 5).size()) == 5);
        QVERIFY(geo.townsIn(10, 10, 5, 5, 0, 5).empty()); // an upside-down box
    }
};

QTEST_MAIN(TestWorldMap)
#include "tst_worldmap.moc"
