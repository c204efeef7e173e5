#pragma once

#include "common/Result.h"
#include "thumbs/ThumbnailSize.h"

#include <QByteArray>
#include <QImage>

#include <filesystem>

namespace tintype {

// One file -> one thumbnail as JPEG bytes: decoded upright and in sRGB by
// ImageDecoder at the size's long edge, transparency flattened onto white,
// encoded with TurboJPEG. Pure and thread-safe (after MetadataReader::initialize()).
struct Thumbnailer {
    static Result<QByteArray> make(const std::filesystem::path &file, ThumbnailSize size);
    static Result<QByteArray> encodeJpeg(const QImage &image, int quality);
};

} // namespace tintype
