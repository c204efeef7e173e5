#pragma once

#include "metadata/MediaMetadata.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace tintype {

// What MetadataWriter writes into a photo or an XMP sidecar. A field left empty
// is left as the file has it.
struct MetadataPatch {
    // The time on the camera's clock. Its UTC offset is written when the value
    // carries one (Qt::OffsetFromUTC, Qt::TimeZone; Qt::UTC is +00:00). A
    // Qt::LocalTime value, or any value with captureTimeFloating set, is a
    // "floating" time: its date and time digits are written without an offset.
    std::optional<QDateTime> captureTime;
    bool captureTimeFloating = false;

    // Signed decimal degrees (south and west negative) and metres above sea level
    // (negative below). Latitude and longitude go together; altitude only with
    // them. 0, 0 means "no position" everywhere (Google Takeout writes it so) and
    // is not written.
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::optional<double> altitude;

    std::optional<QString> title;       // an empty string removes the title
    std::optional<QString> description; // an empty string removes the description
    std::optional<int> rating;          // 0..5, -1 = rejected

    QStringList keywords; // added to those the file has, no duplicates
    QStringList people;   // XMP Iptc4xmpExt:PersonInImage, added like keywords

    // true: never replace a value the file already has (a camera's date and
    // position win over Google's). Keywords and people are added either way.
    bool onlyFillMissing = false;

    // From MetadataReader's CaptureTime: keeps "offset unknown" as floating.
    void setCaptureTime(const CaptureTime &time);
    // The capture time as an instant, for file times: a floating time is read on
    // this machine's clock (as MetadataReader reads file times back). Invalid
    // when there is no capture time.
    QDateTime captureInstant() const;
    // The UTC offset to write in minutes; empty for a floating time.
    std::optional<int> captureOffsetMinutes() const;

    bool isEmpty() const;

    // This patch without the values `present` already has (for onlyFillMissing):
    // a capture time from the file's metadata (not its name or file time), a
    // position, a title, a description, a rating.
    MetadataPatch withoutValuesIn(const MediaMetadata &present) const;
};

} // namespace tintype
