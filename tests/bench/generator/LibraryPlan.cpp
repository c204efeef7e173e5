#include "LibraryPlan.h"

#include "Random.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>

namespace tintype::bench {

const std::vector<CameraModel> &cameraModels()
{
    using MN = CameraModel::MakerNote;
    static const std::vector<CameraModel> models = {
        {"Canon", "Canon EOS R6", "Canon", "RF24-105mm F4 L IS USM", "Firmware Version 1.8.1", "IMG_", 24, 105, 4.0, 10,
         MN::Canon},
        {"NIKON CORPORATION", "NIKON Z 6_2", "NIKON", "NIKKOR Z 24-70mm f/4 S", "Ver.01.40", "DSC_", 24, 70, 4.0, 10,
         MN::Nikon},
        {"SONY", "ILCE-7M3", "SONY", "FE 24-105mm F4 G OSS", "ILCE-7M3 v4.01", "DSC0", 24, 105, 4.0, 10, MN::None},
        {"FUJIFILM", "X-T4", "FUJIFILM", "XF16-55mmF2.8 R LM WR", "Digital Camera X-T4 Ver2.01", "DSCF", 16, 55, 2.8,
         15, MN::None},
        {"Apple", "iPhone 13 Pro", "Apple", "iPhone 13 Pro back triple camera 5.7mm f/1.5", "16.6", "IMG_", 5.7, 5.7,
         1.5, 46, MN::None},
    };
    return models;
}

qint64 Shot::utcSecondsSinceEpoch() const
{
    const QDateTime local(QDate(year, month, day), QTime(0, 0).addSecs(secondsOfDay), QTimeZone(utcOffsetMinutes * 60));
    return local.toSecsSinceEpoch();
}

namespace {
struct Place {
    double lat, lon, alt;
    int utcOffsetMinutes;
};

// Rough centres of places people photograph, with their standard UTC offsets.
constexpr std::array<Place, 10> kPlaces = {{
    {48.8566, 2.3522, 35, 60},
    {51.5074, -0.1278, 11, 0},
    {40.7128, -74.0060, 10, -300},
    {35.6762, 139.6503, 40, 540},
    {-33.8688, 151.2093, 58, 600},
    {46.5197, 7.9620, 1800, 60},
    {37.7749, -122.4194, 16, -480},
    {41.9028, 12.4964, 21, 60},
    {64.1466, -21.9426, 20, 0},
    {52.5200, 13.4050, 34, 60},
}};

constexpr std::array<int, 12> kShutter = {15, 30, 60, 100, 125, 160, 250, 320, 500, 1000, 2000, 4000};
constexpr std::array<int, 9> kIso = {100, 125, 200, 400, 640, 800, 1600, 3200, 6400};
constexpr std::array<double, 9> kStops = {1.0, 1.4, 2.0, 2.8, 4.0, 5.6, 8.0, 11.0, 16.0};
} // namespace

namespace {
Shot makeShot(Random &rng, const CameraModel &camera, int cameraIndex, const Place &place, QDate date)
{
    Shot s{};
    s.year = date.year();
    s.month = date.month();
    s.day = date.day();
    s.utcOffsetMinutes = place.utcOffsetMinutes;
    s.cameraIndex = cameraIndex;
    s.subSecond = rng.between(0, 999);
    const int o = rng.between(0, 99);
    s.orientation = o < 85 ? 1 : (o < 95 ? 6 : 8);
    s.iso = kIso[size_t(rng.between(0, int(kIso.size()) - 1))];
    s.exposureDenominator = kShutter[size_t(rng.between(0, int(kShutter.size()) - 1))];
    s.fNumber = std::max(camera.fNumberMin, kStops[size_t(rng.between(0, int(kStops.size()) - 1))]);
    s.focalLength = std::round(rng.uniform(camera.focalMin, camera.focalMax) * 10) / 10;
    s.exposureBiasThirds = rng.chance(0.7) ? 0 : rng.between(-6, 3);
    s.flashFired = rng.chance(0.05);
    s.serial = 0x30000000u + uint32_t(cameraIndex) * 7919u;
    return s;
}
} // namespace

std::vector<Shot> planDemoLibrary(int count, uint64_t seed, int baseImageCount, QDate today)
{
    Random rng(seed);
    const auto &cameras = cameraModels();
    const int phoneIndex = int(cameras.size()) - 1;
    std::vector<int> fileNumbers(cameras.size(), 0);
    for (auto &n : fileNumbers)
        n = rng.between(1, 9000);
    std::vector<Shot> shots;
    int outing = 0; // each its own pictures, every third on the phone (its Live Photos)
    // `photos` photos on `date` in `place` (spread `spread` degrees), from `hour` on.
    auto addDay = [&](QDate date, const Place &place, double spread, int photos, int hour, int trip) {
        const int drawn = rng.between(0, int(cameras.size()) - 1);
        const int cameraIndex = outing % 3 == 1 ? phoneIndex : drawn;
        const CameraModel &camera = cameras[size_t(cameraIndex)];
        int seconds = hour * 3600 + rng.between(0, 3600);
        for (int i = 0; i < photos; ++i) {
            Shot s = makeShot(rng, camera, cameraIndex, place, date);
            fileNumbers[size_t(cameraIndex)] = fileNumbers[size_t(cameraIndex)] % 9999 + 1;
            s.relativePath = QStringLiteral("%1/%2/").arg(date.year()).arg(date.toString(Qt::ISODate)) +
                             QString::fromLatin1(camera.filePrefix) +
                             QStringLiteral("%1.JPG").arg(fileNumbers[size_t(cameraIndex)], 4, 10, QLatin1Char('0'));
            seconds += rng.between(300, 2400);
            s.secondsOfDay = std::min(seconds, 86399);
            s.baseImageIndex = (int(shots.size()) + outing) % baseImageCount;
            s.hasGps = true;
            s.latitude = place.lat + rng.uniform(-spread, spread);
            s.longitude = place.lon + rng.uniform(-spread, spread);
            s.altitude = std::max(0.0, place.alt + rng.uniform(-5, 40));
            s.trip = trip;
            shots.push_back(s);
        }
        ++outing;
    };

    // Home: Berlin, the whole time. Trips: a third of the photos, three or four a day.
    const Place berlin = kPlaces[9], paris = kPlaces[0], rome = kPlaces[7], tokyo = kPlaces[3];
    const Place florence{43.7696, 11.2558, 50, 60};
    struct Stop {
        const Place *place;
        int days;
    };
    struct TripPlan {
        QDate start;
        std::vector<Stop> stops;
    };
    std::vector<TripPlan> trips = {
        {today.addYears(-1).addDays(-1), {{&paris, 4}}},
        {today.addYears(-2).addDays(100), {{&rome, 3}, {&florence, 3}}},
        {today.addDays(-200), {{&tokyo, 5}}},
    };
    trips.resize(size_t(std::clamp(count / 40, 1, 3))); // a small demo: fewer trips, home still the most nights
    const int tripPhotos = std::max(6, count / 3);
    const int perTripDay = std::clamp(tripPhotos / 15, 2, 4);
    const QDate first = today.addDays(-std::clamp(count * 9, 400, 1095)), last = today.addDays(-5);
    std::vector<std::pair<QDate, int>> days; // (date, trip or -1), in time order
    for (std::size_t t = 0; t < trips.size(); ++t) {
        QDate d = trips[t].start;
        for (const Stop &stop : trips[t].stops)
            for (int i = 0; i < stop.days; ++i, d = d.addDays(1))
                days.emplace_back(d, int(t));
    }
    const int homePhotos = std::max(3, count - int(days.size()) * perTripDay);
    // A day at home every few weeks (two photos, on average), and the days two years and a
    // year before today (three each: "2 years ago", "1 year ago").
    const int homeDays = std::max(2, homePhotos / 2 - 2);
    std::vector<QDate> home = {today.addYears(-2).addDays(1), today.addYears(-1).addDays(-3)};
    for (int i = 0; i < homeDays; ++i)
        home.push_back(first.addDays(qint64(i) * first.daysTo(last) / std::max(1, homeDays - 1) + rng.between(0, 3)));
    for (const QDate &d : home) {
        const bool onTrip = std::any_of(days.begin(), days.end(), [&](const auto &day) { return day.first == d; });
        if (!onTrip)
            days.emplace_back(d, -1);
    }
    std::stable_sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    int homeLeft = homePhotos;
    for (std::size_t i = 0; i < days.size(); ++i) {
        const auto &[date, trip] = days[i];
        if (trip >= 0) {
            std::size_t dayOfTrip = 0;
            for (std::size_t j = 0; j < i; ++j)
                dayOfTrip += days[j].second == trip ? 1 : 0;
            const Place *place = nullptr;
            for (std::size_t day = 0; const Stop &stop : trips[size_t(trip)].stops)
                if (!place && dayOfTrip < (day += size_t(stop.days)))
                    place = stop.place;
            addDay(date, *place, 0.03, perTripDay, 9, trip);
            continue;
        }
        const bool memoryDay = date == home[0] || date == home[1];
        const int photos = memoryDay ? 3 : std::clamp(std::min(rng.between(1, 3), homeLeft - 2), 1, 3);
        addDay(date, berlin, 0.04, photos, 10, -1);
        homeLeft -= photos;
    }
    // What is left of `count`: one more day at home, yesterday.
    if (int(shots.size()) < count)
        addDay(today.addDays(-1), berlin, 0.04, count - int(shots.size()), 8, -1);
    return shots;
}

std::vector<Shot> planLibrary(int count, uint64_t seed, int baseImageCount)
{
    Random rng(seed);
    const auto &cameras = cameraModels();
    std::vector<Shot> shots;
    shots.reserve(size_t(count));

    const int folders = std::max(1, count / 200);
    const int meanGapDays = std::clamp(5400 / folders, 1, 60); // up to about fifteen years in all
    QDate date = QDate(2009, 1, 1).addDays(rng.between(0, 365));
    std::vector<int> fileNumbers(cameras.size(), 0);
    for (auto &n : fileNumbers)
        n = rng.between(1, 9000);

    while (int(shots.size()) < count) {
        const int inFolder = std::min(count - int(shots.size()), rng.between(100, 300));
        const int cameraIndex = rng.between(0, int(cameras.size()) - 1);
        const CameraModel &camera = cameras[size_t(cameraIndex)];
        const Place &place = kPlaces[size_t(rng.between(0, int(kPlaces.size()) - 1))];
        const double centreLat = place.lat + rng.uniform(-0.2, 0.2);
        const double centreLon = place.lon + rng.uniform(-0.2, 0.2);
        const bool gpsDay = rng.chance(0.8);
        const QString folder = QStringLiteral("%1/%2/").arg(date.year()).arg(date.toString(Qt::ISODate));
        int seconds = rng.between(7 * 3600, 11 * 3600);

        for (int i = 0; i < inFolder; ++i) {
            Shot s{};
            fileNumbers[size_t(cameraIndex)] = fileNumbers[size_t(cameraIndex)] % 9999 + 1;
            s.relativePath = folder + QString::fromLatin1(camera.filePrefix) +
                             QStringLiteral("%1.JPG").arg(fileNumbers[size_t(cameraIndex)], 4, 10, QLatin1Char('0'));
            s.year = date.year();
            s.month = date.month();
            s.day = date.day();
            // Bursts (under a second apart) now and then, otherwise a few seconds to minutes.
            seconds += rng.chance(0.15) ? 0 : rng.between(2, 150);
            s.secondsOfDay = std::min(seconds, 86399);
            s.subSecond = rng.between(0, 999);
            s.utcOffsetMinutes = place.utcOffsetMinutes;
            s.cameraIndex = cameraIndex;
            s.baseImageIndex = rng.between(0, baseImageCount - 1);
            const int o = rng.between(0, 99);
            s.orientation = o < 85 ? 1 : (o < 95 ? 6 : 8);
            s.hasGps = gpsDay && rng.chance(0.95);
            s.latitude = centreLat + rng.uniform(-0.01, 0.01);
            s.longitude = centreLon + rng.uniform(-0.01, 0.01);
            s.altitude = std::max(0.0, place.alt + rng.uniform(-5, 40));
            s.iso = kIso[size_t(rng.between(0, int(kIso.size()) - 1))];
            s.exposureDenominator = kShutter[size_t(rng.between(0, int(kShutter.size()) - 1))];
            s.fNumber = std::max(camera.fNumberMin, kStops[size_t(rng.between(0, int(kStops.size()) - 1))]);
            s.focalLength = std::round(rng.uniform(camera.focalMin, camera.focalMax) * 10) / 10;
            s.exposureBiasThirds = rng.chance(0.7) ? 0 : rng.between(-6, 3);
            s.flashFired = rng.chance(0.05);
            s.serial = 0x30000000u + uint32_t(cameraIndex) * 7919u;
            shots.push_back(s);
        }
        date = date.addDays(rng.between(1, 2 * meanGapDays));
    }
    return shots;
}

} // namespace tintype::bench
