#include "faces/FaceCropCache.h"

#include "common/LibraryCacheDirectory.h"
#include "common/NativePath.h"

#include <QDir>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>

namespace tintype {

namespace {
// Qt's PNG "quality" is zlib's compression level inverted (0 = smallest): 50
// deflates a 128 px crop faster than the default level, a little larger.
constexpr int kPngQuality = 50;
} // namespace

std::filesystem::path FaceCropCache::defaultDirectory(const QString &catalogPath)
{
    return libraryCacheDirectory(catalogPath, "faces");
}

std::filesystem::path FaceCropCache::pathFor(std::int64_t faceId) const
{
    return m_directory / std::to_string(faceId % 256) / (std::to_string(faceId) + ".png");
}

QImage FaceCropCache::roundCrop(const QImage &image, const QRectF &box)
{
    const double side = std::max(box.width(), box.height()) * 1.3;
    const QRectF square(box.center().x() - side / 2, box.center().y() - side / 2, side, side);
    QImage crop(kSize, kSize, QImage::Format_ARGB32_Premultiplied);
    crop.fill(Qt::transparent);
    QPainter painter(&crop);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, kSize, kSize));
    painter.setClipPath(circle);
    painter.drawImage(QRectF(0, 0, kSize, kSize), image, square);
    painter.end();
    return crop;
}

Status FaceCropCache::store(std::int64_t faceId, const QImage &image, const QRectF &box) const
{
    const std::filesystem::path path = pathFor(faceId);
    if (!QDir().mkpath(nativepath::display(path.parent_path())))
        return Status::failure(
            tr("Cannot create the face cache folder %1").arg(nativepath::display(path.parent_path())));
    QSaveFile file(nativepath::display(path));
    if (!file.open(QIODevice::WriteOnly) || !roundCrop(image, box).save(&file, "PNG", kPngQuality) || !file.commit())
        return Status::failure(tr("Cannot write the face crop %1").arg(nativepath::display(path)));
    return {};
}

} // namespace tintype
