#include "UiFixture.h"

#include "catalog/AssetRepository.h"
#include "catalog/FileRepository.h"
#include "catalog/RootRepository.h"
#include "common/NativePath.h"

#include <QTimeZone>

namespace tintype::test {

UiCatalog::UiCatalog()
{
    auto opened = Catalog::open(path());
    if (opened)
        m_catalog = std::move(opened.value());
}

std::int64_t UiCatalog::addRoot(const QString &path, bool online)
{
    std::int64_t id = 0;
    m_catalog->write([&] {
        RootRecord r;
        r.path = nativepath::fromUser(path);
        r.volumeId = QStringLiteral("test");
        r.volumePath = r.path;
        r.online = online;
        r.addedAt = 1;
        id = RootRepository(*m_catalog).insert(r);
    });
    return id;
}

std::int64_t UiCatalog::addPhoto(std::int64_t rootId, const QByteArray &relPath, const QDateTime &local,
                                 std::optional<int> offsetMinutes, int width, int height, std::int64_t *fileId)
{
    MediaMetadata m;
    m.kind = MediaKind::Photo;
    m.format = QStringLiteral("jpeg");
    m.width = width;
    m.height = height;
    if (local.isValid()) {
        // Stored as the instant (UTC) plus the offset; floating: wall clock as if UTC.
        const QDateTime wall(local.date(), local.time(), QTimeZone::utc());
        m.captureTime.utc = offsetMinutes ? wall.addSecs(-60LL * *offsetMinutes) : wall;
        m.captureTime.offsetMinutes = offsetMinutes;
        m.captureTime.source = CaptureTimeSource::ExifOriginal;
    }
    std::int64_t assetId = 0;
    m_catalog->write([&] {
        assetId = AssetRepository(*m_catalog).insert(m, 1);
        FileRecord f;
        f.rootId = rootId;
        f.relPath = relPath;
        f.assetId = assetId;
        f.size = 1000;
        f.mtimeNs = 1;
        f.fingerprint = QByteArray(16, char('a' + (m_next++ % 26)));
        const std::int64_t id = FileRepository(*m_catalog).insert(f);
        if (fileId)
            *fileId = id;
    });
    return assetId;
}

} // namespace tintype::test
