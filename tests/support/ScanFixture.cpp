#include "support/ScanFixture.h"

#include "catalog/AssetRepository.h"
#include "catalog/FileRepository.h"
#include "catalog/RootRepository.h"
#include "common/NativePath.h"
#include "library/Library.h"
#include "metadata/MetadataReader.h"
#include "support/TestMedia.h"

#include <QDir>

namespace tintype::test {

ScanFixture::ScanFixture()
{
    MetadataReader::initialize();
    m_photosPath = nativepath::fromUser(QDir(m_photosDir.path()).canonicalPath());
    auto catalog = Catalog::open(m_catalogDir.filePath(QStringLiteral("catalog.sqlite")));
    if (catalog)
        m_catalog = std::move(catalog).value();
    else
        qWarning("%s", qPrintable(catalog.error()));
}

bool ScanFixture::isValid() const { return m_photosDir.isValid() && m_catalogDir.isValid() && m_catalog; }

std::int64_t ScanFixture::addRoot(const std::filesystem::path &folder)
{
    auto root = Library(*m_catalog).addRoot(folder);
    if (!root) {
        qWarning("addRoot: %s", qPrintable(root.error()));
        return 0;
    }
    return root->id;
}

ScanReport ScanFixture::scan(const Scanner::Options &options)
{
    Scanner scanner(*m_catalog, options);
    ScanReport report = scanner.run();
    if (!report.error.isEmpty())
        qWarning("scan error: %s", qPrintable(report.error));
    return report;
}

std::vector<FileRecord> ScanFixture::files()
{
    std::vector<FileRecord> all;
    m_catalog->read([&] {
        for (const RootRecord &r : RootRepository(*m_catalog).all())
            for (FileRecord &f : FileRepository(*m_catalog).forRoot(r.id))
                all.push_back(std::move(f));
    });
    std::sort(all.begin(), all.end(), [](const FileRecord &a, const FileRecord &b) { return a.id < b.id; });
    return all;
}

std::int64_t ScanFixture::assetCount()
{
    std::int64_t n = -1;
    m_catalog->read([&] { n = AssetRepository(*m_catalog).count(); });
    return n;
}

std::optional<FileRecord> ScanFixture::file(const QByteArray &relPath)
{
    for (FileRecord &f : files())
        if (f.relPath == relPath)
            return f;
    return std::nullopt;
}

std::optional<AssetRecord> ScanFixture::assetOf(const QByteArray &relPath)
{
    const auto f = file(relPath);
    if (!f || !f->assetId)
        return std::nullopt;
    std::optional<AssetRecord> asset;
    m_catalog->read([&] { asset = AssetRepository(*m_catalog).byId(*f->assetId); });
    return asset;
}

std::vector<RootRecord> ScanFixture::roots()
{
    std::vector<RootRecord> all;
    m_catalog->read([&] { all = RootRepository(*m_catalog).all(); });
    return all;
}

bool writeDatedJpeg(const std::filesystem::path &file, int seed, const QString &exifDate)
{
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    if (!writeJpeg(file, QSize(32, 24), seed))
        return false;
    const QString date = exifDate.isEmpty()
                             ? QStringLiteral("2019:06:%1 12:00:00").arg(1 + seed % 28, 2, 10, QLatin1Char('0'))
                             : exifDate;
    return setMetadata(file, {{QStringLiteral("Exif.Photo.DateTimeOriginal"), date},
                              {QStringLiteral("Exif.Image.Make"), QStringLiteral("Tintype")},
                              {QStringLiteral("Exif.Image.Model"), QStringLiteral("Test %1").arg(seed)}});
}

} // namespace tintype::test
