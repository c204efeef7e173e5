#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace tintype {

// The two sizes the app shows: grid cells (sharp on HiDPI grids) and the
// viewer's screen-size preview (also the input of face detection later).
enum class ThumbnailSize { Grid, Preview };

namespace thumbnailsize {
inline int longEdge(ThumbnailSize size) { return size == ThumbnailSize::Grid ? 400 : 2048; }
inline int jpegQuality(ThumbnailSize size) { return size == ThumbnailSize::Grid ? 80 : 85; }
inline QString name(ThumbnailSize size)
{
    return size == ThumbnailSize::Grid ? QStringLiteral("grid") : QStringLiteral("preview");
}
inline std::optional<ThumbnailSize> parse(const QString &text)
{
    if (text == QLatin1String("grid"))
        return ThumbnailSize::Grid;
    if (text == QLatin1String("preview"))
        return ThumbnailSize::Preview;
    return std::nullopt;
}
} // namespace thumbnailsize

// What a cached thumbnail is of: the file's content fingerprint (16 bytes,
// FileHasher::fingerprint — survives moves, changes with the content) and size.
struct ThumbnailKey {
    QByteArray fingerprint;
    ThumbnailSize size = ThumbnailSize::Grid;
    bool operator==(const ThumbnailKey &) const = default;
};

} // namespace tintype
