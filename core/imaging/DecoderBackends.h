#pragma once

// Private to core/imaging: one decoder per family of formats, each returning
// the stored (not yet oriented) image, possibly larger than the target.

#include "common/Result.h"
#include "imaging/DecodeRequest.h"

#include <QByteArray>
#include <QColorSpace>

namespace tintype {

struct StagedImage {
    QImage image;
    QSize sourceSize;
    int orientation = 1;    // EXIF orientation still to apply (1 = already upright)
    QColorSpace colorSpace; // when the pixels are not sRGB and QImage does not say so
    QString source = QStringLiteral("image");
    QStringList warnings; // see DecodedImage::warnings
};

// What exiv2 says about a still image held in memory (JPEG, PNG, TIFF, WebP, ...).
struct EmbeddedInfo {
    int orientation = 1;
    QByteArray iccProfile;
    QByteArray preview; // the smallest embedded JPEG preview whose long edge >= target, matching the image's aspect
};
// `orLargest`: when no preview is big enough, the largest one (RAW files LibRaw cannot read).
EmbeddedInfo readEmbeddedInfo(const QByteArray &file, int targetLongEdge, QSize imageSize, bool orLargest = false);

// The Exif (IFD1) thumbnail's bytes and the image's orientation, read with exiv2 from the file.
Result<std::pair<QByteArray, int>> readExifThumbnail(const std::filesystem::path &file);

// Whether a preview of size `a` has the image's (`b`) aspect ratio (within 2 %); true when either is unknown.
bool sameAspect(QSize a, QSize b);

QString pixelLimitMessage(QSize size, std::int64_t maxPixels);
Result<QByteArray> readWholeFile(const std::filesystem::path &path, std::int64_t maxBytes);

Result<StagedImage> decodeJpeg(const QByteArray &file, const DecodeRequest &request, bool usePreview);
Result<StagedImage> decodeHeif(const QByteArray &file, const DecodeRequest &request);
Result<StagedImage> decodeRaw(const DecodeRequest &request);
Result<StagedImage> decodeWithQt(const QByteArray &file, const DecodeRequest &request);
// libpng row by row: what a truncated or damaged PNG holds, the rows it lacks grey
// (Qt's reader gives nothing for such a file). Fails when not even the header reads.
Result<StagedImage> decodePngPartially(const QByteArray &file, const DecodeRequest &request);
// The rows or tiles a damaged file did not give, in the grey libjpeg fills them with.
inline constexpr QRgb kMissingPixels = 0xFF808080;
// Built into the video plugin (libtintype-video, VideoFrameDecoder.cpp), not
// into core/imaging: core reaches it through decodeVideo().
Result<StagedImage> decodeVideoFrame(const DecodeRequest &request);
struct VideoFramePlugin {
    Result<StagedImage> (*decode)(const DecodeRequest &request);
};
// A frame through the plugin, loaded on first use (common/PluginLibrary.h).
Result<StagedImage> decodeVideo(const DecodeRequest &request);

} // namespace tintype
