// Hostile file bytes → MetadataReader::read (and sidecar merging). The first
// byte picks the file name's extension, so every reader path (exiv2's image
// types, RAW, BMFF, FFmpeg's demuxers, XMP) sees the bytes.
#include "metadata/MetadataReader.h"

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
    const auto file =
        fuzz::writeScratchFile(data, size, "IMG_20190612_153012",
                               {"jpg", "png", "tif", "webp", "heic", "avif", "cr2", "cr3", "nef", "dng", "orf",
                                "raf", "rw2", "mp4", "mov",  "avi",  "mkv",  "mts", "gif", "psd", "jp2", "xmp"});
    if (file.empty())
        return 0;
    MetadataReader::Options options;
    options.lookForSidecar = false;
    auto result = MetadataReader::read(file, options);
    if (file.extension() == ".xmp") {
        MediaMetadata into;
        (void)MetadataReader::mergeSidecar(file, into);
    }
    (void)result;
    return 0;
}
