#include "support/TakeoutArchiveWriter.h"

#include "common/NativePath.h"
#include "takeout/ArchiveUtf8Locale.h"

#include <QFile>
#include <QRandomGenerator>

#include <archive.h>
#include <archive_entry.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <system_error>

#ifndef _WIN32
#include <fcntl.h>
#include <sys/stat.h>
#endif

namespace tintype::test {

namespace fs = std::filesystem;

QByteArray randomBytes(int seed, qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(quint32(seed) + 1);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    for (qsizetype i = size / 4 * 4; i < size; ++i)
        bytes[i] = char(generator.generate());
    return bytes;
}

TakeoutArchiveEntry TakeoutArchiveEntry::file(const QString &name, const QByteArray &data, int part)
{
    TakeoutArchiveEntry e;
    e.name = name;
    e.data = data;
    e.part = part;
    return e;
}

TakeoutArchiveEntry TakeoutArchiveEntry::rawFile(const QByteArray &rawName, const QByteArray &data)
{
    TakeoutArchiveEntry e;
    e.rawName = rawName;
    e.name = QString::fromLatin1(rawName);
    e.data = data;
    return e;
}

TakeoutArchiveEntry TakeoutArchiveEntry::link(Type type, const QString &name, const QString &target)
{
    TakeoutArchiveEntry e;
    e.type = type;
    e.name = name;
    e.linkTarget = target;
    return e;
}

TakeoutArchiveEntry TakeoutArchiveEntry::folder(const QString &name)
{
    TakeoutArchiveEntry e;
    e.type = Type::Directory;
    e.name = name;
    return e;
}

namespace {

struct WriterDeleter {
    void operator()(archive *a) const { archive_write_free(a); }
};
struct EntryDeleter {
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};

bool isZip(TakeoutArchiveFormat format)
{
    return format == TakeoutArchiveFormat::Zip || format == TakeoutArchiveFormat::StoredZip;
}

// Zip names that are not UTF-8 are written under an ASCII stand-in of the same length
// (so libarchive sets no UTF-8 flag), then the stand-in's bytes are replaced in the file.
QByteArray standIn(int index, qsizetype length)
{
    QByteArray s = "~" + QByteArray::number(index) + "~";
    return s.size() > length ? QByteArray() : s.leftJustified(length, '_');
}

Status failure(archive *a, const QString &what)
{
    return Status::failure(what + QStringLiteral(": ") + QString::fromUtf8(archive_error_string(a)));
}

Status writeArchive(const QString &file, TakeoutArchiveFormat format, const QList<TakeoutArchiveEntry> &entries,
                    QList<QPair<QByteArray, QByteArray>> &patches)
{
    const ArchiveUtf8Locale utf8;
    std::unique_ptr<archive, WriterDeleter> a(archive_write_new());
    if (isZip(format)) {
        archive_write_set_format_zip(a.get());
        archive_write_set_options(a.get(), format == TakeoutArchiveFormat::StoredZip ? "zip:compression=store"
                                                                                     : "zip:compression=deflate");
    } else {
        archive_write_set_format_pax_restricted(a.get());
        if (format == TakeoutArchiveFormat::TarGz)
            archive_write_add_filter_gzip(a.get());
    }
    archive_write_set_bytes_in_last_block(a.get(), 1);
    const QByteArray path = QFile::encodeName(file);
    if (archive_write_open_filename(a.get(), path.constData()) != ARCHIVE_OK)
        return failure(a.get(), file);

    for (int i = 0; i < entries.size(); ++i) {
        const TakeoutArchiveEntry &spec = entries.at(i);
        QByteArray name = spec.storedName();
        if (isZip(format) && !spec.rawName.isEmpty()) {
            const QByteArray stand = standIn(i, name.size());
            if (stand.isEmpty())
                return Status::failure(QStringLiteral("raw zip names need at least 4 bytes"));
            patches.append({stand, name});
            name = stand;
        }
        std::unique_ptr<archive_entry, EntryDeleter> e(archive_entry_new());
        archive_entry_set_pathname(e.get(), name.constData());
        archive_entry_set_mtime(e.get(), time_t(spec.mtime), 0);
        archive_entry_set_perm(e.get(), 0644);
        switch (spec.type) {
        case TakeoutArchiveEntry::Type::File:
            archive_entry_set_filetype(e.get(), AE_IFREG);
            archive_entry_set_size(e.get(), spec.data.size());
            break;
        case TakeoutArchiveEntry::Type::Directory:
            archive_entry_set_filetype(e.get(), AE_IFDIR);
            archive_entry_set_perm(e.get(), 0755);
            break;
        case TakeoutArchiveEntry::Type::Symlink:
            archive_entry_set_filetype(e.get(), AE_IFLNK);
            archive_entry_set_symlink(e.get(), spec.linkTarget.toUtf8().constData());
            break;
        case TakeoutArchiveEntry::Type::Hardlink:
            archive_entry_set_filetype(e.get(), AE_IFREG);
            archive_entry_set_hardlink(e.get(), spec.linkTarget.toUtf8().constData());
            archive_entry_set_size(e.get(), 0);
            break;
        case TakeoutArchiveEntry::Type::Fifo: archive_entry_set_filetype(e.get(), AE_IFIFO); break;
        }
        if (archive_write_header(a.get(), e.get()) < ARCHIVE_WARN)
            return failure(a.get(), spec.name);
        if (spec.type == TakeoutArchiveEntry::Type::File && !spec.data.isEmpty() &&
            archive_write_data(a.get(), spec.data.constData(), size_t(spec.data.size())) < 0)
            return failure(a.get(), spec.name);
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return failure(a.get(), file);
    return {};
}

} // namespace

Status TakeoutArchiveWriter::write(const QString &file, TakeoutArchiveFormat format,
                                   const QList<TakeoutArchiveEntry> &entries)
{
    QList<QPair<QByteArray, QByteArray>> patches;
    if (const Status written = writeArchive(file, format, entries, patches); !written)
        return written;
    if (patches.isEmpty())
        return {};
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite))
        return Status::failure(f.errorString());
    QByteArray bytes = f.readAll();
    for (const auto &[stand, raw] : patches) {
        int count = 0;
        for (qsizetype at = bytes.indexOf(stand); at >= 0; at = bytes.indexOf(stand, at + stand.size())) {
            bytes.replace(at, stand.size(), raw);
            ++count;
        }
        if (count != 2) // the local header and the central directory
            return Status::failure(QStringLiteral("raw name stand-in found %1 times").arg(count));
    }
    f.seek(0);
    if (f.write(bytes) != bytes.size())
        return Status::failure(f.errorString());
    return {};
}

QString TakeoutArchiveWriter::partFileName(int number, TakeoutArchiveFormat format, const QString &stamp)
{
    const QString extension = isZip(format)                           ? QStringLiteral("zip")
                              : format == TakeoutArchiveFormat::TarGz ? QStringLiteral("tgz")
                                                                      : QStringLiteral("tar");
    return QStringLiteral("takeout-%1-%2.%3").arg(stamp).arg(number, 3, 10, QLatin1Char('0')).arg(extension);
}

Result<QStringList> TakeoutArchiveWriter::writeParts(const QString &folder, TakeoutArchiveFormat format,
                                                     const QList<TakeoutArchiveEntry> &entries, int partCount,
                                                     const QString &stamp)
{
    using R = Result<QStringList>;
    if (partCount < 1)
        return R::failure(QStringLiteral("at least one part"));
    qint64 unplacedBytes = 0;
    for (const TakeoutArchiveEntry &e : entries)
        unplacedBytes += e.part < 0 ? e.data.size() : 0;
    const qint64 perPart = unplacedBytes / partCount + 1;

    QList<QList<TakeoutArchiveEntry>> parts(partCount);
    int current = 0;
    qint64 currentBytes = 0;
    for (const TakeoutArchiveEntry &e : entries) {
        if (e.part >= partCount)
            return R::failure(QStringLiteral("entry %1 asks for part %2 of %3").arg(e.name).arg(e.part).arg(partCount));
        if (e.part >= 0) {
            parts[e.part].append(e);
            continue;
        }
        if (currentBytes >= perPart && current + 1 < partCount) {
            ++current;
            currentBytes = 0;
        }
        parts[current].append(e);
        currentBytes += e.data.size();
    }
    QStringList files;
    for (int i = 0; i < partCount; ++i) {
        const QString file = folder + QLatin1Char('/') + partFileName(i + 1, format, stamp);
        if (const Status written = write(file, format, parts.at(i)); !written)
            return R::failure(written.error());
        files.append(file);
    }
    return files;
}

Status TakeoutArchiveWriter::writeFolder(const QString &folder, const QList<TakeoutArchiveEntry> &entries)
{
    const fs::path root = nativepath::fromUser(folder);
    std::error_code ec;
    for (const TakeoutArchiveEntry &spec : entries) {
        const fs::path target = root / nativepath::fromBytes(spec.storedName());
        fs::create_directories(target.parent_path(), ec);
        switch (spec.type) {
        case TakeoutArchiveEntry::Type::File: {
            std::ofstream out(target, std::ios::binary | std::ios::trunc);
            out.write(spec.data.constData(), std::streamsize(spec.data.size()));
            out.close();
            if (!out)
                return Status::failure(QStringLiteral("cannot write %1").arg(nativepath::display(target)));
#ifndef _WIN32
            const struct timespec times[2] = {{time_t(spec.mtime), 0}, {time_t(spec.mtime), 0}};
            ::utimensat(AT_FDCWD, target.c_str(), times, 0);
#endif
            break;
        }
        case TakeoutArchiveEntry::Type::Directory: fs::create_directories(target, ec); break;
        case TakeoutArchiveEntry::Type::Symlink:
            fs::create_symlink(nativepath::fromUser(spec.linkTarget), target, ec);
            break;
        case TakeoutArchiveEntry::Type::Hardlink:
            fs::create_hard_link(root / nativepath::fromUser(spec.linkTarget), target, ec);
            break;
        case TakeoutArchiveEntry::Type::Fifo:
#ifndef _WIN32
            if (::mkfifo(target.c_str(), 0644) != 0)
                return Status::failure(QStringLiteral("mkfifo failed"));
#endif
            break;
        }
        if (ec)
            return Status::failure(QString::fromStdString(ec.message()));
    }
    return {};
}

} // namespace tintype::test
