#pragma once

#include "metadata/MediaMetadata.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace tintype {

// What a file is, judged by its name (cheap, used to decide what the scanner
// looks at) and by its first bytes (the truth, used when reading it).
struct MediaFormat {
    // The kind a file name's extension promises; Unknown for anything that is not
    // a photo, RAW, video or XMP sidecar. Case-insensitive.
    static MediaKind kindForExtension(QStringView extension);

    // Format name from the first bytes (at least 64 are useful): "jpeg", "png",
    // "heif", "mov", ...; empty when not recognised. `extension` breaks ties
    // where the bytes alone do not tell (TIFF-based RAW formats).
    static QString sniff(const QByteArray &head, QStringView extension);

    static MediaKind kindForFormat(const QString &format);

    // The format a file name's extension claims ("jpg" -> "jpeg", "m2ts" -> "mts");
    // empty for an unknown extension.
    static QString formatForExtension(QStringView extension);
    // Every extension formatForExtension knows (lower case, sorted).
    static QStringList knownExtensions();

    // Whether two format names are close enough that a mismatch between name and
    // content is not worth a warning (mp4/mov/3gp share one container).
    static bool sameFamily(const QString &a, const QString &b);
};

} // namespace tintype
