#pragma once

#include "metadata/MediaMetadata.h"
#include "metadata/MetadataWriter.h"
#include "takeout/TakeoutPlan.h"
#include "takeout/TakeoutSidecar.h"

#include <QDateTime>
#include <QString>

#include <filesystem>
#include <optional>

namespace tintype {

// Where a Takeout photo goes in the library and what is written into it.
struct TakeoutPlacement {
    // What Google's JSON adds to what the file says of itself. The file's own
    // camera date and GPS win; the JSON fills what is missing. Dates, best
    // first: the file's capture time, the JSON's photoTakenTime (it carries the
    // user's corrections in Google Photos), a date in the file name, the
    // archive's file time. A time from the
    // JSON (a UTC instant) gets the UTC offset of the place it was taken when
    // the GPS position is known, else the offset of this computer's zone.
    struct Restored {
        MetadataPatch patch; // empty when there is nothing to add
        QDateTime wallClock; // the capture time as the photo's clock showed it (folder pattern, file time)
        QDateTime instant;   // UTC, for the file time; invalid when unknown
        QStringList notes;   // "date from Google's JSON (+02:00 from GPS)"
        DateSource dateSource = DateSource::None;
    };
    static Restored restore(const std::optional<MediaMetadata> &fromFile, const std::optional<TakeoutSidecar> &sidecar,
                            qint64 entryMtime);

    // The name with the extension its bytes call for ("IMG_1.heic" holding a
    // JPEG → "IMG_1.jpg"); the name unchanged when it does not lie or the bytes
    // are not recognised.
    static QString correctedName(const QString &name, const QByteArray &head);

    // The folder below the destination: `pattern` of YYYY, MM, DD (default
    // "YYYY/MM"), or "album" (the album's title; YYYY/MM for photos in no
    // album). Undated photos go to "Undated".
    static QString folderFor(const QString &pattern, const QDateTime &wallClock, const QString &albumTitle);

    // A name that can hold content of this size and hash in `dir`: the name
    // itself, else "stem(1).ext", "stem(2).ext", ... A file already there with
    // exactly this content is returned with `alreadyThere` set (a repeated or
    // resumed import copies nothing twice).
    static std::filesystem::path freePath(const std::filesystem::path &dir, const QString &name, qint64 size,
                                          const QByteArray &contentHash, bool *alreadyThere);

    // A folder name from an album title: no '/', '\\', control characters,
    // leading dots or trailing dots/spaces; "Album" when nothing is left.
    static QString safeFolderName(const QString &title);
};

} // namespace tintype
