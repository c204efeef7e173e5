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

// The edit a thumbnail shows (core/edit): the stack's JSON, its fingerprint
// (EditStack::fingerprint, as the catalog's EditRepository stores it) and the
// catalog's quarter turns, which come before the edit. No fingerprint: the
// file as it is.
struct ThumbnailEdit {
    QByteArray stack;
    QByteArray fingerprint;
    int quarterTurns = 0;
    bool isEmpty() const { return fingerprint.isEmpty(); }
    // What keys the edited entry: "<fingerprint>r<turns>"; empty when unedited.
    QByteArray tag() const
    {
        return isEmpty() ? QByteArray() : fingerprint + 'r' + QByteArray::number(quarterTurns & 3);
    }
};

// What a cached thumbnail is of: the file's content fingerprint (16 bytes,
// FileHasher::fingerprint — survives moves, changes with the content), size,
// and the edit it shows (ThumbnailEdit::tag(); empty: unedited), so an edit
// or an undo makes a new entry and reverting finds the original's again.
struct ThumbnailKey {
    QByteArray fingerprint;
    ThumbnailSize size = ThumbnailSize::Grid;
    QByteArray edit = {};
    bool operator==(const ThumbnailKey &) const = default;
};

} // namespace tintype
