// Hostile strings → every date parser (EXIF, ISO/XMP, offsets, sub-seconds,
// file names). Checks that whatever comes out is a plausible date.
#include "metadata/CaptureTimeParser.h"

#include <cstdint>
#include <cstdlib>

using namespace tintype;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (auto t = capturetimeparser::parseExifDateTime(text); t && !capturetimeparser::isPlausible(*t))
        std::abort();
    if (auto t = capturetimeparser::parseIsoDateTime(text); t && !t->wallClock.isValid())
        std::abort();
    if (auto o = capturetimeparser::parseOffset(text); o && (*o < -14 * 60 || *o > 14 * 60))
        std::abort();
    (void)capturetimeparser::parseSubSecMs(text);
    const CaptureTime fromName = capturetimeparser::fromFileName(text);
    if (fromName.isValid() && !capturetimeparser::isPlausible(fromName.utc))
        std::abort();
    (void)fromName.toIsoString();
    return 0;
}
