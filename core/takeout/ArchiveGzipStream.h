#pragma once

#include <QString>

#include <cstdint>

struct archive;

namespace tintype {

class ArchiveInputFile;

// A gzip-compressed part (.tgz, .tar.gz) decompressed by libarchive and handed to the tar
// reader, with the CRC-32 and length of the whole stream checked against the gzip trailer,
// which libarchive itself does not check: a damaged download is reported, not imported
// silently.
class ArchiveGzipStream {
public:
    explicit ArchiveGzipStream(ArchiveInputFile &file) : m_file(file) {}
    ~ArchiveGzipStream();
    ArchiveGzipStream(const ArchiveGzipStream &) = delete;
    ArchiveGzipStream &operator=(const ArchiveGzipStream &) = delete;

    // An error message, empty on success.
    QString open();
    // Makes the (tar) archive `reader` read the decompressed bytes.
    void attach(archive *reader);
    // After the reader is done: decompresses what is left and compares the checksum and
    // length with the trailer at the end of the file. An error message, empty when they
    // match. (A file of several gzip members, which Takeout does not write, fails too.)
    QString verify();

    // libarchive's read callback for the reader.
    qint64 readBlock(archive *reader, const void **block);

private:
    ArchiveInputFile &m_file;
    archive *m_compressed = nullptr;
    std::uint32_t m_crc = 0; // zlib CRC-32 so far
    std::uint64_t m_size = 0;
    bool m_ended = false;
    bool m_failed = false;
};

} // namespace tintype
