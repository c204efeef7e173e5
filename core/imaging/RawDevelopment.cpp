#include "imaging/RawDevelopment.h"

#include "imaging/LibRawFile.h"

#include <QColorSpace>
#include <QCoreApplication>

namespace tintype {

Result<QImage> RawDevelopment::develop(const std::filesystem::path &path, std::int64_t maxPixels)
{
    const QString label = QCoreApplication::translate("RawDevelopment", "RAW development");
    return LibRawFile::guarded<QImage>(label, [&]() -> Result<QImage> {
        LibRawFile file(label);
        if (const Status opened = file.open(path); !opened)
            return Result<QImage>::failure(opened.error());
        LibRaw &raw = file.raw();
        const libraw_image_sizes_t &sizes = raw.imgdata.sizes;
        if (std::int64_t(sizes.raw_width) * sizes.raw_height > maxPixels)
            return Result<QImage>::failure(
                QCoreApplication::translate("RawDevelopment", "RAW development: %1 × %2 pixels is more than allowed")
                    .arg(sizes.raw_width)
                    .arg(sizes.raw_height));
        libraw_output_params_t &params = raw.imgdata.params;
        params.output_bps = 16;
        params.output_color = 1; // sRGB primaries
        params.use_camera_wb = 1;
        params.user_qual = 3;     // AHD
        params.gamm[0] = 1 / 2.4; // the sRGB curve, not LibRaw's default BT.709
        params.gamm[1] = 12.92;
        auto processed = file.process();
        if (!processed)
            return Result<QImage>::failure(processed.error());
        const libraw_processed_image_t &mem = *processed.value();
        if (mem.type != LIBRAW_IMAGE_BITMAP || mem.colors != 3 || mem.bits != 16)
            return Result<QImage>::failure(
                QCoreApplication::translate("RawDevelopment", "RAW development: unsupported bitmap layout"));
        QImage image(mem.width, mem.height, QImage::Format_RGBX64);
        if (image.isNull())
            return Result<QImage>::failure(
                QCoreApplication::translate("RawDevelopment", "RAW development: out of memory"));
        const auto *src = reinterpret_cast<const quint16 *>(mem.data);
        for (int y = 0; y < image.height(); ++y) {
            auto *dst = reinterpret_cast<quint16 *>(image.scanLine(y));
            const quint16 *row = src + std::size_t(y) * mem.width * 3;
            for (int x = 0; x < image.width(); ++x) {
                dst[4 * x] = row[3 * x];
                dst[4 * x + 1] = row[3 * x + 1];
                dst[4 * x + 2] = row[3 * x + 2];
                dst[4 * x + 3] = 0xffff;
            }
        }
        image.setColorSpace(QColorSpace(QColorSpace::SRgb));
        return image;
    });
}

} // namespace tintype
