// Hostile file bytes → MetadataReader::read (and sidecar merging). The first
// byte picks the file name's extension, so every reader path (exiv2's image
// types, RAW, BMFF, FFmpeg's demuxers, XMP) sees the bytes.
#include "metadata/MetadataReader.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace tintype;

namespace {
const char *const kExtensions[] = {"jpg", "png", "tif", "webp", "heic", "avif", "cr2", "cr3", "nef", "dng", "orf",
                                   "raf", "rw2", "mp4", "mov",  "avi",  "mkv",  "mts", "gif", "psd", "jp2", "xmp"};

std::filesystem::path scratchFile(const char *extension)
{
    static const std::filesystem::path dir = [] {
        auto d = std::filesystem::temp_directory_path() / ("tintype-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(d);
        return d;
    }();
    return dir / (std::string("IMG_20190612_153012.") + extension);
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
    MetadataReader::Options options;
    options.lookForSidecar = false;
    auto result = MetadataReader::read(file, options);
    if (std::string(extension) == "xmp") {
        MediaMetadata into;
        (void)MetadataReader::mergeSidecar(file, into);
    }
    (void)result;
    return 0;
}
