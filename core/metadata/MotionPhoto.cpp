#include "metadata/MotionPhoto.h"

#include "metadata/HeaderBytes.h"

#include <algorithm>

namespace tintype::detail {

namespace {
constexpr std::int64_t kMaxSefDirectory = 1 << 20;

bool isClipItem(const MotionPhotoHints::Item &item)
{
    return item.semantic.compare(QLatin1String("MotionPhoto"), Qt::CaseInsensitive) == 0 ||
           item.mime.startsWith(QLatin1String("video/"), Qt::CaseInsensitive);
}

bool startsMp4(const std::filesystem::path &file, std::int64_t fileSize, std::int64_t offset, std::int64_t length)
{
    if (offset <= 0 || length < 16 || offset + length > fileSize)
        return false;
    const QByteArray head = readRange(file, offset, 12);
    return head.size() == 12 && head.mid(4, 4) == "ftyp";
}

// Samsung's SEF trailer: ... records ... "SEFH" directory, u32 LE directory length, "SEFT".
std::optional<EmbeddedClip> samsungTrailerClip(const std::filesystem::path &file, std::int64_t fileSize)
{
    const QByteArray tail = readRange(file, fileSize - 8, 8);
    if (tail.size() != 8 || tail.mid(4) != "SEFT")
        return std::nullopt;
    const Bytes t{tail};
    const std::int64_t dirLength = t.le32(0);
    const std::int64_t dirPos = fileSize - 8 - dirLength;
    if (dirLength < 12 || dirLength > kMaxSefDirectory || dirPos <= 0)
        return std::nullopt;
    const QByteArray dir = readRange(file, dirPos, dirLength);
    const Bytes d{dir};
    if (dir.size() != dirLength || d.tag(0) != "SEFH")
        return std::nullopt;
    const std::int64_t count = d.le32(8);
    for (std::int64_t i = 0; i < count && d.has(12 + i * 12, 12); ++i) {
        const std::int64_t entry = 12 + i * 12;
        const std::int64_t recordPos = dirPos - std::int64_t(d.le32(entry + 4));
        const std::int64_t recordSize = d.le32(entry + 8);
        if (recordPos <= 0 || recordSize <= 8 || recordPos + recordSize > dirPos)
            continue;
        const QByteArray head = readRange(file, recordPos, 8 + 64);
        const Bytes h{head};
        const std::int64_t nameLength = h.le32(4);
        if (nameLength <= 0 || nameLength > 64 || !h.has(8, nameLength))
            continue;
        if (head.mid(8, qsizetype(nameLength)) != "MotionPhoto_Data")
            continue;
        return EmbeddedClip{recordPos + 8 + nameLength, recordSize - 8 - nameLength};
    }
    return std::nullopt;
}

// Samsung's HEIC motion photos: the MP4 is the payload of a top-level "mpvd" box.
std::optional<EmbeddedClip> heifVideoBox(const std::filesystem::path &file, std::int64_t fileSize)
{
    std::int64_t pos = 0;
    for (int boxes = 0; boxes < 64 && pos + 8 <= fileSize; ++boxes) {
        const QByteArray head = readRange(file, pos, 16);
        const Bytes h{head};
        std::int64_t size = h.be32(0), header = 8;
        if (size == 1) {
            size = std::int64_t((quint64(h.be32(8)) << 32) | h.be32(12));
            header = 16;
        } else if (size == 0) {
            size = fileSize - pos;
        }
        if (size < header || pos + size > fileSize)
            return std::nullopt;
        if (h.tag(4) == "mpvd")
            return EmbeddedClip{pos + header, size - header};
        pos += size;
    }
    return std::nullopt;
}

std::optional<EmbeddedClip> directoryClip(const std::filesystem::path &file, std::int64_t fileSize,
                                          const std::vector<MotionPhotoHints::Item> &items)
{
    for (std::size_t v = 1; v < items.size(); ++v) {
        const auto &video = items[v];
        if (!isClipItem(video) || video.length <= 0)
            continue;
        std::int64_t after = 0; // the items laid out after the clip
        for (std::size_t j = v + 1; j < items.size(); ++j)
            after += items[j].length + items[j].padding;
        const std::int64_t end = fileSize - after;
        for (const std::int64_t start : {end - video.padding - video.length, end - video.length})
            if (startsMp4(file, fileSize, start, video.length))
                return EmbeddedClip{start, video.length};
    }
    return std::nullopt;
}
} // namespace

bool MotionPhotoHints::promisesClip() const
{
    return flagged || microVideoOffset || std::any_of(directory.begin(), directory.end(), isClipItem);
}

std::optional<EmbeddedClip> locateMotionClip(const std::filesystem::path &file, const MotionPhotoHints &hints,
                                             QStringList &warnings)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec || size < 32)
        return std::nullopt;
    const auto fileSize = std::int64_t(size);
    if (const auto clip = samsungTrailerClip(file, fileSize);
        clip && startsMp4(file, fileSize, clip->offset, clip->length))
        return clip;
    if (!hints.promisesClip())
        return std::nullopt;
    if (const auto clip = heifVideoBox(file, fileSize); clip && startsMp4(file, fileSize, clip->offset, clip->length))
        return clip;
    if (const auto clip = directoryClip(file, fileSize, hints.directory))
        return clip;
    if (hints.microVideoOffset &&
        startsMp4(file, fileSize, fileSize - *hints.microVideoOffset, *hints.microVideoOffset))
        return EmbeddedClip{fileSize - *hints.microVideoOffset, *hints.microVideoOffset};
    warnings << QStringLiteral("motion photo: its video is not where the XMP says; shown as a still");
    return std::nullopt;
}

} // namespace tintype::detail
