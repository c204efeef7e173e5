#include "metadata/HeaderImageSize.h"
#include "metadata/HeaderBytes.h"

#include <QList>

namespace tintype::detail {

namespace {

std::optional<QSize> valid(qint64 w, qint64 h)
{
    if (w <= 0 || h <= 0 || w > (1 << 24) || h > (1 << 24))
        return std::nullopt;
    return QSize(int(w), int(h));
}

std::optional<QSize> bmpSize(const QByteArray &head)
{
    const Bytes b{head};
    if (!b.has(14, 12))
        return std::nullopt;
    const quint32 headerSize = b.le32(14);
    if (headerSize == 12) // OS/2 BITMAPCOREHEADER
        return valid(b.le16(18), b.le16(20));
    const qint32 w = qint32(b.le32(18)), h = qint32(b.le32(22));
    return valid(w, h < 0 ? -qint64(h) : h); // negative height: top-down rows
}

// JPEG XL SizeHeader (ISO 18181-1 D.2), after the FF 0A signature.
std::optional<QSize> jxlCodestreamSize(const QByteArray &data, qint64 start)
{
    qint64 bit = (start + 2) * 8;
    const auto bits = [&](int n) {
        quint32 v = 0;
        for (int i = 0; i < n; ++i, ++bit) {
            const qint64 byte = bit / 8;
            if (byte >= data.size())
                return quint32(0);
            v |= quint32((uchar(data[qsizetype(byte)]) >> (bit % 8)) & 1) << i;
        }
        return v;
    };
    const auto u32 = [&]() -> quint32 {
        static const int width[4] = {9, 13, 18, 30};
        return 1 + bits(width[bits(2)]);
    };
    static const int ratios[8][2] = {{0, 0}, {1, 1}, {12, 10}, {4, 3}, {3, 2}, {16, 9}, {5, 4}, {2, 1}};
    const bool small = bits(1);
    const quint32 height = small ? (bits(5) + 1) * 8 : u32();
    const quint32 ratio = bits(3);
    quint32 width = 0;
    if (ratio != 0)
        width = quint32(quint64(height) * ratios[ratio][0] / ratios[ratio][1]);
    else
        width = small ? (bits(5) + 1) * 8 : u32();
    return valid(width, height);
}

std::optional<QSize> jxlSize(const std::filesystem::path &file, const QByteArray &head)
{
    if (head.startsWith("\xFF\x0A"))
        return jxlCodestreamSize(head, 0);
    // ISO BMFF container: the codestream is in a `jxlc` box or the first `jxlp` box.
    const QByteArray data = readRange(file, 0, 1 << 20);
    const Bytes b{data};
    for (qint64 o = 0; b.has(o, 8);) {
        qint64 size = b.be32(o);
        qint64 header = 8;
        if (size == 1 && b.has(o, 16)) {
            size = (qint64(b.be32(o + 8)) << 32) | b.be32(o + 12);
            header = 16;
        }
        const QByteArray type = b.tag(o + 4);
        if (type == "jxlc")
            return jxlCodestreamSize(data, o + header);
        if (type == "jxlp")
            return jxlCodestreamSize(data, o + header + 4);
        if (size < header)
            break;
        o += size;
    }
    return std::nullopt;
}

// HEIF/AVIF: the `ispe` property of the primary item (meta/pitm, iprp/ipco+ipma).
// exiv2 0.27 reports Exif PixelXDimension or whichever `ispe` came last (a tile).
std::optional<QSize> heifPrimarySize(const std::filesystem::path &file)
{
    const QByteArray data = readRange(file, 0, 4 << 20);
    const Bytes b{data};
    qint64 metaStart = -1, metaEnd = -1;
    for (qint64 o = 0; b.has(o, 8);) {
        const qint64 size = b.be32(o);
        if (b.tag(o + 4) == "meta") {
            metaStart = o + 12; // full box
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
    QList<QSize> properties; // index i -> ispe size, or invalid for other properties
    qint64 ipmaStart = -1, ipmaEnd = -1;
    const auto walk = [&](auto &&self, qint64 start, qint64 end, int depth) -> void {
        for (qint64 o = start; o + 8 <= end && b.has(o, 8);) {
            const qint64 size = b.be32(o);
            if (size < 8 || o + size > end)
                return;
            const QByteArray type = b.tag(o + 4);
            if (type == "pitm")
                primary = b.u8(o + 8) == 0 ? b.be16(o + 12) : b.be32(o + 12);
            else if (type == "iprp" && depth == 0)
                self(self, o + 8, o + size, 1);
            else if (type == "ipco") {
                for (qint64 p = o + 8; p + 8 <= o + size && b.has(p, 8);) {
                    const qint64 psize = b.be32(p);
                    if (psize < 8)
                        break;
                    properties << (b.tag(p + 4) == "ispe" ? QSize(int(b.be32(p + 12)), int(b.be32(p + 16))) : QSize());
                    p += psize;
                }
            } else if (type == "ipma") {
                ipmaStart = o;
                ipmaEnd = o + size;
            }
            o += size;
        }
    };
    walk(walk, metaStart, metaEnd, 0);
    if (ipmaStart < 0 || primary == 0)
        return std::nullopt;
    const quint32 version = b.u8(ipmaStart + 8);
    const quint32 flags = b.be32(ipmaStart + 8) & 0xFFFFFF;
    const quint32 entries = b.be32(ipmaStart + 12);
    qint64 p = ipmaStart + 16;
    for (quint32 e = 0; e < entries && p < ipmaEnd; ++e) {
        const quint32 item = version < 1 ? b.be16(p) : b.be32(p);
        p += version < 1 ? 2 : 4;
        const quint32 count = b.u8(p++);
        for (quint32 a = 0; a < count; ++a) {
            const quint32 index = (flags & 1) ? (b.be16(p) & 0x7FFF) : (b.u8(p) & 0x7F);
            p += (flags & 1) ? 2 : 1;
            if (item == primary && index >= 1 && index <= quint32(properties.size()) && properties[index - 1].isValid())
                return valid(properties[index - 1].width(), properties[index - 1].height());
        }
    }
    return std::nullopt;
}

// Fujifilm RAF: the raw directory's RawImageCroppedSize (tag 0x111, height then width).
std::optional<QSize> rafSize(const std::filesystem::path &file)
{
    const QByteArray head = readRange(file, 0, 160);
    const Bytes h{head};
    const quint32 dirOffset = h.be32(92), dirLength = h.be32(96);
    if (dirOffset == 0 || dirLength < 4)
        return std::nullopt;
    const QByteArray dir = readRange(file, dirOffset, std::min<qint64>(dirLength, 1 << 16));
    const Bytes d{dir};
    const quint32 count = d.be32(0);
    std::optional<QSize> full;
    for (qint64 o = 4, i = 0; i < count && d.has(o, 4); ++i) {
        const quint32 tag = d.be16(o), size = d.be16(o + 2);
        if (tag == 0x111 && size >= 4)
            return valid(d.be16(o + 6), d.be16(o + 4));
        if (tag == 0x100 && size >= 4)
            full = valid(d.be16(o + 6), d.be16(o + 4));
        o += 4 + size;
    }
    return full;
}

// Phase One IIQ: the maker directory after the TIFF header (ImageWidth 0x10c, ImageHeight 0x10d).
std::optional<QSize> iiqSize(const std::filesystem::path &file)
{
    const QByteArray head = readRange(file, 0, 20);
    const Bytes h{head};
    if (h.tag(8) != "IIII") // little-endian block after the TIFF header, as LibRaw reads it
        return std::nullopt;
    const quint32 dirOffset = h.le32(16) + 8;
    const QByteArray dir = readRange(file, dirOffset, 1 << 16);
    const Bytes d{dir};
    const quint32 count = d.le32(0);
    qint64 w = 0, hgt = 0;
    for (quint32 i = 0; i < count && i < 4096 && d.has(8 + i * 16, 16); ++i) {
        const qint64 o = 8 + qint64(i) * 16;
        const quint32 tag = d.le32(o);
        if (tag == 0x10c)
            w = d.le32(o + 12);
        else if (tag == 0x10d)
            hgt = d.le32(o + 12);
    }
    return valid(w, hgt);
}

// Sigma X3F header: columns and rows at 28 and 32.
std::optional<QSize> x3fSize(const QByteArray &head)
{
    const Bytes b{head};
    return valid(b.le32(28), b.le32(32));
}

} // namespace

std::optional<QSize> headerImageSize(const std::filesystem::path &file, const QString &format)
{
    // Only the formats below read anything: JPEG, PNG, TIFF, ... cost no I/O here.
    if (format == QLatin1String("bmp"))
        return bmpSize(readRange(file, 0, 64));
    if (format == QLatin1String("jxl"))
        return jxlSize(file, readRange(file, 0, 64));
    if (format == QLatin1String("heif") || format == QLatin1String("avif"))
        return heifPrimarySize(file);
    if (format == QLatin1String("raf"))
        return rafSize(file);
    if (format == QLatin1String("iiq"))
        return iiqSize(file);
    if (format == QLatin1String("x3f"))
        return x3fSize(readRange(file, 0, 64));
    return std::nullopt;
}

} // namespace tintype::detail
