#include "geo/TimeZoneLookup.h"

#include "geo/TimeZoneGridData.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace tintype {

namespace {

// Zones of the grid newer than some systems' tz database (Qt's Windows and ICU
// backends, older Linux tzdata), and the zone each was renamed or split from.
struct ZoneFallback {
    const char *zone;
    const char *olderZone;
};
constexpr ZoneFallback kFallbacks[] = {
    {"America/Ciudad_Juarez", "America/Ojinaga"}, // 2022g
    {"America/Coyhaique", "America/Santiago"},    // 2025b
    {"America/Nuuk", "America/Godthab"},          // 2020a
    {"Europe/Kyiv", "Europe/Kiev"},               // 2022b
    {"Pacific/Kanton", "Pacific/Enderbury"},      // 2021b
};

// About ±9999 years, well inside what QDateTime computes without overflow.
constexpr qint64 kMaxAbsoluteSeconds = 315'000'000'000;

QByteArray zoneName(int index)
{
    const char *name = timezonegriddata::kZoneNames[index];
    return QByteArray::fromRawData(name, static_cast<qsizetype>(std::strlen(name)));
}

// Index into kZoneNames of the cell holding the position, or -1.
int zoneIndexAt(double latitude, double longitude)
{
    using namespace timezonegriddata;
    const qint64 columns = qint64(kRootColumns) << kDepth;
    const qint64 rows = qint64(kRootRows) << kDepth;
    // The package's edge rule, so round coordinates get its answer: dividing
    // by 360 and 180 plus one ulp puts a point exactly on a cell edge into
    // the cell west or north of it. Scaling by 2^kDepth is exact.
    const double column = double(kRootColumns) * (longitude + 180.0) / 360.00000000000006;
    const double row = double(kRootRows) * (90.0 - latitude) / 180.00000000000003;
    const qint64 x = std::clamp(static_cast<qint64>(std::ldexp(column, kDepth)), qint64(0), columns - 1);
    const qint64 y = std::clamp(static_cast<qint64>(std::ldexp(row, kDepth)), qint64(0), rows - 1);
    int entry = kEntries[(y >> kDepth) * kRootColumns + (x >> kDepth)];
    const int rootCount = kRootColumns * kRootRows;
    for (int shift = kDepth - 1; entry >= kZoneCount; --shift) {
        if (shift < 0)
            return -1; // not reached with the generated data (a test walks all of it)
        const qint64 quadrant = ((y >> shift) & 1) * 2 + ((x >> shift) & 1);
        const qint64 at = rootCount + qint64(entry - kZoneCount) * 4 + quadrant;
        if (at >= kEntryCount)
            return -1;
        entry = kEntries[at];
    }
    return entry;
}

// "Etc/GMT", "Etc/GMT+5", "Etc/GMT-12": fixed offsets with the POSIX sign,
// computed here so they hold where the system has no Etc zones.
std::optional<int> nauticalOffset(const QByteArray &zone)
{
    static constexpr char kPrefix[] = "Etc/GMT";
    if (!zone.startsWith(kPrefix))
        return std::nullopt;
    const QByteArray hours = zone.mid(int(sizeof(kPrefix)) - 1);
    if (hours.isEmpty())
        return 0;
    bool ok = false;
    const int value = hours.toInt(&ok);
    if (!ok || (hours[0] != '+' && hours[0] != '-'))
        return std::nullopt;
    return -value * 3600;
}

// Photos come in runs from one place: each thread keeps the last zone it
// resolved (a QTimeZone costs microseconds to build).
QTimeZone lastTimeZone(const QByteArray &zone)
{
    thread_local QByteArray lastZone;
    thread_local QTimeZone last;
    if (zone != lastZone) {
        last = TimeZoneLookup::timeZone(zone);
        lastZone = zone;
    }
    return last;
}

} // namespace

QByteArray TimeZoneLookup::zoneAt(double latitude, double longitude)
{
    // Also false for NaN.
    if (!(latitude >= -90.0 && latitude <= 90.0 && longitude >= -180.0 && longitude <= 180.0))
        return {};
    if (latitude == 90.0)
        return QByteArrayLiteral("Etc/GMT");
    if (latitude == -90.0)
        return QByteArrayLiteral("Antarctica/McMurdo");
    const int index = zoneIndexAt(latitude, longitude);
    return index < 0 ? QByteArray() : zoneName(index);
}

std::optional<int> TimeZoneLookup::offsetAt(double latitude, double longitude, qint64 utcSeconds)
{
    if (utcSeconds > kMaxAbsoluteSeconds || utcSeconds < -kMaxAbsoluteSeconds)
        return std::nullopt;
    const QByteArray zone = zoneAt(latitude, longitude);
    if (zone.isEmpty())
        return std::nullopt;
    if (const auto fixed = nauticalOffset(zone))
        return fixed;
    const QTimeZone system = lastTimeZone(zone);
    if (!system.isValid())
        return std::nullopt;
    return system.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC));
}

QTimeZone TimeZoneLookup::timeZone(const QByteArray &zoneId)
{
    if (zoneId.isEmpty())
        return {};
    QTimeZone system(zoneId);
    if (system.isValid())
        return system;
    if (const QByteArray older = olderZoneId(zoneId); !older.isEmpty()) {
        system = QTimeZone(older);
        if (system.isValid())
            return system;
    }
    if (const auto fixed = nauticalOffset(zoneId))
        return QTimeZone(*fixed);
    return {};
}

QByteArray TimeZoneLookup::olderZoneId(const QByteArray &zoneId)
{
    for (const ZoneFallback &fallback : kFallbacks) {
        if (zoneId == fallback.zone)
            return QByteArray(fallback.olderZone);
    }
    return {};
}

} // namespace tintype
