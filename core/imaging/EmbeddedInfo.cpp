// exiv2's view of a still image in memory: orientation, ICC profile, and the
// embedded JPEG previews cameras write (Exif thumbnail, maker-note and other
// previews exiv2's PreviewManager knows). Also the small shared helpers.
#include "imaging/DecoderBackends.h"
#include "metadata/Exiv2Guard.h"

#include <QCoreApplication>
#include <QLocale>

#include <exiv2/exiv2.hpp>

#include <cmath>
#include <fstream>

namespace tintype {

namespace {
QByteArray iccBytes(Exiv2::Image &image)
{
    if (!image.iccProfileDefined())
        return {};
#if EXIV2_TEST_VERSION(0, 28, 0)
    const Exiv2::DataBuf &buf = image.iccProfile();
    return QByteArray(reinterpret_cast<const char *>(buf.c_data()), qsizetype(buf.size()));
#else
    const Exiv2::DataBuf *buf = image.iccProfile();
    return QByteArray(reinterpret_cast<const char *>(buf->pData_), qsizetype(buf->size_));
#endif
}

} // namespace

bool sameAspect(QSize a, QSize b)
{
    if (a.isEmpty() || b.isEmpty())
        return true; // unknown: trust the preview
    const double ra = double(a.width()) / a.height(), rb = double(b.width()) / b.height();
    return std::abs(ra - rb) / ra < 0.02;
}

EmbeddedInfo readEmbeddedInfo(const QByteArray &file, int targetLongEdge, QSize imageSize, bool orLargest)
{
    EmbeddedInfo info;
    try {
        auto image =
            Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(file.constData()), long(file.size()));
        if (image.get() == nullptr || detail::isExiv2VideoParser(image->imageType()))
            return info;
        image->readMetadata();
        const Exiv2::ExifData &exif = image->exifData();
        const auto it = exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
        if (it != exif.end() && it->count() > 0) {
            const int value = QString::fromStdString(it->toString()).toInt();
            info.orientation = value >= 1 && value <= 8 ? value : 1;
        }
        info.iccProfile = iccBytes(*image);
        if (targetLongEdge <= 0)
            return info;
        Exiv2::PreviewManager previews(*image);
        const Exiv2::PreviewPropertiesList list = previews.getPreviewProperties();
        const Exiv2::PreviewProperties *best = nullptr, *largest = nullptr;
        for (const Exiv2::PreviewProperties &p : list) {
            if (p.mimeType_ == "image/jpeg" && (!largest || p.width_ * p.height_ > largest->width_ * largest->height_))
                largest = &p;
            const int longEdge = int(std::max(p.width_, p.height_));
            if (p.mimeType_ != "image/jpeg" || longEdge < targetLongEdge ||
                !sameAspect(QSize(int(p.width_), int(p.height_)), imageSize))
                continue;
            if (!best || longEdge < int(std::max(best->width_, best->height_)))
                best = &p;
        }
        if (!best && orLargest)
            best = largest;
        if (best) {
            const Exiv2::PreviewImage preview = previews.getPreviewImage(*best);
            info.preview = QByteArray(reinterpret_cast<const char *>(preview.pData()), qsizetype(preview.size()));
        }
    } catch (...) {
        // Broken metadata: the pixels may still decode; upright and sRGB are assumed.
    }
    return info;
}

Result<std::pair<QByteArray, int>> readExifThumbnail(const std::filesystem::path &file)
{
    using R = Result<std::pair<QByteArray, int>>;
    try {
        auto image = Exiv2::ImageFactory::open(file.string());
        if (image.get() == nullptr)
            return R::failure(QCoreApplication::translate("ImageDecoder", "cannot open file"));
        if (detail::isExiv2VideoParser(image->imageType()))
            return R::failure(QCoreApplication::translate("ImageDecoder", "no Exif thumbnail in a video"));
        image->readMetadata();
        const Exiv2::ExifThumbC thumb(image->exifData());
        const Exiv2::DataBuf data = thumb.copy();
#if EXIV2_TEST_VERSION(0, 28, 0)
        QByteArray bytes(reinterpret_cast<const char *>(data.c_data()), qsizetype(data.size()));
#else
        QByteArray bytes(reinterpret_cast<const char *>(data.pData_), qsizetype(data.size_));
#endif
        if (bytes.isEmpty())
            return R::failure(QCoreApplication::translate("ImageDecoder", "no Exif thumbnail"));
        int orientation = 1;
        const auto it = image->exifData().findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
        if (it != image->exifData().end() && it->count() > 0)
            orientation = QString::fromStdString(it->toString()).toInt();
        return std::pair{bytes, orientation >= 1 && orientation <= 8 ? orientation : 1};
    } catch (...) {
        return R::failure(QCoreApplication::translate("ImageDecoder", "no readable Exif thumbnail"));
    }
}

QString pixelLimitMessage(QSize size, std::int64_t maxPixels)
{
    const std::int64_t pixels = std::int64_t(size.width()) * size.height();
    if (size.width() > 0 && size.height() > 0 && pixels <= maxPixels)
        return {};
    if (size.width() <= 0 || size.height() <= 0)
        return QCoreApplication::translate("ImageDecoder", "the image declares an invalid size (%1×%2)")
            .arg(size.width())
            .arg(size.height());
    return QCoreApplication::translate("ImageDecoder",
                                       "refused: the image declares %1×%2 pixels (%3 MP), more than the %4 MP limit")
        .arg(size.width())
        .arg(size.height())
        .arg(pixels / 1'000'000)
        .arg(maxPixels / 1'000'000);
}

Result<QByteArray> readWholeFile(const std::filesystem::path &path, std::int64_t maxBytes)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return Result<QByteArray>::failure(QCoreApplication::translate("ImageDecoder", "cannot open file (%1)")
                                               .arg(QString::fromLocal8Bit(ec.message())));
    if (size == 0)
        return Result<QByteArray>::failure(QCoreApplication::translate("ImageDecoder", "empty file"));
    if (std::int64_t(size) > maxBytes)
        return Result<QByteArray>::failure(
            QCoreApplication::translate("ImageDecoder", "file too large to decode in memory (%1)")
                .arg(QLocale().formattedDataSize(qint64(size))));
    std::ifstream in(path, std::ios::binary);
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    if (!in || !in.read(bytes.data(), std::streamsize(size)))
        return Result<QByteArray>::failure(QCoreApplication::translate("ImageDecoder", "cannot read file"));
    return bytes;
}

} // namespace tintype
