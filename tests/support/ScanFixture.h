#pragma once

#include "catalog/Catalog.h"
#include "catalog/CatalogRecords.h"
#include "library/Scanner.h"

#include <QTemporaryDir>

#include <filesystem>
#include <memory>
#include <vector>

namespace tintype::test {

// A photo folder and a catalog in two separate temporary folders, with
// helpers to scan and to look at what the catalog holds.
class ScanFixture {
public:
    ScanFixture();
    bool isValid() const;

    std::filesystem::path photos() const { return m_photosPath; }
    Catalog &catalog() { return *m_catalog; }
    std::int64_t addRoot(const std::filesystem::path &folder);
    std::int64_t addRoot() { return addRoot(photos()); }

    ScanReport scan(const Scanner::Options &options = {});
    std::vector<FileRecord> files(); // every file row, by id
    std::int64_t assetCount();
    std::optional<AssetRecord> assetOf(const QByteArray &relPath);
    std::optional<FileRecord> file(const QByteArray &relPath);
    std::vector<RootRecord> roots();

private:
    QTemporaryDir m_photosDir;
    QTemporaryDir m_catalogDir;
    std::filesystem::path m_photosPath;
    std::unique_ptr<Catalog> m_catalog;
};

// "IMG_0001.JPG" etc.: EXIF DateTimeOriginal set so capture times differ.
bool writeDatedJpeg(const std::filesystem::path &file, int seed, const QString &exifDate = QString());

} // namespace tintype::test
