// Hostile file bytes -> ImageDecoder::decode (every decoder family: TurboJPEG
// and exiv2 previews, libheif, LibRaw, Qt's readers, FFmpeg) and the JPEG
// encoder of Thumbnailer. The first byte picks the file name's extension; the
// sniffed content decides the decoder. Small target and pixel limit keep it fast.
#include "imaging/ImageDecoder.h"
#include "metadata/MetadataReader.h"
#include "thumbs/Thumbnailer.h"

#include "ScratchFile.h"

#include <QCoreApplication>

#include <cstdint>

using namespace tintype;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    MetadataReader::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto file = fuzz::writeScratchFile(data, size, "IMG_0001",
                                             {"jpg", "png", "heic", "avif", "nef", "dng", "cr2", "mp4", "mov", "tif",
                                              "webp", "gif", "bmp", "orf", "raf", "mkv"});
    if (file.empty())
        return 0;
    DecodeRequest request;
    request.path = file;
    request.targetLongEdge = 64;
    request.maxPixels = 16'000'000;
    auto decoded = ImageDecoder::decode(request);
    if (decoded)
        (void)Thumbnailer::encodeJpeg(decoded->image, 80);
    return 0;
}
