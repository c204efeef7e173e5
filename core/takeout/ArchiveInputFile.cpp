#include "takeout/ArchiveInputFile.h"

#include "takeout/TakeoutSourceProgress.h"

#include <archive.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifndef _WIN32
#include <fcntl.h>
#include <unistd.h>
#else
#include <io.h>
#endif

namespace tintype {

namespace {

constexpr size_t firstBlockBytes = size_t(64) << 10;
constexpr size_t maxBlockBytes = size_t(1) << 20;

la_ssize_t readCallback(archive *a, void *client, const void **block)
{
    return la_ssize_t(static_cast<ArchiveInputFile *>(client)->readBlock(a, block));
}

la_int64_t seekCallback(archive *, void *client, la_int64_t offset, int whence)
{
    return static_cast<ArchiveInputFile *>(client)->seekTo(offset, whence);
}

la_int64_t skipCallback(archive *, void *client, la_int64_t request)
{
    return static_cast<ArchiveInputFile *>(client)->skipBy(request);
}

} // namespace

ArchiveInputFile::~ArchiveInputFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QString ArchiveInputFile::open(const std::filesystem::path &file)
{
#ifndef _WIN32
    m_fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
#else
    m_fd = ::_wopen(file.c_str(), _O_RDONLY | _O_BINARY);
#endif
    if (m_fd < 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    unsigned char magic[2] = {0, 0};
    m_gzip = ::read(m_fd, magic, 2) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    ::lseek(m_fd, 0, SEEK_SET);
#if !defined(_WIN32) && !defined(__APPLE__)
    ::posix_fadvise(m_fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
    m_buffer.resize(maxBlockBytes);
    m_blockBytes = firstBlockBytes;
    return {};
}

void ArchiveInputFile::attach(archive *a, bool seekable)
{
    archive_read_set_callback_data(a, this);
    archive_read_set_read_callback(a, &readCallback);
    if (seekable) {
        archive_read_set_seek_callback(a, &seekCallback);
        archive_read_set_skip_callback(a, &skipCallback);
    }
}

QByteArray ArchiveInputFile::tail(int count) const
{
    const auto end = ::lseek(m_fd, 0, SEEK_END);
    if (end < count || ::lseek(m_fd, end - count, SEEK_SET) < 0)
        return {};
    QByteArray bytes(count, Qt::Uninitialized);
    const auto n = ::read(m_fd, bytes.data(), size_t(count));
    ::lseek(m_fd, m_offset, SEEK_SET);
    return n == count ? bytes : QByteArray();
}

qint64 ArchiveInputFile::readBlock(archive *a, const void **block)
{
    if (m_progress != nullptr && m_progress->cancelled()) {
        archive_set_error(a, ECANCELED, "cancelled");
        return ARCHIVE_FATAL;
    }
    qint64 n = 0;
    do {
        n = ::read(m_fd, m_buffer.data(), m_blockBytes);
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
        archive_set_error(a, errno, "%s", std::strerror(errno));
        return ARCHIVE_FATAL;
    }
    m_blockBytes = std::min(m_blockBytes * 2, maxBlockBytes);
    m_offset += n;
    if (m_progressStarted && m_progress != nullptr)
        m_progress->reachedOffset(m_offset);
    *block = m_buffer.data();
    return n;
}

qint64 ArchiveInputFile::seekTo(qint64 offset, int whence)
{
    const auto position = ::lseek(m_fd, offset, whence);
    if (position < 0)
        return ARCHIVE_FATAL;
    m_offset = position;
    m_blockBytes = firstBlockBytes;
    return position;
}

qint64 ArchiveInputFile::skipBy(qint64 request)
{
    if (request <= 0)
        return 0;
    const auto position = ::lseek(m_fd, request, SEEK_CUR);
    if (position < 0)
        return 0; // libarchive then reads instead
    m_offset = position;
    m_blockBytes = firstBlockBytes;
    return request;
}

} // namespace tintype
