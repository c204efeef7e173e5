// PNG, WebP, TIFF, GIF, BMP (and CMYK JPEG) through Qt's image readers. The
// declared size is checked against the pixel limit before anything is
// decoded; JPEG and other handlers that can scale while decoding are asked to.
#include "imaging/DecoderBackends.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>

namespace tintype {

Result<StagedImage> decodeWithQt(const QByteArray &file, const DecodeRequest &request)
{
    QBuffer buffer;
    buffer.setData(file);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(false); // orientation comes from exiv2, the same for every format
    reader.setDecideFormatFromContent(true);
    StagedImage staged;
    staged.sourceSize = reader.size();
    if (staged.sourceSize.isValid()) {
        if (const QString limit = pixelLimitMessage(staged.sourceSize, request.maxPixels); !limit.isEmpty())
            return Result<StagedImage>::failure(limit);
        const int longEdge = std::max(staged.sourceSize.width(), staged.sourceSize.height());
        if (reader.supportsOption(QImageIOHandler::ScaledSize) && longEdge > 2 * request.targetLongEdge) {
            // Scaled decoding (JPEG: DCT scaling) to about twice the target, then a good downscale.
            const double factor = 2.0 * request.targetLongEdge / longEdge;
            reader.setScaledSize(QSize(std::max(1, int(staged.sourceSize.width() * factor)),
                                       std::max(1, int(staged.sourceSize.height() * factor))));
        }
    }
    QImage image = reader.read();
    if (image.isNull() && file.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n"))) {
        // Qt gives nothing for a truncated or damaged PNG: libpng, row by row, gives what is there.
        auto partial = decodePngPartially(file, request);
        if (partial) {
            const EmbeddedInfo info = readEmbeddedInfo(file, 0, partial->sourceSize);
            partial->orientation = info.orientation;
            if (!partial->image.colorSpace().isValid() && !info.iccProfile.isEmpty())
                partial->colorSpace = QColorSpace::fromIccProfile(info.iccProfile);
        }
        return partial;
    }
    if (image.isNull())
        return Result<StagedImage>::failure(
            QCoreApplication::translate("ImageDecoder", "cannot decode image (%1)").arg(reader.errorString()));
    if (!staged.sourceSize.isValid())
        staged.sourceSize = image.size();
    const EmbeddedInfo info = readEmbeddedInfo(file, 0, staged.sourceSize);
    staged.orientation = info.orientation;
    if (!image.colorSpace().isValid() && !info.iccProfile.isEmpty())
        staged.colorSpace = QColorSpace::fromIccProfile(info.iccProfile);
    staged.image = std::move(image);
    return staged;
}

} // namespace tintype
