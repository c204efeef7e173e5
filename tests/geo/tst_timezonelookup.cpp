#include "geo/TimeZoneGridData.h"
#include "geo/TimeZoneLookup.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QtConcurrent>

#include <cmath>
#include <cstring>
#include <limits>
#include <map>

using namespace tintype;

namespace {

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC().toSecsSinceEpoch();
}

struct ReferencePoint {
    double latitude = 0;
    double longitude = 0;
    QByteArray zone;
};

// tests/data/geo/timezone_reference_points.csv: 5,000 random points on land
// and 1,000 exactly on cell edges, with the answer of the npm package the grid
// was generated from (see core/geo/README.md). TINTYPE_TZ_REFERENCE names
// another file of that form (e.g. 100,000 points, to measure).
QList<ReferencePoint> readReferencePoints(QString *error)
{
    QString path = qEnvironmentVariable("TINTYPE_TZ_REFERENCE");
    if (path.isEmpty())
        path = QStringLiteral(TINTYPE_SOURCE_DIR "/tests/data/geo/timezone_reference_points.csv");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QList<ReferencePoint> points;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#') || line.startsWith("latitude"))
            continue;
        const QList<QByteArray> fields = line.split(',');
        bool latOk = false;
        bool lonOk = false;
        ReferencePoint point;
        if (fields.size() == 3) {
            point.latitude = fields[0].toDouble(&latOk);
            point.longitude = fields[1].toDouble(&lonOk);
            point.zone = fields[2];
        }
        if (!latOk || !lonOk || point.zone.isEmpty()) {
            *error = path + QStringLiteral(": bad line ") + QString::fromUtf8(line);
            return {};
        }
        points.append(point);
    }
    return points;
}

// Walks the generated tree: every inner node's entries stay inside the data,
// leaves are reached within kDepth levels; calls `leaf(zone, column, row,
// level)` for each leaf cell (level 0 = root cell).
template <typename Leaf>
bool walk(int entry, int column, int row, int level, const Leaf &leaf)
{
    using namespace timezonegriddata;
    if (entry < kZoneCount) {
        leaf(entry, column, row, level);
        return true;
    }
    const int at = kRootColumns * kRootRows + (entry - kZoneCount) * 4;
    if (level >= kDepth || at + 3 >= kEntryCount)
        return false;
    for (int quadrant = 0; quadrant < 4; ++quadrant) {
        if (!walk(kEntries[at + quadrant], column * 2 + quadrant % 2, row * 2 + quadrant / 2, level + 1, leaf))
            return false;
    }
    return true;
}

} // namespace

class TimeZoneLookupTest : public QObject {
    Q_OBJECT

private slots:
    void places_data()
    {
        QTest::addColumn<double>("latitude");
        QTest::addColumn<double>("longitude");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<qint64>("instant");
        QTest::addColumn<int>("offset");

        const qint64 january = utc("2023-01-15T12:00:00Z");
        const qint64 july = utc("2023-07-15T12:00:00Z");
        auto add = [](const char *name, double lat, double lon, const char *zone, qint64 instant, int offset) {
            QTest::newRow(name) << lat << lon << QByteArray(zone) << instant << offset;
        };
        add("Paris winter", 48.8566, 2.3522, "Europe/Paris", january, 3600);
        add("Paris summer", 48.8566, 2.3522, "Europe/Paris", july, 7200);
        add("London winter", 51.5074, -0.1278, "Europe/London", january, 0);
        add("London summer", 51.5074, -0.1278, "Europe/London", july, 3600);
        add("New York", 40.7128, -74.0060, "America/New_York", january, -5 * 3600);
        add("New York summer", 40.7128, -74.0060, "America/New_York", july, -4 * 3600);
        add("Los Angeles", 34.0522, -118.2437, "America/Los_Angeles", january, -8 * 3600);
        add("Honolulu", 21.3069, -157.8583, "Pacific/Honolulu", july, -10 * 3600);
        add("Sydney january (DST)", -33.8688, 151.2093, "Australia/Sydney", january, 11 * 3600);
        add("Sydney july", -33.8688, 151.2093, "Australia/Sydney", july, 10 * 3600);
        add("Auckland january (DST)", -36.8485, 174.7633, "Pacific/Auckland", january, 13 * 3600);
        add("Auckland july", -36.8485, 174.7633, "Pacific/Auckland", july, 12 * 3600);
        add("Tokyo", 35.6762, 139.6503, "Asia/Tokyo", july, 9 * 3600);
        add("Kolkata +5:30", 22.5726, 88.3639, "Asia/Kolkata", july, 19800);
        add("Kathmandu +5:45", 27.7172, 85.3240, "Asia/Kathmandu", july, 20700);
        add("Chatham july +12:45", -43.9535, -176.5597, "Pacific/Chatham", july, 45900);
        add("Chatham january +13:45", -43.9535, -176.5597, "Pacific/Chatham", january, 49500);
        add("Caracas", 10.4806, -66.9036, "America/Caracas", july, -4 * 3600);
        add("Caracas 2010 -4:30", 10.4806, -66.9036, "America/Caracas", utc("2010-07-01T12:00:00Z"), -16200);
        add("Reykjavik", 64.1466, -21.9426, "Atlantic/Reykjavik", july, 0);
        add("Moscow", 55.7558, 37.6173, "Europe/Moscow", july, 3 * 3600);
        add("Beijing", 39.9042, 116.4074, "Asia/Shanghai", july, 8 * 3600);
        add("Urumqi", 43.8256, 87.6168, "Asia/Urumqi", july, 6 * 3600);
        add("Phoenix (no DST)", 33.4484, -112.0740, "America/Phoenix", july, -7 * 3600);
        add("Kayenta, Navajo Nation (DST)", 36.7278, -110.2546, "America/Denver", july, -6 * 3600);
        add("Window Rock, Navajo Nation", 35.6803, -109.0526, "America/Denver", july, -6 * 3600);
        add("Lord Howe january +11", -31.5553, 159.0821, "Australia/Lord_Howe", january, 11 * 3600);
        add("Lord Howe july +10:30", -31.5553, 159.0821, "Australia/Lord_Howe", july, 37800);
        add("Strasbourg", 48.5734, 7.7521, "Europe/Paris", july, 7200);
        add("Kehl", 48.5727, 7.8156, "Europe/Berlin", july, 7200);
        // 2022-11-15: Juarez had left Chihuahua's Central time but not yet
        // rejoined El Paso's Mountain time.
        add("El Paso", 31.7619, -106.4850, "America/Denver", utc("2022-11-15T12:00:00Z"), -7 * 3600);
        add("Ciudad Juarez", 31.6904, -106.4245, "America/Ciudad_Juarez", utc("2022-11-15T12:00:00Z"), -6 * 3600);
        add("San Diego", 32.7157, -117.1611, "America/Los_Angeles", july, -7 * 3600);
        add("Tijuana", 32.5149, -117.0382, "America/Tijuana", july, -7 * 3600);
        add("Detroit", 42.3314, -83.0458, "America/Detroit", january, -5 * 3600);
        add("Windsor", 42.3149, -83.0364, "America/Toronto", january, -5 * 3600);
        add("Kiritimati +14", 1.87, -157.43, "Pacific/Kiritimati", july, 14 * 3600);
        add("Taveuni, east of 180", -16.83, -179.97, "Pacific/Fiji", july, 12 * 3600);
        add("Atlantic", 0.0, -30.0, "Etc/GMT+2", july, -2 * 3600);
        add("North Atlantic", 30.0, -40.0, "Etc/GMT+3", july, -3 * 3600);
        add("Indian Ocean", -30.0, 80.0, "Etc/GMT-5", july, 5 * 3600);
        add("North Pole", 90.0, 45.0, "Etc/GMT", july, 0);
        add("South Pole", -90.0, -120.0, "Antarctica/McMurdo", january, 13 * 3600);
    }

    void places()
    {
        QFETCH(double, latitude);
        QFETCH(double, longitude);
        QFETCH(QByteArray, zone);
        QFETCH(qint64, instant);
        QFETCH(int, offset);
        QCOMPARE(TimeZoneLookup::zoneAt(latitude, longitude), zone);
        QCOMPARE(TimeZoneLookup::offsetAt(latitude, longitude, instant), std::optional<int>(offset));
    }

    void antimeridian()
    {
        // ±180 is one meridian but two sides of the date line: each edge keeps
        // the zone of its own side, as the package does.
        for (const double lat : {0.0, -40.0, 52.0, -16.8}) {
            const QByteArray east = TimeZoneLookup::zoneAt(lat, 180.0);
            const QByteArray west = TimeZoneLookup::zoneAt(lat, -180.0);
            QVERIFY(!east.isEmpty());
            QVERIFY(!west.isEmpty());
            QCOMPARE(east, TimeZoneLookup::zoneAt(lat, 179.9999));
            QCOMPARE(west, TimeZoneLookup::zoneAt(lat, -179.9999));
        }
        QCOMPARE(TimeZoneLookup::zoneAt(0.0, -180.0), QByteArray("Etc/GMT+12"));
        QCOMPARE(TimeZoneLookup::offsetAt(0.0, -180.0, 0), std::optional<int>(-12 * 3600));
    }

    void poles()
    {
        for (const double lon : {-180.0, -90.0, 0.0, 33.3, 180.0}) {
            QCOMPARE(TimeZoneLookup::zoneAt(90.0, lon), QByteArray("Etc/GMT"));
            QCOMPARE(TimeZoneLookup::zoneAt(-90.0, lon), QByteArray("Antarctica/McMurdo"));
        }
        QVERIFY(!TimeZoneLookup::zoneAt(89.9999, 100.0).isEmpty());
        QVERIFY(!TimeZoneLookup::zoneAt(-89.9999, 100.0).isEmpty());
    }

    void invalidInput_data()
    {
        QTest::addColumn<double>("latitude");
        QTest::addColumn<double>("longitude");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("NaN latitude") << nan << 2.0;
        QTest::newRow("NaN longitude") << 48.0 << nan;
        QTest::newRow("both NaN") << nan << nan;
        QTest::newRow("+inf latitude") << inf << 0.0;
        QTest::newRow("-inf longitude") << 0.0 << -inf;
        QTest::newRow("latitude 90.000001") << 90.000001 << 0.0;
        QTest::newRow("latitude -91") << -91.0 << 0.0;
        QTest::newRow("longitude 180.000001") << 0.0 << 180.000001;
        QTest::newRow("longitude -181") << 0.0 << -181.0;
        QTest::newRow("longitude 360") << 10.0 << 360.0;
        QTest::newRow("huge") << 1e308 << -1e308;
        QTest::newRow("denormal ok latitude, bad longitude") << 5e-324 << 1e300;
    }

    void invalidInput()
    {
        QFETCH(double, latitude);
        QFETCH(double, longitude);
        QVERIFY(TimeZoneLookup::zoneAt(latitude, longitude).isEmpty());
        QCOMPARE(TimeZoneLookup::offsetAt(latitude, longitude, 0), std::nullopt);
    }

    void instantsOutOfRange()
    {
        const qint64 max = std::numeric_limits<qint64>::max();
        const qint64 min = std::numeric_limits<qint64>::min();
        QCOMPARE(TimeZoneLookup::offsetAt(48.8566, 2.3522, max), std::nullopt);
        QCOMPARE(TimeZoneLookup::offsetAt(48.8566, 2.3522, min), std::nullopt);
        QCOMPARE(TimeZoneLookup::offsetAt(0.0, -30.0, max), std::nullopt);
        // Far but reasonable instants still answer.
        QVERIFY(TimeZoneLookup::offsetAt(48.8566, 2.3522, utc("1850-01-01T00:00:00Z")).has_value());
        QVERIFY(TimeZoneLookup::offsetAt(48.8566, 2.3522, utc("2400-01-01T00:00:00Z")).has_value());
    }

    void nauticalZones()
    {
        // POSIX sign: Etc/GMT+N is N hours behind UTC; every one the grid uses
        // has its offset even where the system lacks Etc zones.
        for (int i = 0; i < timezonegriddata::kZoneCount; ++i) {
            const QByteArray zone(timezonegriddata::kZoneNames[i]);
            if (!zone.startsWith("Etc/GMT"))
                continue;
            const int hours = zone.size() > 7 ? zone.mid(7).toInt() : 0;
            const QTimeZone system = TimeZoneLookup::timeZone(zone);
            QVERIFY2(system.isValid(), zone.constData());
            QCOMPARE(system.offsetFromUtc(QDateTime::fromSecsSinceEpoch(0, Qt::UTC)), -hours * 3600);
        }
        QCOMPARE(TimeZoneLookup::timeZone("Etc/GMT-14").offsetFromUtc(QDateTime::fromSecsSinceEpoch(0, Qt::UTC)),
                 14 * 3600);
        QVERIFY(!TimeZoneLookup::timeZone("").isValid());
        QVERIFY(!TimeZoneLookup::timeZone("Nowhere/Atlantis").isValid());
        QVERIFY(!TimeZoneLookup::timeZone("Etc/GMT+x").isValid());
    }

    void olderZoneIds()
    {
        QCOMPARE(TimeZoneLookup::olderZoneId("Europe/Kyiv"), QByteArray("Europe/Kiev"));
        QCOMPARE(TimeZoneLookup::olderZoneId("America/Ciudad_Juarez"), QByteArray("America/Ojinaga"));
        QCOMPARE(TimeZoneLookup::olderZoneId("Europe/Paris"), QByteArray());
        // Each older zone agrees with the new one before the change (where this
        // system still has the older name).
        const struct {
            const char *zone;
            const char *before;
        } changes[] = {
            {"America/Ciudad_Juarez", "2022-06-01T12:00:00Z"}, {"America/Coyhaique", "2024-07-01T12:00:00Z"},
            {"America/Nuuk", "2019-07-01T12:00:00Z"},          {"Europe/Kyiv", "2021-07-01T12:00:00Z"},
            {"Pacific/Kanton", "2020-07-01T12:00:00Z"},
        };
        int compared = 0;
        for (const auto &change : changes) {
            const QByteArray older = TimeZoneLookup::olderZoneId(change.zone);
            QVERIFY2(!older.isEmpty(), change.zone);
            const QTimeZone newZone(change.zone);
            const QTimeZone oldZone(older);
            if (!newZone.isValid() || !oldZone.isValid())
                continue;
            const QDateTime at = QDateTime::fromSecsSinceEpoch(utc(change.before), Qt::UTC);
            QCOMPARE(oldZone.offsetFromUtc(at), newZone.offsetFromUtc(at));
            ++compared;
        }
        qInfo("older zone ids compared on this system: %d of %d", compared, int(std::size(changes)));
    }

    // Every zone of the grid is reachable, and this system gives it an offset.
    void everyZoneHasAnOffset()
    {
        using namespace timezonegriddata;
        std::map<int, std::pair<double, double>> somewhere; // zone index -> a cell centre
        for (int row = 0; row < kRootRows; ++row) {
            for (int column = 0; column < kRootColumns; ++column) {
                const bool ok =
                    walk(kEntries[row * kRootColumns + column], column, row, 0, [&](int zone, int c, int r, int level) {
                        const double cells = double(kRootColumns) * std::ldexp(1.0, level);
                        const double lon = (c + 0.5) / cells * 360.0 - 180.0;
                        const double lat = 90.0 - (r + 0.5) / cells * 360.0;
                        somewhere.emplace(zone, std::make_pair(lat, lon));
                    });
                QVERIFY2(ok, "the tree leaves its data or is deeper than kDepth");
            }
        }
        QCOMPARE(int(somewhere.size()), kZoneCount);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (const auto &[zone, where] : somewhere) {
            QCOMPARE(TimeZoneLookup::zoneAt(where.first, where.second), QByteArray(kZoneNames[zone]));
            const auto offset = TimeZoneLookup::offsetAt(where.first, where.second, now);
            QVERIFY2(offset.has_value(), kZoneNames[zone]);
            QVERIFY2(std::abs(*offset) <= 14 * 3600, kZoneNames[zone]);
        }
    }

    void agreesWithThePackage()
    {
        QString error;
        const QList<ReferencePoint> points = readReferencePoints(&error);
        QVERIFY2(!points.isEmpty(), qPrintable(error));
        int matches = 0;
        for (const ReferencePoint &point : points) {
            const QByteArray zone = TimeZoneLookup::zoneAt(point.latitude, point.longitude);
            if (zone == point.zone)
                ++matches;
            else if (points.size() - matches <= 5)
                qWarning("%.6f,%.6f: %s, the package says %s", point.latitude, point.longitude, zone.constData(),
                         point.zone.constData());
        }
        qInfo("agreement with @photostructure/tz-lookup at %lld reference points: %d (%.3f%%)",
              static_cast<long long>(points.size()), matches, 100.0 * matches / points.size());
        QCOMPARE(matches, points.size());
    }

    void threadSafe()
    {
        QString error;
        const QList<ReferencePoint> points = readReferencePoints(&error);
        QVERIFY2(!points.isEmpty(), qPrintable(error));
        const qint64 instant = utc("2023-07-15T12:00:00Z");
        std::vector<std::optional<int>> serial;
        for (const ReferencePoint &point : points)
            serial.push_back(TimeZoneLookup::offsetAt(point.latitude, point.longitude, instant));
        const QList<int> mismatches = QtConcurrent::blockingMapped(QList<int>{0, 1, 2, 3}, [&](int part) {
            int wrong = 0;
            for (int i = part; i < points.size(); i += 4) {
                const ReferencePoint &point = points[i];
                wrong += TimeZoneLookup::zoneAt(point.latitude, point.longitude) != point.zone;
                wrong += TimeZoneLookup::offsetAt(point.latitude, point.longitude, instant) != serial[size_t(i)];
            }
            return wrong;
        });
        QCOMPARE(mismatches, (QList<int>{0, 0, 0, 0}));
    }

    // Figures, never asserted (DESIGN.md: speed is printed, not timed).
    void figures()
    {
        const qint64 bytes = qint64(timezonegriddata::kEntryCount) * qint64(sizeof(std::uint16_t));
        qint64 nameBytes = 0;
        for (int i = 0; i < timezonegriddata::kZoneCount; ++i)
            nameBytes += qint64(std::strlen(timezonegriddata::kZoneNames[i])) + 1;
        qInfo("grid: %dx%d root cells, %d levels below, %d zones; %lld bytes of tree + %lld bytes of names",
              timezonegriddata::kRootColumns, timezonegriddata::kRootRows, timezonegriddata::kDepth,
              timezonegriddata::kZoneCount, static_cast<long long>(bytes), static_cast<long long>(nameBytes));

        QRandomGenerator random(42);
        constexpr int kCount = 1'000'000;
        std::vector<std::pair<double, double>> positions(kCount);
        for (auto &[lat, lon] : positions) {
            lat = std::asin(2.0 * random.generateDouble() - 1.0) * 180.0 / M_PI;
            lon = random.generateDouble() * 360.0 - 180.0;
        }
        QElapsedTimer timer;
        timer.start();
        qsizetype checksum = 0;
        for (const auto &[lat, lon] : positions)
            checksum += TimeZoneLookup::zoneAt(lat, lon).size();
        const qint64 zoneNs = timer.nsecsElapsed();
        QVERIFY(checksum > 0);

        constexpr int kOffsetCount = 20'000;
        const qint64 instant = utc("2023-07-15T12:00:00Z");
        timer.restart();
        int answered = 0;
        for (int i = 0; i < kOffsetCount; ++i)
            answered +=
                TimeZoneLookup::offsetAt(positions[size_t(i)].first, positions[size_t(i)].second, instant).has_value();
        const qint64 scatteredNs = timer.nsecsElapsed();
        QCOMPARE(answered, kOffsetCount);
        // A run of photos from one trip: nearby positions, successive instants.
        timer.restart();
        answered = 0;
        for (int i = 0; i < kOffsetCount; ++i)
            answered += TimeZoneLookup::offsetAt(48.85 + (i % 100) * 1e-4, 2.35, instant + i * 60).has_value();
        const qint64 runNs = timer.nsecsElapsed();
        QCOMPARE(answered, kOffsetCount);
        qInfo("zoneAt: %.1f M lookups/s (%.0f ns each)", kCount / (zoneNs / 1e9) / 1e6, double(zoneNs) / kCount);
        qInfo("offsetAt: %.0f k/s at scattered positions (%.2f us each), %.0f k/s for a run from one place",
              kOffsetCount / (scatteredNs / 1e9) / 1e3, scatteredNs / 1e3 / kOffsetCount,
              kOffsetCount / (runNs / 1e9) / 1e3);
    }
};

QTEST_GUILESS_MAIN(TimeZoneLookupTest)
#include "tst_timezonelookup.moc"
