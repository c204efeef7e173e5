#include "GeneratedLife.h"

#include "catalog/AssetRepository.h"
#include "catalog/Catalog.h"
#include "catalog/FileRepository.h"
#include "catalog/PlaceRepository.h"
#include "catalog/RootRepository.h"
#include "catalog/UserDecisionRepository.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <optional>

namespace tintype::test {

namespace {
struct Place {
    const char *city;
    const char *country;
    double latitude, longitude;
    int offsetMinutes;
};
const Place kBerlin{"Berlin", "DE", 52.52, 13.405, 60};
const Place kMunich{"Munich", "DE", 48.137, 11.575, 60};
const Place kPotsdam{"Potsdam", "DE", 52.39, 13.06, 60};     // 27 km from Berlin
const Place kLeipzig{"Leipzig", "DE", 51.34, 12.37, 60};     // 150 km from Berlin
const Place kStarnberg{"Starnberg", "DE", 47.99, 11.34, 60}; // 25 km from Munich

class Writer {
public:
    Writer(Catalog &catalog, GeneratedLife &life) : m_catalog(catalog), m_life(life)
    {
        RootRecord root;
        root.path = "/photos";
        root.volumeId = QStringLiteral("generated");
        root.volumePath = "photos";
        m_rootId = RootRepository(catalog).insert(root);
    }
    // A photo at `wall` on the camera's clock; `place` null: no position; no offset: floating time.
    std::int64_t photo(QDateTime wall, const Place *place, std::optional<int> offsetMinutes, const char *name = "IMG")
    {
        MediaMetadata m;
        m.kind = MediaKind::Photo;
        m.format = QStringLiteral("jpeg");
        wall.setTimeSpec(Qt::UTC);
        m.captureTime.utc = wall.addSecs(-60 * offsetMinutes.value_or(0));
        m.captureTime.offsetMinutes = offsetMinutes;
        m.captureTime.source = CaptureTimeSource::ExifOriginal;
        if (place) { // within about 3 km of the town's centre
            m.latitude = place->latitude + (m_random.bounded(600) - 300) / 10000.0;
            m.longitude = place->longitude + (m_random.bounded(600) - 300) / 10000.0;
        }
        const std::int64_t id = AssetRepository(m_catalog).insert(m, 1);
        FileRecord f;
        f.rootId = m_rootId;
        f.relPath = QStringLiteral("%1/%2_%3.jpg").arg(wall.date().year()).arg(QLatin1String(name)).arg(id).toUtf8();
        f.assetId = id;
        f.size = 1000;
        f.fingerprint = QByteArray::number(id).rightJustified(16, '0');
        FileRepository(m_catalog).insert(f);
        if (place)
            PlaceRepository(m_catalog).set(
                {id, *m.latitude, *m.longitude},
                {QString::fromLatin1(place->country), QString(), QString::fromLatin1(place->city)}, 1);
        ++m_life.assetCount;
        return id;
    }
    std::int64_t at(QDate day, int hour, int minute, const Place &place)
    {
        return photo(QDateTime(day, QTime(hour, minute)), &place, place.offsetMinutes);
    }
    void homeDay(QDate day, const Place &home, int photos)
    {
        for (int i = 0; i < photos; ++i) {
            const int minutes = 9 * 60 + i * (12 * 60) / std::max(1, photos - 1);
            at(day, minutes / 60, minutes % 60, home);
        }
    }

    Catalog &m_catalog;
    GeneratedLife &m_life;
    std::int64_t m_rootId = 0;
    QRandomGenerator m_random{17};
};

struct Stop {
    const Place *place;
    int days;
};
struct TripPlan {
    QDate start;
    std::vector<Stop> stops;
    std::set<int> quietDays;    // trip days (0 = departure) without any photo
    std::set<int> noGpsDays;    // trip days with a photo from a camera without GPS (floating time, noon)
    bool returnNextDay = false; // an overnight flight: home photos resume the day after the last
    QString title;
    QStringList places;
};

const Place kParis{"Paris", "FR", 48.8566, 2.3522, 120};
const Place kRome{"Rome", "IT", 41.8902, 12.4922, 120};
const Place kFlorence{"Florence", "IT", 43.7696, 11.2558, 120};
const Place kVenice{"Venice", "IT", 45.4408, 12.3155, 120};
const Place kVienna{"Vienna", "AT", 48.2082, 16.3738, 120};
const Place kBratislava{"Bratislava", "SK", 48.1486, 17.1077, 120};
const Place kBudapest{"Budapest", "HU", 47.4979, 19.0402, 60};
const Place kBerlinVisit{"Berlin", "DE", 52.52, 13.405, 60};
const Place kNewYork{"New York", "US", 40.7128, -74.006, -240};

// Writes a trip; returns its last local day at home's side (the day home photos resume).
QDate writeTrip(Writer &w, const TripPlan &plan, const Place &home)
{
    GeneratedLife::ExpectedTrip expected;
    expected.title = plan.title;
    expected.places = plan.places;
    int total = 0;
    for (const Stop &s : plan.stops)
        total += s.days;
    expected.start = plan.start.toString(Qt::ISODate);
    expected.end = plan.start.addDays(total - 1).toString(Qt::ISODate);
    // A photo without a position two days before: at home, not the trip's.
    w.photo(QDateTime(plan.start.addDays(-2), QTime(12, 0)), nullptr, std::nullopt, "DSC");
    int day = 0;
    for (const Stop &stop : plan.stops) {
        for (int i = 0; i < stop.days; ++i, ++day) {
            const QDate date = plan.start.addDays(day);
            if (plan.quietDays.count(day))
                continue;
            const bool first = day == 0, last = day == total - 1;
            if (first)
                w.at(date, 8, 0, home); // before leaving
            for (int hour : first  ? std::vector<int>{15, 20}
                            : last ? std::vector<int>{10, 13}
                                   : std::vector<int>{10, 14, 19})
                expected.assetIds.insert(w.at(date, hour, 0, *stop.place));
            if (last && plan.returnNextDay)
                expected.assetIds.insert(w.at(date, 22, 0, *stop.place));
            if (last && !plan.returnNextDay)
                w.at(date, 21, 30, home); // back home
            if (plan.noGpsDays.count(day))
                expected.assetIds.insert(w.photo(QDateTime(date, QTime(12, 0)), nullptr, std::nullopt, "DSC"));
        }
    }
    w.m_life.trips.push_back(expected);
    const QDate lastDay = plan.start.addDays(total - 1);
    if (plan.returnNextDay) {
        w.at(lastDay.addDays(1), 20, 0, home);
        return lastDay.addDays(1);
    }
    return lastDay;
}
} // namespace

GeneratedLife writeGeneratedLife(Catalog &catalog, int photosPerHomeDay)
{
    GeneratedLife life;
    const std::vector<TripPlan> plans = {
        {QDate(2019, 6, 10), {{&kParis, 4}}, {}, {}, false, QStringLiteral("Paris"), {QStringLiteral("Paris")}},
        {QDate(2020, 8, 1),
         {{&kRome, 3}, {&kFlorence, 4}, {&kVenice, 5}},
         {5},
         {2, 7},
         false,
         QStringLiteral("Italy: Rome, Florence, Venice"),
         {QStringLiteral("Rome"), QStringLiteral("Florence"), QStringLiteral("Venice")}},
        {QDate(2021, 10, 2),
         {{&kVienna, 2}, {&kBratislava, 2}, {&kBudapest, 2}},
         {},
         {3},
         false,
         QStringLiteral("Austria, Slovakia, Hungary"),
         {QStringLiteral("Vienna"), QStringLiteral("Bratislava"), QStringLiteral("Budapest")}},
        {QDate(2023, 2, 10), {{&kBerlinVisit, 2}}, {}, {}, false, QStringLiteral("Berlin"), {QStringLiteral("Berlin")}},
        {QDate(2024, 4, 20), {{&kNewYork, 9}}, {}, {4}, true, QStringLiteral("New York"), {QStringLiteral("New York")}},
    };
    const Status status = catalog.write([&] {
        Writer w(catalog, life);
        const QDate move(2022, 7, 1), last(2025, 6, 30);
        std::size_t next = 0;
        for (QDate day(2019, 1, 1); day <= last; day = day.addDays(1)) {
            const Place &home = day < move ? kBerlin : kMunich;
            if (next < plans.size() && day == plans[next].start) {
                day = writeTrip(w, plans[next++], home);
                continue;
            }
            const Place *out = day == QDate(2020, 3, 14)   ? &kPotsdam
                               : day == QDate(2020, 5, 9)  ? &kLeipzig
                               : day == QDate(2023, 6, 17) ? &kStarnberg
                                                           : nullptr;
            if (out) { // a day out: from home and back
                w.at(day, 9, 0, home);
                w.at(day, 12, 0, *out);
                w.at(day, 16, 0, *out);
                w.at(day, 21, 0, home);
                continue;
            }
            w.homeDay(day, home, photosPerHomeDay);
        }
        // A screenshot marked favourite on a day memories look at.
        const std::int64_t screenshot =
            w.photo(QDateTime(QDate(2022, 8, 3), QTime(11, 0)), &kMunich, 60, "Screenshots/Screenshot");
        UserDecisionRepository(catalog).setFavorite({screenshot}, true);
        life.screenshots.insert(screenshot);
    });
    Q_ASSERT(status);
    return life;
}

} // namespace tintype::test
