#include "imaging/ImageDecoder.h"

#include "imaging/DecoderBackends.h"
#include "imaging/ExifOrientation.h"
#include "imaging/RawDevelopment.h"
#include "imaging/WorkerImageDecoder.h"
#include "metadata/MediaFormat.h"

#include <QCoreApplication>

#include <fstream>

namespace tintype {

namespace {
constexpr std::int64_t kMaxInMemoryBytes = std::int64_t(1) << 30; // stills are read whole

QByteArray head(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    QByteArray bytes(256, Qt::Uninitialized);
    in.read(bytes.data(), bytes.size());
    bytes.resize(qsizetype(in.gcount()));
    return bytes;
}

Result<StagedImage> stage(const DecodeRequest &request, const QString &format)
{
    const MediaKind kind = MediaFormat::kindForFormat(format);
    if (kind == MediaKind::Video)
        return decodeVideo(request);
    if (kind == MediaKind::Raw) {
        auto raw = decodeRaw(request);
        if (raw || raw.error().contains(QLatin1String("refused")))
            return raw;
        // LibRaw cannot read it (a newer camera, a damaged file): the previews exiv2 finds.
        auto file = readWholeFile(request.path, kMaxInMemoryBytes);
        const EmbeddedInfo info =
            file ? readEmbeddedInfo(file.value(), request.targetLongEdge, {}, true) : EmbeddedInfo{};
        if (info.preview.isEmpty())
            return raw;
        auto preview = decodeJpeg(info.preview, request, false);
        if (!preview)
            return raw;
        preview->orientation = info.orientation;
        preview->source = QStringLiteral("embedded preview (exiv2)");
        return preview;
    }
    auto file = readWholeFile(request.path, kMaxInMemoryBytes);
    if (!file)
        return Result<StagedImage>::failure(file.error());
    if (format == QLatin1String("jpeg"))
        return decodeJpeg(file.value(), request, true);
    if (format == QLatin1String("heif") || format == QLatin1String("avif"))
        return decodeHeif(file.value(), request);
    return decodeWithQt(file.value(), request);
}

// Long edge at most the target (good-quality area downscale), sRGB, upright.
QImage finish(StagedImage &staged, int targetLongEdge)
{
    QImage image = std::move(staged.image);
    const QColorSpace declared = image.colorSpace().isValid() ? image.colorSpace() : staged.colorSpace;
    const bool alpha = image.hasAlphaChannel();
    image.convertTo(alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    if (std::max(image.width(), image.height()) > targetLongEdge)
        image = image.scaled(targetLongEdge, targetLongEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (declared.isValid() && declared != QColorSpace(QColorSpace::SRgb)) {
        image.setColorSpace(declared);
        image.convertToColorSpace(QColorSpace::SRgb);
    }
    image.setColorSpace(QColorSpace::SRgb);
    return ExifOrientation::apply(image, staged.orientation);
}
Result<DecodedImage> developed(const DecodeRequest &request, const QString &format)
{
    auto image = RawDevelopment::develop(request.path, request.maxPixels);
    if (!image)
        return Result<DecodedImage>::failure(image.error());
    DecodedImage decoded;
    decoded.image = std::move(image).value();
    decoded.sourceSize = decoded.image.size();
    decoded.format = format;
    decoded.source = QStringLiteral("development");
    return decoded;
}
} // namespace

void ImageDecoder::decodeInWorkers(const QString &workerPath, int timeoutMs)
{
    WorkerImageDecoder::setWorker(workerPath, timeoutMs);
}

Result<DecodedImage> ImageDecoder::decode(const DecodeRequest &request)
{
    if (WorkerImageDecoder *worker = WorkerImageDecoder::forThisThread()) {
        auto decoded = worker->decode(request);
        if (decoded || !worker->startFailed())
            return decoded;
    }
    return decodeHere(request);
}

Result<QImage> ImageDecoder::exifThumbnail(const std::filesystem::path &file)
{
    if (WorkerImageDecoder *worker = WorkerImageDecoder::forThisThread()) {
        auto thumb = worker->exifThumbnail(file);
        if (thumb || !worker->startFailed())
            return thumb;
    }
    return exifThumbnailHere(file);
}

Result<DecodedImage> ImageDecoder::decodeHere(const DecodeRequest &request)
{
    try {
        const QByteArray first = head(request.path);
        if (first.isEmpty()) {
            std::error_code ec;
            return Result<DecodedImage>::failure(std::filesystem::exists(request.path, ec)
                                                     ? QCoreApplication::translate("ImageDecoder", "empty file")
                                                     : QCoreApplication::translate("ImageDecoder", "file not found"));
        }
        const QString extension = QString::fromStdString(request.path.extension().string()).mid(1);
        const QString format = MediaFormat::sniff(first, extension);
        if (format.isEmpty())
            return Result<DecodedImage>::failure(
                QCoreApplication::translate("ImageDecoder", "not a recognised image or video"));
        if (request.fullRaw && MediaFormat::kindForFormat(format) == MediaKind::Raw)
            return developed(request, format);
        auto staged = stage(request, format);
        if (!staged)
            return Result<DecodedImage>::failure(staged.error());
        if (staged->image.isNull())
            return Result<DecodedImage>::failure(QCoreApplication::translate("ImageDecoder", "no image data"));
        DecodedImage decoded;
        decoded.sourceSize = staged->sourceSize;
        decoded.format = format;
        decoded.source = staged->source;
        decoded.warnings = staged->warnings;
        decoded.image = finish(staged.value(), std::max(1, request.targetLongEdge));
        return decoded;
    } catch (const std::bad_alloc &) {
        return Result<DecodedImage>::failure(QCoreApplication::translate("ImageDecoder", "out of memory"));
    } catch (const std::exception &e) {
        return Result<DecodedImage>::failure(QString::fromLocal8Bit(e.what()));
    } catch (...) {
        return Result<DecodedImage>::failure(
            QCoreApplication::translate("ImageDecoder", "the file could not be decoded"));
    }
}

Result<QImage> ImageDecoder::exifThumbnailHere(const std::filesystem::path &file)
{
    auto thumb = readExifThumbnail(file);
    if (!thumb)
        return Result<QImage>::failure(thumb.error());
    QImage image = QImage::fromData(thumb->first);
    if (image.isNull() || std::int64_t(image.width()) * image.height() > 4'000'000)
        return Result<QImage>::failure(QCoreApplication::translate("ImageDecoder", "no readable Exif thumbnail"));
    return ExifOrientation::apply(image.convertToFormat(QImage::Format_RGB32), thumb->second);
}

} // namespace tintype
