// RAW through LibRaw: the embedded preview (JPEG or bitmap) cameras store,
// a half-size demosaic only when there is none big enough. LibRaw's `flip`
// gives the orientation; its exceptions stop here.
#include "imaging/DecoderBackends.h"
#include "imaging/ExifOrientation.h"
#include "imaging/LibRawFile.h"

#include <QCoreApplication>

namespace tintype {

namespace {
Result<QImage> fromBitmap(const libraw_processed_image_t &bitmap)
{
    if (bitmap.type != LIBRAW_IMAGE_BITMAP || bitmap.colors != 3 || bitmap.bits != 8)
        return Result<QImage>::failure(QCoreApplication::translate("ImageDecoder", "RAW: unsupported bitmap layout"));
    QImage image(reinterpret_cast<const uchar *>(bitmap.data), bitmap.width, bitmap.height, bitmap.width * 3,
                 QImage::Format_RGB888);
    return image.copy();
}

// The smallest preview edge accepted instead of demosaicing: the target, but
// never more than a real screen-size preview (demosaicing costs seconds).
int acceptablePreviewEdge(int target) { return std::min(target, 1024); }
} // namespace

Result<StagedImage> decodeRaw(const DecodeRequest &request)
{
    const QString label = QCoreApplication::translate("ImageDecoder", "RAW");
    return LibRawFile::guarded<StagedImage>(label, [&]() -> Result<StagedImage> {
        LibRawFile file(label);
        if (const Status opened = file.open(request.path); !opened)
            return Result<StagedImage>::failure(opened.error());
        LibRaw &raw = file.raw();
        StagedImage staged;
        const libraw_image_sizes_t &sizes = raw.imgdata.sizes;
        staged.sourceSize = QSize(sizes.width, sizes.height);
        if (const QString limit = pixelLimitMessage(QSize(sizes.raw_width, sizes.raw_height), request.maxPixels);
            !limit.isEmpty())
            return Result<StagedImage>::failure(limit);
        staged.orientation = ExifOrientation::fromLibRawFlip(sizes.flip);

        const libraw_thumbnail_t &thumb = raw.imgdata.thumbnail;
        const int thumbEdge = std::max<int>(thumb.twidth, thumb.theight);
        int thumbStatus = LIBRAW_SUCCESS;
        if (thumbEdge >= acceptablePreviewEdge(request.targetLongEdge) &&
            (thumbStatus = raw.unpack_thumb()) == LIBRAW_SUCCESS) {
            int rc = 0;
            LibRawFile::MemImage mem(raw.dcraw_make_mem_thumb(&rc));
            if (mem && mem->type == LIBRAW_IMAGE_JPEG) {
                const QByteArray jpeg(reinterpret_cast<const char *>(mem->data), qsizetype(mem->data_size));
                auto preview = decodeJpeg(jpeg, request, false);
                if (preview) {
                    // The preview's own Exif orientation (rare) is ignored: LibRaw's flip is the truth.
                    preview->orientation = staged.orientation;
                    preview->sourceSize = staged.sourceSize;
                    preview->source = QStringLiteral("embedded preview");
                    return preview;
                }
            } else if (mem && mem->type == LIBRAW_IMAGE_BITMAP) {
                auto bitmap = fromBitmap(*mem);
                if (bitmap) {
                    staged.image = std::move(bitmap).value();
                    staged.source = QStringLiteral("embedded preview");
                    return staged;
                }
            }
        }

        // No usable preview: demosaic at half size (8-bit sRGB, camera white balance).
        if (thumbStatus != LIBRAW_SUCCESS) { // a failed unpack_thumb leaves LibRaw unusable: start again
            raw.recycle();
            if (const Status opened = file.open(request.path); !opened)
                return Result<StagedImage>::failure(opened.error());
        }
        raw.imgdata.params.half_size = 1;
        raw.imgdata.params.use_camera_wb = 1;
        raw.imgdata.params.output_bps = 8;
        raw.imgdata.params.output_color = 1; // sRGB
        auto mem = file.process();
        if (!mem)
            return Result<StagedImage>::failure(mem.error());
        auto bitmap = fromBitmap(*mem.value());
        if (!bitmap)
            return Result<StagedImage>::failure(bitmap.error());
        staged.image = std::move(bitmap).value();
        staged.orientation = 1; // dcraw_process applies the flip itself
        staged.source = QStringLiteral("half-size demosaic");
        return staged;
    });
}

} // namespace tintype
