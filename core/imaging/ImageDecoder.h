#pragma once

#include "common/Result.h"
#include "imaging/DecodeRequest.h"

namespace tintype {

// Decodes any photo, RAW or video Tintype indexes into a small upright sRGB
// image: JPEG through TurboJPEG with DCT scaling (or a big enough embedded
// preview), HEIF/AVIF through libheif, RAW from LibRaw's embedded preview
// (half-size demosaic when there is none), PNG/WebP/TIFF/GIF/BMP through Qt's
// readers, video as a frame about one second in (FFmpeg). Pure and
// thread-safe after MetadataReader::initialize(); never throws: corrupt,
// truncated, unsupported or oversized files give a failure with a reason.
//
// Once decodeInWorkers() named a tintype-worker, both calls decode there
// (imaging/WorkerImageDecoder): a decoder that crashes or hangs costs only
// that file. Where no worker can be started they decode here.
class ImageDecoder {
public:
    static Result<DecodedImage> decode(const DecodeRequest &request);
    // The small Exif thumbnail (typically 160×120) a camera stores, upright:
    // an instant placeholder while the real thumbnail is made. Reads only the
    // metadata; fails when there is none.
    static Result<QImage> exifThumbnail(const std::filesystem::path &file);

    // The worker executable (common/WorkerProcess::findWorker()); empty:
    // decode in this process (the default, and what the worker itself does).
    static void decodeInWorkers(const QString &workerPath, int timeoutMs = 20000);
    // The same work in this process, whatever decodeInWorkers() said.
    static Result<DecodedImage> decodeHere(const DecodeRequest &request);
    static Result<QImage> exifThumbnailHere(const std::filesystem::path &file);
};

} // namespace tintype
