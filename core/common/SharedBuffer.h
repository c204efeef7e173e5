#pragma once

#include <QByteArray>

#include <memory>

namespace tintype {

// Memory a process and its tintype-worker share, for pixel buffers too big to
// copy through the worker's pipe (a full-size 24 MP development is 190 MB).
// On Linux a POSIX shared memory object: the process creates it, the worker
// opens it by name and removes the name at once, so nothing is left behind in
// /dev/shm when either side dies; it grows to the largest picture sent and can
// be shrunk again. Elsewhere isAvailable() is false and pixels go through the
// pipe (macOS sizes a shared memory object once only; Windows would need a
// named section per picture).
class SharedBuffer {
public:
    ~SharedBuffer();
    SharedBuffer(const SharedBuffer &) = delete;
    SharedBuffer &operator=(const SharedBuffer &) = delete;

    static constexpr bool isAvailable()
    {
#ifdef Q_OS_LINUX
        return true;
#else
        return false;
#endif
    }
    // The process's side: a new, empty buffer; null when none can be made.
    static std::unique_ptr<SharedBuffer> create();
    // The worker's side: opens `name` and removes the name.
    static std::unique_ptr<SharedBuffer> open(const QByteArray &name);

    QByteArray name() const { return m_name; }
    // Grows the buffer to at least `size` bytes and copies `data` to its start.
    bool write(const char *data, qsizetype size);
    // The first `size` bytes the other side wrote; null when it has fewer.
    const char *read(qsizetype size);
    // Gives memory beyond `keep` bytes back (after a big picture).
    void shrink(qsizetype keep);

private:
    SharedBuffer(int fd, QByteArray name) : m_fd(fd), m_name(std::move(name)) {}
    bool map(qsizetype size);
    void unmap();

    int m_fd = -1;
    QByteArray m_name;
    void *m_data = nullptr;
    qsizetype m_mapped = 0;
};

} // namespace tintype
