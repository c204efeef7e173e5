#pragma once

#include "common/Result.h"
#include "thumbs/ThumbnailSize.h"

#include <QByteArray>
#include <QImage>

#include <filesystem>

namespace tintype {

// One file -> one thumbnail as JPEG bytes: decoded upright and in sRGB by
// ImageDecoder at the size's long edge, transparency flattened onto white,
// encoded with TurboJPEG. An edited photo is rendered from its edit stack
// (renderEdited). Pure and thread-safe (after MetadataReader::initialize()).
struct Thumbnailer {
    // `damage`, when given, gets the damage the decoder worked around
    // (DecodedImage::warnings, "; "-joined; empty when the data was whole):
    // what a scan's structural check (ImageIntegrity) may not have seen.
    static Result<QByteArray> make(const std::filesystem::path &file, ThumbnailSize size,
                                   const ThumbnailEdit &edit = {}, QString *damage = nullptr);
    static Result<QByteArray> encodeJpeg(const QImage &image, int quality);
    // The photo as its edit shows it, long edge at most `longEdge`: the
    // catalog's turns, then EditRenderer on a source read just large enough
    // (larger for a crop), so the pixels are the export's at that size. The
    // result is upright: not to be turned again.
    static Result<QImage> renderEdited(const std::filesystem::path &file, const ThumbnailEdit &edit, int longEdge);
};

} // namespace tintype
