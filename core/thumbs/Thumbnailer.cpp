#include "thumbs/Thumbnailer.h"

#include "imaging/ImageDecoder.h"

#include <QCoreApplication>
#include <QPainter>

#include <turbojpeg.h>

#include <memory>

namespace tintype {

namespace {
struct TjCloser {
    void operator()(void *handle) const { tjDestroy(handle); }
};
constexpr int kPixelFormat = Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? TJPF_BGRX : TJPF_XRGB; // = QImage::Format_RGB32
} // namespace

Result<QByteArray> Thumbnailer::encodeJpeg(const QImage &source, int quality)
{
    QImage image = source;
    if (image.hasAlphaChannel()) {
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        image = std::move(flat);
    } else {
        image.convertTo(QImage::Format_RGB32);
    }
    std::unique_ptr<void, TjCloser> handle(tjInitCompress());
    unsigned char *out = nullptr;
    unsigned long length = 0;
    if (!handle || tjCompress2(handle.get(), image.constBits(), image.width(), int(image.bytesPerLine()),
                               image.height(), kPixelFormat, &out, &length, TJSAMP_420, quality, 0) != 0) {
        tjFree(out);
        return Result<QByteArray>::failure(QCoreApplication::translate("Thumbnailer", "JPEG encoding failed"));
    }
    QByteArray bytes(reinterpret_cast<const char *>(out), qsizetype(length));
    tjFree(out);
    return bytes;
}

Result<QByteArray> Thumbnailer::make(const std::filesystem::path &file, ThumbnailSize size)
{
    DecodeRequest request;
    request.path = file;
    request.targetLongEdge = thumbnailsize::longEdge(size);
    auto decoded = ImageDecoder::decode(request);
    if (!decoded)
        return Result<QByteArray>::failure(decoded.error());
    return encodeJpeg(decoded->image, thumbnailsize::jpegQuality(size));
}

} // namespace tintype
