#include "imaging/WorkerImageDecoder.h"

#include "common/NativePath.h"
#include "imaging/ImageDecoder.h"

#include <QColorSpace>

#include <cstring>
#include <mutex>

namespace tintype {

// "DECODE"    [native path, target long edge, max pixels, full RAW development 0|1]
// "EXIFTHUMB" [native path]
//   -> "OK" [header, warnings (one per line), pixels (empty: in shared memory)]
// header: "width height bytesPerLine QImage::Format sourceWidth sourceHeight shared(0|1)\nformat\nsource"
namespace {
constexpr int kFullRawTimeoutMs = 120000;
constexpr qsizetype kKeepShared = qsizetype(64) << 20; // a viewer-size picture; bigger ones are given back

std::mutex configured;
QString workerPath;
int workerTimeoutMs = 20000;
int configuration = 0; // bumped by setWorker: threads start a new worker

Result<DecodedImage> decodedHere(const QByteArray &kind, const QList<QByteArray> &request)
{
    const std::filesystem::path path = nativepath::fromBytes(request.value(0));
    if (kind == "EXIFTHUMB") {
        auto thumb = ImageDecoder::exifThumbnailHere(path);
        if (!thumb)
            return Result<DecodedImage>::failure(thumb.error());
        DecodedImage decoded;
        decoded.image = std::move(thumb).value();
        return decoded;
    }
    if (request.size() != 4)
        return Result<DecodedImage>::failure(QStringLiteral("bad request"));
    DecodeRequest decode;
    decode.path = path;
    decode.targetLongEdge = request[1].toInt();
    decode.maxPixels = request[2].toLongLong();
    decode.fullRaw = request[3] == "1";
    return ImageDecoder::decodeHere(decode);
}
} // namespace

void WorkerImageDecoder::setWorker(const QString &path, int timeoutMs)
{
    std::lock_guard lock(configured);
    workerPath = path;
    workerTimeoutMs = timeoutMs;
    ++configuration;
}

WorkerImageDecoder *WorkerImageDecoder::forThisThread()
{
    thread_local std::unique_ptr<WorkerImageDecoder> decoder;
    thread_local int madeFor = 0;
    std::lock_guard lock(configured);
    if (madeFor != configuration) {
        decoder = workerPath.isEmpty()
                      ? nullptr
                      : std::make_unique<WorkerImageDecoder>(WorkerProcess::Options{workerPath, workerTimeoutMs});
        madeFor = configuration;
    }
    return decoder.get();
}

Result<QList<QByteArray>> WorkerImageDecoder::answer(const QByteArray &kind, const QList<QByteArray> &request,
                                                     SharedBuffer *shared)
{
    auto decoded = decodedHere(kind, request);
    if (!decoded)
        return Result<QList<QByteArray>>::failure(decoded.error());
    const QImage &image = decoded->image;
    const char *bits = reinterpret_cast<const char *>(image.constBits());
    const bool inShared = shared && shared->write(bits, image.sizeInBytes());
    const QByteArray header = QByteArray::number(image.width()) + ' ' + QByteArray::number(image.height()) + ' ' +
                              QByteArray::number(image.bytesPerLine()) + ' ' + QByteArray::number(image.format()) +
                              ' ' + QByteArray::number(decoded->sourceSize.width()) + ' ' +
                              QByteArray::number(decoded->sourceSize.height()) + (inShared ? " 1\n" : " 0\n") +
                              decoded->format.toUtf8() + '\n' + decoded->source.toUtf8();
    return QList<QByteArray>{header, decoded->warnings.join(u'\n').toUtf8(),
                             inShared ? QByteArray() : QByteArray(bits, image.sizeInBytes())};
}

Result<DecodedImage> WorkerImageDecoder::picture(const Result<QList<QByteArray>> &answer)
{
    if (!answer)
        return Result<DecodedImage>::failure(answer.error());
    const QList<QByteArray> &blobs = answer.value();
    const QList<QByteArray> lines = blobs.value(0).split('\n');
    const QList<QByteArray> numbers = lines.value(0).split(' ');
    if (blobs.size() != 3 || lines.size() != 3 || numbers.size() != 7)
        return Result<DecodedImage>::failure(WorkerProcess::crashedReason());
    const int width = numbers[0].toInt(), height = numbers[1].toInt();
    const qsizetype bytesPerLine = numbers[2].toLongLong();
    const int format = numbers[3].toInt();
    m_lastShared = numbers[6] == "1";
    if (width <= 0 || height <= 0 || format <= QImage::Format_Invalid || format >= QImage::NImageFormats)
        return Result<DecodedImage>::failure(WorkerProcess::crashedReason());
    DecodedImage decoded;
    decoded.image = QImage(width, height, QImage::Format(format));
    const qsizetype size = bytesPerLine * height;
    if (decoded.image.isNull() || decoded.image.bytesPerLine() != bytesPerLine)
        return Result<DecodedImage>::failure(WorkerProcess::crashedReason());
    const char *pixels = m_lastShared && m_process.shared() ? m_process.shared()->read(size)
                         : blobs[2].size() == size          ? blobs[2].constData()
                                                            : nullptr;
    if (!pixels)
        return Result<DecodedImage>::failure(WorkerProcess::crashedReason());
    std::memcpy(decoded.image.bits(), pixels, std::size_t(size));
    if (m_lastShared && size > kKeepShared)
        m_process.shared()->shrink(0);
    decoded.image.setColorSpace(QColorSpace::SRgb);
    decoded.sourceSize = QSize(numbers[4].toInt(), numbers[5].toInt());
    decoded.format = QString::fromUtf8(lines[1]);
    decoded.source = QString::fromUtf8(lines[2]);
    if (!blobs[1].isEmpty())
        decoded.warnings = QString::fromUtf8(blobs[1]).split(u'\n');
    return decoded;
}

Result<DecodedImage> WorkerImageDecoder::decode(const DecodeRequest &request)
{
    // A full development takes seconds where a preview takes milliseconds.
    const int timeoutMs = request.fullRaw ? kFullRawTimeoutMs : -1;
    return picture(m_process.call("DECODE",
                                  {nativepath::toBytes(request.path), QByteArray::number(request.targetLongEdge),
                                   QByteArray::number(request.maxPixels), request.fullRaw ? "1" : "0"},
                                  timeoutMs));
}

Result<QImage> WorkerImageDecoder::exifThumbnail(const std::filesystem::path &file)
{
    auto decoded = picture(m_process.call("EXIFTHUMB", {nativepath::toBytes(file)}));
    if (!decoded)
        return Result<QImage>::failure(decoded.error());
    return std::move(decoded->image);
}

} // namespace tintype
