#include "edit/EditSource.h"

#include "imaging/ImageDecoder.h"
#include "imaging/RawDevelopment.h"
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
    const MediaKind kind = MediaFormat::kindForFormat(sniffedFormat(path));
    if (kind == MediaKind::Video)
        return Result<QImage>::failure(QCoreApplication::translate("EditSource", "videos cannot be edited here"));
    QImage image;
    if (longEdge <= 0 && kind == MediaKind::Raw) {
        auto developed = RawDevelopment::develop(path);
        if (!developed)
            return developed;
        image = std::move(developed).value();
    } else {
        DecodeRequest request;
        request.path = path;
        request.targetLongEdge = longEdge > 0 ? longEdge : kFullResolution;
        auto decoded = ImageDecoder::decode(request);
        if (!decoded)
            return Result<QImage>::failure(decoded.error());
        image = std::move(decoded->image);
        if (warnings)
            *warnings = decoded->warnings;
    }
    const int turns = ((userQuarterTurns % 4) + 4) % 4;
    if (turns != 0)
        image = image.transformed(QTransform().rotate(90.0 * turns));
    return image;
}

} // namespace tintype
