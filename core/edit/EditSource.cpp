#include "edit/EditSource.h"

#include "imaging/ImageDecoder.h"
#include "metadata/MediaFormat.h"

#include <QCoreApplication>
#include <QTransform>

#include <fstream>

namespace tintype {

namespace {
constexpr int kFullResolution = 1 << 20;

QString sniffedFormat(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    QByteArray head(256, Qt::Uninitialized);
    in.read(head.data(), head.size());
    head.resize(qsizetype(in.gcount()));
    return MediaFormat::sniff(head, QString::fromStdString(path.extension().string()).mid(1));
}
} // namespace

Result<QImage> EditSource::load(const std::filesystem::path &path, int userQuarterTurns, int longEdge,
                                QStringList *warnings)
{
    if (MediaFormat::kindForFormat(sniffedFormat(path)) == MediaKind::Video)
        return Result<QImage>::failure(QCoreApplication::translate("EditSource", "videos cannot be edited here"));
    DecodeRequest request;
    request.path = path;
    request.targetLongEdge = longEdge > 0 ? longEdge : kFullResolution;
    request.fullRaw = longEdge <= 0; // a RAW's every pixel, not its preview
    auto decoded = ImageDecoder::decode(request);
    if (!decoded)
        return Result<QImage>::failure(decoded.error());
    QImage image = std::move(decoded->image);
    if (warnings)
        *warnings = decoded->warnings;
    const int turns = ((userQuarterTurns % 4) + 4) % 4;
    if (turns != 0)
        image = image.transformed(QTransform().rotate(90.0 * turns));
    return image;
}

} // namespace tintype
