#pragma once

// The CIPA DC-007 Multi-Picture Format index of a JPEG: cameras put a large
// preview (or a full-size second image) after the main image's EOI and list it
// in an APP2 "MPF\0" segment. Private to core/imaging.

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace tintype {

struct MpfImage {
    std::uint64_t offset = 0; // from the start of the file
    std::uint64_t size = 0;   // bytes
};

// The images other than the first that the MP Index IFD in `head` (the first
// bytes of a JPEG file, up to its SOS) lists, each inside [0, fileSize) and
// starting with SOI when `head` covers it. Every length, offset and count is
// checked; at most kMaxMpfEntries entries are read; never throws. Empty when
// there is no (readable) index.
inline constexpr std::uint32_t kMaxMpfEntries = 16;
std::vector<MpfImage> readMpfIndex(std::span<const unsigned char> head, std::uint64_t fileSize);

} // namespace tintype
