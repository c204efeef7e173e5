#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace tintype {

enum class MediaKind { Unknown = 0, Photo = 1, Raw = 2, Video = 3, Sidecar = 4 };

// Where a capture time came from, best first. Stored in the catalog as the integer.
enum class CaptureTimeSource {
    None = 0,
    ExifOriginal = 1,   // Exif DateTimeOriginal (+ SubSecTimeOriginal, OffsetTimeOriginal)
    Xmp = 2,            // photoshop:DateCreated, xmp:CreateDate, exif:DateTimeOriginal in XMP
    ExifCreateDate = 3, // Exif DateTimeDigitized ("CreateDate")
    Gps = 4,            // GPSDateStamp + GPSTimeStamp (UTC)
    QuickTime = 5,      // QuickTime/MP4 creation time (UTC) or Apple's creationdate (with offset)
    FileName = 6,       // IMG_20190612_153012, PXL_..., 2019-06-12 15.30.12, IMG-20190612-WA0001, ...
    FileTime = 7,       // file modification time, last resort
    User = 8,           // set by the user in Tintype ("Set date…"): kept in the catalog, wins over the file
};

QString captureTimeSourceName(CaptureTimeSource source); // "exif", "xmp", ... stable, for JSON
// Whether the time comes from the file's own metadata (a camera or an editor), as
// opposed to a guess from its name or file system time, or the user's date.
bool isCameraTime(CaptureTimeSource source);

// When a photo was taken.
//
// `utc` is the instant. When the original UTC offset is unknown (an EXIF time
// without OffsetTimeOriginal, a file-name date), the camera's wall-clock time is
// stored as if it were UTC ("floating"), `offsetMinutes` is empty, and
// wallClock() gives that wall-clock time back unchanged, whatever the machine's
// time zone is.
struct CaptureTime {
    QDateTime utc; // Qt::UTC; invalid when unknown
    std::optional<int> offsetMinutes;
    CaptureTimeSource source = CaptureTimeSource::None;

    bool isValid() const { return utc.isValid(); }
    // The time on the camera's clock, as a QDateTime with Qt::OffsetFromUTC (offset
    // known) or Qt::UTC standing for "floating" (offset unknown).
    QDateTime wallClock() const;
    // ISO 8601: "2019-06-12T15:30:12.120+02:00" with offset, "2019-06-12T15:30:12" without.
    QString toIsoString() const;
};

// The bytes of a video inside a still's own file: a Google or Samsung motion
// photo's clip (an MP4 after the JPEG/HEIC). Offset from the start of the file.
struct EmbeddedClip {
    std::int64_t offset = 0;
    std::int64_t length = 0;
    bool operator==(const EmbeddedClip &) const = default;
};

// Everything Tintype extracts from one media file. Values that the file does
// not give stay empty; nothing is guessed except as documented.
struct MediaMetadata {
    QString format; // detected by content: "jpeg", "png", "tiff", "heif", "avif", "webp", "gif",
                    // "cr2", "cr3", "nef", "dng", ..., "mp4", "mov", ...; empty when unknown
    MediaKind kind = MediaKind::Unknown;

    CaptureTime captureTime;

    std::optional<double> latitude; // signed decimal degrees; 0/0 and out of range = none
    std::optional<double> longitude;
    std::optional<double> altitude; // metres above sea level (negative below)

    int orientation = 1; // EXIF 1..8; anything else is read as 1 with a warning
    int width = 0;       // pixel size after orientation is applied; 0 when unknown
    int height = 0;

    QString make;
    QString model;
    QString lens;
    std::optional<int> iso;
    std::optional<double> fNumber;
    std::optional<double> exposureTime; // seconds
    std::optional<double> focalLength;  // millimetres

    std::optional<int> rating; // 0..5 (-1 = rejected)
    QStringList keywords;
    QString title;
    QString description;

    std::optional<double> durationSeconds; // videos
    // Videos: the display matrix's rotation, clockwise degrees (0, 90, 180, 270);
    // `orientation` holds the same as the EXIF code that turns the picture upright.
    std::optional<int> rotationDegrees;
    std::optional<EmbeddedClip> motionClip; // a motion photo's clip in the same file
    // Apple's ContentIdentifier: the still (maker note 0x0011) and the clip
    // (com.apple.quicktime.content.identifier) of one Live Photo share it.
    QString contentIdentifier;
    QString burstId; // Apple BurstUUID (maker note 0x000b): frames of one burst share it

    QStringList warnings; // per-file problems that did not stop the read, readable by a user
    // What is wrong with the image data (ImageIntegrity: cut short, extraneous
    // bytes), empty when whole: the picture shows as far as it could be read.
    QString damage;
};

} // namespace tintype
