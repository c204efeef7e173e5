#include "thumbs/Thumbnailer.h"

#include "edit/EditRenderer.h"
#include "edit/EditSource.h"
#include "edit/EditStack.h"
#include "edit/EditedShape.h"
#include "imaging/ImageDecoder.h"

#include <QCoreApplication>
#include <QPainter>

#include <turbojpeg.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace tintype {

namespace {
struct TjCloser {
    void operator()(void *handle) const { tjDestroy(handle); }
};
constexpr int kPixelFormat = Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? TJPF_BGRX : TJPF_XRGB; // = QImage::Format_RGB32
constexpr int kLargestEditSource = 8192; // long edge read for a tight crop at most
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

Result<QImage> Thumbnailer::renderEdited(const std::filesystem::path &file, const ThumbnailEdit &edit, int longEdge)
{
    auto stack = EditStack::fromJson(edit.stack);
    if (!stack)
        return Result<QImage>::failure(
            QCoreApplication::translate("Thumbnailer", "the photo's edit cannot be read: %1").arg(stack.error()));
    auto picture = EditSource::load(file, edit.quarterTurns, longEdge);
    if (!picture)
        return Result<QImage>::failure(picture.error());
    // A crop keeps part of the picture: read more of the file so the part still fills longEdge.
    const QSize shown = editedshape::shownSize(picture->size(), stack.value());
    const int shownEdge = std::max(shown.width(), shown.height());
    const int readEdge = std::max(picture->width(), picture->height());
    if (shownEdge > 0 && shownEdge < longEdge && readEdge >= longEdge) {
        const int wanted = int(std::ceil(double(longEdge) * readEdge / shownEdge));
        if (auto larger = EditSource::load(file, edit.quarterTurns, std::min(wanted, kLargestEditSource)))
            picture = std::move(larger);
    }
    return EditRenderer::render(picture.value(), stack.value(), longEdge);
}

Result<QByteArray> Thumbnailer::make(const std::filesystem::path &file, ThumbnailSize size, const ThumbnailEdit &edit,
                                     QString *damage)
{
    if (!edit.isEmpty()) {
        auto rendered = renderEdited(file, edit, thumbnailsize::longEdge(size));
        if (!rendered)
            return Result<QByteArray>::failure(rendered.error());
        return encodeJpeg(rendered.value(), thumbnailsize::jpegQuality(size));
    }
    DecodeRequest request;
    request.path = file;
    request.targetLongEdge = thumbnailsize::longEdge(size);
    auto decoded = ImageDecoder::decode(request);
    if (!decoded)
        return Result<QByteArray>::failure(decoded.error());
    if (damage)
        *damage = decoded->warnings.join(QStringLiteral("; "));
    return encodeJpeg(decoded->image, thumbnailsize::jpegQuality(size));
}

} // namespace tintype
