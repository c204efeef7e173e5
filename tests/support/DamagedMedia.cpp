#include "support/DamagedMedia.h"

#include <QBuffer>
#include <QImageWriter>

#include <libheif/heif.h>

#include <cstdlib>
#include <cstring>
#include <memory>

namespace tintype::test {

QImage structuredImage(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const bool dark = ((x * 16 / size.width()) + (y * 12 / size.height())) % 2 == 0;
            line[x] = qRgb(x * 255 / size.width(), y * 255 / size.height(), dark ? 40 : 215);
        }
    }
    return image;
}

QByteArray jpegOf(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    return writer.write(image) ? bytes : QByteArray();
}

QByteArray pngOf(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    return image.save(&buffer, "PNG") ? bytes : QByteArray();
}

QByteArray heicOf(const QImage &source, int quality)
{
    struct Free {
        void operator()(heif_context *c) const { heif_context_free(c); }
        void operator()(heif_encoder *e) const { heif_encoder_release(e); }
        void operator()(heif_image *i) const { heif_image_release(i); }
        void operator()(heif_image_handle *h) const { heif_image_handle_release(h); }
    };
    std::unique_ptr<heif_context, Free> context(heif_context_alloc());
    heif_encoder *rawEncoder = nullptr;
    if (heif_context_get_encoder_for_format(context.get(), heif_compression_HEVC, &rawEncoder).code != heif_error_Ok)
        return {};
    std::unique_ptr<heif_encoder, Free> encoder(rawEncoder);
    heif_encoder_set_lossy_quality(encoder.get(), quality);
    const QImage rgb = source.convertToFormat(QImage::Format_RGB888);
    heif_image *rawImage = nullptr;
    if (heif_image_create(rgb.width(), rgb.height(), heif_colorspace_RGB, heif_chroma_interleaved_RGB, &rawImage)
            .code != heif_error_Ok)
        return {};
    std::unique_ptr<heif_image, Free> image(rawImage);
    heif_image_add_plane(image.get(), heif_channel_interleaved, rgb.width(), rgb.height(), 8);
    int stride = 0;
    uint8_t *plane = heif_image_get_plane(image.get(), heif_channel_interleaved, &stride);
    for (int y = 0; y < rgb.height(); ++y)
        std::memcpy(plane + std::ptrdiff_t(y) * stride, rgb.constScanLine(y), std::size_t(rgb.width()) * 3);
    heif_image_handle *rawHandle = nullptr;
    const heif_error encoded =
        heif_context_encode_image(context.get(), image.get(), encoder.get(), nullptr, &rawHandle);
    if (encoded.code != heif_error_Ok)
        return {};
    std::unique_ptr<heif_image_handle, Free> handle(rawHandle);
    QByteArray bytes;
    heif_writer writer{};
    writer.writer_api_version = 1;
    writer.write = [](heif_context *, const void *data, size_t size, void *userdata) {
        static_cast<QByteArray *>(userdata)->append(static_cast<const char *>(data), qsizetype(size));
        return heif_error{heif_error_Ok, heif_suberror_Unspecified, "ok"};
    };
    if (heif_context_write(context.get(), &writer, &bytes).code != heif_error_Ok)
        return {};
    return bytes;
}

QByteArray withJunkBeforeDqt(const QByteArray &jpeg, int count)
{
    const qsizetype dqt = jpeg.indexOf(QByteArray("\xFF\xDB", 2));
    if (dqt < 0)
        return {};
    QByteArray junk(count, '\0');
    for (int i = 0; i < count; ++i)
        junk[i] = char(0x11 + i % 200); // never 0xFF
    return jpeg.left(dqt) + junk + jpeg.mid(dqt);
}

QByteArray withMarkerInScanData(const QByteArray &jpeg)
{
    const qsizetype sos = jpeg.indexOf(QByteArray("\xFF\xDA", 2));
    if (sos < 0 || jpeg.size() < sos + 64)
        return {};
    const qsizetype data = sos + 2 + ((uchar(jpeg[sos + 2]) << 8) | uchar(jpeg[sos + 3]));
    QByteArray damaged = jpeg;
    const qsizetype at = data + (jpeg.size() - 2 - data) / 2;
    damaged[at] = char(0xFF);
    damaged[at + 1] = char(0xD3);
    return damaged;
}

QByteArray cut(const QByteArray &bytes, double fraction) { return bytes.left(qsizetype(bytes.size() * fraction)); }

QByteArray pngCutInIdat(const QByteArray &png)
{
    const qsizetype first = png.indexOf("IDAT") - 4;
    const qsizetype end = png.lastIndexOf("IEND") - 4;
    if (first < 0 || end <= first)
        return {};
    return png.left(first + (end - first) / 2);
}

double meanDifference(const QImage &a, const QImage &b, const QRect &region)
{
    const QImage ca = a.convertToFormat(QImage::Format_RGB32);
    const QImage cb =
        b.scaled(a.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB32);
    const QRect r = region.intersected(ca.rect());
    if (r.isEmpty())
        return 255;
    double sum = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QRgb p = ca.pixel(x, y), q = cb.pixel(x, y);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
        }
    return sum / (3.0 * r.width() * r.height());
}

} // namespace tintype::test
