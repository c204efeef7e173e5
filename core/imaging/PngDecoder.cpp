// A PNG that Qt's reader gives up on (cut short, a damaged chunk): libpng,
// row by row, keeps every row it could read; the rows it could not are grey,
// as libjpeg leaves a truncated JPEG. Interlaced files get what their passes
// gave (a coarser picture). Only called after Qt failed, so the ordinary path
// stays Qt's.
#include "imaging/DecoderBackends.h"

#include <QColor>
#include <QCoreApplication>

#include <png.h>

#include <climits>
#include <csetjmp>
#include <cstring>
#include <vector>

namespace tintype {

namespace {
struct Source {
    const QByteArray *bytes = nullptr;
    qsizetype at = 0;
    QStringList *warnings = nullptr;
    QString error;
    bool cut = false; // the file ended before what libpng asked for
};

void readBytes(png_structp png, png_bytep out, png_size_t length)
{
    auto *source = static_cast<Source *>(png_get_io_ptr(png));
    const qsizetype left = source->bytes->size() - source->at;
    if (qsizetype(length) > left) {
        // libpng stops here (longjmp through onError): the rows so far are
        // kept. (Zeros in place of the missing bytes would inflate to rows
        // of black: no more rows than the bytes hold are made.)
        source->cut = true;
        png_error(png, "Premature end of PNG file");
    }
    std::memcpy(out, source->bytes->constData() + source->at, length);
    source->at += qsizetype(length);
}

void onError(png_structp png, png_const_charp message)
{
    auto *source = static_cast<Source *>(png_get_error_ptr(png));
    source->error = source->cut ? QStringLiteral("Premature end of PNG file") : QString::fromLatin1(message);
    png_longjmp(png, 1);
}

void onWarning(png_structp png, png_const_charp message)
{
    auto *source = static_cast<Source *>(png_get_error_ptr(png));
    if (source->warnings->size() < 5)
        *source->warnings << QString::fromLatin1(message);
}

struct ReadStruct {
    png_structp png = nullptr;
    png_infop info = nullptr;
    ~ReadStruct() { png_destroy_read_struct(&png, info ? &info : nullptr, nullptr); }
};

// The part after setjmp: no C++ object with a destructor may live here
// (longjmp skips destructors), so the image and rows are the caller's.
// `rowsRead` is volatile: written in the loop, read after a longjmp.
bool readRows(ReadStruct &r, int passes, std::vector<png_bytep> &rows, volatile int &rowsRead)
{
    if (setjmp(png_jmpbuf(r.png)))
        return false;
    for (int pass = 0; pass < passes; ++pass)
        for (std::size_t y = 0; y < rows.size(); ++y) {
            png_read_row(r.png, rows[y], nullptr);
            if (pass == passes - 1)
                rowsRead = int(y) + 1;
        }
    rowsRead = int(rows.size());
    png_read_end(r.png, nullptr);
    return true;
}

bool readHeader(ReadStruct &r, png_uint_32 &width, png_uint_32 &height, int &passes)
{
    if (setjmp(png_jmpbuf(r.png)))
        return false;
    png_read_info(r.png, r.info);
    int depth = 0, colorType = 0, interlace = 0;
    png_get_IHDR(r.png, r.info, &width, &height, &depth, &colorType, &interlace, nullptr, nullptr);
    // Everything to 8-bit RGBA (= QImage::Format_RGBA8888).
    png_set_expand(r.png);
    png_set_strip_16(r.png);
    png_set_gray_to_rgb(r.png);
    png_set_filler(r.png, 0xFF, PNG_FILLER_AFTER);
    passes = png_set_interlace_handling(r.png);
    png_read_update_info(r.png, r.info);
    return png_get_rowbytes(r.png, r.info) == png_size_t(width) * 4;
}
} // namespace

Result<StagedImage> decodePngPartially(const QByteArray &file, const DecodeRequest &request)
{
    StagedImage staged;
    Source source{&file, 0, &staged.warnings, {}};
    ReadStruct r;
    r.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &source, onError, onWarning);
    if (r.png)
        r.info = png_create_info_struct(r.png);
    if (!r.png || !r.info)
        return Result<StagedImage>::failure(QCoreApplication::translate("ImageDecoder", "libpng could not start"));
    png_set_read_fn(r.png, &source, readBytes);
    // Image data read in small pieces (for a read struct this sets libpng's
    // IDAT read size), so a cut file loses at most this much before it stops.
    png_set_compression_buffer_size(r.png, 64);
    png_set_crc_action(r.png, PNG_CRC_QUIET_USE, PNG_CRC_QUIET_USE); // damaged chunks: their data as it is
    png_uint_32 width = 0, height = 0;
    int passes = 1;
    if (!readHeader(r, width, height, passes))
        return Result<StagedImage>::failure(
            QCoreApplication::translate("ImageDecoder", "cannot decode image (PNG: %1)").arg(source.error));
    staged.sourceSize = QSize(int(std::min<png_uint_32>(width, INT_MAX)), int(std::min<png_uint_32>(height, INT_MAX)));
    if (const QString limit = pixelLimitMessage(staged.sourceSize, request.maxPixels); !limit.isEmpty())
        return Result<StagedImage>::failure(limit);
    QImage image(staged.sourceSize, QImage::Format_RGBA8888);
    if (image.isNull())
        return Result<StagedImage>::failure(
            QCoreApplication::translate("ImageDecoder", "out of memory for a %1×%2 image")
                .arg(staged.sourceSize.width())
                .arg(staged.sourceSize.height()));
    image.fill(QColor::fromRgba(kMissingPixels));
    std::vector<png_bytep> rows(std::size_t(image.height()));
    for (int y = 0; y < image.height(); ++y)
        rows[std::size_t(y)] = image.scanLine(y);
    volatile int rowsRead = 0;
    if (!readRows(r, passes, rows, rowsRead)) {
        if (rowsRead == 0 && passes == 1)
            return Result<StagedImage>::failure(
                QCoreApplication::translate("ImageDecoder", "cannot decode image (PNG: %1)").arg(source.error));
        staged.warnings.prepend(source.error);
    }
    staged.image = std::move(image);
    return staged;
}

} // namespace tintype
