#pragma once

// Internal to core (metadata, imaging): exiv2 0.27 picks a parser by content,
// and its video parsers (Matroska, RIFF, QuickTime, ASF) assert, hang or free
// twice on damaged files — an abort nobody can catch (found by fuzzing). Every
// exiv2 image opened from untrusted bytes goes through this check before
// readMetadata(); videos are FFmpeg's job.
#include <exiv2/exiv2.hpp>

namespace tintype::detail {

inline bool isExiv2VideoParser(int imageType)
{
#if defined(EXV_ENABLE_VIDEO) && !EXIV2_TEST_VERSION(0, 28, 0)
    // Exiv2::ImageType::riff, mkv, qtime, asf of exiv2 0.27 (riffvideo.hpp,
    // matroskavideo.hpp, quicktimevideo.hpp, asfvideo.hpp; the last does not
    // compile on its own, so the values are spelled out).
    return imageType == 20 || imageType == 21 || imageType == 22 || imageType == 24;
#else
    (void)imageType;
    return false;
#endif
}

} // namespace tintype::detail
