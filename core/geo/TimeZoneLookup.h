#pragma once

#include <QByteArray>
#include <QTimeZone>
#include <QtGlobal>

#include <optional>

namespace tintype {

// The time zone at a GPS position, offline: a quadtree compiled into the
// library (README.md), so there is nothing to load. Thread-safe.
class TimeZoneLookup {
public:
    // IANA zone id at the position ("Europe/Paris"); over open sea a nautical
    // "Etc/GMT±N" (POSIX sign: "Etc/GMT+2" is UTC−2); empty for invalid
    // coordinates (NaN, infinite, latitude outside ±90, longitude outside ±180).
    // Latitude 90 is "Etc/GMT", −90 "Antarctica/McMurdo" (the South Pole
    // station keeps New Zealand time), at any longitude.
    static QByteArray zoneAt(double latitude, double longitude);

    // UTC offset in seconds at that position at that instant (seconds since
    // 1970-01-01 UTC), daylight saving applied from the system's tz database.
    // Empty for invalid coordinates, an instant outside years ±9999, or a zone
    // the system does not know.
    static std::optional<int> offsetAt(double latitude, double longitude, qint64 utcSeconds);

    // The system's QTimeZone for an id zoneAt() gave (e.g. one kept in the
    // catalog): under the id's older name where the system's tz database
    // predates it, a fixed offset for "Etc/GMT±N" where it has no Etc zones;
    // invalid when the system knows neither.
    static QTimeZone timeZone(const QByteArray &zoneId);
    // The name tz databases older than the id use for the same place (the zone
    // it was renamed from or split from; it agrees with the id at every instant
    // before the change), or empty.
    static QByteArray olderZoneId(const QByteArray &zoneId);
};

} // namespace tintype
