#include "common/SharedBuffer.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_LINUX
#include <QRandomGenerator>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace tintype {

#ifdef Q_OS_LINUX
SharedBuffer::~SharedBuffer()
{
    unmap();
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_name.isEmpty())
        ::shm_unlink(m_name.constData()); // the worker never opened it (ENOENT otherwise)
}

std::unique_ptr<SharedBuffer> SharedBuffer::create()
{
    for (int attempt = 0; attempt < 4; ++attempt) {
        const QByteArray name = "/tintype-" + QByteArray::number(::getpid()) + '-' +
                                QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        const int fd = ::shm_open(name.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0)
            return std::unique_ptr<SharedBuffer>(new SharedBuffer(fd, name));
        if (errno != EEXIST)
            return nullptr;
    }
    return nullptr;
}

std::unique_ptr<SharedBuffer> SharedBuffer::open(const QByteArray &name)
{
    const int fd = ::shm_open(name.constData(), O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0)
        return nullptr;
    ::shm_unlink(name.constData());
    return std::unique_ptr<SharedBuffer>(new SharedBuffer(fd, {}));
}

void SharedBuffer::unmap()
{
    if (m_data)
        ::munmap(m_data, std::size_t(m_mapped));
    m_data = nullptr;
    m_mapped = 0;
}

bool SharedBuffer::map(qsizetype size)
{
    if (m_data && m_mapped == size)
        return true;
    unmap();
    if (size <= 0)
        return false;
    void *data = ::mmap(nullptr, std::size_t(size), PROT_READ | PROT_WRITE, MAP_SHARED, m_fd, 0);
    if (data == MAP_FAILED)
        return false;
    m_data = data;
    m_mapped = size;
    return true;
}

bool SharedBuffer::write(const char *data, qsizetype size)
{
    struct stat info {};
    if (::fstat(m_fd, &info) != 0)
        return false;
    if (info.st_size < size && ::ftruncate(m_fd, size) != 0)
        return false;
    if (!map(std::max<qsizetype>(size, qsizetype(info.st_size))))
        return false;
    std::memcpy(m_data, data, std::size_t(size));
    return true;
}

const char *SharedBuffer::read(qsizetype size)
{
    struct stat info {};
    if (size <= 0 || ::fstat(m_fd, &info) != 0 || info.st_size < size || !map(qsizetype(info.st_size)))
        return nullptr;
    return static_cast<const char *>(m_data);
}

void SharedBuffer::shrink(qsizetype keep)
{
    struct stat info {};
    if (::fstat(m_fd, &info) == 0 && info.st_size > keep) {
        unmap();
        if (::ftruncate(m_fd, keep) != 0)
            return;
    }
}
#else
SharedBuffer::~SharedBuffer() = default;
std::unique_ptr<SharedBuffer> SharedBuffer::create() { return nullptr; }
std::unique_ptr<SharedBuffer> SharedBuffer::open(const QByteArray &) { return nullptr; }
bool SharedBuffer::write(const char *, qsizetype) { return false; }
const char *SharedBuffer::read(qsizetype) { return nullptr; }
void SharedBuffer::shrink(qsizetype) {}
bool SharedBuffer::map(qsizetype) { return false; }
void SharedBuffer::unmap() {}
#endif

} // namespace tintype
