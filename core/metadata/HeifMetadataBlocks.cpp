#include "metadata/HeifMetadataBlocks.h"

#include <libheif/heif.h>

#include <memory>
#include <vector>

namespace tintype::detail {

namespace {
constexpr size_t kMaxBlockBytes = 16u << 20;

struct HeifDeleter {
    void operator()(heif_context *c) const { heif_context_free(c); }
    void operator()(heif_image_handle *h) const { heif_image_handle_release(h); }
};

bool isTiffHeader(const QByteArray &bytes, qsizetype at)
{
    if (at < 0 || at + 8 > bytes.size())
        return false;
    const QByteArray magic = bytes.mid(at, 4);
    return magic == QByteArray("II*\0", 4) || magic == QByteArray("MM\0*", 4);
}

QByteArray blockBytes(heif_image_handle *handle, heif_item_id id)
{
    const size_t size = heif_image_handle_get_metadata_size(handle, id);
    if (size == 0 || size > kMaxBlockBytes)
        return {};
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    if (heif_image_handle_get_metadata(handle, id, bytes.data()).code != heif_error_Ok)
        return {};
    return bytes;
}
} // namespace

QByteArray exifItemTiff(const QByteArray &item)
{
    if (item.size() >= 4) {
        const auto *b = reinterpret_cast<const unsigned char *>(item.constData());
        const quint64 offset = (quint64(b[0]) << 24) | (quint64(b[1]) << 16) | (quint64(b[2]) << 8) | quint64(b[3]);
        if (offset < quint64(item.size()) && isTiffHeader(item, qsizetype(4 + offset)))
            return item.mid(qsizetype(4 + offset));
    }
    // Writers that got the offset wrong: the header is near the start all the same.
    for (qsizetype at = 0; at < qMin<qsizetype>(64, item.size()); ++at)
        if (isTiffHeader(item, at))
            return item.mid(at);
    return {};
}

std::optional<HeifMetadataBlocks> readHeifMetadataBlocks(const std::filesystem::path &file)
{
    std::unique_ptr<heif_context, HeifDeleter> context(heif_context_alloc());
    if (!context || heif_context_read_from_file(context.get(), file.c_str(), nullptr).code != heif_error_Ok)
        return std::nullopt;
    heif_image_handle *raw = nullptr;
    if (heif_context_get_primary_image_handle(context.get(), &raw).code != heif_error_Ok || !raw)
        return std::nullopt;
    std::unique_ptr<heif_image_handle, HeifDeleter> primary(raw);

    HeifMetadataBlocks blocks;
    const int count = heif_image_handle_get_number_of_metadata_blocks(primary.get(), nullptr);
    if (count <= 0 || count > 64)
        return std::nullopt;
    std::vector<heif_item_id> ids(static_cast<size_t>(count));
    heif_image_handle_get_list_of_metadata_block_IDs(primary.get(), nullptr, ids.data(), count);
    for (const heif_item_id id : ids) {
        const QByteArray type = heif_image_handle_get_metadata_type(primary.get(), id);
        const QByteArray contentType = heif_image_handle_get_metadata_content_type(primary.get(), id);
        if (type == "Exif" && blocks.exifTiff.isEmpty())
            blocks.exifTiff = exifItemTiff(blockBytes(primary.get(), id));
        else if (type == "mime" && contentType == "application/rdf+xml" && blocks.xmp.isEmpty())
            blocks.xmp = blockBytes(primary.get(), id);
    }
    if (blocks.exifTiff.isEmpty() && blocks.xmp.isEmpty())
        return std::nullopt;
    return blocks;
}

} // namespace tintype::detail
