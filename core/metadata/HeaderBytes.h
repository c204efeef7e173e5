#pragma once

// Private to core/metadata: bounds-checked reading of a file's first bytes, for
// the few header fields read without a library (HeaderImageSize, ContainerHeader).

#include <QByteArray>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#ifndef _WIN32
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace tintype::detail {

constexpr qint64 kMaxHeaderBytes = 8 << 20;

// Up to `length` bytes (at most kMaxHeaderBytes) from `offset`; fewer at the end.
// Plain open/pread, not std::ifstream or stdio: their set-up (locale, buffers)
// costs more than the read itself, and this runs for every file a scan reads.
inline QByteArray readRange(const std::filesystem::path &file, qint64 offset, qint64 length)
{
    if (offset < 0 || length <= 0)
        return {};
    QByteArray bytes(qsizetype(std::min(length, kMaxHeaderBytes)), '\0');
#ifdef _WIN32
    std::FILE *f = _wfopen(file.c_str(), L"rb");
    if (!f || _fseeki64(f, offset, SEEK_SET) != 0) {
        if (f)
            std::fclose(f);
        return {};
    }
    bytes.resize(qsizetype(std::fread(bytes.data(), 1, size_t(bytes.size()), f)));
    std::fclose(f);
#else
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    qsizetype got = 0;
    while (got < bytes.size()) {
        const ssize_t n = ::pread(fd, bytes.data() + got, size_t(bytes.size() - got), off_t(offset + got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += qsizetype(n);
    }
    ::close(fd);
    bytes.resize(got);
#endif
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
