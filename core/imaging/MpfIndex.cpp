// MPF index reader: walks the JPEG marker segments up to SOS, finds the APP2
// "MPF\0" segment and reads its MP Index IFD's MPEntry (tag 0xB002) records.
// Everything is read through bounds-checked helpers over the segment.
#include "imaging/MpfIndex.h"

#include <algorithm>

namespace tintype {

namespace {
// A bounds-checked, endian-aware view of the MPF TIFF structure.
class Tiff {
public:
    explicit Tiff(std::span<const unsigned char> bytes) : bytes_(bytes) {}

    bool readHeader()
    {
        if (bytes_.size() < 8)
            return false;
        if (bytes_[0] == 'I' && bytes_[1] == 'I')
            bigEndian_ = false;
        else if (bytes_[0] == 'M' && bytes_[1] == 'M')
            bigEndian_ = true;
        else
            return false;
        std::uint32_t magic = 0;
        return u16(2, magic) && magic == 42;
    }
    std::size_t size() const { return bytes_.size(); }

    bool u16(std::uint64_t at, std::uint32_t &out) const
    {
        if (at > bytes_.size() || bytes_.size() - at < 2)
            return false;
        const unsigned a = bytes_[at], b = bytes_[at + 1];
        out = bigEndian_ ? (a << 8 | b) : (b << 8 | a);
        return true;
    }
    bool u32(std::uint64_t at, std::uint32_t &out) const
    {
        std::uint32_t hi = 0, lo = 0;
        if (!u16(at, bigEndian_ ? hi : lo) || !u16(at + 2, bigEndian_ ? lo : hi))
            return false;
        out = hi << 16 | lo;
        return true;
    }

private:
    std::span<const unsigned char> bytes_;
    bool bigEndian_ = false;
};

constexpr std::uint32_t kTagMpEntry = 0xB002;
constexpr std::uint32_t kTypeUndefined = 7;
constexpr std::uint32_t kMpEntrySize = 16;
constexpr std::uint32_t kMaxIfdEntries = 64;

// The APP2 "MPF\0" payload after the identifier, or empty.
std::span<const unsigned char> findMpfSegment(std::span<const unsigned char> head)
{
    if (head.size() < 4 || head[0] != 0xFF || head[1] != 0xD8)
        return {};
    std::size_t pos = 2;
    while (pos + 4 <= head.size()) {
        if (head[pos] != 0xFF)
            return {};
        const unsigned marker = head[pos + 1];
        if (marker == 0xFF) { // fill byte
            ++pos;
            continue;
        }
        if (marker == 0xD8 || marker == 0xD9 || marker == 0xDA || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01)
            return {}; // image data (or a stray marker) before any MPF segment
        const std::size_t length = std::size_t(head[pos + 2]) << 8 | head[pos + 3];
        if (length < 2 || length > head.size() - pos - 2)
            return {};
        const std::span<const unsigned char> payload = head.subspan(pos + 4, length - 2);
        if (marker == 0xE2 && payload.size() >= 4 && payload[0] == 'M' && payload[1] == 'P' && payload[2] == 'F' &&
            payload[3] == 0)
            return payload.subspan(4);
        pos += 2 + length;
    }
    return {};
}
} // namespace

std::vector<MpfImage> readMpfIndex(std::span<const unsigned char> head, std::uint64_t fileSize)
{
    std::vector<MpfImage> images;
    const std::span<const unsigned char> segment = findMpfSegment(head);
    if (segment.empty())
        return images;
    // MPEntry offsets count from the TIFF header, which sits at this file offset.
    const std::uint64_t tiffStart = std::uint64_t(segment.data() - head.data());
    Tiff tiff(segment);
    std::uint32_t ifd = 0, count = 0;
    if (!tiff.readHeader() || !tiff.u32(4, ifd) || !tiff.u16(ifd, count) || count == 0 || count > kMaxIfdEntries)
        return images;
    if (std::uint64_t(ifd) + 2 + std::uint64_t(count) * 12 > tiff.size())
        return images; // truncated IFD
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::uint64_t entry = std::uint64_t(ifd) + 2 + std::uint64_t(i) * 12;
        std::uint32_t tag = 0, type = 0, n = 0, valueOffset = 0;
        if (!tiff.u16(entry, tag) || !tiff.u16(entry + 2, type) || !tiff.u32(entry + 4, n) ||
            !tiff.u32(entry + 8, valueOffset))
            return images;
        if (tag != kTagMpEntry)
            continue;
        if (type != kTypeUndefined || n == 0 || n % kMpEntrySize != 0)
            return images;
        const std::uint32_t entries = std::min(n / kMpEntrySize, kMaxMpfEntries);
        // n > 4: the records live at valueOffset (a single record never fits in 4 bytes).
        if (std::uint64_t(valueOffset) + std::uint64_t(entries) * kMpEntrySize > tiff.size())
            return images;
        for (std::uint32_t k = 0; k < entries; ++k) {
            const std::uint64_t record = std::uint64_t(valueOffset) + std::uint64_t(k) * kMpEntrySize;
            std::uint32_t size = 0, offset = 0;
            if (!tiff.u32(record + 4, size) || !tiff.u32(record + 8, offset))
                return images;
            if (offset == 0 || size < 4)
                continue; // the first image (this one), or nothing
            const std::uint64_t start = tiffStart + offset;
            if (start >= fileSize || size > fileSize - start)
                continue;
            if (start + 2 <= head.size() && (head[start] != 0xFF || head[start + 1] != 0xD8))
                continue;
            images.push_back({start, size});
        }
        return images;
    }
    return images;
}

} // namespace tintype
