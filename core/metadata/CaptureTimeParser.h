#pragma once

#include "metadata/MediaMetadata.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace tintype {

// Turns the many ways files write a date into CaptureTime values. Pure
// functions, no I/O; the metadata readers call them and choose by priority.
//
// Wall-clock values are QDateTime in Qt::UTC standing for "the camera's clock
// said this" (see CaptureTime); they never pass through the machine's time zone.
namespace capturetimeparser {

constexpr int kMinYear = 1800;
constexpr int kMaxYear = 2100;

// A plausible date: year within [kMinYear, kMaxYear] and a real calendar day.
bool isPlausible(const QDateTime &wallClock);

// Exif "YYYY:MM:DD HH:MM:SS" (also with '-' separators, 'T', missing seconds,
// trailing NULs/spaces). Empty for "0000:00:00 00:00:00", garbage or implausible.
std::optional<QDateTime> parseExifDateTime(const QString &text);

// "+02:00", "-0530", "Z"; minutes east of UTC. Empty when absent or invalid
// (beyond +-14 h).
std::optional<int> parseOffset(const QString &text);

// SubSecTime "12" -> 120 ms, "054" -> 54 ms; empty for garbage.
std::optional<int> parseSubSecMs(const QString &text);

struct ParsedTime {
    QDateTime wallClock; // Qt::UTC, meaning "as on the clock"
    std::optional<int> offsetMinutes;
};

// XMP / ISO 8601 dates: "2019-06-12T15:30:12.12+02:00", "...Z", "2019-06-12",
// "2019:06:12 15:30:12". Date-only values give midnight.
std::optional<ParsedTime> parseIsoDateTime(const QString &text);

// Builds a CaptureTime from a wall-clock time and an optional offset, following
// CaptureTime's convention (no offset: wall clock stored as if UTC).
CaptureTime make(const QDateTime &wallClock, std::optional<int> offsetMinutes, CaptureTimeSource source);

// A CaptureTime for a true UTC instant (GPS, QuickTime) with an optional known
// offset.
CaptureTime fromUtc(const QDateTime &utc, std::optional<int> offsetMinutes, CaptureTimeSource source);

// Dates in file names written by phones and cameras: IMG_20190612_153012,
// PXL_20210101_123456789, "2019-06-12 15.30.12", IMG-20190612-WA0001 (date
// only, midnight), Screenshot_20190612-153012, VID_..., 20190612_153012.
// Source FileName, offset unknown; invalid CaptureTime when none matches.
CaptureTime fromFileName(const QString &fileName);

// Offset from the difference between a floating wall-clock time and a UTC
// instant of the same moment (GPS), rounded to 15 minutes; empty when the two
// are not within a few minutes of a 15-minute step or beyond +-14 h.
std::optional<int> offsetFromUtcDifference(const QDateTime &wallClock, const QDateTime &utc);

} // namespace capturetimeparser
} // namespace tintype
