#pragma once

// Private to core/metadata: bounds-checked reading of a file's first bytes, for
// the few header fields read without a library (HeaderImageSize, ContainerHeader).

#include <QByteArray>

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace tintype::detail {

constexpr qint64 kMaxHeaderBytes = 8 << 20;

// Up to `length` bytes (at most kMaxHeaderBytes) from `offset`; fewer at the end.
inline QByteArray readRange(const std::filesystem::path &file, qint64 offset, qint64 length)
{
    std::ifstream in(file, std::ios::binary);
    if (!in || offset < 0 || length <= 0)
        return {};
    in.seekg(offset);
    QByteArray bytes(qsizetype(std::min(length, kMaxHeaderBytes)), '\0');
    in.read(bytes.data(), bytes.size());
    bytes.resize(qsizetype(in.gcount()));
    return bytes;
}

// Out-of-range reads give 0.
struct Bytes {
    const QByteArray &b;
    bool has(qint64 o, qint64 n) const { return o >= 0 && n >= 0 && o + n <= b.size(); }
    quint32 u8(qint64 o) const { return has(o, 1) ? uchar(b[qsizetype(o)]) : 0; }
    quint32 be16(qint64 o) const { return (u8(o) << 8) | u8(o + 1); }
    quint32 be32(qint64 o) const { return (be16(o) << 16) | be16(o + 2); }
    quint32 le16(qint64 o) const { return u8(o) | (u8(o + 1) << 8); }
    quint32 le32(qint64 o) const { return le16(o) | (le16(o + 2) << 16); }
    quint64 le64(qint64 o) const { return le32(o) | (quint64(le32(o + 4)) << 32); }
    QByteArray tag(qint64 o) const { return has(o, 4) ? b.mid(qsizetype(o), 4) : QByteArray(); }
};

} // namespace tintype::detail
