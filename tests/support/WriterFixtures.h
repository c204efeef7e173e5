#pragma once

// Shared by the MetadataWriter tests: one patch that exercises every field, and
// exiv2's own view of a file for what MetadataReader does not expose.

#include "metadata/MediaMetadata.h"
#include "metadata/MetadataPatch.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <filesystem>

namespace tintype::test {

// Non-ASCII, quotes, markup characters and a line break.
QString patchDescription();
// Every field: time with offset -03:00 and milliseconds, a south-west position
// below sea level, title, description, rating, keywords (one repeated), people.
MetadataPatch fullPatch();
// What differs between `m` and fullPatch(); empty when `m` has all of it.
QString fullPatchMismatch(const MediaMetadata &m);

// A still image in a Qt image format ("JPEG", "PNG", "TIFF", "WEBP").
bool writeImage(const std::filesystem::path &file, const char *format);

// Values exiv2 reads for `key` (Exif, IPTC or XMP; one per bag item).
QStringList exiv2Values(const std::filesystem::path &file, const char *key);
// Byte size of an Exif value; -1 when absent.
qsizetype exifValueSize(const std::filesystem::path &file, const char *key);
// Values of `key` in an XMP sidecar file.
QStringList sidecarValues(const std::filesystem::path &sidecar, const char *key);

// MetadataWriter's temporary files left in `folder` (there should be none).
QStringList leftoverTemporaries(const std::filesystem::path &folder);

// A minimal MP4 (ftyp + moov/mvhd, 1 s, no tracks).
QByteArray tinyMp4();

// The scratch folder and fixture helpers both MetadataWriter test classes derive from.
class WriterTestBase : public QObject {
protected:
    using Values = QList<QPair<QString, QString>>;
    QTemporaryDir m_dir;
    // A path in the scratch folder (exact bytes of the name).
    std::filesystem::path path(const QString &name) const;
    // A still image of `format` with exiv2 `values` set; aborts the test run when it cannot be written.
    std::filesystem::path image(const QString &name, const char *format = "JPEG", const Values &values = {}) const;
    // MetadataReader's view of the file alone (no sidecar, no file time); empty on failure (with a warning).
    static MediaMetadata readBack(const std::filesystem::path &file);
};

} // namespace tintype::test

// QVERIFY that `metadata` holds all of fullPatch().
#define VERIFY_FULL_PATCH(metadata)                                                                                    \
    do {                                                                                                               \
        const QString mismatch = tintype::test::fullPatchMismatch(metadata);                                           \
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));                                                            \
    } while (false)
