// HEIF/HEIC/AVIF through libheif: the primary image, or its thumbnail item
// when that is big enough. libheif applies irot/imir itself, so the EXIF
// orientation is not applied again.
#include "imaging/DecoderBackends.h"

#include <QCoreApplication>

#include <libheif/heif.h>

#include <memory>
#include <vector>

namespace tintype {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ImageDecoder", text); }

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
    return tr("HEIF: %1").arg(QString::fromUtf8(error.message ? error.message : "unknown error"));
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
} // namespace

Result<StagedImage> decodeHeif(const QByteArray &file, const DecodeRequest &request)
{
    HeifPtr<heif_context> context(heif_context_alloc());
    heif_error error =
        heif_context_read_from_memory_without_copy(context.get(), file.constData(), size_t(file.size()), nullptr);
    if (error.code != heif_error_Ok)
        return Result<StagedImage>::failure(heifError(error));
    heif_image_handle *raw = nullptr;
    error = heif_context_get_primary_image_handle(context.get(), &raw);
    if (error.code != heif_error_Ok)
        return Result<StagedImage>::failure(heifError(error));
    HeifPtr<heif_image_handle> primary(raw);

    StagedImage staged;
    staged.sourceSize = QSize(heif_image_handle_get_width(primary.get()), heif_image_handle_get_height(primary.get()));
    if (const QString limit = pixelLimitMessage(staged.sourceSize, request.maxPixels); !limit.isEmpty())
        return Result<StagedImage>::failure(limit);
    staged.colorSpace = colorSpaceOf(primary.get());

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
    if (chosen)
        staged.source = QStringLiteral("thumbnail item");
    else
        chosen = std::move(primary);

    HeifPtr<heif_decoding_options> options(heif_decoding_options_alloc());
    options->ignore_transformations = 0; // irot/imir applied by libheif
    heif_image *decoded = nullptr;
    error = heif_decode_image(chosen.get(), &decoded, heif_colorspace_RGB, heif_chroma_interleaved_RGBA, options.get());
    if (error.code != heif_error_Ok)
        return Result<StagedImage>::failure(heifError(error));
    HeifPtr<heif_image> image(decoded);
    int stride = 0;
    const uint8_t *pixels = heif_image_get_plane_readonly(image.get(), heif_channel_interleaved, &stride);
    const int width = heif_image_get_width(image.get(), heif_channel_interleaved);
    const int height = heif_image_get_height(image.get(), heif_channel_interleaved);
    if (!pixels || width <= 0 || height <= 0)
        return Result<StagedImage>::failure(tr("HEIF: no image data"));
    // Deep copy: the QImage outlives libheif's buffer.
    staged.image = QImage(pixels, width, height, stride, QImage::Format_RGBA8888).copy();
    if (staged.image.isNull())
        return Result<StagedImage>::failure(tr("out of memory for a %1×%2 image").arg(width).arg(height));
    staged.orientation = 1;
    return staged;
}

} // namespace tintype
