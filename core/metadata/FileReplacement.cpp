#include "metadata/FileReplacement.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>
#include <system_error>

#ifndef _WIN32
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace tintype::detail {

namespace fs = std::filesystem;

namespace {

QString reason(const std::error_code &ec) { return QString::fromLocal8Bit(ec.message().c_str()); }

// Short and hidden, whatever the target's name: a long name plus a suffix could
// pass the file system's name limit, and scanners skip hidden files.
fs::path temporaryNameBeside(const fs::path &target)
{
    const quint64 n = QRandomGenerator::global()->generate64();
    return target.parent_path() /
           (".tintype-" + QByteArray::number(n, 16).rightJustified(16, '0').toStdString() + ".tmp");
}

std::FILE *openExclusive(const fs::path &file)
{
#ifdef _WIN32
    return _wfopen(file.c_str(), L"wbx");
#else
    return std::fopen(file.c_str(), "wbx");
#endif
}

// The data and the name reach the disk before the rename is trusted.
bool flushToDisk(const fs::path &file, bool directory)
{
#ifdef _WIN32
    (void)file;
    (void)directory;
    return true; // MoveFileEx replaces atomically; NTFS journals the metadata
#else
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | (directory ? O_DIRECTORY : 0));
    if (fd < 0)
        return directory; // some file systems do not let a folder be opened; the data is what matters
    int rc = 0;
    do {
        rc = ::fsync(fd);
    } while (rc != 0 && errno == EINTR);
    ::close(fd);
    return rc == 0 || directory;
#endif
}

// The new version keeps the original's owner and group where the system lets us
// (root, or a group we are in: shared family folders); permissions are copied apart.
void keepOwner(const fs::path &original, const fs::path &replacement)
{
#ifdef _WIN32
    (void)original;
    (void)replacement;
#else
    struct stat st {};
    if (::stat(original.c_str(), &st) == 0)
        (void)!::chown(replacement.c_str(), st.st_uid, st.st_gid);
#endif
}

bool isWritable(const fs::path &file)
{
#ifdef _WIN32
    std::error_code ec;
    const auto perms = fs::status(file, ec).permissions();
    return !ec && (perms & fs::perms::owner_write) != fs::perms::none;
#else
    return ::faccessat(AT_FDCWD, file.c_str(), W_OK, AT_EACCESS) == 0; // as the effective user
#endif
}

} // namespace

FileReplacement::FileReplacement(fs::path target, fs::path temporary)
    : m_target(std::move(target)),
      m_temporary(std::move(temporary))
{}

FileReplacement::FileReplacement(FileReplacement &&other) noexcept
    : m_target(std::move(other.m_target)),
      m_temporary(std::move(other.m_temporary)),
      m_targetTime(other.m_targetTime),
      m_targetSize(other.m_targetSize),
      m_targetExisted(other.m_targetExisted),
      m_done(other.m_done)
{
    other.m_done = true; // the moved-from object owns no file any more
}

FileReplacement::~FileReplacement()
{
    if (!m_done && !m_temporary.empty()) {
        std::error_code ec;
        fs::remove(m_temporary, ec);
    }
}

Result<FileReplacement> FileReplacement::begin(const fs::path &requested, Start start)
{
    std::error_code ec;
    fs::path target = requested;
    if (fs::is_symlink(target, ec)) {
        target = fs::canonical(target, ec);
        if (ec)
            return Result<FileReplacement>::failure(
                QCoreApplication::translate("MetadataWriter", "the link points to no file: %1").arg(reason(ec)));
    }
    const auto status = fs::status(target, ec);
    const bool exists = !ec && fs::exists(status);
    if (start == Start::CopyOfTarget && !exists)
        return Result<FileReplacement>::failure(QCoreApplication::translate("MetadataWriter", "file not found"));
    if (exists && !fs::is_regular_file(status))
        return Result<FileReplacement>::failure(QCoreApplication::translate("MetadataWriter", "not a regular file"));
    if (exists && !isWritable(target))
        return Result<FileReplacement>::failure(QCoreApplication::translate("MetadataWriter", "the file is read-only"));

    FileReplacement replacement(target, {});
    replacement.m_targetExisted = exists;
    if (exists) {
        replacement.m_targetSize = fs::file_size(target, ec);
        replacement.m_targetTime = fs::last_write_time(target, ec);
        if (ec)
            return Result<FileReplacement>::failure(
                QCoreApplication::translate("MetadataWriter", "cannot read the file: %1").arg(reason(ec)));
    }

    std::error_code lastError;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const fs::path temporary = temporaryNameBeside(target);
        lastError.clear();
        if (start == Start::CopyOfTarget) {
            if (!fs::copy_file(target, temporary, fs::copy_options::none, lastError)) {
                std::error_code ignored;
                if (lastError != std::errc::file_exists)
                    fs::remove(temporary, ignored); // a partial copy (disk full)
                if (lastError == std::errc::file_exists)
                    continue;
                break;
            }
        } else {
            std::FILE *f = openExclusive(temporary);
            if (!f) {
                lastError = std::error_code(errno, std::generic_category());
                if (lastError == std::errc::file_exists)
                    continue;
                break;
            }
            std::fclose(f);
            if (exists)
                fs::permissions(temporary, fs::status(target, ec).permissions(), ec);
        }
        if (exists)
            keepOwner(target, temporary);
        replacement.m_temporary = temporary;
        return replacement;
    }
    return Result<FileReplacement>::failure(
        QCoreApplication::translate("MetadataWriter", "cannot create a temporary file in the folder: %1")
            .arg(reason(lastError)));
}

Status FileReplacement::writeAll(const QByteArray &bytes)
{
    std::FILE *f = nullptr;
#ifdef _WIN32
    f = _wfopen(m_temporary.c_str(), L"wb");
#else
    f = std::fopen(m_temporary.c_str(), "wb");
#endif
    if (!f)
        return Status::failure(QCoreApplication::translate("MetadataWriter", "cannot write the temporary file: %1")
                                   .arg(reason(std::error_code(errno, std::generic_category()))));
    const size_t written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), f);
    const bool closed = std::fclose(f) == 0;
    if (written != size_t(bytes.size()) || !closed)
        return Status::failure(
            QCoreApplication::translate("MetadataWriter", "cannot write the temporary file (disk full?)"));
    return {};
}

Status FileReplacement::commit()
{
    if (m_done)
        return Status::failure(QCoreApplication::translate("MetadataWriter", "nothing to write"));
    std::error_code ec;
    const bool existsNow = fs::exists(m_target, ec);
    if (existsNow != m_targetExisted || (existsNow && (fs::file_size(m_target, ec) != m_targetSize ||
                                                       fs::last_write_time(m_target, ec) != m_targetTime)))
        return Status::failure(QCoreApplication::translate(
            "MetadataWriter", "the file changed while its metadata was being written; nothing was written"));
    if (!flushToDisk(m_temporary, false))
        return Status::failure(QCoreApplication::translate("MetadataWriter", "cannot flush the new version to disk"));
    fs::rename(m_temporary, m_target, ec);
    if (ec)
        return Status::failure(
            QCoreApplication::translate("MetadataWriter", "cannot replace the file: %1").arg(reason(ec)));
    m_done = true;
    flushToDisk(m_target.parent_path(), true);
    return {};
}

} // namespace tintype::detail
