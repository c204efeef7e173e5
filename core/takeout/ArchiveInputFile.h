#pragma once

#include <QByteArray>
#include <QString>

#include <filesystem>
#include <vector>

struct archive;

namespace tintype {

class TakeoutSourceProgress;

// A part file opened read-only and handed to libarchive through its client callbacks:
// reads start small after each seek (a skipped zip entry, then a small JSON sidecar) and
// double up to 1 MiB while reading on; progress follows the file offset; a cancel request
// fails the next read.
class ArchiveInputFile {
public:
    explicit ArchiveInputFile(TakeoutSourceProgress *progress) : m_progress(progress) {}
    ~ArchiveInputFile();
    ArchiveInputFile(const ArchiveInputFile &) = delete;
    ArchiveInputFile &operator=(const ArchiveInputFile &) = delete;

    // An error message, empty on success.
    QString open(const std::filesystem::path &file);
    bool startsWithGzip() const { return m_gzip; }
    // Makes `a` read this file; `seekable` also for seeking and skipping (zip, plain tar).
    void attach(archive *a, bool seekable);

    // Progress follows the offset only once the first entry is reached: before that the
    // zip reader jumps to the central directory at the end of the file.
    void startProgress() { m_progressStarted = true; }
    qint64 offset() const { return m_offset; }
    TakeoutSourceProgress *progress() const { return m_progress; }
    // The last `count` bytes of the file (a gzip trailer); empty when they cannot be read.
    QByteArray tail(int count) const;

    // libarchive's callbacks.
    qint64 readBlock(archive *a, const void **block);
    qint64 seekTo(qint64 offset, int whence);
    qint64 skipBy(qint64 request);

private:
    int m_fd = -1;
    bool m_gzip = false;
    std::vector<char> m_buffer;
    size_t m_blockBytes = 0;
    qint64 m_offset = 0;
    TakeoutSourceProgress *m_progress = nullptr;
    bool m_progressStarted = false;
};

} // namespace tintype
