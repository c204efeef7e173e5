#include "library/MotionClipExport.h"

#include "common/NativePath.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace tintype {

namespace {
std::filesystem::path freeName(const std::filesystem::path &folder, const std::filesystem::path &photo)
{
    const std::string stem = photo.stem().string();
    std::error_code ec;
    for (int n = 1;; ++n) {
        const std::string name = n == 1 ? stem + ".mp4" : stem + " (" + std::to_string(n) + ").mp4";
        std::filesystem::path candidate = folder / name;
        if (!std::filesystem::exists(candidate, ec))
            return candidate;
    }
}
} // namespace

Result<std::filesystem::path> MotionClipExport::write(const std::filesystem::path &photo, const EmbeddedClip &clip,
                                                      const std::filesystem::path &folder)
{
    using R = Result<std::filesystem::path>;
    QFile in(QFile::decodeName(nativepath::toBytes(photo)));
    if (!in.open(QIODevice::ReadOnly))
        return R::failure(QCoreApplication::translate("MotionClipExport", "cannot read %1: %2")
                              .arg(nativepath::display(photo), in.errorString()));
    if (clip.offset <= 0 || clip.length <= 0 || clip.offset + clip.length > in.size())
        return R::failure(
            QCoreApplication::translate("MotionClipExport", "%1: the video is not where the catalog says; scan again")
                .arg(nativepath::display(photo)));
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    const std::filesystem::path target = freeName(folder, photo);
    QSaveFile out(QFile::decodeName(nativepath::toBytes(target)));
    if (!out.open(QIODevice::WriteOnly))
        return R::failure(QCoreApplication::translate("MotionClipExport", "cannot write %1: %2")
                              .arg(nativepath::display(target), out.errorString()));
    if (!in.seek(clip.offset))
        return R::failure(QCoreApplication::translate("MotionClipExport", "cannot read %1: %2")
                              .arg(nativepath::display(photo), in.errorString()));
    constexpr qint64 kChunk = 1 << 20;
    for (qint64 left = clip.length; left > 0;) {
        const QByteArray chunk = in.read(qMin(left, kChunk));
        if (chunk.isEmpty())
            return R::failure(QCoreApplication::translate("MotionClipExport", "cannot read %1: %2")
                                  .arg(nativepath::display(photo), in.errorString()));
        if (out.write(chunk) != chunk.size())
            return R::failure(QCoreApplication::translate("MotionClipExport", "cannot write %1: %2")
                                  .arg(nativepath::display(target), out.errorString()));
        left -= chunk.size();
    }
    if (!out.commit())
        return R::failure(QCoreApplication::translate("MotionClipExport", "cannot write %1: %2")
                              .arg(nativepath::display(target), out.errorString()));
    return target;
}

} // namespace tintype
