#pragma once

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <filesystem>

namespace tintype {

// What to decode: one file, scaled so its long edge is about `targetLongEdge`
// (never enlarged), upright (EXIF orientation, HEIF irot/imir, video rotation
// applied) and in sRGB.
struct DecodeRequest {
    std::filesystem::path path;
    int targetLongEdge = 400;
    // Images declaring more pixels than this are refused before any pixel
    // buffer is allocated (decompression bombs).
    std::int64_t maxPixels = 200'000'000;
    // RAW: a full development (RawDevelopment: 16 bits per channel, every
    // pixel; seconds) instead of the embedded preview. For the editor.
    bool fullRaw = false;
};

struct DecodedImage {
    QImage image;     // upright, sRGB, long edge <= targetLongEdge
    QSize sourceSize; // the full image's stored size (before orientation)
    QString format;   // sniffed format name ("jpeg", "heif", "nef", "mp4", ...)
    QString source;   // what was decoded: "image", "embedded preview", "thumbnail item", "video frame", ...
    // Damage the decoder worked around, as its library said it ("Premature end
    // of JPEG file", "Corrupt JPEG data: 3 extraneous bytes before marker
    // 0xdb"): the picture is shown as far as it could be read (the rest grey).
    QStringList warnings;
};

} // namespace tintype
