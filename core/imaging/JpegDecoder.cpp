// JPEG through TurboJPEG with DCT scaling: the largest reduction (1/8, 1/4,
// 3/8, 1/2, ...) that still leaves the long edge >= the target. An embedded
// preview big enough for the target is decoded instead of the full image:
// one exiv2's PreviewManager lists, else an MPF (CIPA DC-007) second image.
#include "imaging/DecoderBackends.h"
#include "imaging/MpfIndex.h"

#include <QCoreApplication>
#include <QImageReader>

#include <turbojpeg.h>

#include <algorithm>
#include <limits>
#include <memory>
#include <span>

namespace tintype {

namespace {
struct TjCloser {
    void operator()(void *handle) const { tjDestroy(handle); }
};

constexpr int kPixelFormat = Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? TJPF_BGRX : TJPF_XRGB; // = QImage::Format_RGB32

// Whether almost all of `image` (Format_RGB32) is the colour of its last
// pixel — what libjpeg fills in where a damaged file has no data: less than
// 2 % of the picture (a few blocks at the top) is nothing to show.
bool almostAllFill(const QImage &image)
{
    const QRgb fill = image.pixel(image.width() - 1, image.height() - 1);
    std::int64_t other = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        other += std::count_if(line, line + image.width(), [fill](QRgb p) { return p != fill; });
    }
    return other * 50 < std::int64_t(image.width()) * image.height();
}

// Decodes `jpeg` reduced by DCT scaling; `size` receives the stored size,
// `warnings` what libjpeg worked around (the picture is still used).
Result<QImage> decodeScaled(const QByteArray &jpeg, const DecodeRequest &request, QSize &size, QStringList &warnings)
{
    std::unique_ptr<void, TjCloser> handle(tjInitDecompress());
    if (!handle)
        return Result<QImage>::failure(QCoreApplication::translate("ImageDecoder", "TurboJPEG could not start"));
    const auto *data = reinterpret_cast<const unsigned char *>(jpeg.constData());
    const auto length = static_cast<unsigned long>(jpeg.size());
    int width = 0, height = 0, subsampling = 0, colorspace = 0;
    // A warning (libjpeg-turbo 2.1: -1 with TJERR_WARNING, the header read) is
    // damage libjpeg works around, as every other viewer does.
    if (tjDecompressHeader3(handle.get(), data, length, &width, &height, &subsampling, &colorspace) != 0) {
        const QString message = QString::fromLatin1(tjGetErrorStr2(handle.get()));
        if (tjGetErrorCode(handle.get()) != TJERR_WARNING)
            return Result<QImage>::failure(
                QCoreApplication::translate("ImageDecoder", "not a readable JPEG (%1)").arg(message));
        warnings << message;
    }
    size = QSize(width, height);
    if (width <= 0 || height <= 0)
        return Result<QImage>::failure(
            QCoreApplication::translate("ImageDecoder", "not a readable JPEG (no frame header)"));
    if (const QString limit = pixelLimitMessage(size, request.maxPixels); !limit.isEmpty())
        return Result<QImage>::failure(limit);
    if (colorspace == TJCS_CMYK || colorspace == TJCS_YCCK)
        return Result<QImage>::failure(QStringLiteral("cmyk")); // handled by the caller through Qt

    int factorCount = 0;
    const tjscalingfactor *factors = tjGetScalingFactors(&factorCount);
    const int longEdge = std::max(width, height);
    tjscalingfactor chosen{1, 1};
    for (int i = 0; i < factorCount; ++i) {
        const tjscalingfactor f = factors[i];
        const int scaled = TJSCALED(longEdge, f);
        if (scaled >= request.targetLongEdge && scaled < TJSCALED(longEdge, chosen))
            chosen = f;
    }
    QImage image(TJSCALED(width, chosen), TJSCALED(height, chosen), QImage::Format_RGB32);
    if (image.isNull())
        return Result<QImage>::failure(
            QCoreApplication::translate("ImageDecoder", "out of memory for a %1×%2 image").arg(width).arg(height));
    // Never TJFLAG_STOPONWARNING: a truncated file gives its rows and grey
    // below ("Premature end of JPEG file": libjpeg goes on to the last row
    // with empty coefficients), extraneous bytes are skipped.
    if (tjDecompress2(handle.get(), data, length, image.bits(), image.width(), int(image.bytesPerLine()),
                      image.height(), kPixelFormat, TJFLAG_FASTDCT | TJFLAG_FASTUPSAMPLE) != 0) {
        const QString message = QString::fromLatin1(tjGetErrorStr2(handle.get()));
        if (tjGetErrorCode(handle.get()) != TJERR_WARNING)
            return Result<QImage>::failure(
                QCoreApplication::translate("ImageDecoder", "corrupt JPEG (%1)").arg(message));
        if (!warnings.contains(message))
            warnings << message;
    }
    // Damaged so early that (almost) nothing was read: libjpeg's fill is not the
    // photo. The file gets a placeholder with the reason instead.
    if (!warnings.isEmpty() && almostAllFill(image))
        return Result<QImage>::failure(QCoreApplication::translate("ImageDecoder", "no picture data could be read (%1)")
                                           .arg(warnings.join(QStringLiteral("; "))));
    return image;
}

// The declared size of the JPEG in `jpeg`, or an empty size.
QSize jpegHeaderSize(const unsigned char *data, std::uint64_t length)
{
    std::unique_ptr<void, TjCloser> handle(tjInitDecompress());
    int w = 0, h = 0, s = 0, c = 0;
    if (!handle || length > std::numeric_limits<unsigned long>::max())
        return {};
    if (tjDecompressHeader3(handle.get(), data, static_cast<unsigned long>(length), &w, &h, &s, &c) != 0 &&
        tjGetErrorCode(handle.get()) != TJERR_WARNING)
        return {};
    if (w <= 0 || h <= 0)
        return {};
    return QSize(w, h);
}

// The smallest MPF image whose own frame header says its long edge is >= the
// target and smaller than the main image's (`size`), with the main image's
// aspect; empty (a null view) when none fits.
QByteArray mpfPreview(const QByteArray &file, const DecodeRequest &request, QSize size)
{
    const int mainLongEdge = std::max(size.width(), size.height());
    if (mainLongEdge <= 0)
        return {};
    const auto *data = reinterpret_cast<const unsigned char *>(file.constData());
    const std::vector<MpfImage> images =
        readMpfIndex(std::span<const unsigned char>(data, std::size_t(file.size())), std::uint64_t(file.size()));
    const MpfImage *best = nullptr;
    int bestLongEdge = 0;
    for (const MpfImage &candidate : images) {
        const QSize candidateSize = jpegHeaderSize(data + candidate.offset, candidate.size);
        const int longEdge = std::max(candidateSize.width(), candidateSize.height());
        if (candidateSize.isEmpty() || longEdge < request.targetLongEdge || longEdge >= mainLongEdge ||
            !sameAspect(candidateSize, size))
            continue;
        if (!best || longEdge < bestLongEdge) {
            best = &candidate;
            bestLongEdge = longEdge;
        }
    }
    if (!best)
        return {};
    // A view into `file`, which outlives the decode.
    return QByteArray::fromRawData(file.constData() + best->offset, qsizetype(best->size));
}
} // namespace

Result<StagedImage> decodeJpeg(const QByteArray &file, const DecodeRequest &request, bool usePreview)
{
    QSize size;
    // The header first: the declared size decides whether a preview helps.
    size = jpegHeaderSize(reinterpret_cast<const unsigned char *>(file.constData()), std::uint64_t(file.size()));
    const EmbeddedInfo info = readEmbeddedInfo(file, usePreview ? request.targetLongEdge : 0, size);

    StagedImage staged;
    staged.orientation = info.orientation;
    if (!info.iccProfile.isEmpty())
        staged.colorSpace = QColorSpace::fromIccProfile(info.iccProfile);
    if (!info.preview.isEmpty()) {
        QSize previewSize;
        QStringList previewWarnings; // a damaged preview is not used: the main image may be whole
        auto preview = decodeScaled(info.preview, request, previewSize, previewWarnings);
        if (preview && previewWarnings.isEmpty() &&
            std::max(previewSize.width(), previewSize.height()) < std::max(size.width(), size.height())) {
            staged.image = std::move(preview).value();
            staged.sourceSize = size;
            staged.source = QStringLiteral("embedded preview");
            return staged;
        }
    }
    if (usePreview) {
        if (const QByteArray mpf = mpfPreview(file, request, size); !mpf.isEmpty()) {
            QSize previewSize;
            QStringList previewWarnings;
            if (auto preview = decodeScaled(mpf, request, previewSize, previewWarnings);
                preview && previewWarnings.isEmpty()) {
                // Oriented as the main image (staged.orientation), like the exiv2 previews.
                staged.image = std::move(preview).value();
                staged.sourceSize = size;
                staged.source = QStringLiteral("embedded preview (MPF)");
                return staged;
            }
        }
    }
    auto image = decodeScaled(file, request, staged.sourceSize, staged.warnings);
    if (!image && image.error() == QLatin1String("cmyk")) {
        // TurboJPEG decodes CMYK only to CMYK; Qt's reader converts (Adobe inverted CMYK too).
        auto viaQt = decodeWithQt(file, request);
        if (viaQt)
            viaQt->orientation = info.orientation;
        return viaQt;
    }
    if (!image)
        return Result<StagedImage>::failure(image.error());
    staged.image = std::move(image).value();
    return staged;
}

} // namespace tintype
