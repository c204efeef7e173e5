#include "metadata/HeifTransforms.h"

#include "metadata/Exiv2Fields.h"
#include "metadata/HeaderBytes.h"
#include "metadata/HeifMetadataBlocks.h"

#include <exiv2/exiv2.hpp>
#include <libheif/heif.h>

#include <QList>

#include <array>
#include <memory>
#include <vector>

namespace tintype::heiftransforms {

namespace {
using detail::Bytes;

// A turn or flip as the 2×2 matrix taking stored pixel coordinates (x right,
// y down) to shown ones; index i is EXIF orientation code i + 1.
using Matrix = std::array<int, 4>; // a b / c d
constexpr std::array<Matrix, 8> kExifMatrices{{
    {1, 0, 0, 1},   // 1 as stored
    {-1, 0, 0, 1},  // 2 mirrored left-right
    {-1, 0, 0, -1}, // 3 turned 180°
    {1, 0, 0, -1},  // 4 mirrored top-bottom
    {0, 1, 1, 0},   // 5 transposed
    {0, -1, 1, 0},  // 6 turned 90° clockwise
    {0, -1, -1, 0}, // 7 transversed
    {0, 1, -1, 0},  // 8 turned 90° anticlockwise
}};

Matrix times(const Matrix &m, const Matrix &n)
{
    return {m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3]};
}

int codeOf(const Matrix &m)
{
    for (std::size_t i = 0; i < kExifMatrices.size(); ++i)
        if (kExifMatrices[i] == m)
            return int(i) + 1;
    return 1;
}

struct Property {
    QByteArray type;
    quint32 payload = 0; // its first byte after the box header
};

struct HeifDeleter {
    void operator()(heif_context *c) const { heif_context_free(c); }
    void operator()(heif_image_handle *h) const { heif_image_handle_release(h); }
};
} // namespace

std::optional<int> primaryOrientation(const QByteArray &data)
{
    const Bytes b{data};
    qint64 metaStart = -1, metaEnd = -1;
    for (qint64 o = 0; b.has(o, 8);) {
        const qint64 size = b.be32(o);
        if (b.tag(o + 4) == "meta") {
            metaStart = o + 12; // a full box
            metaEnd = std::min<qint64>(o + size, data.size());
            break;
        }
        if (size < 8)
            return std::nullopt;
        o += size;
    }
    if (metaStart < 0)
        return std::nullopt;
    quint32 primary = 0;
    QList<Property> properties; // ipco's, in order: ipma's index i is properties[i - 1]
    qint64 ipma = -1, ipmaEnd = -1;
    const auto walk = [&](auto &&self, qint64 start, qint64 end, bool inIprp) -> void {
        for (qint64 o = start; o + 8 <= end && b.has(o, 8);) {
            const qint64 size = b.be32(o);
            if (size < 8 || o + size > end)
                return;
            const QByteArray type = b.tag(o + 4);
            if (type == "pitm" && !inIprp)
                primary = b.u8(o + 8) == 0 ? b.be16(o + 12) : b.be32(o + 12);
            else if (type == "iprp" && !inIprp)
                self(self, o + 8, o + size, true);
            else if (type == "ipco" && inIprp) {
                for (qint64 p = o + 8; p + 8 <= o + size && b.has(p, 8) && properties.size() < 4096;) {
                    const qint64 psize = b.be32(p);
                    if (psize < 8)
                        break;
                    properties.append({b.tag(p + 4), quint32(p + 8)});
                    p += psize;
                }
            } else if (type == "ipma" && inIprp && ipma < 0) {
                ipma = o;
                ipmaEnd = o + size;
            }
            o += size;
        }
    };
    walk(walk, metaStart, metaEnd, false);
    if (ipma < 0 || primary == 0)
        return std::nullopt;
    const quint32 version = b.u8(ipma + 8);
    const quint32 flags = b.be32(ipma + 8) & 0xFFFFFF;
    const quint32 entries = b.be32(ipma + 12);
    Matrix shown = kExifMatrices[0];
    bool transformed = false;
    qint64 p = ipma + 16;
    for (quint32 e = 0; e < entries && p < ipmaEnd; ++e) {
        const quint32 item = version < 1 ? b.be16(p) : b.be32(p);
        p += version < 1 ? 2 : 4;
        const quint32 count = b.u8(p++);
        for (quint32 a = 0; a < count && p < ipmaEnd; ++a) {
            const quint32 index = (flags & 1) ? (b.be16(p) & 0x7FFF) : (b.u8(p) & 0x7F);
            p += (flags & 1) ? 2 : 1;
            if (item != primary || index < 1 || index > quint32(properties.size()))
                continue;
            const Property &property = properties[qsizetype(index - 1)];
            if (property.type == "irot") {
                // angle: anticlockwise quarter turns (ISO/IEC 23008-12 6.5.10)
                for (quint32 turn = 0; turn < (b.u8(property.payload) & 3); ++turn)
                    shown = times(kExifMatrices[7], shown);
                transformed = true;
            } else if (property.type == "imir") {
                // mode 0: top and bottom swap; 1: left and right (ISO/IEC 23008-12:2022
                // 6.5.12, as libheif reads it; the 2017 text's "axis" read the other way)
                shown = times(kExifMatrices[(b.u8(property.payload) & 1) ? 1 : 3], shown);
                transformed = true;
            }
        }
        if (item == primary)
            break;
    }
    if (!transformed)
        return std::nullopt;
    return codeOf(shown);
}

int exifOrientation(const QByteArray &file)
{
    std::unique_ptr<heif_context, HeifDeleter> context(heif_context_alloc());
    if (!context ||
        heif_context_read_from_memory_without_copy(context.get(), file.constData(), size_t(file.size()), nullptr)
                .code != heif_error_Ok)
        return 1;
    heif_image_handle *raw = nullptr;
    if (heif_context_get_primary_image_handle(context.get(), &raw).code != heif_error_Ok || !raw)
        return 1;
    std::unique_ptr<heif_image_handle, HeifDeleter> primary(raw);
    heif_item_id id = 0;
    if (heif_image_handle_get_list_of_metadata_block_IDs(primary.get(), "Exif", &id, 1) != 1)
        return 1;
    const size_t size = heif_image_handle_get_metadata_size(primary.get(), id);
    if (size == 0 || size > (16u << 20))
        return 1;
    QByteArray item(qsizetype(size), Qt::Uninitialized);
    if (heif_image_handle_get_metadata(primary.get(), id, item.data()).code != heif_error_Ok)
        return 1;
    const QByteArray tiff = detail::exifItemTiff(item);
    if (tiff.isEmpty())
        return 1;
    try {
        Exiv2::ExifData exif;
        Exiv2::ExifParser::decode(exif, reinterpret_cast<const Exiv2::byte *>(tiff.constData()), uint32_t(tiff.size()));
        const auto it = exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
        if (it == exif.end() || it->count() == 0)
            return 1;
        // toInteger: exiv2 0.28 (Homebrew, vcpkg) has no toLong.
        const long long code = tintype::detail::toInteger(it->value());
        return code >= 1 && code <= 8 ? int(code) : 1;
    } catch (...) {
        return 1; // a damaged Exif item: as stored
    }
}

int storedToUpright(const QByteArray &file)
{
    if (const auto transforms = primaryOrientation(file))
        return *transforms;
    return exifOrientation(file);
}

int afterTransforms(const QByteArray &file) { return primaryOrientation(file) ? 1 : exifOrientation(file); }

} // namespace tintype::heiftransforms
