#include "takeout/ArchiveGzipStream.h"

#include "takeout/ArchiveInputFile.h"

#include <QCoreApplication>

#include <archive.h>
#include <archive_entry.h>

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace tintype {

namespace {

la_ssize_t readCallback(archive *reader, void *client, const void **block)
{
    return la_ssize_t(static_cast<ArchiveGzipStream *>(client)->readBlock(reader, block));
}

// zlib's CRC-32 (the gzip trailer's), fed in pieces zlib's uInt can count.
std::uint32_t crc32Update(std::uint32_t crc, const void *data, size_t size)
{
    const auto *bytes = static_cast<const Bytef *>(data);
    while (size > 0) {
        const auto piece = uInt(std::min<size_t>(size, std::numeric_limits<uInt>::max()));
        crc = std::uint32_t(crc32(crc, bytes, piece));
        bytes += piece;
        size -= piece;
    }
    return crc;
}

std::uint32_t littleEndian32(const QByteArray &bytes, int at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData() + at);
    return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 24;
}

} // namespace

ArchiveGzipStream::~ArchiveGzipStream()
{
    if (m_compressed != nullptr)
        archive_read_free(m_compressed);
}

QString ArchiveGzipStream::open()
{
    m_compressed = archive_read_new();
    archive_read_support_format_raw(m_compressed);
    archive_read_support_filter_gzip(m_compressed);
    m_file.attach(m_compressed, false);
    archive_entry *entry = nullptr;
    if (archive_read_open1(m_compressed) != ARCHIVE_OK ||
        archive_read_next_header(m_compressed, &entry) != ARCHIVE_OK) {
        const char *message = archive_error_string(m_compressed);
        m_failed = true;
        return message != nullptr ? QString::fromUtf8(message)
                                  : QCoreApplication::translate("TakeoutSource", "not gzip data");
    }
    return {};
}

void ArchiveGzipStream::attach(archive *reader)
{
    archive_read_set_callback_data(reader, this);
    archive_read_set_read_callback(reader, &readCallback);
}

qint64 ArchiveGzipStream::readBlock(archive *reader, const void **block)
{
    if (m_ended)
        return 0;
    size_t size = 0;
    la_int64_t offset = 0;
    const int r = archive_read_data_block(m_compressed, block, &size, &offset);
    if (r == ARCHIVE_EOF) {
        m_ended = true;
        return 0;
    }
    if (r < ARCHIVE_OK) {
        m_failed = true;
        const char *message = archive_error_string(m_compressed);
        archive_set_error(reader, archive_errno(m_compressed), "%s",
                          message != nullptr ? message : "damaged gzip data");
        return ARCHIVE_FATAL;
    }
    m_crc = crc32Update(m_crc, *block, size);
    m_size += size;
    return qint64(size);
}

QString ArchiveGzipStream::verify()
{
    if (m_failed)
        return {};
    const void *block = nullptr;
    while (!m_ended) {
        size_t size = 0;
        la_int64_t offset = 0;
        const int r = archive_read_data_block(m_compressed, &block, &size, &offset);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_OK) {
            const char *message = archive_error_string(m_compressed);
            return message != nullptr ? QString::fromUtf8(message)
                                      : QCoreApplication::translate("TakeoutSource", "damaged gzip data");
        }
        m_crc = crc32Update(m_crc, block, size);
        m_size += size;
    }
    m_ended = true;
    const QByteArray trailer = m_file.tail(8);
    if (trailer.size() != 8)
        return QCoreApplication::translate("TakeoutSource", "the gzip trailer cannot be read");
    if (littleEndian32(trailer, 4) != std::uint32_t(m_size) || littleEndian32(trailer, 0) != m_crc)
        return QCoreApplication::translate("TakeoutSource", "the data does not match the gzip checksum");
    return {};
}

} // namespace tintype
