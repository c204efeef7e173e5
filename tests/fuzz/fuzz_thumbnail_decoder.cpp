// Hostile file bytes -> ImageDecoder::decode (every decoder family: TurboJPEG
// and exiv2 previews, libheif, LibRaw, Qt's readers, FFmpeg) and the JPEG
// encoder of Thumbnailer. The first byte picks the file name's extension; the
// sniffed content decides the decoder. Small target and pixel limit keep it fast.
#include "imaging/ImageDecoder.h"
#include "metadata/MetadataReader.h"
#include "thumbs/Thumbnailer.h"

#include <QCoreApplication>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace tintype;

namespace {
const char *const kExtensions[] = {"jpg", "png", "heic", "avif", "nef", "dng", "cr2", "mp4",
                                   "mov", "tif", "webp", "gif",  "bmp", "orf", "raf", "mkv"};

std::filesystem::path scratchFile(const char *extension)
{
    static const std::filesystem::path dir = [] {
        auto d = std::filesystem::temp_directory_path() / ("tintype-fuzz-thumb-" + std::to_string(::getpid()));
        std::filesystem::create_directories(d);
        return d;
    }();
    return dir / (std::string("IMG_0001.") + extension);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    MetadataReader::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const char *extension = kExtensions[data[0] % (sizeof kExtensions / sizeof *kExtensions)];
    const auto file = scratchFile(extension);
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char *>(data + 1), std::streamsize(size - 1));
    }
    DecodeRequest request;
    request.path = file;
    request.targetLongEdge = 64;
    request.maxPixels = 16'000'000;
    auto decoded = ImageDecoder::decode(request);
    if (decoded)
        (void)Thumbnailer::encodeJpeg(decoded->image, 80);
    return 0;
}
