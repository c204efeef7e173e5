#include "faces/FaceCropCache.h"

#include "common/LibraryCacheDirectory.h"
#include "common/NativePath.h"

#include <QDir>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>

#include <algorithm>

namespace tintype {

namespace {
// Qt's PNG "quality" is zlib's compression level inverted (0 = smallest): 50
// deflates a 128 px crop faster than the default level, a little larger.
constexpr int kPngQuality = 50;

QImage throughCircle(const QImage &image, const QRectF &source, int side)
{
    QImage crop(side, side, QImage::Format_ARGB32_Premultiplied);
    crop.fill(Qt::transparent);
    if (image.isNull() || source.isEmpty())
        return crop;
    QPainter painter(&crop);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, side, side));
    painter.setClipPath(circle);
    painter.drawImage(QRectF(0, 0, side, side), image, source);
    painter.end();
    return crop;
}
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
    // A source rectangle reaching outside the image is clipped by QPainter and the
    // rest stretched over the target: square, off-centre crops. Keep it inside.
    double side = std::max(box.width(), box.height()) * 1.3;
    side = std::min({side, double(image.width()), double(image.height())});
    const double x = std::clamp(box.center().x() - side / 2, 0.0, image.width() - side);
    const double y = std::clamp(box.center().y() - side / 2, 0.0, image.height() - side);
    return throughCircle(image, QRectF(x, y, side, side), kSize);
}

QImage FaceCropCache::circular(const QImage &image, int side)
{
    const double square = std::min(image.width(), image.height());
    return throughCircle(image, QRectF((image.width() - square) / 2, (image.height() - square) / 2, square, square),
                         side);
}

Status FaceCropCache::store(std::int64_t faceId, const QImage &image, const QRectF &box) const
{
    return storeRound(faceId, roundCrop(image, box));
}

Status FaceCropCache::storeRound(std::int64_t faceId, const QImage &roundCrop) const
{
    const std::filesystem::path path = pathFor(faceId);
    if (!QDir().mkpath(nativepath::display(path.parent_path())))
        return Status::failure(
            tr("Cannot create the face cache folder %1").arg(nativepath::display(path.parent_path())));
    QSaveFile file(nativepath::display(path));
    if (!file.open(QIODevice::WriteOnly) || !roundCrop.save(&file, "PNG", kPngQuality) || !file.commit())
        return Status::failure(tr("Cannot write the face crop %1").arg(nativepath::display(path)));
    return {};
}

} // namespace tintype
