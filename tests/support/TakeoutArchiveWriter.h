#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tintype::test {

// One entry of a generated Takeout archive.
struct TakeoutArchiveEntry {
    enum class Type { File, Directory, Symlink, Hardlink, Fifo };

    QString name;    // as stored (UTF-8), e.g. "Takeout/Google Photos/Photos from 2023/IMG_1.JPG"
    QByteArray data; // File only
    Type type = Type::File;
    QByteArray rawName; // when set, the exact name bytes instead of `name` (e.g. CP437 or Latin-1);
                        // zip: stored without the UTF-8 flag, as old zip tools did
    QString linkTarget; // Symlink, Hardlink
    qint64 mtime = 1700000000;
    int part = -1; // TakeoutArchiveWriter::writeParts: the part (0-based) it goes to; -1 by size

    static TakeoutArchiveEntry file(const QString &name, const QByteArray &data, int part = -1);
    static TakeoutArchiveEntry rawFile(const QByteArray &rawName, const QByteArray &data);
    static TakeoutArchiveEntry link(Type type, const QString &name, const QString &target);
    static TakeoutArchiveEntry folder(const QString &name);
    QByteArray storedName() const { return rawName.isEmpty() ? name.toUtf8() : rawName; }
};

// `size` bytes that do not compress, different for each seed (stand-ins for media).
QByteArray randomBytes(int seed, qsizetype size);

enum class TakeoutArchiveFormat { Zip, StoredZip, TarGz, Tar };

// Writes zip / tar.gz / tar archives with libarchive's write API, so tests and benchmarks
// can build Takeouts (hostile ones included) without any tool outside the project.
class TakeoutArchiveWriter {
public:
    static inline const QString defaultStamp = QStringLiteral("20241125T101010Z");

    static Status write(const QString &file, TakeoutArchiveFormat format, const QList<TakeoutArchiveEntry> &entries);

    // "takeout-20241125T101010Z-003.zip" for number 3 (1-based), ".tgz" for TarGz, ".tar" for Tar.
    static QString partFileName(int number, TakeoutArchiveFormat format, const QString &stamp = defaultStamp);

    // Splits `entries` into `partCount` archives named like Google's in `folder`: an entry
    // with `part` set goes there, the others fill the parts in order, by size. Returns the
    // part files in part order.
    static Result<QStringList> writeParts(const QString &folder, TakeoutArchiveFormat format,
                                          const QList<TakeoutArchiveEntry> &entries, int partCount,
                                          const QString &stamp = defaultStamp);

    // The same entries unpacked into `folder` (files, folders, symbolic links; raw names as
    // raw bytes): what an archive input should be equivalent to.
    static Status writeFolder(const QString &folder, const QList<TakeoutArchiveEntry> &entries);
};

} // namespace tintype::test
