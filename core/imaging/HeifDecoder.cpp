// HEIF/HEIC/AVIF through libheif: the primary image, or its thumbnail item
// when that is big enough. libheif applies irot/imir itself; the Exif
// orientation is applied only to an image that has neither (Samsung), as the
// catalog does (metadata/HeifTransforms.h).
#include "imaging/DecoderBackends.h"
#include "metadata/HeifTransforms.h"

#include <QCoreApplication>
#include <QPainter>

#include <libheif/heif.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

namespace tintype {

namespace {
struct HeifDeleter {
    void operator()(heif_context *c) const { heif_context_free(c); }
    void operator()(heif_image_handle *h) const { heif_image_handle_release(h); }
    void operator()(heif_image *i) const { heif_image_release(i); }
    void operator()(heif_decoding_options *o) const { heif_decoding_options_free(o); }
    void operator()(heif_color_profile_nclx *n) const { heif_nclx_color_profile_free(n); }
};
template <typename T>
using HeifPtr = std::unique_ptr<T, HeifDeleter>;

QString heifError(const heif_error &error)
{
    return QCoreApplication::translate("ImageDecoder", "HEIF: %1")
        .arg(QString::fromUtf8(error.message ? error.message : "unknown error"));
}

QColorSpace colorSpaceOf(const heif_image_handle *handle)
{
    const size_t iccSize = heif_image_handle_get_raw_color_profile_size(handle);
    if (iccSize > 0 && iccSize < (8u << 20)) {
        QByteArray icc(qsizetype(iccSize), Qt::Uninitialized);
        if (heif_image_handle_get_raw_color_profile(handle, icc.data()).code == heif_error_Ok)
            return QColorSpace::fromIccProfile(icc);
    }
    heif_color_profile_nclx *raw = nullptr;
    if (heif_image_handle_get_nclx_color_profile(handle, &raw).code == heif_error_Ok && raw) {
        HeifPtr<heif_color_profile_nclx> nclx(raw);
        if (nclx->color_primaries == heif_color_primaries_SMPTE_EG_432_1) // Display P3 (iPhones)
            return QColorSpace(QColorSpace::DisplayP3);
    }
    return {};
}

// Where the file's last top-level box says it ends (a cut file: beyond its
// size), 0 when the boxes do not say.
std::uint64_t declaredEnd(const QByteArray &file)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(file.constData());
    const std::uint64_t size = std::uint64_t(file.size());
    std::uint64_t at = 0;
    while (at + 8 <= size) {
        auto be = [&](std::uint64_t from, int count) {
            std::uint64_t value = 0;
            for (int i = 0; i < count; ++i)
                value = value << 8 | bytes[from + std::uint64_t(i)];
            return value;
        };
        std::uint64_t boxSize = be(at, 4);
        if (boxSize == 1 && at + 16 <= size)
            boxSize = be(at + 8, 8);
        if (boxSize < 8)
            return 0; // 0 = "to the end of the file", or nonsense
        if (boxSize > size - at)
            return at + boxSize;
        at += boxSize;
    }
    return 0;
}

// libheif reads no file whose items reach past its end. A file cut short (an
// interrupted copy) is given zeros where its tail was, so the items and tiles
// that are there decode; the caller keeps the note that it was cut.
// At most 16 times what is there (a file cut at 6 %), never past 512 MB.
constexpr std::uint64_t kMaxPaddedBytes = std::uint64_t(512) << 20;
constexpr std::uint64_t kMinPadLimit = std::uint64_t(64) << 20;

// libde265 (through libheif 1.15) reports no error for image data it cannot
// decode: the picture stays black. A picture without one pixel above near
// black in a sample of it is such a picture, not a photo.
bool decodedNothing(const QImage &image)
{
    const int step = std::max(1, int(std::sqrt(double(image.width()) * image.height() / 40000.0)));
    for (int y = 0; y < image.height(); y += step) {
        const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += step)
            if (qRed(row[x]) > 24 || qGreen(row[x]) > 24 || qBlue(row[x]) > 24)
                return false;
    }
    return true;
}
// One image item decoded to RGBA (irot/imir applied by libheif unless
// `asStored`), deep-copied.
Result<QImage> decodeHandle(heif_image_handle *handle, bool asStored = false)
{
    HeifPtr<heif_decoding_options> options(heif_decoding_options_alloc());
    options->ignore_transformations = asStored ? 1 : 0;
    heif_image *decoded = nullptr;
    const heif_error error =
        heif_decode_image(handle, &decoded, heif_colorspace_RGB, heif_chroma_interleaved_RGBA, options.get());
    if (error.code != heif_error_Ok)
        return Result<QImage>::failure(heifError(error));
    HeifPtr<heif_image> image(decoded);
    int stride = 0;
    const uint8_t *pixels = heif_image_get_plane_readonly(image.get(), heif_channel_interleaved, &stride);
    const int width = heif_image_get_width(image.get(), heif_channel_interleaved);
    const int height = heif_image_get_height(image.get(), heif_channel_interleaved);
    if (!pixels || width <= 0 || height <= 0)
        return Result<QImage>::failure(QCoreApplication::translate("ImageDecoder", "HEIF: no image data"));
    // Deep copy: the QImage outlives libheif's buffer.
    QImage copy = QImage(pixels, width, height, stride, QImage::Format_RGBA8888).copy();
    if (copy.isNull())
        return Result<QImage>::failure(
            QCoreApplication::translate("ImageDecoder", "out of memory for a %1×%2 image").arg(width).arg(height));
    return copy;
}

// The primary image of a file cut short, as stored: what its bytes hold, grey
// from where it needed the missing ones. libheif is given the file padded
// twice, with zeros and with 0xFF: the coded blocks (64 px, in raster order,
// as HEVC and the tiles of a grid lie in the file) that come out the same
// both times are read from the file; from the first that differs on, the
// rest is grey, as libjpeg greys a cut JPEG's missing rows.
Result<QImage> decodeCutPrimary(const QByteArray &zeroPadded, qsizetype intactBytes)
{
    const auto primaryOf = [](const QByteArray &bytes) -> Result<QImage> {
        HeifPtr<heif_context> context(heif_context_alloc());
        heif_error error =
            heif_context_read_from_memory_without_copy(context.get(), bytes.constData(), size_t(bytes.size()), nullptr);
        heif_image_handle *raw = nullptr;
        if (error.code == heif_error_Ok)
            error = heif_context_get_primary_image_handle(context.get(), &raw);
        if (error.code != heif_error_Ok)
            return Result<QImage>::failure(heifError(error));
        HeifPtr<heif_image_handle> primary(raw);
        return decodeHandle(primary.get(), true);
    };
    auto zeros = primaryOf(zeroPadded);
    if (!zeros)
        return zeros;
    QByteArray onesPadded = zeroPadded;
    std::fill(onesPadded.begin() + intactBytes, onesPadded.end(), char(0xFF));
    const auto ones = primaryOf(onesPadded);
    QImage image = std::move(zeros).value();
    constexpr int kBlock = 64;
    const int columns = (image.width() + kBlock - 1) / kBlock, rows = (image.height() + kBlock - 1) / kBlock;
    const auto blockDiffers = [&](int bx, int by) {
        if (!ones || ones->size() != image.size())
            return true; // the other padding broke it: nothing is known to be read
        const int x = bx * kBlock, width = std::min(kBlock, image.width() - x);
        for (int y = by * kBlock; y < std::min((by + 1) * kBlock, image.height()); ++y)
            if (std::memcmp(image.constScanLine(y) + x * 4, ones->constScanLine(y) + x * 4, std::size_t(width) * 4) !=
                0)
                return true;
        return false;
    };
    for (int block = 0; block < columns * rows; ++block) {
        const int bx = block % columns, by = block / columns;
        if (!blockDiffers(bx, by))
            continue;
        if (block == 0)
            return Result<QImage>::failure(
                QCoreApplication::translate("ImageDecoder", "HEIF: the file ends before any of its image data"));
        QPainter painter(&image);
        painter.setCompositionMode(QPainter::CompositionMode_Source);
        painter.fillRect(QRect(bx * kBlock, by * kBlock, image.width(), kBlock), QColor::fromRgba(kMissingPixels));
        painter.fillRect(QRect(0, (by + 1) * kBlock, image.width(), image.height()), QColor::fromRgba(kMissingPixels));
        break;
    }
    return image;
}
} // namespace

Result<StagedImage> decodeHeif(const QByteArray &file, const DecodeRequest &request)
{
    StagedImage staged;
    QByteArray padded;
    HeifPtr<heif_context> context(heif_context_alloc());
    heif_error error =
        heif_context_read_from_memory_without_copy(context.get(), file.constData(), size_t(file.size()), nullptr);
    if (error.code == heif_error_Invalid_input && error.subcode == heif_suberror_End_of_data) {
        const std::uint64_t end = declaredEnd(file);
        const std::uint64_t limit = std::min(kMaxPaddedBytes, std::max(std::uint64_t(file.size()) * 16, kMinPadLimit));
        if (end > std::uint64_t(file.size()) && end <= limit) {
            padded = file;
            padded.append(QByteArray(qsizetype(end - std::uint64_t(file.size())), '\0'));
            context.reset(heif_context_alloc());
            error = heif_context_read_from_memory_without_copy(context.get(), padded.constData(), size_t(padded.size()),
                                                               nullptr);
            staged.warnings << QCoreApplication::translate("ImageDecoder", "the file ends %1 % into its image data")
                                   .arg(file.size() * 100 / qsizetype(end));
        }
    }
    if (error.code != heif_error_Ok)
        return Result<StagedImage>::failure(heifError(error));
    heif_image_handle *raw = nullptr;
    error = heif_context_get_primary_image_handle(context.get(), &raw);
    if (error.code != heif_error_Ok)
        return Result<StagedImage>::failure(heifError(error));
    HeifPtr<heif_image_handle> primary(raw);

    staged.sourceSize = QSize(heif_image_handle_get_width(primary.get()), heif_image_handle_get_height(primary.get()));
    if (const QString limit = pixelLimitMessage(staged.sourceSize, request.maxPixels); !limit.isEmpty())
        return Result<StagedImage>::failure(limit);
    staged.colorSpace = colorSpaceOf(primary.get());

    if (!padded.isEmpty()) {
        auto cut = decodeCutPrimary(padded, file.size());
        if (!cut)
            return Result<StagedImage>::failure(cut.error());
        staged.image = std::move(cut).value();
        staged.orientation = heiftransforms::storedToUpright(padded); // decoded as stored
        return staged;
    }

    HeifPtr<heif_image_handle> chosen;
    const int thumbnailCount = heif_image_handle_get_number_of_thumbnails(primary.get());
    if (thumbnailCount > 0 && thumbnailCount < 64) {
        std::vector<heif_item_id> ids(static_cast<size_t>(thumbnailCount));
        heif_image_handle_get_list_of_thumbnail_IDs(primary.get(), ids.data(), thumbnailCount);
        for (const heif_item_id id : ids) {
            heif_image_handle *thumb = nullptr;
            if (heif_image_handle_get_thumbnail(primary.get(), id, &thumb).code != heif_error_Ok)
                continue;
            HeifPtr<heif_image_handle> candidate(thumb);
            const int longEdge = std::max(heif_image_handle_get_width(thumb), heif_image_handle_get_height(thumb));
            if (longEdge >= request.targetLongEdge &&
                (!chosen || longEdge < std::max(heif_image_handle_get_width(chosen.get()),
                                                heif_image_handle_get_height(chosen.get()))))
                chosen = std::move(candidate);
        }
    }
    auto image = decodeHandle(chosen ? chosen.get() : primary.get());
    if (chosen && (!image || decodedNothing(image.value()))) {
        image = decodeHandle(primary.get()); // a damaged thumbnail item: the primary image may be whole
        chosen.reset();
    }
    if (!image)
        return Result<StagedImage>::failure(image.error());
    if (decodedNothing(image.value()))
        return Result<StagedImage>::failure(QCoreApplication::translate(
            "ImageDecoder",
            "HEIF: the image data could not be decoded (missing or damaged; the picture came out black)"));
    staged.image = std::move(image).value();
    if (chosen)
        staged.source = QStringLiteral("thumbnail item");
    staged.orientation = heiftransforms::afterTransforms(file);
    return staged;
}

} // namespace tintype
