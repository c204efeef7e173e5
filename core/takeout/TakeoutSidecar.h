#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace tintype {

struct GeoPosition {
    double latitude = 0;
    double longitude = 0;
    std::optional<double> altitude; // metres, as Google wrote it
};

// What Google Photos' JSON beside one media file says about it.
struct TakeoutSidecar {
    QString title; // Google's original file name (may contain '/')
    QString description;
    std::optional<qint64> photoTakenUtc; // seconds since the epoch; "0", "" or missing = unknown
    std::optional<qint64> creationUtc;   // when it was uploaded
    std::optional<GeoPosition> position; // geoDataExif, else geoData; 0/0 = unknown
    bool favorite = false;
    bool archived = false;
    bool trashed = false;
    QStringList people; // names of the people Google recognised and the user named
};

// An album folder's metadata file, old ({"albumData": {...}}) or flat format.
struct TakeoutAlbum {
    QString title; // may be empty (an album the user never titled)
    QString description;
    std::optional<qint64> dateUtc;
};

enum class JsonRole {
    MediaSidecar,  // describes one photo or video
    AlbumMetadata, // describes the album of its folder
    Other,         // print orders, shared album comments, memory titles, other tools' JSON
};

// Largest JSON file read; a sidecar is about 1 KB, a big album file a few KB.
inline constexpr qsizetype kMaxTakeoutJsonBytes = 4 * 1024 * 1024;

// What a JSON file of a Takeout is, by its name and content. A file that is
// not valid JSON keeps the role its name suggests, so that parsing it gives the
// user a per-file error instead of it being skipped in silence.
JsonRole classifyJson(const QString &fileName, const QByteArray &json);

// Clear, translated errors for invalid, oversized or non-object JSON; missing or
// oddly typed fields are simply unknown.
Result<TakeoutSidecar> parseMediaSidecar(const QByteArray &json);
Result<TakeoutAlbum> parseAlbumMetadata(const QByteArray &json);

} // namespace tintype
