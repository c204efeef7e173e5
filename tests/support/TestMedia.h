#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QPair>
#include <QSize>
#include <QString>

#include "common/Result.h"
#include "metadata/MediaMetadata.h"

#include <filesystem>

namespace tintype::test {

// Fixture files made by the tests themselves, so the suite needs nothing but the
// project. Paths are std::filesystem::path so odd (non-UTF-8) names work.

// A JPEG of `size` whose pixels depend on `seed` (different seeds, different bytes).
bool writeJpeg(const std::filesystem::path &file, QSize size = QSize(64, 48), int seed = 0);
// A PNG, same idea.
bool writePng(const std::filesystem::path &file, QSize size = QSize(64, 48), int seed = 0);
// `image` encoded as `format` ("JPEG", "PNG") at `quality` (-1: default); makes the folders.
bool writeImage(const std::filesystem::path &file, const QImage &image, const char *format, int quality = -1);
// Bytes as given.
bool writeBytes(const std::filesystem::path &file, const QByteArray &bytes);
QByteArray readBytes(const std::filesystem::path &file);

// Sets metadata with exiv2: keys are exiv2 keys ("Exif.Photo.DateTimeOriginal",
// "Xmp.dc.subject", "Iptc.Application2.Keywords"); values in exiv2's string form
// ("2019:06:12 15:30:12", "48/1 51/1 2970/100"). Repeated XMP bag / IPTC keys add items.
bool setMetadata(const std::filesystem::path &file, const QList<QPair<QString, QString>> &values);

// Writes an XMP sidecar packet with the given XMP keys/values.
bool writeXmpSidecar(const std::filesystem::path &file, const QList<QPair<QString, QString>> &values);

// Every file below `root` with its size and a hash of its bytes, and every folder,
// one line each, sorted: two snapshots are equal iff nothing was written.
QStringList snapshotTree(const std::filesystem::path &root);

// MetadataReader::read with nothing but the file itself: no sidecar lookup,
// no file-time fallback, so a test sees exactly what the bytes say.
Result<MediaMetadata> readAlone(const std::filesystem::path &file);

} // namespace tintype::test
